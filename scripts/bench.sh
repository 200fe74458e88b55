#!/usr/bin/env bash
# Verification speed (issue 3): native (criterion), the wasm package in Node and Digital
# Bazaar's verifyCredential in Node, on the same interop fixtures; prints one table.
#   scripts/bench.sh              install (npm ci), build pkg/, run everything
#   SKIP_BUILD=1 scripts/bench.sh reuse node_modules and pkg/ as they are
#   BENCH_ITERS / BENCH_WARMUP    override the Node harnesses' iteration counts
#   BENCH_ROUNDS                  how many times each Node harness runs (default 3)
# Needs Node >= 20 and the registries (npm ci, first wasm-bindgen install); timing is offline.
# Results and the machine they came from: BENCHMARKS.md.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

echo "load before: $(uptime)"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null                 # binaryen (wasm-opt)
  (cd scripts/interop && npm ci --no-audit --no-fund --loglevel=error >/dev/null)  # Digital Bazaar
  scripts/build-pkg.sh
fi

cargo bench --bench verify -- --noplot 2>&1 | grep -E '^[a-z_-]+/|time:|thrpt:'
# Alternating rounds, so that a change in the machine's load hits both Node harnesses alike;
# the table takes the median over rounds.
for _ in $(seq "${BENCH_ROUNDS:-3}"); do
  node scripts/bench/wasm.mjs >> "$out/wasm.jsonl"
  node scripts/bench/digitalbazaar.mjs >> "$out/db.jsonl"
done
echo
node scripts/bench/table.mjs "$out/wasm.jsonl" "$out/db.jsonl"
echo
echo "load after: $(uptime)"
