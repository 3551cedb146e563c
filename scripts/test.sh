#!/usr/bin/env bash
# The README's test command (and CI's, via .ci/run). Runs on a fresh Debian machine as root,
# with no stdin: installs what is missing, then runs every suite, cheapest first.
#   0. cargo fmt --check, cargo clippy -D warnings (native and wasm32)
#   1. cargo test                         native unit and CLI tests
#      run_fuzz_smoke                     every fuzz target for 30 s (FUZZ_SMOKE_SECONDS), seeds
#                                         included; a crash, timeout or out-of-memory fails it
#   2. wasm-pack test --headless --chrome the JS API and the DOM renderer in Chromium
#   3. wasm-pack build --release --target web   the shipped pkg/
#   4. node --test tests/e2e/             the pages as a reader uses them, and one run of
#                                         www/bench.html (completes; no timing asserts) — last,
#                                         so its pass/fail summary closes the output
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

ensure_chromium
ensure_wasm_tools
ensure_node_deps

log "cargo fmt --check"
command -v rustfmt >/dev/null && command -v cargo-clippy >/dev/null || rustup component add rustfmt clippy
cargo fmt --check

log "cargo clippy --all-targets -- -D warnings (native and wasm32)"
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

log "cargo test"
cargo test

log "fuzz smoke"
run_fuzz_smoke

log "wasm-pack test --headless --chrome"
wasm-pack test --headless --chrome

build_pkg --force
build_bench_bundles
build_bench_corpora small
build_pagefind_bundles seed,fnc200

# Once under Trusted Types enforcement (serve.py --trusted-types): the widget must never
# write HTML from strings. Then the normal run, whose summary closes the output.
log "node --test tests/e2e/ under Trusted Types"
E2E_TRUSTED_TYPES=1 node --test tests/e2e/

log "node --test tests/e2e/"
node --test tests/e2e/
