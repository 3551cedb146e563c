# Installs what building and testing the web widget needs, skipping what is already there.
# Sourced by scripts/serve.sh and scripts/test.sh (every machine, CI included, starts bare, so
# the project's own scripts install its tools). Functions:
#   ensure_wasm_tools   rustup target, wasm-pack, the wasm-bindgen CLI matching Cargo.lock
#   ensure_chromium     Debian's chromium + chromium-driver (browser tests)
#   ensure_node_deps    npm ci (playwright-core, axe-core; esbuild, wink-*, minisearch,
#                       flexsearch, lunr and pagefind for the benchmark page's other engines;
#                       binaryen's wasm-opt; the widget itself needs no npm)
#   build_bench_bundles www/vendor/: the benchmark page's JS engines, bundled (esbuild)
#   build_pagefind_bundles NAMES   bench/data/pagefind-NAME/ for the benchmark's pagefind row
#   build_pkg [--force] builds pkg/ (release, --target web) when missing or older than sources,
#                       and puts the sentence-pair model beside it (pkg/nli-model.bin);
#                       then dist/: the widget as it ships, minified (ship_widget)
#   ensure_cargo_fuzz   cargo-fuzz (README "Fuzzing")
#   fuzz_build / fuzz_run TARGET SECONDS CORPUS_DIR   one libFuzzer target with its limits
#   run_fuzz_smoke      every fuzz target for FUZZ_SMOKE_SECONDS (default 30) each, seeds
#                       first; fails on a crash, a timeout or an out-of-memory

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
  # pagefind is import-only (no require entry): its files are looked for instead; its binary
  # comes from the npm package @pagefind/linux-x64 (an optional dependency npm picks by platform).
  if ! node -e "for (const m of ['playwright-core', 'axe-core', 'esbuild', 'wink-nlp', 'wink-bm25-text-search', 'wink-eng-lite-web-model', 'binaryen/package.json', 'minisearch', 'flexsearch', 'lunr']) require.resolve(m)" 2>/dev/null \
    || [ ! -f node_modules/pagefind/lib/index.js ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing the test and benchmark dependencies (npm ci)"
    npm ci --no-audit --no-fund
  fi
}

# Is pkg/ missing, or older than anything compiled into it (code, lexicons, bundled corpus)?
pkg_stale() {
  [ -f pkg/corroborate_bg.wasm ] || return 0
  [ -n "$(find src data corpus build.rs Cargo.toml Cargo.lock -newer pkg/corroborate_bg.wasm -print -quit 2>/dev/null)" ]
}

# build_pkg [--force]: the shipped engine, opt-level "s" with WebAssembly SIMD (simd128: Chrome
# 91, Firefox 89, Safari 16.4 and later). The language model's dot products are explicit f32x4
# code: checks with the model run 4-6x faster than without SIMD. At "s" the rules and indexing
# run about 2x faster than at "z"; the ~25 KB gzip that costs is paid by shipping the widget's
# JS and CSS minified (ship_widget, below). Other builds (BENCHMARKS.md "The language model in
# the browser", "Opt-level s, and the widget minified"):
#   WASM_BUILD=size    opt-level "z" + SIMD: ~25 KB gzip smaller, rules and indexing ~2x slower
#   WASM_BUILD=nosimd  opt-level "z" without SIMD, for browsers without it (slow with the model)
# Each build has its own target dir, so switching does not rebuild the other's dependencies.
# The flags are set for wasm-pack alone, never exported to the shell that sourced this file.
build_pkg() {
  # (Panic messages name source files: the crate registry's long prefix is dropped, which also
  # keeps this machine's paths out of the shipped file.)
  # (And the registry index's directory after it — the later, longer prefix wins: a panic names
  # "serde_json-1.0.154/src/read.rs". The standard library's "/rustc/<commit>/library/…" paths
  # come precompiled and no flag here reaches them.)
  local remap="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/= --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/index.crates.io-1949cf8c6b5b557f/="
  local level=s simd=(--enable-simd) flags=("RUSTFLAGS=${RUSTFLAGS:+$RUSTFLAGS }$remap -C target-feature=+simd128")
  local target="${CARGO_TARGET_DIR:-target}/wasm-speed"
  case "${WASM_BUILD:-speed}" in
    speed) ;;
    size)
      level=z
      target="${CARGO_TARGET_DIR:-target}/wasm-zsimd"
      ;;
    nosimd)
      level=z
      simd=()
      flags=()
      target="${CARGO_TARGET_DIR:-target}"
      ;;
    *)
      log "unknown WASM_BUILD=$WASM_BUILD (speed, size or nosimd)"
      return 1
      ;;
  esac
  if [ "${1:-}" = "--force" ] || pkg_stale; then
    # Debian's wasm-opt corrupts wasm-bindgen output; Cargo.toml turns wasm-pack's wasm-opt off,
    # so whatever wasm-opt is on PATH is never run by it.
    log "building pkg/ (wasm-pack build --release --target web, opt-level $level${flags:+, simd128})"
    env "${flags[@]}" CARGO_TARGET_DIR="$target" CARGO_PROFILE_RELEASE_OPT_LEVEL=$level wasm-pack build --release --target web
    # npm's binaryen (132, verified on wasm-bindgen output) shrinks it further when the test
    # dependencies are installed; the e2e tests then load exactly this file. (--converge runs
    # the passes again until the file stops shrinking: ~0.15 KB gzip for ~25 s of build. The
    # producers and target-features sections name the toolchain for linkers; browsers never
    # read them: ~0.25 KB gzip. --low-memory-unused lets it fold constant offsets into loads
    # and stores, which is sound when nothing lives in the first 1 KB of memory: Rust's linker
    # puts the stack first, growing down from 1 MiB to 0, and the data above it, so only a
    # stack within 1 KB of overflowing would be there: ~2.5 KB gzip. scripts/low_memory_unused.py
    # checks that layout in the file first.)
    if [ -x node_modules/.bin/wasm-opt ]; then
      local low=()
      python3 scripts/low_memory_unused.py pkg/corroborate_bg.wasm && low=(--low-memory-unused)
      log "wasm-opt -Oz --converge ${low[*]} (npm binaryen)"
      node_modules/.bin/wasm-opt -Oz --converge "${low[@]}" --strip-producers --strip-target-features "${simd[@]}" --enable-bulk-memory --enable-nontrapping-float-to-int \
        --enable-sign-ext --enable-mutable-globals pkg/corroborate_bg.wasm -o pkg/corroborate_bg.wasm
    fi
  fi
  # The sentence-pair model is not compiled into the wasm (1.5 MB gzip would blow the engine's
  # budget): it ships beside it, and the widget fetches it once per page (README "Embedding").
  # (The FNC-1 article model is a command-line mode only: not in pkg/.)
  rm -f pkg/fnc-model.bin
  local m
  for m in nli-model.bin; do
    if [ ! -f "pkg/$m" ] || ! cmp -s "data/$m" "pkg/$m"; then
      cp "data/$m" "pkg/$m"
    fi
  done
  # So are the built-in articles: the widget fetches them when a page uses them (7 KB gzip
  # that pages with their own corpus no longer download inside the engine).
  python3 scripts/seed-corpus.py pkg/seed-corpus.json
  ship_widget
}

# The files a page with the widget downloads, as they ship: www/corroborate.js, engine.js,
# render.js and corroborate.css, and pkg/corroborate.js, minified by esbuild (pinned in
# package-lock.json; a transform of each file alone, so every import, export and
# `new URL(..., import.meta.url)` stays as written), and pkg/'s wasm, model and built-in
# articles (pkg/seed-corpus.json) copied beside them. dist/ has the repo's layout (dist/www/,
# dist/pkg/), so every relative URL between the files still holds: it is what an embedder copies, and scripts/serve.py serves a dist/ file in
# place of its source whenever it is newer than the source (an edit after a build is served as
# it is). Rewritten at every call (well under a second), so a file time never keeps a stale
# copy. Minified, the JS and CSS are ~17 KB gzip smaller. Without esbuild (no `npm ci` yet), or
# when it fails on a file, that file is served from its source.
SHIPPED_SOURCES=(www/corroborate.js www/engine.js www/render.js www/corroborate.css pkg/corroborate.js)
ship_widget() {
  local f
  if [ ! -x node_modules/.bin/esbuild ]; then
    [ -d dist ] && log "esbuild is missing (npm ci): removing dist/, the widget is served unminified"
    rm -rf dist
    return 0
  fi
  mkdir -p dist/www dist/pkg
  for f in "${SHIPPED_SOURCES[@]}"; do
    if ! node_modules/.bin/esbuild "$f" --minify --log-level=warning --outfile="dist/$f"; then
      log "esbuild failed on $f: it is served unminified"
      rm -f "dist/$f"
    fi
  done
  for f in pkg/corroborate_bg.wasm pkg/nli-model.bin pkg/seed-corpus.json; do
    cp "$f" "dist/$f"
  done
}

# www/vendor/: the engines www/bench.html compares against, each one same-origin ES module:
# wink-bundle.js (wink-bm25-text-search + wink-nlp + its English web model, 3.5 MB, 1 MB gzip),
# minisearch.js, flexsearch.js, lunr.js (scripts/bench-entries/). Built, not committed: third-
# party build artefacts, reproducible from package-lock.json in < 1 s.
build_bench_bundles() {
  local f stale=
  for f in wink-bundle minisearch flexsearch lunr; do
    if [ ! -f "www/vendor/$f.js" ] || [ package-lock.json -nt "www/vendor/$f.js" ] || [ package.json -nt "www/vendor/$f.js" ]; then stale=1; fi
  done
  if [ -n "$stale" ] || [ scripts/wink-entry.mjs -nt www/vendor/wink-bundle.js ] \
    || [ -n "$(find scripts/bench-entries -newer www/vendor/lunr.js -print -quit 2>/dev/null)" ]; then
    log "bundling the benchmark's JS engines (npm run build:bench)"
    npm run --silent build:bench
  fi
}
build_wink_bundle() { build_bench_bundles; } # the older name

# bench/data/pagefind-NAME/ for each NAME (default seed,fnc200): pagefind's prebuilt bundle of
# that corpus (scripts/build-pagefind.mjs, through pagefind's Node API and its npm binary);
# kept while newer than its corpus. Corpora not built (no FNC-1 data) are skipped.
build_pagefind_bundles() {
  node scripts/build-pagefind.mjs "${1:-seed,fnc200}"
}

# bench/data/shards-NAME/ for each NAME (default seed,fnc200): the corpus as a sharded archive
# (`corroborate index --shards`, the release CLI) for the benchmark's "Corroborate, sharded
# archive" row, with build.json (build time, bytes). Corpora not built are skipped.
build_archive_bundles() {
  local cli="${CARGO_TARGET_DIR:-target}/release/corroborate" name src dir t0 t1
  for name in ${1//,/ }; do
    case "$name" in
      seed) src=corpus ;;
      10k | 100k) src="bench/data/synth-$name.json" ;;
      *) src="bench/data/$name.json" ;;
    esac
    dir="bench/data/shards-$name"
    [ -e "$src" ] || { log "no $src: archive $name not built"; continue; }
    [ -f "$dir/build.json" ] && [ "$dir/build.json" -nt "$src" ] && [ "$dir/build.json" -nt "$cli" ] && continue
    rm -rf "$dir"
    t0=$(date +%s%N)
    "$cli" index "$src" --shards "$dir" 2>/dev/null
    t1=$(date +%s%N)
    printf '{"corroborate": "%s", "build_ms": %s, "bundle_bytes": %s}\n' "$(git rev-parse --short HEAD 2>/dev/null)" \
      "$(((t1 - t0) / 1000000))" "$(du -sb "$dir" | cut -f1)" >"$dir/build.json"
  done
}

# bench/data/: the benchmark corpora (scripts/make-bench-corpora.py) from ../shared's FNC-1
# data. "small" builds fnc and fnc200 only (2 s; for the e2e test), "all" adds the 10k and 100k
# synthetic corpora (20 s, 260 MB). Without the FNC-1 data it says so and returns 0.
build_bench_corpora() {
  local fnc=../shared/data/fnc1-train
  if [ ! -f "$fnc/train_bodies.csv" ]; then
    log "no $fnc/train_bodies.csv: benchmark corpora not built (seed corpus only)"
    return 0
  fi
  if [ "${1:-small}" = all ]; then
    if [ ! -f bench/data/synth-100k.json ] || [ scripts/make-bench-corpora.py -nt bench/data/manifest.json ]; then
      log "building the benchmark corpora (bench/data/, about 20 s)"
      python3 scripts/make-bench-corpora.py
    fi
  elif [ ! -f bench/data/fnc200.json ] || [ scripts/make-bench-corpora.py -nt bench/data/manifest.json ]; then
    log "building the small benchmark corpora (bench/data/fnc*.json)"
    python3 scripts/make-bench-corpora.py --sizes ''
  fi
}

# ---- Fuzzing (README "Fuzzing"; the fuzz/ crate, scripts/fuzz.sh) ----
FUZZ_TARGETS=(claim corpus_json corpus_txt index_file index_ops grow archive)

ensure_cargo_fuzz() {
  if ! cargo fuzz --version >/dev/null 2>&1; then
    log "installing cargo-fuzz (about 2 minutes)"
    cargo install cargo-fuzz --locked
  fi
}

# cargo-fuzz passes nightly-only rustc flags (-Zsanitizer, -Cpasses=sancov); RUSTC_BOOTSTRAP=1
# lets the stable toolchain accept them. Builds are -O with debug assertions (integer overflow
# panics). Every target but grow runs under AddressSanitizer, which also gives libFuzzer the
# malloc hooks behind -malloc_limit_mb; grow (1 MB inputs) is built without a sanitizer in a
# target dir of its own and its allocator meter enforces -malloc_limit_mb (fuzz/fuzz_targets/grow.rs).
fuzz_target_dir() {
  local dir="${FUZZ_TARGET_DIR:-$PWD/target-fuzz}"
  if [ "$1" = grow ]; then echo "$dir/plain"; else echo "$dir"; fi
}

fuzz_cargo() { # fuzz_cargo TARGET build|run ARGS...
  local t=$1 cmd=$2 san=() dir
  shift 2
  [ "$t" = grow ] && san=(-s none)
  dir="$(fuzz_target_dir "$t")" # from the repository root, before cd fuzz
  (cd fuzz && RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$dir" \
    nice -n 10 cargo fuzz "$cmd" -O --debug-assertions "${san[@]}" "$t" "$@")
}

fuzz_build() { # fuzz_build TARGET...
  local t
  for t in "$@"; do fuzz_cargo "$t" build; done
}

# fuzz_run TARGET SECONDS CORPUS_DIR [libFuzzer flags...]: one in-process libFuzzer worker,
# niced, on CORPUS_DIR (new inputs are written there) and fuzz/seeds/TARGET (read only), with
# the target's dictionary. A slow input (-timeout) or a greedy one (-malloc_limit_mb, and
# -rss_limit_mb for the whole process) is a finding like a panic: libFuzzer stops, writes it to
# fuzz/artifacts/TARGET/ and exits non-zero. grow's inputs become 1-1.25 MB of text that takes
# 1-5 s on a loaded 2-core machine, so its timeout is 20 s: a super-linear path takes minutes.
fuzz_run() {
  local t=$1 secs=$2 corpus=$3 max_len=8192 timeout=10
  shift 3
  [ "$t" = grow ] && { max_len=4096; timeout=20; }
  mkdir -p "$corpus"
  corpus="$(cd "$corpus" && pwd)"
  fuzz_cargo "$t" run "$corpus" "seeds/$t" -- -max_total_time="$secs" -max_len="$max_len" \
    -timeout="$timeout" -rss_limit_mb=2048 -malloc_limit_mb=1024 -dict="$t.dict" -print_final_stats=1 "$@"
}

# A bounded run of every target inside the test command, so the harnesses, seeds and
# dictionaries keep building and the seeds keep passing. Quiet unless a target fails, then the
# end of its log (the panic, the input's path under fuzz/artifacts/) is printed.
run_fuzz_smoke() {
  local secs="${FUZZ_SMOKE_SECONDS:-30}" t out execs failed=()
  ensure_cargo_fuzz
  log "fuzz smoke: building ${#FUZZ_TARGETS[@]} targets"
  fuzz_build "${FUZZ_TARGETS[@]}" >/dev/null 2>&1 || fuzz_build "${FUZZ_TARGETS[@]}" # errors shown on retry
  out="$(mktemp -d)"
  for t in "${FUZZ_TARGETS[@]}"; do
    if fuzz_run "$t" "$secs" "$out/corpus-$t" >"$out/$t.log" 2>&1; then
      execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$t.log" | tail -n 1)"
      log "fuzz smoke: $t ok (${secs} s, ${execs:-?} executions, seeds included)"
    else
      log "fuzz smoke: $t FAILED; end of its log:"
      tail -n 40 "$out/$t.log" >&2
      failed+=("$t")
    fi
  done
  rm -rf "$out"
  if [ ${#failed[@]} -gt 0 ]; then
    log "fuzz smoke failed: ${failed[*]} (inputs in fuzz/artifacts/; scripts/fuzz.sh says how to replay one)"
    return 1
  fi
}
