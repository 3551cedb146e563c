# Installs what building and testing the web widget needs, skipping what is already there.
# Sourced by scripts/serve.sh and scripts/test.sh (every machine, CI included, starts bare, so
# the project's own scripts install its tools). Functions:
#   ensure_wasm_tools   rustup target, wasm-pack, the wasm-bindgen CLI matching Cargo.lock
#   ensure_chromium     Debian's chromium + chromium-driver (browser tests)
#   ensure_node_deps    npm ci (playwright-core, axe-core; the widget itself needs no npm)
#   build_pkg [--force] builds pkg/ (release, --target web) when missing or older than sources

export PATH="$HOME/.cargo/bin:$PATH"
WASM_PACK_VERSION=0.15.1

log() { printf '==> %s\n' "$*" >&2; }

# The wasm-bindgen crate version pinned in Cargo.lock: the CLI must match it exactly, or
# wasm-pack tries to download one (no network here) and then builds it into its cache.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK_VERSION" ]; then
    log "installing wasm-pack $WASM_PACK_VERSION (about 1 minute)"
    # --debug halves the build; wasm-pack only drives other tools, so its speed does not matter.
    cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked --debug
  fi
  local want
  want="$(wasm_bindgen_version)"
  [ -n "$want" ] || { log "no wasm-bindgen in Cargo.lock"; return 1; }
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    log "installing wasm-bindgen-cli $want (about 2.5 minutes)"
    # Not --locked: its lockfile pins a crate version the registry here lacks.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    log "installing Debian's chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends chromium chromium-driver
  fi
}

ensure_node_deps() {
  if ! node -e "require.resolve('playwright-core'); require.resolve('axe-core')" 2>/dev/null \
    || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing the test dependencies (npm ci)"
    npm ci --no-audit --no-fund
  fi
}

# Is pkg/ missing, or older than anything compiled into it (code, lexicons, bundled corpus)?
pkg_stale() {
  [ -f pkg/corroborate_bg.wasm ] || return 0
  [ -n "$(find src data corpus Cargo.toml Cargo.lock -newer pkg/corroborate_bg.wasm -print -quit 2>/dev/null)" ]
}

build_pkg() {
  if [ "${1:-}" = "--force" ] || pkg_stale; then
    # Debian's wasm-opt corrupts wasm-bindgen output; Cargo.toml turns wasm-opt off for release,
    # so whatever wasm-opt is on PATH is never run.
    log "building pkg/ (wasm-pack build --release --target web)"
    wasm-pack build --release --target web
  fi
}
