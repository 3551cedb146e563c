#!/usr/bin/env bash
# Reruns every figure of BENCHMARKS.md (about 5–10 minutes on 2 cores):
#   1. cargo build --release and wasm-pack build --release --target web (the shipped pkg/)
#   2. the other engines' bundles (www/vendor/: wink, MiniSearch, FlexSearch, Lunr), the corpora
#      (bench/data/, from ../shared's FNC-1) and pagefind's prebuilt bundles of seed, fnc200,
#      fnc and 10k (bench/data/pagefind-*/, scripts/build-pagefind.mjs)
#   3. the prebuilt indexes bench/data/{fnc,synth-10k,synth-100k}.idx (`corroborate index`,
#      rebuilt when older than their JSON or the CLI), then the native bench, `corroborate
#      bench`, on seed, fnc, 10k and 100k, each from its JSON and from its .idx
#   4. www/bench.html in headless Chromium on seed, fnc, fnc.idx, 10k and 10k.idx
#      (scripts/run-bench.mjs), one fresh page per corpus, Corroborate beside wink, MiniSearch,
#      FlexSearch, Lunr and pagefind (JSON corpora only); then again at 4× CPU throttling
#      (CDP) for the longest main-thread tasks
#   5. the payload: raw and gzip sizes, the wasm split into code / corpus / lexicons / model
# Everything is printed and also written to bench/data/results/ (git-ignored).
#
#   bash scripts/bench.sh [--corpora seed,fnc,fnc.idx,10k,10k.idx] [--maxmb 64] [--reps N] [--skip-build]
#                         [--throttle 1,4] [--throttle-corpora seed,fnc]
#
# --skip-build reuses target/release/corroborate and pkg/ as they are (build them first).
#
# Run it on a quiet machine: the figures are wall-clock times, and a fuzzer or a build on the
# other core shows up in them.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

CORPORA=seed,fnc,fnc.idx,10k,10k.idx
MAXMB=64
REPS=
BUILD=1
THROTTLE=1,4
THROTTLE_CORPORA=
while [ $# -gt 0 ]; do
  case "$1" in
    --corpora) CORPORA="$2"; shift 2 ;;
    --maxmb) MAXMB="$2"; shift 2 ;;
    --reps) REPS="$2"; shift 2 ;;
    --skip-build) BUILD=; shift ;;
    --throttle) THROTTLE="$2"; shift 2 ;;
    --throttle-corpora) THROTTLE_CORPORA="$2"; shift 2 ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

OUT=bench/data/results
ensure_chromium
ensure_wasm_tools
ensure_node_deps

CLI="${CARGO_TARGET_DIR:-target}/release/corroborate"
if [ -n "$BUILD" ]; then
  log "cargo build --release"
  cargo build --release
  build_pkg --force
fi
build_bench_bundles
build_bench_corpora all
build_pagefind_bundles seed,fnc200,fnc,10k
build_archive_bundles seed,fnc200,fnc,10k
mkdir -p "$OUT"

# `corroborate bench --queries` reads one claim per line: the claims of the JSONL query files.
jsonl_claims() { python3 -c 'import json,sys; [print(json.loads(l)["claim"]) for l in open(sys.argv[1]) if l.strip()]' "$1"; }
jsonl_claims tests/fixtures/seed_claims_heldout.jsonl >"$OUT/seed-claims.txt"
[ -f bench/data/queries.jsonl ] && jsonl_claims bench/data/queries.jsonl >"$OUT/claims.txt"

# The prebuilt indexes, timed: one JSON line per file in $OUT/index-build.jsonl.
if [ -x "$CLI" ] && "$CLI" --help 2>&1 | grep -q 'corroborate index'; then
  for n in fnc synth-10k synth-100k; do
    src=bench/data/$n.json idx=bench/data/$n.idx
    [ -f "$src" ] || continue
    if [ ! -f "$idx" ] || [ "$src" -nt "$idx" ] || [ "$CLI" -nt "$idx" ]; then
      log "corroborate index $src -o $idx"
      t0=$(date +%s.%N)
      "$CLI" index "$src" -o "$idx" >&2
      t1=$(date +%s.%N)
      python3 -c 'import json,os,sys; print(json.dumps({"corpus": sys.argv[1], "idx": sys.argv[2], "build_s": round(float(sys.argv[4]) - float(sys.argv[3]), 2), "json_bytes": os.path.getsize(sys.argv[1]), "idx_bytes": os.path.getsize(sys.argv[2])}))' \
        "$src" "$idx" "$t0" "$t1" >>"$OUT/index-build.jsonl"
    fi
  done
fi

{
  echo "## Machine"
  echo
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
  echo "- memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "- $(/usr/bin/chromium --version 2>/dev/null | head -1)"
  echo "- $(node --version | sed 's/^/node /'), $(rustc --version), $(wasm-pack --version)"
  echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- commit: $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
} | tee "$OUT/machine.md"

echo
echo "## Native (CLI)"
echo
if [ -x "$CLI" ] && "$CLI" --help 2>&1 | grep -q 'corroborate bench'; then
  : >"$OUT/native.jsonl"
  run_native() { # NAME CORPUS QUERIES
    [ -e "$2" ] || { log "native: $2 missing, skipped"; return 0; }
    log "native: corroborate bench $2"
    "$CLI" bench "$2" --queries "$3" | tee -a "$OUT/native.jsonl"
  }
  run_native seed corpus "$OUT/seed-claims.txt"
  for n in fnc synth-10k synth-100k; do
    run_native "$n" "bench/data/$n.json" "$OUT/claims.txt"
    run_native "$n.idx" "bench/data/$n.idx" "$OUT/claims.txt"
  done
else
  echo "(skipped: $CLI has no \`bench\` command yet)"
fi

echo
echo "## Browser (Chromium, WebAssembly) beside wink, MiniSearch, FlexSearch, Lunr and pagefind"
echo
ARGS=(--corpora "$CORPORA" --maxmb "$MAXMB" --json "$OUT/browser.json" --throttle "$THROTTLE")
[ -n "$THROTTLE_CORPORA" ] && ARGS+=(--throttle-corpora "$THROTTLE_CORPORA")
[ -n "$REPS" ] && ARGS+=(--reps "$REPS")
node scripts/run-bench.mjs "${ARGS[@]}" | tee "$OUT/browser.md"

echo
echo "## Payload"
echo
python3 scripts/payload.py --json "$OUT/payload.json" | tee "$OUT/payload.md"
echo
log "results in $OUT/"
