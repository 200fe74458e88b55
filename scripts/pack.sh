#!/usr/bin/env bash
# Makes the npm package's tarball, the one file a site owner or app developer needs:
#   scripts/pack.sh [OUT_DIR]     -> OUT_DIR/badgeverify-<version>.tgz (default target/npm/)
# Builds pkg/ (scripts/build-pkg.sh: the lean .wasm and the fallback build
# badgeverify_full.js + badgeverify_full_bg.wasm, the verifier's JS and types), adds the
# <open-badge> widget (`node www/build.mjs --npm`: widget.js, widget.d.ts,
# open-badge.iife.js), checks that every file package.json lists is there, and runs
# `npm pack`. Set SKIP_BUILD=1 to pack the .wasm of an existing pkg/ (e.g. in CI right after
# the "build pkg/" step) with the JS, types and README as checked in. Needs `npm ci`
# (esbuild) first. Prints the tarball's path last; everything else goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-target/npm}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  scripts/build-pkg.sh >&2
else
  scripts/build-pkg.sh --js-only >&2 # the wasm as built; JS, types, README as checked in
fi
node www/build.mjs --npm >&2

# npm pack silently leaves out a listed file that does not exist; refuse instead.
node -e '
  const { existsSync } = require("node:fs");
  const pkg = require("./pkg/package.json");
  const missing = pkg.files.filter((f) => !existsSync(`pkg/${f}`));
  if (missing.length) { console.error(`pack: missing from pkg/: ${missing.join(", ")}`); process.exit(1); }
'

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
NAME=$(cd pkg && npm pack --pack-destination "$OUT" --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[0].filename))')
echo "$OUT/$NAME"
