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
# After pkg/: the CLI embeds the page and the package for `badgeverify serve` (cli/build.rs).
step "CLI binary (parity, serve)" cargo build -p badgeverify-cli
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
# The browser extension built from pkg/ (extension/build.mjs) and loaded into headless Chromium
# (--load-extension), on local pages only: markers, the lying-widget flag, the popup.
step "extension tests" node --test tests/extension/
# The npm package as people install it: scripts/pack.sh's tarball (from the pkg/ built above)
# installed into fresh Vite, webpack 5, esbuild, Worker, Node and classic-script projects
# (tests/bundlers/), each built with its own tool and verifying a real badge. npm's cache is
# target/npm-cache (78 MB); measured 48 s with a cold cache, 34 s warm (docs/dependencies.md, "npm").
step "npm package in bundlers" node --test tests/bundlers/
# Gzip size of wasm + JS glue + widget against the budget in scripts/widget-size.mjs.
step "size budget" node scripts/widget-size.mjs --check

# Fuzz smoke run: every cargo-fuzz target for FUZZ_SECONDS (default 20) from its seeds and
# committed regressions, so a change that makes a parser panic, hang (5 s per input) or
# exceed 2 GiB on inputs near the known-hostile ones fails CI. The long runs stay manual
# (fuzz/run.sh, docs/security.md "Fuzzing"). libFuzzer's log goes to fuzz/logs/<target>.log
# (git-ignored); its last lines are shown when a target fails. Uses the nightly that
# scripts/build-pkg.sh pins and installs, and cargo-fuzz at a fixed version.
NIGHTLY=$(cat scripts/nightly-toolchain)
CARGO_FUZZ_VERSION=0.13.2
FUZZ_SECONDS=${FUZZ_SECONDS:-20}
ensure_cargo_fuzz() {
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src >/dev/null
  [ "$(cargo fuzz --version 2>/dev/null)" = "cargo-fuzz $CARGO_FUZZ_VERSION" ] && return 0
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
}
fuzz_smoke() {
  local t=$1 dirs=("fuzz/corpus/$1" "fuzz/seeds/$1")
  [ -d "fuzz/regressions/$t" ] && dirs+=("fuzz/regressions/$t")
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t" fuzz/logs
  if ! cargo +"$NIGHTLY" fuzz run -O "$t" "${dirs[@]}" -- -max_total_time="$FUZZ_SECONDS" \
    -rss_limit_mb=2048 -timeout=5 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="fuzz/artifacts/$t/" >"fuzz/logs/$t.log" 2>&1; then
    tail -n 40 "fuzz/logs/$t.log"
    return 1
  fi
  grep -E '^#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units' "fuzz/logs/$t.log"
}
step "cargo-fuzz" ensure_cargo_fuzz
step "fuzz build" cargo +"$NIGHTLY" fuzz build -O
FUZZ_TARGETS=$(cargo fuzz list 2>/dev/null || true)
step "fuzz targets listed" test -n "$FUZZ_TARGETS"
for target in $FUZZ_TARGETS; do
  step "fuzz $target" fuzz_smoke "$target"
done

printf '\n==================== summary ====================\n'
printf '%s\n' "${TIMES[@]}"
if [ "${#FAILED[@]}" -gt 0 ]; then
  printf 'FAILED: %s\n' "${FAILED[*]}"
  exit 1
fi
echo "all passed"
