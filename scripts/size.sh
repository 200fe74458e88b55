#!/usr/bin/env bash
# Prints the size of every file in pkg/ (raw and `gzip -9`), then the gzip total of what a page
# downloads to verify: the lean .wasm and the verifier's .js files (not the fallback build,
# .d.ts, package.json, or the
# widget files scripts/pack.sh adds, of which a page loads one; scripts/widget-size.mjs
# measures the widget). Build pkg/ first with
# scripts/build-pkg.sh. `scripts/size.sh --total` prints only that total, in bytes, for budget
# checks (the issue's budget: under 150 KiB gzip for everything a page downloads, widget
# included).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${PKG_DIR:-pkg}
if ! ls "$DIR"/*.wasm >/dev/null 2>&1; then
  echo "size: no $DIR/*.wasm; run scripts/build-pkg.sh first" >&2
  exit 1
fi
total=0
report=""
for f in "$DIR"/*; do
  [ -f "$f" ] || continue
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  report+=$(printf '%9d %9d  %s' "$raw" "$gz" "$f")$'\n'
  case "$f" in
    */badgeverify_full*) ;; # the fallback build: downloaded only where WebCrypto lacks an algorithm
    *.wasm | */badgeverify*.js | */webcrypto.js) total=$((total + gz)) ;;
  esac
done
if [ "${1:-}" = "--total" ]; then
  echo "$total"
  exit 0
fi
printf '%9s %9s  %s\n' raw gzip-9 file
printf '%s' "$report"
printf 'total downloaded (.wasm + .js), gzip -9: %d bytes (%d.%d KiB)\n' \
  "$total" $((total / 1024)) $(((total % 1024) * 10 / 1024))
