#!/usr/bin/env bash
# `make bench`: N gathered 1 s sleepers on CoroKitchen's scheduler and on Python asyncio, in one
# run on this machine, side by side, then the timeline painting a recorded run of N spans.
# Prints both tables with the ratios, and writes the figures (docs/bench-results.json) and a
# chart of overhead and peak memory against N (docs/bench-asyncio.svg).
# Usage: scripts/bench.sh APP
# Then one sleep waits with a heartbeat beside it (bench idle: the CPU used while waiting, how
# late each wake-up is), the window itself runs the crowd live (bench window) and input events
# are timed, from selecting the crowd to its retiring (the default crowd of 1000 once more with
# every teaching view on, bench window --teaching), and `run crowd:N --clock virtual` is timed
# alone and writing each chart format (PNG, SVG, PDF) and the trace, CSV and JSON together (wall
# seconds and peak RSS of the whole command, /usr/bin/time).
# Environment: COUNTS (sleepers, default "1000 10000 100000 1000000"), SPANS (painted spans,
# default "1000 10000 100000"), WINDOW (crowds run in the window, default "100000 1000000"),
# TEACHING (crowds run in the window with every teaching view on, default "1000"),
# REPEAT (runs of each side per count, the median is shown; default 3, and 1 for asyncio at a
# million, where it alone takes half a minute), IDLE_SECONDS (bench idle's sleep, default 10),
# EXPORTS (crowds whose exports are timed, default "1000000"; each command once), PYPROGRAM
# (tasks of the Python program timed plain and traced, default 100000; the python3 is
# COROKITCHEN_PYTHON's, else the PATH's), OUT (default docs).
set -euo pipefail
app="$1"
here="$(cd "$(dirname "$0")" && pwd)"
peer="$here/../../shared/bench/asyncio_sleepers.py"
counts=(${COUNTS:-1000 10000 100000 1000000})
spans=(${SPANS:-1000 10000 100000})
window=(${WINDOW:-100000 1000000})
exports=(${EXPORTS:-1000000})
teaching=(${TEACHING:-1000})
pyprogram="${PYPROGRAM:-100000}"
pypython="${COROKITCHEN_PYTHON:-$(command -v python3)}"
repeat="${REPEAT:-3}"
out="${OUT:-$here/../docs}"
results="$(mktemp)"
written="$(mktemp -d)"
trap 'rm -rf "$results" "$written"' EXIT
# The offscreen platform warns when there is no runtime directory; it is not needed here.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

note() { printf '%s\n' "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# One command `run crowd:N --clock virtual` with the given outputs (into $written), timed whole:
# a JSON line of its wall seconds, CPU seconds (user + system: what a busy machine's wall time
# hides), peak RSS and the bytes it wrote.
export_line() {
    local n="$1" name="$2"
    shift 2
    rm -f "$written"/*
    /usr/bin/time -f '%e %M %U %S' -o "$written/.time" "$app" run "crowd:$n" --clock virtual "$@" >/dev/null
    local wall rss user system bytes
    read -r wall rss user system <"$written/.time"
    bytes="$(find "$written" -maxdepth 1 -type f ! -name .time -printf '%s\n' | awk '{s += $1} END {print s + 0}')"
    echo "{\"impl\": \"corokitchen-export\", \"count\": $n, \"export\": \"$name\", \"wall_s\": $wall, \"cpu_s\": $(awk "BEGIN {print $user + $system}"), \"peak_rss_kb\": $rss, \"bytes\": $bytes}" >>"$results"
}

echo "{\"machine\": {\"cores\": $(nproc), \"load_before\": \"$(load)\", \"python\": \"$(python3 -c 'import sys; print(sys.version.split()[0])')\", \"date\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}}" >>"$results"
note "bench: load average $(load) on $(nproc) cores before the run"
for n in "${counts[@]}"; do
    for ((i = 1; i <= repeat; i++)); do
        note "bench: $n sleepers, run $i of $repeat"
        "$app" bench sleepers --count "$n" --seconds 1 >>"$results"
        # asyncio takes half a minute for a million: once is enough to see it.
        if [ "$n" -lt 1000000 ] || [ "$i" -eq 1 ]; then
            python3 "$peer" "$n" 1 >>"$results"
        fi
    done
done
note "bench: one ${IDLE_SECONDS:-10} s sleep with a 10 ms heartbeat (the CPU used while waiting)"
"$app" bench idle --seconds "${IDLE_SECONDS:-10}" >>"$results"
for n in "${spans[@]}"; do
    note "bench: painting $n spans"
    "$app" bench paint --spans "$n" >>"$results"
done
for n in "${window[@]}"; do
    note "bench: the window running a crowd of $n live"
    "$app" bench window --count "$n" >>"$results"
done
for n in "${teaching[@]}"; do
    note "bench: the window running a crowd of $n live with every teaching view"
    "$app" bench window --count "$n" --teaching >>"$results"
done
for n in "${exports[@]}"; do
    note "bench: crowd:$n alone, then with each chart and with trace+csv+json"
    export_line "$n" none
    for format in png svg pdf; do
        export_line "$n" "$format" --chart "$written/chart.$format"
    done
    export_line "$n" trace+csv+json --trace "$written/trace.json" --csv "$written/table.csv" \
        --json "$written/run.json"
done
# The Python harness's overhead: a program of that many tasks each awaiting asyncio.sleep(1),
# under plain python3 and traced by `corokitchen run --clock virtual` (scripts/pyprogbench.py).
note "bench: a Python program of $pyprogram tasks, plain and traced on the virtual clock"
python3 "$here/pyprogbench.py" "$app" --count "$pyprogram" --repeat "$repeat" \
    --python "$pypython" >>"$results"
echo "{\"machine\": {\"load_after\": \"$(load)\"}}" >>"$results"
python3 "$here/benchreport.py" "$results" --json "$out/bench-results.json" --svg "$out/bench-asyncio.svg"
