#!/usr/bin/env bash
# Serves the repository root on 127.0.0.1 with the strict CSP: open /www/ (verifier page)
# and /www/demo.html. Needs pkg/ (scripts/build-pkg.sh).   Usage: scripts/serve.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f pkg/badgeverify_bg.wasm ] || echo "serve: pkg/ is missing; run scripts/build-pkg.sh first" >&2
exec node www/serve.mjs "${1:-8000}"
