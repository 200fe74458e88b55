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

echo
echo "==> $BIN verify --offline examples/   (one line per badge)"
status=0
"$BIN" verify --offline examples/ || status=$?
echo
echo "==> $BIN verify --offline examples/ob3-did-key.png   (the full report of one badge)"
"$BIN" verify --offline examples/ob3-did-key.png || true
echo
echo "exit status of the batch: $status (0 valid, 1 invalid, 2 error, 3 indeterminate; the worst wins)"
echo
echo "Open the verifier page (drop badge files on it, or open a verification link):"
echo "  $BIN serve              # then open http://127.0.0.1:8417/ (Ctrl-C stops it)"
if [ ! -f pkg/badgeverify_bg.wasm ]; then
  echo "  The page needs the WebAssembly package built into the binary first:"
  echo "  scripts/build-pkg.sh && cargo build -p badgeverify-cli"
fi
echo
echo "Try next:"
echo "  $BIN verify --json examples/ob3-did-key.png"
echo "  $BIN verify --recipient learner@example.org examples/ob3-did-key.png"
echo "  $BIN extract examples/simple-json.png"
echo "  $BIN link examples/ob3-did-key.png      # a link that verifies the badge in the page"
echo "  $BIN --help"
# The demo succeeded if the CLI produced verdicts; only a usage or I/O error fails it.
[ "$status" -ne 2 ]
