// N async functions that each await a Promise resolved by setTimeout after S seconds, gathered
// with Promise.all: the sleepers benchmark (../../shared/bench/asyncio_sleepers.py) in Node,
// without a library. Prints one JSON line.
// Usage: node sleepers.js COUNT [SECONDS]
'use strict';

const count = Number(process.argv[2] ?? 100000);
const seconds = Number(process.argv[3] ?? 1);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function sleeper(ms) {
    await sleep(ms);
}

async function main() {
    const start = performance.now();
    const sleepers = [];
    for (let i = 0; i < count; i++) sleepers.push(sleeper(seconds * 1000));
    await Promise.all(sleepers);
    const makespanMs = performance.now() - start;
    console.log(JSON.stringify({
        impl: 'node',
        count,
        seconds,
        makespan_ms: makespanMs,
        overhead_ms: makespanMs - seconds * 1000,
        peak_rss_kb: process.resourceUsage().maxRSS,
    }));
}

main();
