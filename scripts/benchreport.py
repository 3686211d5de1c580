#!/usr/bin/env python3
"""The report of `make bench`: reads the JSON lines that scripts/bench.sh collected (one object
per run of `corokitchen bench sleepers|idle|paint|window` or asyncio_sleepers.py, and per timed
`run crowd:N` with its exports), prints the tables with
the ratios and the goals of issues 6 and 17, and writes the figures as JSON and a chart of overhead and
peak memory against N as a plain SVG (no plotting library: only the standard library).
With --peers, the report of `make bench-peers` (scripts/bench-peers.sh): the same sleepers in
every runtime of bench/peers, as markdown tables with the ratios to CoroKitchen (--markdown, and
between the bench-peers markers of --readme) and the same chart with every runtime on it.

Usage: benchreport.py RESULTS.jsonl [--json OUT.json] [--svg OUT.svg]
       benchreport.py RESULTS.jsonl --peers [--json OUT.json] [--svg OUT.svg] [--markdown OUT.md]
                      [--readme README.md]
"""
import argparse
import json
import math
import statistics
import sys

GOALS = {  # count -> (overhead ms, peak RSS MB, worst heartbeat lateness ms), None: no goal
    100000: (10, 20, 16),
    1000000: (95, 110, None),
}
# One sleep of S seconds with a 10 ms heartbeat (bench idle): CPU per 10 s waited, p99 lateness.
IDLE_GOAL = {"cpu_ms_per_10s": 100, "lateness_ms_p99": 0.5, "early_wakeups": 0}
PAINT_GOAL_MS = {100000: 16}
# (count, every teaching view on) -> the window's goals: the worst wait of an input event over
# the whole run, from selecting the crowd to its retiring (ms), and how late the run may end
# after its ideal total (ms); None: no goal. Issue 6 set the first, issue 17 the others.
WINDOW_GOALS = {(100000, False): (50, None), (1000000, False): (50, 50), (1000, True): (30, None)}
# The phases `corokitchen bench window` times, in order, with their column titles.
WINDOW_PHASES = [("select", "select"), ("start", "start"), ("middle", "middle"), ("end", "end"),
                 ("retire", "retire")]
# Issue 17: at a million, each chart and the three files together in 5 s (the whole command,
# the run included), a chart in 400 MB; export -> (wall s, peak RSS MB), None: no goal.
EXPORT_GOALS = {1000000: {"png": (5, 400), "svg": (5, 400), "pdf": (5, 400),
                          "trace+csv+json": (5, None)}}
# A Python program traced on the virtual clock (`corokitchen run`) against plain python3: wall
# time at most this many times the program's own (issue 17).
PROGRAM_IMPL = "corokitchen-python-program"
PROGRAM_GOAL_RATIO = 3.0
# Records with a report of their own, read by records_of(), not as sleepers.
OWN_REPORTS = {"corokitchen-idle", "corokitchen-export", PROGRAM_IMPL}
# The "impl" of a sleepers record -> its side in the report; every other impl is its own side.
SIDES = {"python-asyncio": "python", "corokitchen-qcoro": "corokitchen"}


def read(path):
    """The machine, the sleepers by count and side, the paint and the window records."""
    return read_all(path)[:4]


def read_all(path):
    """read()'s four, and the records with a report of their own by impl (OWN_REPORTS), from one
    pass over the file."""
    machine, sleepers, paint, window, own = {}, {}, [], [], {}
    with open(path) as lines:
        for line in lines:
            line = line.strip()
            if not line:
                continue
            record = json.loads(line)
            if "machine" in record:
                for key, value in record["machine"].items():
                    if isinstance(value, dict):
                        machine.setdefault(key, {}).update(value)
                    else:
                        machine[key] = value
            elif record.get("impl") == "corokitchen-qpainter":
                paint.append(record)
            elif record.get("impl") == "corokitchen-window":
                window.append(record)
            elif record.get("impl") in OWN_REPORTS:
                own.setdefault(record["impl"], []).append(record)
            else:
                side = SIDES.get(record["impl"], record["impl"])
                sleepers.setdefault(record["count"], {}).setdefault(side, []).append(record)
    return machine, sleepers, paint, window, own


def records_of(path, impl):
    """The records of `impl`, one of OWN_REPORTS."""
    return read_all(path)[4].get(impl, [])


def read_exports(path):
    return exports_of(records_of(path, "corokitchen-export"))


def exports_of(exports):
    """The timed `run crowd:N` commands of bench.sh, each with the RSS it took beyond the run alone
    (the "none" command of the same N): what the chart or the files add, which a streamed
    export keeps from growing with the file."""
    alone = {run["count"]: run["peak_rss_kb"] for run in exports if run["export"] == "none"}
    for run in exports:
        if run["count"] in alone:
            run["rss_beyond_run_kb"] = run["peak_rss_kb"] - alone[run["count"]]
    return exports


def read_programs(path):
    """The runs of scripts/pyprogbench.py: a Python program plain and traced."""
    return records_of(path, PROGRAM_IMPL)


def summarise_programs(runs):
    """Per count: the median wall time and peak RSS of each side, and the ratio of the medians."""
    summary = {}
    for count in sorted({run["count"] for run in runs}):
        of_count = [run for run in runs if run["count"] == count]
        plain_s, run_s = median_of(of_count, "plain_s"), median_of(of_count, "run_s")
        summary[count] = {"runs": len(of_count), "python": of_count[0].get("python"),
                          "plain_s": plain_s, "plain_rss_mb": median_of(of_count, "plain_rss_kb") / 1024,
                          "run_s": run_s, "run_rss_mb": median_of(of_count, "run_rss_kb") / 1024,
                          "ratio": run_s / plain_s if plain_s > 0 else None,
                          "run_s_all": [run["run_s"] for run in of_count]}
    return summary


def print_programs(programs):
    print()
    print("A Python program of N tasks each awaiting asyncio.sleep(1), gathered: plain python3 (1 s")
    print("of real sleep) against `corokitchen run --clock virtual` (traced by the harness, read by")
    print("the app); wall time and peak RSS, median of the runs")
    print(f"{'tasks':>10} | {'plain python3 s':>15} | {'MB':>5} | {'corokitchen run s':>17} | "
          f"{'MB':>5} | {'ratio':>6}")
    print("-" * 11 + "+" + "-" * 17 + "+" + "-" * 7 + "+" + "-" * 19 + "+" + "-" * 7 + "+" + "-" * 7)
    for count, run in programs.items():
        ratio_text = f"{run['ratio']:.2f}x" if run["ratio"] is not None else "n/a"
        print(f"{count:>10} | {run['plain_s']:15.2f} | {run['plain_rss_mb']:5.0f} | "
              f"{run['run_s']:17.2f} | {run['run_rss_mb']:5.0f} | {ratio_text:>6}"
              + (f"   goal: ratio{mark(run['ratio'], PROGRAM_GOAL_RATIO)}"
                 if run["ratio"] is not None else ""))


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
                # The peers of bench/peers run no heartbeat.
                "max_loop_lag_ms": (median_of(runs, "max_loop_lag_ms")
                                    if all("max_loop_lag_ms" in run for run in runs) else None),
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


def window_goals(run):
    """The goal lines of one window run: (name, value, goal), only those it has a goal for."""
    worst_goal, late_goal = WINDOW_GOALS.get((run["count"], run.get("teaching", False)), (None, None))
    goals = []
    if worst_goal is not None:
        goals.append(("worst wait", run["whole_run"]["input_wait_ms_max"], worst_goal))
    if late_goal is not None:
        goals.append(("end after the ideal", run["end_after_ideal_ms"], late_goal))
    return goals


def print_window(window):
    print()
    print("The window running the crowd live at 1x (offscreen): the worst wait of an input event")
    print("posted every 10 ms, in each phase from selecting the crowd to a second after moving on")
    print("retired it (ms), over all of them, and when the run ended after its ideal total")
    phases = "".join(f" | {title:>6}" for _, title in WINDOW_PHASES)
    print(f"{'sleepers':>10} | {'views':>8}{phases} | {'worst':>6} | {'median':>6} | "
          f"{'run s':>5} | {'late ms':>7}")
    print("-" * (11 + 11 + 9 * len(WINDOW_PHASES) + 9 + 9 + 8 + 9))
    for run in window:
        views = "teaching" if run.get("teaching") else "default"
        cells = "".join(f" | {run[phase]['input_wait_ms_max']:6.1f}" for phase, _ in WINDOW_PHASES)
        whole = run["whole_run"]
        print(f"{run['count']:>10} | {views:>8}{cells} | {whole['input_wait_ms_max']:6.1f} | "
              f"{whole['input_wait_ms_median']:6.1f} | {run['run_ms'] / 1000:5.2f} | "
              f"{run['end_after_ideal_ms']:7.0f}")
        goals = window_goals(run)
        if goals:
            print(f"{'':>10}   goals: " + ", ".join(f"{name} {value:.1f} ms{mark(value, goal)}"
                                                    for name, value, goal in goals))


def print_idle(idle):
    print()
    print("Waiting: one sleep with a 10 ms heartbeat on the loop (bench idle); the CPU the process")
    print("used while it waited, and how late each heartbeat woke (never early: none before its time)")
    print(f"{'sleep s':>8} | {'CPU ms':>7} | {'per 10 s':>8} | {'wake-ups':>8} | {'early':>5} | "
          f"{'median ms':>9} | {'p99 ms':>6} | {'worst ms':>8}")
    print("-" * 9 + "+" + "-" * 9 + "+" + "-" * 10 + "+" + "-" * 10 + "+" + "-" * 7 + "+"
          + "-" * 11 + "+" + "-" * 8 + "+" + "-" * 9)
    for run in idle:
        per10 = run["cpu_ms"] * 10 / run["seconds"] if run["seconds"] else 0
        print(f"{run['seconds']:8.0f} | {run['cpu_ms']:7.1f} | {per10:8.1f} | {run['wakeups']:>8} | "
              f"{run['early_wakeups']:>5} | {run['lateness_ms_median']:9.3f} | "
              f"{run['lateness_ms_p99']:6.3f} | {run['lateness_ms_max']:8.3f}"
              f"   goals: CPU{mark(per10, IDLE_GOAL['cpu_ms_per_10s'])}, "
              f"early{mark(run['early_wakeups'], IDLE_GOAL['early_wakeups'])}, "
              f"p99{mark(run['lateness_ms_p99'], IDLE_GOAL['lateness_ms_p99'])}")


def print_exports(exports):
    print()
    print("Exports of `run crowd:N --clock virtual` (the whole command, the run included; none: the")
    print("run alone; CPU: user + system, which a busy machine's wall time hides; beyond: peak RSS")
    print("above the run alone)")
    print(f"{'sleepers':>10} | {'export':>14} | {'wall s':>6} | {'CPU s':>5} | {'peak RSS MB':>11} | "
          f"{'beyond MB':>9} | {'written MB':>10}")
    print("-" * 11 + "+" + "-" * 16 + "+" + "-" * 8 + "+" + "-" * 7 + "+" + "-" * 13 + "+" + "-" * 11
          + "+" + "-" * 11)
    for run in exports:
        goal = EXPORT_GOALS.get(run["count"], {}).get(run["export"])
        rss_mb = run["peak_rss_kb"] / 1024
        beyond = run.get("rss_beyond_run_kb")
        line = (f"{run['count']:>10} | {run['export']:>14} | {run['wall_s']:6.2f} | "
                f"{run.get('cpu_s', math.nan):5.2f} | {rss_mb:11.0f} | "
                + (f"{beyond / 1024:9.0f}" if beyond is not None else f"{'':9}")
                + f" | {run['bytes'] / 1e6:10.1f}")
        if goal:
            line += f"   goals: wall{mark(run['wall_s'], goal[0])}"
            if goal[1] is not None:
                line += f", RSS{mark(rss_mb, goal[1])}"
        print(line)


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

# Okabe-Ito, as the timeline; the peers of `make bench-peers` take the rest of the palette.
COLOURS = {"python": "#D55E00", "corokitchen": "#0072B2", "go": "#009E73", "node": "#E69F00",
           "tokio": "#CC79A7", "asio": "#000000", "python-uvloop": "#56B4E9"}
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


def panel(x0, y0, width, height, title, unit, field, summary, goals, sides, labelled):
    """One log-log plot of field against N, a line per side; the sides in labelled show values."""
    counts = [c for c in summary if all(side in summary[c] for side in sides)]
    values = [summary[c][side][field] for c in counts for side in sides]
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
    # What a value's label must keep clear of at each x: every point and the goal's mark.
    marks = {c: [py(summary[c][side][field]) for side in sides] for c in counts}
    for count, goal in goals.items():
        if goal and count in counts:
            marks[count].append(py(goal))
    for side in sides:
        points = [(c, px(c), py(summary[c][side][field]), summary[c][side][field]) for c in counts]
        path = " ".join(f"{x:.1f},{y:.1f}" for _, x, y, _ in points)
        out.append(f'<polyline points="{path}" fill="none" stroke="{COLOURS[side]}" stroke-width="2.5"/>')
        for count, x, y, value in points:
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{COLOURS[side]}"/>')
            if side not in labelled:
                continue
            text = f"{value:.0f}" if value >= 10 else f"{value:.1f}"
            # Below the lower line of two, else above; where a point or goal is in the way, the
            # other side of the point, or beside it when both are taken.
            below = side == "corokitchen" and len(labelled) > 1
            others = list(marks[count])
            others.remove(y)
            taken = {True: any(y < o <= y + 20 for o in others), False: any(y - 20 <= o < y for o in others)}
            if taken[below]:
                below = not below
            if taken[below]:  # beside it: left of the first N, where no line runs
                first = count == counts[0]
                out.append(f'<text x="{x - 7 if first else x + 7:.1f}" y="{y + 4:.1f}" class="value" '
                           f'text-anchor="{"end" if first else "start"}" fill="{COLOURS[side]}">{text}</text>')
                continue
            dy = 15 if below else -8
            out.append(f'<text x="{x:.1f}" y="{y + dy:.1f}" class="value" fill="{COLOURS[side]}">{text}</text>')
    return out


def svg(summary, machine, sides=("python", "corokitchen"), names=NAMES, goals=GOALS, footnote=None):
    """The chart: overhead and peak RSS against N, one line per side, the goals dashed."""
    legend_rows = math.ceil(len(sides) / 4)
    width, height = 860, 398 + 20 * legend_rows
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
             "<style>text{font-family:DejaVu Sans,Arial,sans-serif;font-size:12px;fill:#222}"
             ".title{font-size:14px;font-weight:bold;text-anchor:middle}.ytick{text-anchor:end;fill:#555}"
             ".xtick{text-anchor:middle;fill:#555}.axis{text-anchor:middle;fill:#555}"
             ".value{font-size:11px;text-anchor:middle}.plot{fill:none;stroke:#999}"
             ".grid{stroke:#e4e4e4}.goal{stroke:#222;stroke-width:1.5;stroke-dasharray:4 3}"
             ".goaltext{font-size:10px;text-anchor:end;fill:#444}</style>",
             f'<rect width="{width}" height="{height}" fill="#fff"/>']
    goals_overhead = {count: goal[0] for count, goal in goals.items()}
    goals_memory = {count: goal[1] for count, goal in goals.items()}
    # With two sides every value is shown; with many, only CoroKitchen's (the table has the rest).
    labelled = set(sides) if len(sides) <= 2 else {"corokitchen"}
    plot_height = height - 58 - 20 * legend_rows
    parts += panel(0, 20, width / 2, plot_height, "Overhead: makespan − 1 s", "ms", "overhead_ms",
                   summary, goals_overhead, sides, labelled)
    parts += panel(width / 2, 20, width / 2, plot_height, "Peak RSS of the whole process", "MB",
                   "peak_rss_mb", summary, goals_memory, sides, labelled)
    legend_y = height - 10 - 20 * legend_rows
    for index, side in enumerate(sides):
        x, y = 60 + (index % 4) * (160 if len(sides) <= 2 else 200), legend_y + (index // 4) * 20
        parts.append(f'<line x1="{x}" y1="{y - 4}" x2="{x + 24}" y2="{y - 4}" stroke="{COLOURS[side]}" stroke-width="2.5"/>')
        parts.append(f'<text x="{x + 30}" y="{y}">{names[side]}</text>')
    if footnote is None:
        footnote = (f'N gathered 1 s sleeps, median of the runs; {machine.get("cores", "?")} cores, '
                    f'load {machine.get("load_before", "?")}; Python {machine.get("python", "?")}')
    parts.append(f'<text x="60" y="{legend_y + 20 * legend_rows}" fill="#555">{footnote}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


# --- the peers of `make bench-peers` ---------------------------------------------------------

# The sides of bench-peers.sh in the order of its tables, each with its name in the tables and
# in the chart's legend and the key of its version in the machine's "versions".
PEERS = [("corokitchen", "CoroKitchen (release)", "CoroKitchen", "corokitchen"),
         ("go", "Go goroutines", "Go", "go"),
         ("node", "Node, Promise + setTimeout", "Node", "node"),
         ("tokio", "Rust tokio (Debian)", "Rust tokio", "tokio"),
         ("asio", "C++ standalone asio coroutines", "C++ asio", "asio"),
         ("python-uvloop", "Python uvloop", "Python uvloop", "uvloop"),
         ("python", "Python asyncio", "Python asyncio", "asyncio")]
# bench-peers.sh names a runtime by its version key ("uvloop", "asyncio"); the report by its side.
PEER_SIDE = {key: side for side, _, _, key in PEERS}
README_BEGIN = "<!-- bench-peers:begin (written by scripts/bench-peers.sh) -->"
README_END = "<!-- bench-peers:end -->"


def peer_sides(summary):
    present = {side for sides in summary.values() for side in sides}
    return [peer for peer in PEERS if peer[0] in present]


def peer_names(machine, summary, short=False):
    """Side -> its name with the version that ran, as the tables (or with short, the chart) say."""
    versions = machine.get("versions", {})
    names = {}
    for side, name, short_name, key in peer_sides(summary):
        name = short_name if short else name
        names[side] = f"{name} {versions[key]}" if key in versions else name
    return names


def figure(value):
    return f"{value:.1f}" if value < 10 else f"{value:,.0f}"


def peers_table(summary, names, field, unit):
    """A markdown table of field per side and N, each with its ratio to CoroKitchen's."""
    counts = list(summary)
    rows = [f"| {unit} at N | " + " | ".join(count_label(c) for c in counts) + " |",
            "| --- |" + " ---: |" * len(counts)]
    for side in names:
        cells = []
        for count in counts:
            sides = summary[count]
            if side not in sides:
                cells.append("–")
                continue
            cell = figure(sides[side][field])
            if side != "corokitchen" and "corokitchen" in sides:
                cell += f" ({ratio(sides[side][field], sides['corokitchen'][field])})"
            cells.append(cell)
        rows.append(f"| {names[side]} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def runs_text(summary):
    runs = sorted({sides[side]["runs"] for sides in summary.values() for side in sides})
    return "one run each" if runs == [1] else f"median of {' or '.join(map(str, runs))} runs"


def busy_starts(machine):
    """(side, load average) of each runtime that started with the 1-minute load above quiet."""
    quiet = machine.get("quiet_load")
    return [(PEER_SIDE.get(runtime, runtime), load)
            for runtime, load in machine.get("runtime_load", {}).items()
            if quiet is not None and float(load.split()[0]) >= quiet]


def peers_markdown(machine, summary):
    names = peer_names(machine, summary)
    busy = busy_starts(machine)
    lines = [f"N tasks each sleeping 1 s, started together and waited for; overhead = makespan − 1 s; "
             f"{runs_text(summary)}; in brackets: × CoroKitchen's figure. "
             f"{machine.get('cores', '?')} cores, {machine.get('date', '?')}, load average "
             f"{machine.get('load_before', '?')} before and {machine.get('load_after', '?')} after.",
             "",
             peers_table(summary, names, "overhead_ms", "overhead ms"),
             "",
             peers_table(summary, names, "peak_rss_mb", "peak RSS MB"),
             ""]
    if busy:
        short = peer_names(machine, summary, short=True)
        lines.append(f"**Not a quiet machine**: the 1-minute load average was at or above "
                     f"{machine['quiet_load']} "
                     "when these started: "
                     + ", ".join(f"{short.get(side, side)} {load.split()[0]}" for side, load in busy)
                     + "; the figures are noisier and larger than a quiet run's.")
        lines.append("")
    return "\n".join(lines)


def splice_readme(path, markdown):
    with open(path) as readme:
        text = readme.read()
    begin, end = text.find(README_BEGIN), text.find(README_END)
    if begin < 0 or end < begin:
        sys.exit(f"benchreport: {path} has no {README_BEGIN} ... {README_END} section")
    text = text[:begin + len(README_BEGIN)] + "\n" + markdown + text[end:]
    with open(path, "w") as readme:
        readme.write(text)


def peers_report(args, machine, summary):
    markdown = peers_markdown(machine, summary)
    print(markdown)
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"machine": machine, "sleepers": {str(c): s for c, s in summary.items()}},
                      out, indent=1)
            out.write("\n")
    if args.markdown:
        with open(args.markdown, "w") as out:
            out.write("# `make bench-peers`: the sleepers in every runtime\n\n"
                      "Written by scripts/bench-peers.sh; see the README.\n\n"
                      "![overhead and peak RSS against N](bench-peers.svg)\n\n" + markdown)
    if args.readme:
        splice_readme(args.readme, markdown)
    if args.svg and summary:
        names = peer_names(machine, summary, short=True)
        footnote = (f"N tasks each sleeping 1 s, {runs_text(summary)}; {machine.get('cores', '?')} "
                    f"cores, load {machine.get('load_before', '?')} before the run"
                    + ("; not a quiet machine" if busy_starts(machine)
                       else f"; each runtime started below load {machine['quiet_load']}"
                       if machine.get("runtime_load") and machine.get("quiet_load") is not None
                       else ""))
        with open(args.svg, "w") as out:
            out.write(svg(summary, machine, list(names), names, {}, footnote))
    print("bench-peers: report written", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results")
    parser.add_argument("--json")
    parser.add_argument("--svg")
    parser.add_argument("--peers", action="store_true", help="the report of make bench-peers")
    parser.add_argument("--markdown", help="--peers: the tables as markdown")
    parser.add_argument("--readme", help="--peers: the README whose bench-peers section to rewrite")
    args = parser.parse_args()
    machine, sleepers, paint, window, own = read_all(args.results)
    exports = exports_of(own.get("corokitchen-export", []))
    summary = summarise(sleepers)
    if args.peers:
        peers_report(args, machine, summary)
        return
    idle = own.get("corokitchen-idle", [])
    programs = summarise_programs(own.get(PROGRAM_IMPL, []))
    print_tables(machine, summary, paint)
    if idle:
        print_idle(idle)
    if window:
        print_window(window)
    if exports:
        print_exports(exports)
    if programs:
        print_programs(programs)
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"machine": machine, "sleepers": {str(c): s for c, s in summary.items()},
                       "paint": paint, "window": window, "idle": idle, "exports": exports,
                       "python_program": {str(c): p for c, p in programs.items()}}, out, indent=1)
            out.write("\n")
        print(f"\nbench: figures written to {args.json}", file=sys.stderr)
    if args.svg and summary:
        with open(args.svg, "w") as out:
            out.write(svg(summary, machine))
        print(f"bench: chart written to {args.svg}", file=sys.stderr)


if __name__ == "__main__":
    main()
