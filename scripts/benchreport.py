#!/usr/bin/env python3
"""The report of `make bench`: reads the JSON lines that scripts/bench.sh collected (one object
per run of `corokitchen bench sleepers|paint|window` or asyncio_sleepers.py), prints the tables with
the ratios and the goals of issue 6, and writes the figures as JSON and a chart of overhead and
peak memory against N as a plain SVG (no plotting library: only the standard library).

Usage: benchreport.py RESULTS.jsonl [--json OUT.json] [--svg OUT.svg]
"""
import argparse
import json
import math
import statistics
import sys

GOALS = {  # count -> (overhead ms, peak RSS MB, worst heartbeat lateness ms), None: no goal
    100000: (20, 40, 16),
    1000000: (150, 300, None),
}
PAINT_GOAL_MS = {100000: 16}
WINDOW_GOAL_MS = {100000: 50}  # count -> worst wait of an input event during the live run


def read(path):
    machine, sleepers, paint, window = {}, {}, [], []
    with open(path) as lines:
        for line in lines:
            line = line.strip()
            if not line:
                continue
            record = json.loads(line)
            if "machine" in record:
                machine.update(record["machine"])
            elif record.get("impl") == "corokitchen-qpainter":
                paint.append(record)
            elif record.get("impl") == "corokitchen-window":
                window.append(record)
            else:
                side = "python" if record["impl"] == "python-asyncio" else "corokitchen"
                sleepers.setdefault(record["count"], {}).setdefault(side, []).append(record)
    return machine, sleepers, paint, window


def median_of(runs, field):
    return statistics.median(run[field] for run in runs)


def summarise(sleepers):
    """Per count and side: the median of each figure over the repeated runs."""
    summary = {}
    for count in sorted(sleepers):
        summary[count] = {}
        for side, runs in sleepers[count].items():
            summary[count][side] = {
                "runs": len(runs),
                "overhead_ms": median_of(runs, "overhead_ms"),
                "peak_rss_mb": median_of(runs, "peak_rss_kb") / 1024,
                "max_loop_lag_ms": median_of(runs, "max_loop_lag_ms"),
                "overhead_ms_all": [run["overhead_ms"] for run in runs],
            }
    return summary


def ratio(python, ours):
    if ours <= 0:
        return "n/a"
    return f"{python / ours:.1f}x" if python / ours < 10 else f"{python / ours:.0f}x"


def mark(value, goal):
    if goal is None:
        return ""
    return " ok" if value <= goal else f" MISSED (goal {goal})"


def print_window(window):
    print()
    print("The window running the crowd live at 1x (offscreen, 1280x800): how long an input event")
    print("posted every 10 ms waits to be handled, during the run and in the second after it")
    print(f"{'sleepers':>10} | {'press Run ms':>12} | {'run s':>6} | {'paints':>6} | "
          f"{'median ms':>9} | {'worst ms':>8} | {'after, worst ms':>15}")
    print("-" * 11 + "+" + "-" * 14 + "+" + "-" * 8 + "+" + "-" * 8 + "+" + "-" * 11 + "+"
          + "-" * 10 + "+" + "-" * 16)
    for run in window:
        during, after = run["during_run"], run["after_run"]
        goal = WINDOW_GOAL_MS.get(run["count"])
        print(f"{run['count']:>10} | {run['press_run_ms']:12.1f} | {run['run_ms'] / 1000:6.2f} | "
              f"{run['timeline_paints']:>6} | {during['input_wait_ms_median']:9.1f} | "
              f"{during['input_wait_ms_max']:8.1f} | {after['input_wait_ms_max']:15.1f}"
              + (f"   goal: worst{mark(during['input_wait_ms_max'], goal)}" if goal else ""))


def print_tables(machine, summary, paint):
    print(f"Machine: {machine.get('cores', '?')} cores, load average "
          f"{machine.get('load_before', '?')} before and {machine.get('load_after', '?')} after; "
          f"Python {machine.get('python', '?')}")
    print()
    print("Gathered 1 s sleepers (median of the runs; asyncio / CoroKitchen, ratio)")
    print(f"{'sleepers':>10} | {'overhead ms':>28} | {'peak RSS MB':>22} | {'worst heartbeat lag ms':>28}")
    print("-" * 11 + "+" + "-" * 30 + "+" + "-" * 24 + "+" + "-" * 29)
    for count, sides in summary.items():
        if "python" not in sides or "corokitchen" not in sides:
            continue
        py, ck = sides["python"], sides["corokitchen"]
        goal = GOALS.get(count, (None, None, None))
        print(f"{count:>10} | {py['overhead_ms']:9.1f} / {ck['overhead_ms']:7.1f} {ratio(py['overhead_ms'], ck['overhead_ms']):>7} | "
              f"{py['peak_rss_mb']:6.0f} / {ck['peak_rss_mb']:5.0f} {ratio(py['peak_rss_mb'], ck['peak_rss_mb']):>6} | "
              f"{py['max_loop_lag_ms']:9.1f} / {ck['max_loop_lag_ms']:6.1f} {ratio(py['max_loop_lag_ms'], ck['max_loop_lag_ms']):>7}")
        if any(g is not None for g in goal):
            print(f"{'':>10}   goals: overhead {ck['overhead_ms']:.1f} ms{mark(ck['overhead_ms'], goal[0])}, "
                  f"RSS {ck['peak_rss_mb']:.1f} MB{mark(ck['peak_rss_mb'], goal[1])}"
                  + (f", lag {ck['max_loop_lag_ms']:.1f} ms{mark(ck['max_loop_lag_ms'], goal[2])}"
                     if goal[2] is not None else ""))
    if paint:
        print()
        print("Painting a recorded run (TimelinePainter, offscreen, a new painter and layout per frame)")
        print(f"{'spans':>10} | {'lanes':>8} | {'view':>9} | {'frames':>6} | {'median ms':>9} | {'max ms':>7}")
        print("-" * 11 + "+" + "-" * 10 + "+" + "-" * 11 + "+" + "-" * 8 + "+" + "-" * 11 + "+" + "-" * 8)
        for run in paint:
            goal = PAINT_GOAL_MS.get(run["spans"])
            print(f"{run['spans']:>10} | {run['lanes']:>8} | {run['width']:>4}x{run['height']:<4} | "
                  f"{run['frames']:>6} | {run['frame_ms_median']:9.2f} | {run['frame_ms_max']:7.2f}"
                  + (f"   goal: median{mark(run['frame_ms_median'], goal)}" if goal else ""))


# --- the chart -------------------------------------------------------------------------------

COLOURS = {"python": "#D55E00", "corokitchen": "#0072B2"}  # Okabe-Ito, as the timeline
NAMES = {"python": "Python asyncio", "corokitchen": "CoroKitchen"}


def nice_ticks(low, high):
    """Powers of ten (and 1-2-5 steps when the range is short) between low and high."""
    ticks = []
    exponent = math.floor(math.log10(low))
    while 10 ** exponent <= high * 1.0001:
        for step in ((1, 2, 5) if math.log10(high / low) < 3 else (1,)):
            value = step * 10 ** exponent
            if low / 1.0001 <= value <= high * 1.0001:
                ticks.append(value)
        exponent += 1
    return ticks


def label(value, unit):
    if unit == "ms" and value >= 1000:
        return f"{value / 1000:g} s"
    if unit == "MB" and value >= 1000:
        return f"{value / 1000:g} GB"
    return f"{value:g} {unit}"


def count_label(count):
    return {1000: "1k", 10000: "10k", 100000: "100k", 1000000: "1M"}.get(count, f"{count:g}")


def panel(x0, y0, width, height, title, unit, field, summary, goals):
    counts = [c for c in summary if "python" in summary[c] and "corokitchen" in summary[c]]
    values = [summary[c][side][field] for c in counts for side in ("python", "corokitchen")]
    values += [g for g in goals.values() if g]
    low = 10 ** math.floor(math.log10(max(min(v for v in values if v > 0), 1e-3)))
    high = 10 ** math.ceil(math.log10(max(values)))
    # Room on the right for the labels of the last points and goals, which are centred on them.
    left, right, top, bottom = x0 + 58, x0 + width - 40, y0 + 34, y0 + height - 40
    cmin, cmax = math.log10(min(counts)), math.log10(max(counts))

    def px(count):
        return left + (math.log10(count) - cmin) / max(cmax - cmin, 1e-9) * (right - left)

    def py(value):
        value = max(value, low)
        return bottom - (math.log10(value) - math.log10(low)) / (math.log10(high) - math.log10(low)) * (bottom - top)

    out = [f'<text x="{x0 + width / 2}" y="{y0 + 18}" class="title">{title}</text>',
           f'<rect x="{left}" y="{top}" width="{right - left}" height="{bottom - top}" class="plot"/>']
    for tick in nice_ticks(low, high):
        y = py(tick)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" class="grid"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" class="ytick">{label(tick, unit)}</text>')
    for count in counts:
        x = px(count)
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom}" class="grid"/>')
        out.append(f'<text x="{x:.1f}" y="{bottom + 16}" class="xtick">{count_label(count)}</text>')
    out.append(f'<text x="{(left + right) / 2}" y="{bottom + 33}" class="axis">sleepers (N), log scale</text>')
    for count, goal in goals.items():
        if goal and count in counts:
            x, y = px(count), py(goal)
            out.append(f'<line x1="{x - 14:.1f}" y1="{y:.1f}" x2="{x + 14:.1f}" y2="{y:.1f}" class="goal"/>')
            out.append(f'<text x="{x - 17:.1f}" y="{y + 4:.1f}" class="goaltext">goal {label(goal, unit)}</text>')
    for side in ("python", "corokitchen"):
        points = [(px(c), py(summary[c][side][field]), summary[c][side][field]) for c in counts]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in points)
        out.append(f'<polyline points="{path}" fill="none" stroke="{COLOURS[side]}" stroke-width="2.5"/>')
        for x, y, value in points:
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{COLOURS[side]}"/>')
            text = f"{value:.0f}" if value >= 10 else f"{value:.1f}"
            dy = -8 if side == "python" else 15
            out.append(f'<text x="{x:.1f}" y="{y + dy:.1f}" class="value" fill="{COLOURS[side]}">{text}</text>')
    return out


def svg(summary, machine):
    width, height = 860, 418
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
             "<style>text{font-family:DejaVu Sans,Arial,sans-serif;font-size:12px;fill:#222}"
             ".title{font-size:14px;font-weight:bold;text-anchor:middle}.ytick{text-anchor:end;fill:#555}"
             ".xtick{text-anchor:middle;fill:#555}.axis{text-anchor:middle;fill:#555}"
             ".value{font-size:11px;text-anchor:middle}.plot{fill:none;stroke:#999}"
             ".grid{stroke:#e4e4e4}.goal{stroke:#222;stroke-width:1.5;stroke-dasharray:4 3}"
             ".goaltext{font-size:10px;text-anchor:end;fill:#444}</style>",
             f'<rect width="{width}" height="{height}" fill="#fff"/>']
    goals_overhead = {count: goal[0] for count, goal in GOALS.items()}
    goals_memory = {count: goal[1] for count, goal in GOALS.items()}
    parts += panel(0, 20, width / 2, height - 78, "Overhead: makespan − 1 s", "ms", "overhead_ms",
                   summary, goals_overhead)
    parts += panel(width / 2, 20, width / 2, height - 78, "Peak RSS of the whole process", "MB",
                   "peak_rss_mb", summary, goals_memory)
    legend_y = height - 30
    x = 60
    for side in ("python", "corokitchen"):
        parts.append(f'<line x1="{x}" y1="{legend_y - 4}" x2="{x + 24}" y2="{legend_y - 4}" stroke="{COLOURS[side]}" stroke-width="2.5"/>')
        parts.append(f'<text x="{x + 30}" y="{legend_y}">{NAMES[side]}</text>')
        x += 160
    parts.append(f'<text x="60" y="{legend_y + 20}" fill="#555">N gathered 1 s sleeps, median of the runs; '
                 f'{machine.get("cores", "?")} cores, load {machine.get("load_before", "?")}; '
                 f'Python {machine.get("python", "?")}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results")
    parser.add_argument("--json")
    parser.add_argument("--svg")
    args = parser.parse_args()
    machine, sleepers, paint, window = read(args.results)
    summary = summarise(sleepers)
    print_tables(machine, summary, paint)
    if window:
        print_window(window)
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"machine": machine, "sleepers": {str(c): s for c, s in summary.items()},
                       "paint": paint, "window": window}, out, indent=1)
            out.write("\n")
        print(f"\nbench: figures written to {args.json}", file=sys.stderr)
    if args.svg and summary:
        with open(args.svg, "w") as out:
            out.write(svg(summary, machine))
        print(f"bench: chart written to {args.svg}", file=sys.stderr)


if __name__ == "__main__":
    main()
