#!/usr/bin/env bash
# Builds the npm package into pkg/ (generated, git-ignored):
#   pkg/badgeverify.js        the public ES module (hand-written: wasm/js/badgeverify.js)
#   pkg/badgeverify.d.ts      its types (hand-written: wasm/js/badgeverify.d.ts)
#   pkg/webcrypto.js          signature checks with WebCrypto (wasm/js/webcrypto.js)
#   pkg/nodecrypto.js         under Node, the same checks on node:crypto (wasm/js/nodecrypto.js)
#   pkg/badgeverify_core.js   wasm-bindgen glue of the lean module (generated)
#   pkg/badgeverify_bg.wasm   the lean WebAssembly module: no signature arithmetic, the
#                             package answers its signature checks with WebCrypto
#   pkg/badgeverify_full.js   wasm-bindgen glue of the fallback (generated)
#   pkg/badgeverify_full_bg.wasm  the fallback module: the same crate with the cargo feature
#                             `builtin-crypto` (the Rust signature backend, `checkSignature`),
#                             loaded only where WebCrypto lacks an algorithm
#   pkg/package.json          from wasm/js/package.json, version from wasm/Cargo.toml
#   pkg/README.md             the npm README (wasm/js/README.md)
# The widget files the npm package also carries (widget.js, widget.d.ts, open-badge.iife.js)
# are added by `node www/build.mjs --npm`; scripts/pack.sh runs both and packs the tarball.
# Installs what it needs on a fresh machine: a pinned nightly toolchain with the standard
# library's source (see below) and the wasm-bindgen CLI at exactly the version in
# Cargo.lock. wasm-opt runs only if npm's binaryen is installed (`npm ci`); Debian's
# binaryen produces broken modules and is never used.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=wasm32-unknown-unknown
OUT=pkg

# The hand-written JS, its types, the npm README and package.json. `build-pkg.sh --js-only`
# copies just these onto an existing pkg/ (scripts/pack.sh with SKIP_BUILD=1 does).
copy_js() {
  cp wasm/js/badgeverify.js wasm/js/badgeverify.d.ts wasm/js/webcrypto.js wasm/js/nodecrypto.js wasm/js/README.md "$OUT/"
  PKG_DIR="$OUT" node scripts/build-messages.mjs
  local version
  version=$(awk -F'"' '/^version = / { print $2; exit }' wasm/Cargo.toml)
  sed "s/\"version\": \"0.0.0\"/\"version\": \"$version\"/" wasm/js/package.json > "$OUT/package.json"
}
if [ "${1:-}" = --js-only ]; then
  [ -f "$OUT/badgeverify_bg.wasm" ] || { echo "build-pkg: --js-only needs a built $OUT/" >&2; exit 1; }
  copy_js
  exit 0
fi
# The module is built with a pinned nightly so that the standard library can be rebuilt with
# it (`-Z build-std`) under `-C panic=immediate-abort`: a panic then traps at once instead of
# formatting a message, which drops every panic message, location and the formatting code
# they pull in (about 20 KB gzip, BENCHMARKS.md "Package size"). The core never panics by
# design; a trap surfaces in JS as a `RuntimeError`. Everything else (tests, the CLI) builds
# with the stable toolchain. This nightly ships no prebuilt wasm32 std, and none is needed.
# LLVM's inliner is also told to inline nothing beyond what the code forces
# (`-inline-threshold=0`): about 5 KB gzip smaller, and less code for the browser to compile
# before the first verification (BENCHMARKS.md, "Package size" and "Verification speed").
# std itself is built with its `optimize_for_size` feature (smaller string search, formatting
# and sorting code paths: about 0.8 KB gzip). `-Z location-detail=none` leaves out the file
# names, lines and columns that `#[track_caller]` code still carries for panic messages that
# immediate-abort never prints (about 0.7 KB gzip).
# Its own target dir keeps these flags from invalidating the stable builds' artifacts.
# The pin lives in scripts/nightly-toolchain, shared with the fuzz smoke run of test-all.sh.
NIGHTLY=$(cat scripts/nightly-toolchain)
WASM_TARGET_DIR=target/pkg

rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src >/dev/null

# The CLI must match the wasm-bindgen crate exactly; read the version from the lockfile.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$WB_VERSION" ]; then
  echo "build-pkg: cannot find the wasm-bindgen version in Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VERSION" ]; then
  echo "build-pkg: installing wasm-bindgen-cli $WB_VERSION (takes about 3 minutes the first time)"
  # Not --locked: the CLI's own lockfile names a webpki-roots release the registry lacks.
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

rm -rf "$OUT"
mkdir -p "$OUT"
WASM_OPT=node_modules/.bin/wasm-opt
[ -x "$WASM_OPT" ] || echo "build-pkg: npm binaryen not installed (run npm ci); skipping wasm-opt"

# build_module NAME [CARGO_FEATURES]: builds the crate (with the features, if any) and writes
# its glue NAME.js and module NAME_bg.wasm into $OUT. The two builds run one after the other
# in the same target dir: they share every dependency's artifacts except those the feature
# changes (the core and the signature crates), so the second costs a fraction of the first.
# Cargo keeps one final .wasm per profile, so each is taken away before the next build.
build_module() {
  local name=$1 features=${2:-}
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Cllvm-args=-inline-threshold=0 -Zlocation-detail=none" \
    cargo +"$NIGHTLY" build --profile wasm --target "$TARGET" --target-dir "$WASM_TARGET_DIR" \
    -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size -p badgeverify-wasm \
    ${features:+--features "$features"}
  wasm-bindgen --target web --out-dir "$OUT" --out-name "$name" \
    --remove-name-section --remove-producers-section \
    "$WASM_TARGET_DIR/$TARGET/wasm/badgeverify_wasm.wasm"
  rm -f "$OUT/${name}_bg.wasm.d.ts"
  if [ -x "$WASM_OPT" ]; then
    # `-ocimfs 0` stops binaryen from inlining functions that have a single caller: LLVM
    # (opt-level "z") already chose not to inline them, and doing it anyway makes the module
    # smaller raw but about 11 KB *larger* gzipped (BENCHMARKS.md, "Package size"). `-O2`
    # rather than `-Oz`: on this module it gzips about 0.9 KB smaller (larger raw), and it
    # optimises for speed.
    "$WASM_OPT" -O2 -ocimfs 0 "$OUT/${name}_bg.wasm" -o "$OUT/${name}_bg.wasm"
  fi
}

# The lean module, which the package loads by default.
build_module badgeverify_core
mv "$OUT/badgeverify_core_bg.wasm" "$OUT/badgeverify_bg.wasm"
# Keep the glue's own default path pointing at the renamed module.
sed -i 's/badgeverify_core_bg\.wasm/badgeverify_bg.wasm/g' "$OUT/badgeverify_core.js" "$OUT/badgeverify_core.d.ts"
# The fallback, with the Rust signature backend.
build_module badgeverify_full builtin-crypto

copy_js

PKG_DIR="$OUT" scripts/size.sh
