#!/usr/bin/env bash
# `make bench`: N gathered 1 s sleepers on CoroKitchen's scheduler and on Python asyncio, in one
# run on this machine, side by side. Usage: scripts/bench.sh APP [COUNTS...]
set -euo pipefail
app="$1"
shift
counts=("${@:-1000 10000 100000 1000000}")
peer="$(dirname "$0")/../../shared/bench/asyncio_sleepers.py"


field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.1f}x' if b > 0 else 'n/a')" "$1" "$2"; }

printf '%-9s | %-22s | %-22s | %-22s\n' "sleepers" "overhead ms (py/ck)" "peak RSS MB (py/ck)" "worst loop lag ms (py/ck)"
printf -- '----------+------------------------+------------------------+--------------------------\n'
for n in ${counts[*]}; do
    ck=$("$app" bench sleepers --count "$n" --seconds 1)
    py=$(python3 "$peer" "$n" 1)
    printf '%-9s | %8.1f / %-6.1f %6s | %6.0f / %-6.0f %6s | %8.1f / %-6.1f %6s\n' "$n" \
        "$(field "$py" overhead_ms)" "$(field "$ck" overhead_ms)" \
        "$(ratio "$(field "$py" overhead_ms)" "$(field "$ck" overhead_ms)")" \
        "$(python3 -c "print($(field "$py" peak_rss_kb)/1024)")" \
        "$(python3 -c "print($(field "$ck" peak_rss_kb)/1024)")" \
        "$(ratio "$(field "$py" peak_rss_kb)" "$(field "$ck" peak_rss_kb)")" \
        "$(field "$py" max_loop_lag_ms)" "$(field "$ck" max_loop_lag_ms)" \
        "$(ratio "$(field "$py" max_loop_lag_ms)" "$(field "$ck" max_loop_lag_ms)")"
done
