#!/usr/bin/env bash
# Regenerates tests/fixtures/interop with independent npm implementations.
#   scripts/interop/regen.sh           regenerate in place (README.md is hand-written and kept)
#   scripts/interop/regen.sh --check   regenerate into a temp dir, diff against the committed files,
#                                      exit non-zero on any difference
# Needs Node >= 20 and the npm registry (npm ci only); generation itself is offline.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
fixtures="$repo/tests/fixtures/interop"
check=0
case "${1:-}" in
  --check) check=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

cd "$here"
npm ci --no-audit --no-fund --loglevel=error >/dev/null

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# Keys and randomized (ES256/PS256) signatures are reused from the committed copy when still valid.
node generate.mjs --out "$tmp/interop" --reuse "$fixtures"

if [ "$check" = 1 ]; then
  if diff -r --exclude=README.md "$fixtures" "$tmp/interop" >"$tmp/diff.txt"; then
    echo "interop fixtures: committed files match a fresh regeneration"
  else
    echo "interop fixtures differ from a fresh regeneration:" >&2
    head -c 20000 "$tmp/diff.txt" >&2
    exit 1
  fi
else
  mkdir -p "$fixtures"
  [ -f "$fixtures/README.md" ] && cp "$fixtures/README.md" "$tmp/interop/README.md"
  rm -rf "$fixtures"
  cp -r "$tmp/interop" "$fixtures"
  echo "interop fixtures regenerated in $fixtures"
fi
