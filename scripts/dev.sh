#!/usr/bin/env bash
# The report's two commands, and its benchmark:
#   bash scripts/dev.sh serve   build in release mode and serve at http://127.0.0.1:8080
#   bash scripts/dev.sh test    every check: fmt, clippy, native tests, browser component tests, end-to-end
#                               (Chromium, Firefox, WebKit, and once behind nginx), HTML validity
#   bash scripts/dev.sh bench   size, Lighthouse and in-browser timings against bench/budgets.json, beside the peer page
#   bash scripts/dev.sh steady  the end-to-end suite 5 times in a row while a load keeps both cores busy
# Each installs what is missing (idempotently) on a Debian machine with Rust, Node and apt.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export TRUNK_OFFLINE=true

TRUNK_VERSION=0.21.14

log() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

# The wasm-bindgen version the crate is locked to; the CLI must equal it.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  local missing=()
  for pkg in "$@"; do
    # Installed, not merely known (a removed package keeps a "config-files" entry).
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "apt: installing ${missing[*]}"
    as_root apt-get update -qq || true
    # These are tools for the tests, not services: keep their daemons (nginx)
    # from starting on install, where a taken port 80 would fail it.
    local policy=/usr/sbin/policy-rc.d added=""
    if [ ! -e "$policy" ]; then
      printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null
      as_root chmod +x "$policy"
      added=1
    fi
    local status=0
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" || status=$?
    if [ -n "$added" ]; then as_root rm -f "$policy"; fi
    return "$status"
  fi
}

setup_build() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "rustup: adding wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    log "cargo: installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  local wbg
  wbg=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
    # Not --locked: the CLI's lockfile wants a crate version the registry here does not serve.
    log "cargo: installing wasm-bindgen-cli $wbg (about 9 minutes)"
    cargo install wasm-bindgen-cli --version "$wbg"
  fi
  # The prerender draws the link previews in this font (src/preview).
  apt_install fonts-wqy-microhei
  # wasm-opt comes from npm's binaryen: Debian's is too old and breaks the wasm.
  if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "npm: installing binaryen, terser, csso, playwright-core, axe-core, lighthouse, vnu-jar, the HTTP Observatory"
    # No install scripts: the Observatory's downloads lists, vnu-jar's a Java
    # (apt installs Java here). Nothing else in the lockfile has one.
    npm ci --ignore-scripts --no-audit --no-fund
  fi
  # The Observatory reads the HSTS preload list its install script would
  # download; an empty one means no host is preloaded, which is true here.
  local preload=node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json
  [ -f "$preload" ] || echo '{}' > "$preload"
  cargo fetch --quiet
}

GECKODRIVER_VERSION=0.37.1

setup_browser() {
  apt_install chromium chromium-driver fonts-wqy-microhei nginx libnginx-mod-http-brotli-static openssl \
    firefox-esr webkit2gtk-driver xvfb xauth
  if [ "$(geckodriver --version 2>/dev/null | head -n1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    log "cargo: installing geckodriver $GECKODRIVER_VERSION (several minutes on 2 cores)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION"
  fi
  # The HTML check (npm vnu-jar) runs on Java 17 or later.
  if ! java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])'; then apt_install openjdk-17-jre-headless; fi
}

build_release() {
  log "trunk: release build"
  trunk build --release "$@"
}

# Where `serve` serves the report: its builds name it, for local audits (a
# published build is given its own SITE_URL, or names no absolute URL).
LOCAL_SITE=http://127.0.0.1:8080/

cmd_serve() {
  setup_build
  SITE_URL=${SITE_URL:-$LOCAL_SITE} build_release
  log "serving dist/ at http://127.0.0.1:8080/ (Ctrl-C stops)"
  exec node tests/e2e/server.mjs dist 8080
}

cmd_test() {
  setup_build
  setup_browser
  log "cargo fmt --check"
  cargo fmt --all --check
  log "clippy: native (csr, ssr) and wasm32 (csr, hydrate)"
  cargo clippy --workspace --all-targets --quiet -- -D warnings
  cargo clippy --all-targets --quiet --no-default-features --features ssr -- -D warnings
  cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings
  cargo clippy --lib --bins --quiet --target wasm32-unknown-unknown --no-default-features --features hydrate -- -D warnings
  log "native tests (and, as the prerender renders them, the parts order and the link previews)"
  cargo test --quiet --workspace
  cargo test --quiet --no-default-features --features ssr --test parts_order --test previews
  log "component tests in headless Chromium"
  CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown --test components
  # As a publisher would build it, without SITE_URL: the check that it
  # names no local address runs on it (tests/e2e/publish.test.mjs).
  log "trunk: release build without SITE_URL, into target/publish-check"
  (unset SITE_URL; trunk build --release --dist target/publish-check)
  SITE_URL=$LOCAL_SITE build_release
  log "end-to-end tests against dist/"
  node --test --test-concurrency=1 tests/e2e/
}

cmd_bench() {
  setup_build
  setup_browser
  SITE_URL=${SITE_URL:-$LOCAL_SITE} build_release
  node bench/run.mjs
}

# Proves the end-to-end suite steady: RUNS (default 5) runs in a row while one
# busy loop per core competes with the browser; any failed run fails it.
cmd_steady() {
  setup_build
  setup_browser
  SITE_URL=${SITE_URL:-$LOCAL_SITE} build_release
  local runs=${RUNS:-5} failed=0
  LOAD_PIDS=() # global: the EXIT trap runs after this function's locals are gone
  for _ in $(seq "$(nproc)"); do
    # Bounded: each load process stops by itself after an hour at the latest.
    node -e 'const end = Date.now() + 3600e3; while (Date.now() < end) {}' &
    LOAD_PIDS+=($!)
  done
  trap 'kill "${LOAD_PIDS[@]}" 2>/dev/null || true' EXIT
  for i in $(seq "$runs"); do
    log "end-to-end run $i of $runs, under load"
    if ! node --test --test-concurrency=1 tests/e2e/; then failed=$((failed + 1)); fi
  done
  kill "${LOAD_PIDS[@]}" 2>/dev/null || true
  log "steady: $((runs - failed)) of $runs runs passed under load"
  [ "$failed" = 0 ]
}

case "${1:-}" in
  serve) cmd_serve ;;
  test) cmd_test ;;
  bench) cmd_bench ;;
  steady) cmd_steady ;;
  *) echo "usage: bash scripts/dev.sh serve|test|bench|steady" >&2; exit 2 ;;
esac
