//! N tokio tasks that each sleep S seconds, spawned and then awaited: the sleepers benchmark
//! (../../shared/bench/asyncio_sleepers.py) in Rust, on the runtime `#[tokio::main]` starts
//! (multi-threaded, one worker per core). Prints one JSON line.
//! Usage: sleepers COUNT [SECONDS]
use std::time::{Duration, Instant};

/// Peak resident memory of the process (VmHWM of /proc/self/status), in kB.
fn peak_rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().map_or(100_000, |a| a.parse().expect("COUNT"));
    let seconds: f64 = args.next().map_or(1.0, |a| a.parse().expect("SECONDS"));
    let sleep = Duration::from_secs_f64(seconds);

    let start = Instant::now();
    let sleepers: Vec<_> = (0..count)
        .map(|_| tokio::spawn(tokio::time::sleep(sleep)))
        .collect();
    for sleeper in sleepers {
        sleeper.await.expect("a sleeper panicked");
    }
    let makespan_ms = start.elapsed().as_secs_f64() * 1000.0;

    println!(
        "{{\"impl\": \"tokio\", \"count\": {}, \"seconds\": {}, \
         \"makespan_ms\": {:.3}, \"overhead_ms\": {:.3}, \"peak_rss_kb\": {}}}",
        count,
        seconds,
        makespan_ms,
        makespan_ms - seconds * 1000.0,
        peak_rss_kb()
    );
}
