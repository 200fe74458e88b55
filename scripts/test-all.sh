#!/usr/bin/env bash
# The whole test suite, as CI runs it (`.ci/run`) and as the README tells people to run it.
# Installs what it needs on a fresh machine: the pinned nightly and wasm-bindgen CLI
# (scripts/build-pkg.sh), the npm dev tools (npm ci) and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

# Every step runs even after a failure, so one CI run shows every problem; the script
# fails at the end if any step failed.
TIMES=()
FAILED=()
step() {
  local name=$1
  shift
  printf '\n==================== %s ====================\n$ %s\n' "$name" "$*"
  local start=$SECONDS result=ok
  if ! "$@"; then
    result=FAILED
    FAILED+=("$name")
  fi
  local took=$((SECONDS - start))
  TIMES+=("$(printf '%-24s %-6s %5d s' "$name" "$result" "$took")")
  printf -- '---- %s: %s (%d s)\n' "$name" "$result" "$took"
}

step "rustfmt + clippy present" rustup component add rustfmt clippy
step "cargo fmt" cargo fmt --all --check
step "cargo clippy" cargo clippy --workspace --all-targets -- -D warnings
step "cargo test" cargo test --workspace
# Every public item documented, and no doc link to a private or missing item.
step "cargo doc" env RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps
# npm ci before the package build: it provides wasm-opt (npm binaryen) to build-pkg.sh.
step "npm ci" npm ci --no-audit --no-fund
step "build pkg/" scripts/build-pkg.sh
step "CLI binary for parity" cargo build -p badgeverify-cli
step "node tests" node --test tests/node/
# The independent interop fixtures must be what their generator (jose, Digital Bazaar) makes.
step "interop fixtures current" scripts/interop/regen.sh --check
# Likewise the OB 0.5/1.x fixtures (Python: cryptography, jwcrypto, openbadges-bakery).
step "ob1 fixtures current" scripts/ob1/regen.sh --check
# Debian's Chromium for the browser tests (playwright-core downloads no browser); CI runs as root.
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  export DEBIAN_FRONTEND=noninteractive
  apt-get update && apt-get install -y chromium
}
step "chromium" ensure_chromium
step "browser tests" node --test tests/browser/
# Gzip size of wasm + JS glue + widget against the budget in scripts/widget-size.mjs.
step "size budget" node scripts/widget-size.mjs --check

printf '\n==================== summary ====================\n'
printf '%s\n' "${TIMES[@]}"
if [ "${#FAILED[@]}" -gt 0 ]; then
  printf 'FAILED: %s\n' "${FAILED[*]}"
  exit 1
fi
echo "all passed"
