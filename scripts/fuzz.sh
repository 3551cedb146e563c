#!/usr/bin/env bash
# Fuzzing campaign (README "Fuzzing"): runs each cargo-fuzz target in fuzz/ for SECONDS
# (default 600), one libFuzzer process at a time, niced, and stops at the first finding.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
#   targets: claim corpus_json corpus_txt index_file index_ops grow archive (default: all)
# Flags and limits are in scripts/setup.sh (fuzz_run): -timeout, -malloc_limit_mb,
# -rss_limit_mb, -max_len, the target's dictionary fuzz/TARGET.dict. Findings land in
# fuzz/artifacts/TARGET/; the growing corpus in fuzz/corpus/TARGET/ (both git-ignored);
# hand-written and generated seeds are in fuzz/seeds/ (fuzz/make_unicode_inputs.py).
# To replay one input: cd fuzz && RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=../target-fuzz \
#   cargo fuzz run -O --debug-assertions TARGET FILE     (grow: add -s none, ../target-fuzz/plain)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${FUZZ_TARGETS[@]}")
ensure_cargo_fuzz
for t in "${targets[@]}"; do
  echo "== fuzzing $t for ${secs}s"
  fuzz_run "$t" "$secs" "fuzz/corpus/$t"
done
