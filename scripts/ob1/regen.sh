#!/usr/bin/env bash
# Regenerates tests/fixtures/ob1 (Open Badges 0.5 / 1.0 / 1.1) with independent Python tools:
# cryptography + jwcrypto (RSA keys, RS256 JWS) and 1EdTech's openbadges-bakery (PNG/SVG).
#   scripts/ob1/regen.sh           regenerate in place (README.md is hand-written and kept;
#                                  the RSA keys in keys/ are reused so signatures stay stable)
#   scripts/ob1/regen.sh --check   regenerate into a temp dir and diff against the committed files
# Needs python3 (>= 3.9) and PyPI (pip only); generation itself is offline.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
fixtures="$repo/tests/fixtures/ob1"
check=0
case "${1:-}" in
  --check) check=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

venv="${OB1_VENV:-$repo/target/ob1-venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check \
  openbadges-bakery==2.0.0 jwcrypto==1.6.1 cryptography==51.0.1 pypng==0.20220715.0

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$venv/bin/python" "$here/generate.py" --out "$tmp/ob1" --reuse "$fixtures"

if [ "$check" = 1 ]; then
  if diff -r --exclude=README.md "$fixtures" "$tmp/ob1" >"$tmp/diff.txt"; then
    echo "ob1 fixtures: committed files match a fresh regeneration"
  else
    echo "ob1 fixtures differ from a fresh regeneration:" >&2
    head -c 20000 "$tmp/diff.txt" >&2
    exit 1
  fi
else
  [ -f "$fixtures/README.md" ] && cp "$fixtures/README.md" "$tmp/ob1/README.md"
  rm -rf "$fixtures"
  cp -r "$tmp/ob1" "$fixtures"
  echo "ob1 fixtures regenerated in $fixtures"
fi
