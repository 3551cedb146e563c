#!/usr/bin/env bash
# The README's serve command: installs the wasm tools a fresh machine lacks, builds pkg/ if it
# is missing or stale, then serves the repo at http://127.0.0.1:${PORT:-8080}/ with the strict
# CSP (scripts/serve.py). Extra arguments go to serve.py, e.g. `scripts/serve.sh --port 9000`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_wasm_tools
build_pkg
exec python3 scripts/serve.py "$@"
