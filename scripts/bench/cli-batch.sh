#!/usr/bin/env bash
# Native CLI batch throughput (issue 13): a directory of N offline badges (copies of the
# interop fixtures that verify offline: Data Integrity eddsa-rdfc-2022, eddsa-jcs-2022,
# Ed25519Signature2020, and EdDSA/ES256/RS256 VC-JWTs), verified by the release CLI in one
# run with every core, then with one thread for comparison. Prints badges per second.
#   scripts/bench/cli-batch.sh [N]      default N = 4000
# Results and the machine: BENCHMARKS.md, "Native CLI".
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
n="${1:-4000}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cargo build --release -p badgeverify-cli --quiet
cli="$repo/target/release/badgeverify"
now=2026-01-01T00:00:00Z
# The fixtures that are `valid` offline, so every copy takes the full verification path.
mapfile -t valid < <(
  for f in tests/fixtures/interop/di/*.json tests/fixtures/interop/vcjwt/*.jwt; do
    [ "$("$cli" verify --offline --json --now "$now" "$f" | grep -m1 -o '"verdict": "[a-z]*"')" = '"verdict": "valid"' ] && echo "$f"
  done
)
echo "fixtures valid offline: ${#valid[@]}"
for i in $(seq 0 $((n - 1))); do
  f="${valid[$((i % ${#valid[@]}))]}"
  cp "$f" "$dir/$i.${f##*.}"
done
run() { # label, then the command prefix (e.g. taskset -c 0)
  local label=$1 start end
  shift
  start=$(date +%s.%N)
  "$@" "$cli" verify --offline --now "$now" "$dir" > /dev/null || true
  end=$(date +%s.%N)
  awk -v n="$n" -v s="$start" -v e="$end" -v l="$label" \
    'BEGIN { printf "%-20s %6d badges in %.3f s = %7.0f badges/s\n", l, n, e - s, n / (e - s) }'
}
echo "cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in 1 2 3; do
  run "all cores" env
  # One core: the CLI sizes its thread pool from the CPU affinity mask.
  run "one core" taskset -c 0
done
