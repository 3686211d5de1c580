#!/usr/bin/env bash
# `make bench-peers`: the sleepers benchmark of `make bench` (N tasks each sleeping 1 s, the
# method of ../shared/bench/asyncio_sleepers.py) on CoroKitchen's release build and, written the
# same way, in the runtimes people would pick instead (bench/peers/): Go goroutines, Node
# Promises, Rust tokio, C++ asio coroutines, Python on uvloop and on asyncio. All from Debian's
# packages, built offline (scripts/install-deps.sh --bench-peers installs them).
# One runtime after the other, each on a quiet machine (it waits for one): every count, REPEAT
# runs each. Prints the tables with the ratios to CoroKitchen and writes the figures
# (docs/bench-peers.json), the tables (docs/bench-peers.md, also between the bench-peers markers
# of the README) and a chart of overhead and peak memory against N (docs/bench-peers.svg); the
# raw results stay in build/peers/results.jsonl.
# Usage: scripts/bench-peers.sh APP
# Environment: COUNTS (default "10000 100000 1000000"), REPEAT (runs per count, the median is
# shown; default 3), RUNTIMES (default "corokitchen go node tokio asio uvloop asyncio"),
# QUIET_LOAD (the 1-minute load average to wait for, default 0.5), QUIET_WAIT (seconds to wait
# for it before each runtime, default 900; then the run goes on and the report says how busy the
# machine was), OUT (default docs), README (default README.md; "" leaves it alone),
# ASYNCIO_SLEEPERS (the asyncio program, default ../shared/bench/asyncio_sleepers.py).
set -euo pipefail
app="$1"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
peers="$root/bench/peers"
build="$root/build/peers"
asyncio_sleepers="${ASYNCIO_SLEEPERS:-$root/../shared/bench/asyncio_sleepers.py}"
read -ra counts <<<"${COUNTS:-10000 100000 1000000}"
read -ra runtimes <<<"${RUNTIMES:-corokitchen go node tokio asio uvloop asyncio}"
repeat="${REPEAT:-3}"
quiet_load="${QUIET_LOAD:-0.5}"
quiet_wait="${QUIET_WAIT:-900}"
out="${OUT:-$root/docs}"
readme="${README-$root/README.md}"
# Debian's own toolchains, not whatever rustup or pyenv put first on the PATH.
python=/usr/bin/python3
cargo=/usr/bin/cargo
export RUSTC=/usr/bin/rustc
# The raw JSON lines are kept, so the report can be written again from them (benchreport.py).
results="$build/results.jsonl"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

note() { printf '%s\n' "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
machine() { echo "{\"machine\": $1}" >>"$results"; }

build_peers() {
    mkdir -p "$build/go" "$build/asio"
    note "bench-peers: building the Go, Rust and C++ sleepers (offline)"
    (cd "$peers/go" && GOPROXY=off GOFLAGS=-mod=mod GOCACHE="$build/go-cache" \
        go build -o "$build/go/sleepers" .)
    (cd "$peers/tokio" && CARGO_HOME="$build/cargo-home" \
        "$cargo" build --quiet --release --offline --target-dir "$build/tokio")
    g++ -std=c++20 -O2 -Wall -Wextra -pthread -o "$build/asio/sleepers" "$peers/asio/sleepers.cpp"
}

# The versions that run, as each runtime tells them (tokio: the crate Cargo resolved).
versions() {
    local tokio asio
    tokio="$(sed -n '/^name = "tokio"$/{n;s/^version = "\(.*\)"$/\1/p}' "$peers/tokio/Cargo.lock")"
    asio="$(dpkg-query -W -f='${Version}' libasio-dev | sed 's/^[0-9]*://; s/-[^-]*$//')"
    printf '{"versions": {"corokitchen": "%s", "go": "%s", "node": "%s", "tokio": "%s", "asio": "%s", "uvloop": "%s", "asyncio": "%s"}}' \
        "$("$app" --version | awk '{print $NF}')" "$(go version | awk '{print $3}' | sed 's/^go//')" \
        "$(node --version | sed 's/^v//')" "$tokio" "$asio" \
        "$("$python" -c 'import uvloop; print(uvloop.__version__)')" \
        "$("$python" -c 'import sys; print(sys.version.split()[0])')"
}

# Waits until the 1-minute load average is below QUIET_LOAD, at most QUIET_WAIT seconds.
wait_for_quiet() {
    local waited=0
    while awk -v limit="$quiet_load" '{exit !($1 >= limit)}' /proc/loadavg; do
        if [ "$waited" -ge "$quiet_wait" ]; then
            note "bench-peers: the machine did not get quiet: load average $(load) after ${waited} s" \
                "(wanted below $quiet_load); $1 runs anyway and the report shows the load"
            return
        fi
        [ "$waited" -eq 0 ] && note "bench-peers: waiting for a quiet machine before $1:" \
            "load average $(load), wanted below $quiet_load (at most $quiet_wait s)"
        sleep 10
        waited=$((waited + 10))
    done
}

run_one() {
    local runtime="$1" n="$2"
    case "$runtime" in
    corokitchen) "$app" bench sleepers --count "$n" --seconds 1 ;;
    go) "$build/go/sleepers" "$n" 1 ;;
    node) node "$peers/node/sleepers.js" "$n" 1 ;;
    tokio) "$build/tokio/release/sleepers" "$n" 1 ;;
    asio) "$build/asio/sleepers" "$n" 1 ;;
    uvloop) "$python" "$peers/uvloop/sleepers.py" "$asyncio_sleepers" "$n" 1 ;;
    asyncio) "$python" "$asyncio_sleepers" "$n" 1 ;;
    *) note "bench-peers: unknown runtime $runtime" && return 1 ;;
    esac
}

if [[ " ${runtimes[*]} " =~ " "(uvloop|asyncio)" " ]] && [ ! -f "$asyncio_sleepers" ]; then
    note "bench-peers: no $asyncio_sleepers (set ASYNCIO_SLEEPERS to asyncio_sleepers.py)"
    exit 1
fi
build_peers
: >"$results"
machine "{\"cores\": $(nproc), \"load_before\": \"$(load)\", \"quiet_load\": $quiet_load, \"date\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}"
machine "$(versions)"
for runtime in "${runtimes[@]}"; do
    wait_for_quiet "$runtime"
    machine "{\"runtime_load\": {\"$runtime\": \"$(load)\"}}"
    note "bench-peers: $runtime, load average $(load)"
    for n in "${counts[@]}"; do
        for ((i = 1; i <= repeat; i++)); do
            note "bench-peers: $runtime, $n sleepers, run $i of $repeat"
            run_one "$runtime" "$n" >>"$results"
        done
    done
done
machine "{\"load_after\": \"$(load)\"}"
python3 "$here/benchreport.py" "$results" --peers --json "$out/bench-peers.json" \
    --svg "$out/bench-peers.svg" --markdown "$out/bench-peers.md" ${readme:+--readme "$readme"}
