#!/usr/bin/env bash
# Fuzzing campaign (README "Fuzzing"): runs each cargo-fuzz target in fuzz/ for SECONDS
# (default 600), one libFuzzer process at a time, and stops at the first crash.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]     targets: claim corpus_json corpus_txt index_file
# cargo-fuzz needs nightly-only rustc flags (-Zsanitizer, -Cpasses=sancov); RUSTC_BOOTSTRAP=1
# lets the stable toolchain accept them. Crashes land in fuzz/artifacts/TARGET/; the growing
# corpus in fuzz/corpus/TARGET/ (both git-ignored); hand-written seeds are in fuzz/seeds/.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(claim corpus_json corpus_txt index_file)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target-fuzz}"
cd fuzz
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  dict=()
  [ -f "$t.dict" ] && dict=("-dict=$t.dict")
  echo "== fuzzing $t for ${secs}s"
  cargo fuzz run -O --debug-assertions "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$secs" -max_len=8192 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 "${dict[@]}"
done
