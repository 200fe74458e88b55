#!/usr/bin/env bash
# Runs the fuzz targets one after another, each for SECONDS (default 600) on one core,
# starting from the committed seeds and the crash regressions, and keeps libFuzzer's log
# per target in fuzz/logs/ (git-ignored). Usage: fuzz/run.sh [SECONDS] [TARGET...]
set -u
cd "$(dirname "$0")"
secs=${1:-600}
# The nightly the repository pins (also used by scripts/build-pkg.sh and the CI fuzz smoke run).
nightly=$(cat ../scripts/nightly-toolchain)
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(verify_offline container_extract png_chunks svg_extract json_parse jws_parse encodings jsonld_rdfc status_list inflate decimal)
fi
mkdir -p logs
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  dirs=("corpus/$t" "seeds/$t")
  [ -d "regressions/$t" ] && dirs+=("regressions/$t")
  echo "== $t $(date -u +%FT%TZ)" | tee -a logs/summary.txt
  cargo +"$nightly" fuzz run -O "$t" "${dirs[@]}" -- \
    -max_total_time="$secs" -rss_limit_mb=2048 -timeout=5 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="artifacts/$t/" >"logs/$t.log" 2>&1
  echo "exit $? $(grep -aE '^#[0-9]+[[:space:]]+DONE' "logs/$t.log" | tail -1)" | tee -a logs/summary.txt
  grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "logs/$t.log" | tee -a logs/summary.txt
done
