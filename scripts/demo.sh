#!/usr/bin/env bash
# Builds the badgeverify CLI and verifies an example badge. Needs only a Rust toolchain
# (cargo); the WebAssembly tools are not needed for the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

if ! command -v cargo >/dev/null; then
  echo "demo: cargo not found; install Rust from https://rustup.rs and run this again" >&2
  exit 1
fi

echo "==> building the CLI (cargo build -p badgeverify-cli)"
cargo build -p badgeverify-cli
BIN=target/debug/badgeverify
BADGE=examples/simple-json.png

echo
echo "==> $BIN verify $BADGE"
status=0
"$BIN" verify "$BADGE" || status=$?
echo
echo "exit status $status (0 valid, 1 invalid, 2 error, 3 indeterminate)"
echo
echo "Try next:"
echo "  $BIN verify --json $BADGE"
echo "  $BIN extract $BADGE"
echo "  $BIN --help"
# The demo succeeded if the CLI produced a verdict; only a usage or I/O error fails it.
[ "$status" -ne 2 ]
