#!/usr/bin/env python3
"""The report of `make bench` and `make bench-peers` (scripts/benchreport.py) on a fake result set:
medians, the sides each runtime lands on, the markdown tables with their ratios to CoroKitchen,
the README section it rewrites, and a chart with one line per runtime. No timings are run."""
import contextlib
import io
import json
import os
import sys
import tempfile
import unittest
import unittest.mock
import xml.etree.ElementTree as ElementTree
from types import SimpleNamespace

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import benchreport  # noqa: E402

SVG = "{http://www.w3.org/2000/svg}"


def sleepers(impl, count, overheads, rss_kb):
    return [{"impl": impl, "count": count, "seconds": 1.0, "makespan_ms": 1000 + overhead,
             "overhead_ms": overhead, "peak_rss_kb": rss_kb} for overhead in overheads]


def fake_results():
    """Three runs of each runtime at 10k and 100k, as bench-peers.sh collects them."""
    records = [{"machine": {"cores": 2, "load_before": "0.31 0.40 0.52", "quiet_load": 0.5,
                            "date": "2026-12-07T10:00:00Z"}},
               {"machine": {"versions": {"corokitchen": "0.9.0", "go": "1.19.8", "tokio": "1.24.2",
                                         "asyncio": "3.11.2"}}},
               {"machine": {"runtime_load": {"corokitchen": "0.31 0.40 0.52"}}},
               {"machine": {"runtime_load": {"tokio": "1.70 0.90 0.60"}}}]
    for count, scale in ((10000, 1), (100000, 10)):
        records += sleepers("corokitchen-qcoro", count, [2 * scale, 1 * scale, 9 * scale], 20480 * scale)
        for run in records[-3:]:
            run["max_loop_lag_ms"] = 1.0
        records += sleepers("go", count, [30 * scale, 40 * scale, 35 * scale], 40960 * scale)
        records += sleepers("tokio", count, [17 * scale, 18 * scale, 16 * scale], 10240 * scale)
        records += sleepers("python-asyncio", count, [190 * scale, 200 * scale, 210 * scale], 61440 * scale)
    return records


class PeersReport(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        self.addCleanup(self.directory.cleanup)
        self.results = self.path("results.jsonl")
        with open(self.results, "w") as out:
            out.writelines(json.dumps(record) + "\n" for record in fake_results())

    def path(self, name):
        return os.path.join(self.directory.name, name)

    def test_each_runtime_is_its_own_side_with_medians(self):
        machine, runs, _, _ = benchreport.read(self.results)
        summary = benchreport.summarise(runs)
        self.assertEqual(set(summary[10000]), {"corokitchen", "go", "tokio", "python"})
        self.assertEqual(summary[10000]["go"]["overhead_ms"], 35)
        self.assertEqual(summary[100000]["corokitchen"]["overhead_ms"], 20)
        self.assertEqual(summary[100000]["tokio"]["peak_rss_mb"], 100)
        self.assertIsNone(summary[10000]["go"]["max_loop_lag_ms"])
        self.assertEqual(summary[10000]["corokitchen"]["max_loop_lag_ms"], 1.0)
        # Nested machine records merge, so every runtime's load and version is kept.
        self.assertEqual(set(machine["runtime_load"]), {"corokitchen", "tokio"})
        self.assertEqual(machine["versions"]["tokio"], "1.24.2")

    def test_markdown_tables_in_peer_order_with_ratios_to_corokitchen(self):
        machine, runs, _, _ = benchreport.read(self.results)
        markdown = benchreport.peers_markdown(machine, benchreport.summarise(runs))
        lines = markdown.splitlines()
        overhead = lines.index("| overhead ms at N | 10k | 100k |")
        self.assertEqual(lines[overhead + 2], "| CoroKitchen (release) 0.9.0 | 2.0 | 20 |")
        self.assertEqual(lines[overhead + 3], "| Go goroutines 1.19.8 | 35 (18x) | 350 (18x) |")
        self.assertEqual(lines[overhead + 4], "| Rust tokio (Debian) 1.24.2 | 17 (8.5x) | 170 (8.5x) |")
        self.assertEqual(lines[overhead + 5], "| Python asyncio 3.11.2 | 200 (100x) | 2,000 (100x) |")
        memory = lines.index("| peak RSS MB at N | 10k | 100k |")
        self.assertEqual(lines[memory + 4], "| Rust tokio (Debian) 1.24.2 | 10 (0.5x) | 100 (0.5x) |")
        # The runtime that started on a busy machine is named with its load; the quiet one is not.
        busy = [line for line in lines if line.startswith("**Not a quiet machine**")]
        self.assertEqual(len(busy), 1)
        self.assertIn("when these started: Rust tokio 1.24.2 1.70;", busy[0])
        self.assertNotIn("CoroKitchen", busy[0])
        self.assertIn("median of 3 runs", lines[0])

    def test_writes_json_markdown_readme_section_and_chart(self):
        readme = self.path("README.md")
        with open(readme, "w") as out:
            out.write(f"# Title\n\nBefore.\n\n{benchreport.README_BEGIN}\nold table\n"
                      f"{benchreport.README_END}\n\nAfter.\n")
        args = SimpleNamespace(results=self.results, peers=True, json=self.path("peers.json"),
                               svg=self.path("peers.svg"), markdown=self.path("peers.md"),
                               readme=readme)
        machine, runs, _, _ = benchreport.read(self.results)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            benchreport.peers_report(args, machine, benchreport.summarise(runs))

        with open(args.json) as figures:
            self.assertEqual(json.load(figures)["sleepers"]["100000"]["go"]["overhead_ms"], 350)
        with open(args.markdown) as tables:
            self.assertIn("| Go goroutines 1.19.8 | 35 (18x) | 350 (18x) |", tables.read())
        with open(readme) as text:
            spliced = text.read()
        self.assertNotIn("old table", spliced)
        self.assertTrue(spliced.startswith("# Title\n\nBefore.\n\n"))
        self.assertTrue(spliced.endswith(f"{benchreport.README_END}\n\nAfter.\n"))
        self.assertIn("| Python asyncio 3.11.2 | 200 (100x) | 2,000 (100x) |", spliced)

        chart = ElementTree.parse(args.svg).getroot()
        colours = [line.get("stroke") for line in chart.iter(SVG + "polyline")]
        # One line per runtime in each of the two panels, in the colours of the legend.
        expected = [benchreport.COLOURS[side] for side in ("corokitchen", "go", "tokio", "python")]
        self.assertEqual(colours, expected * 2)
        for line in chart.iter(SVG + "polyline"):
            self.assertEqual(len(line.get("points").split()), 2)  # 10k and 100k
        legend = [text.text for text in chart.iter(SVG + "text")]
        self.assertIn("Rust tokio 1.24.2", legend)
        self.assertTrue(legend[-1].endswith("; not a quiet machine"), legend[-1])

    def test_a_readme_without_the_section_is_refused(self):
        readme = self.path("README.md")
        with open(readme, "w") as out:
            out.write("# Title\n")
        with self.assertRaises(SystemExit):
            benchreport.splice_readme(readme, "table")

    def test_value_labels_keep_clear_of_every_point(self):
        """CoroKitchen's labels move above, below or beside its point, away from the others'."""
        # At 10k tokio's and go's memory lie just below and above CoroKitchen's: beside it, then.
        records = fake_results()
        for record in records:
            if record.get("count") == 10000 and record["impl"] in ("tokio", "go"):
                record["peak_rss_kb"] = {"tokio": 17408, "go": 24576}[record["impl"]]
        path = self.path("crowded.jsonl")
        with open(path, "w") as out:
            out.writelines(json.dumps(record) + "\n" for record in records)
        machine, runs, _, _ = benchreport.read(path)
        summary = benchreport.summarise(runs)
        names = benchreport.peer_names(machine, summary)
        chart = ElementTree.fromstring(benchreport.svg(summary, machine, list(names), names, {}))
        points = [(float(c.get("cx")), float(c.get("cy"))) for c in chart.iter(SVG + "circle")]
        labels = [t for t in chart.iter(SVG + "text") if t.get("class") == "value"]
        self.assertTrue(labels)
        for label in labels:
            x, y, width = float(label.get("x")), float(label.get("y")), 7 * len(label.text)
            left = {"start": x, "end": x - width}.get(label.get("text-anchor"), x - width / 2)
            for cx, cy in points:  # the text's box, 11 px high above its baseline, and the dot
                overlaps = left - 3.5 < cx < left + width + 3.5 and y - 11 - 3.5 < cy < y + 3.5
                self.assertFalse(overlaps, f"label {label.text} at ({x}, {y}) on the point ({cx}, {cy})")


class BenchReport(unittest.TestCase):
    """`make bench`'s own chart keeps its two sides, every value labelled; the exports' table."""

    def test_exports_beside_their_goals_and_apart_from_the_sleepers(self):
        def export(name, wall, rss_mb, written):
            return {"impl": "corokitchen-export", "count": 1000000, "export": name, "wall_s": wall,
                    "cpu_s": wall - 0.5, "peak_rss_kb": rss_mb * 1024, "bytes": written}
        records = fake_results() + [export("none", 3.1, 900, 0), export("png", 3.9, 910, 1600000),
                                    export("trace+csv+json", 6.5, 950, 1590000000)]
        path = os.path.join(tempfile.mkdtemp(), "results.jsonl")
        with open(path, "w") as out:
            out.writelines(json.dumps(record) + "\n" for record in records)
        _, runs, _, _ = benchreport.read(path)
        self.assertNotIn(1000000, runs)  # no sleepers side of its own
        exports = benchreport.read_exports(path)
        self.assertEqual([run["rss_beyond_run_kb"] for run in exports], [0, 10 * 1024, 50 * 1024])
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            benchreport.print_exports(exports)
        lines = printed.getvalue().splitlines()
        png = next(line for line in lines if "png" in line)
        self.assertIn("|   3.90 |  3.40 |         910 |        10 |        1.6", png)
        self.assertTrue(png.endswith("goals: wall ok, RSS MISSED (goal 400)"), png)
        files = next(line for line in lines if "trace+csv+json" in line)
        self.assertTrue(files.endswith("goals: wall MISSED (goal 5)"), files)
        self.assertNotIn("goals", next(line for line in lines if "none" in line))
        os.remove(path)

    def test_two_sides_labelled(self):
        records = [record for record in fake_results()
                   if "machine" in record or record["impl"] in ("corokitchen-qcoro", "python-asyncio")]
        for record in records:
            record.setdefault("max_loop_lag_ms", 1.0)
        path = os.path.join(tempfile.mkdtemp(), "results.jsonl")
        with open(path, "w") as out:
            out.writelines(json.dumps(record) + "\n" for record in records)
        machine, runs, _, _ = benchreport.read(path)
        chart = ElementTree.fromstring(benchreport.svg(benchreport.summarise(runs), machine))
        self.assertEqual(len(list(chart.iter(SVG + "polyline"))), 4)
        values = [text.text for text in chart.iter(SVG + "text") if text.get("class") == "value"]
        self.assertEqual(len(values), 8)  # 2 sides x 2 counts x 2 panels
        self.assertEqual(chart.get("height"), "418")
        os.remove(path)

    def test_idle_runs_are_their_own_table_with_the_goals(self):
        """bench idle's records are no sleepers; their CPU counts per 10 s of waiting."""
        idle = {"impl": "corokitchen-idle", "seconds": 5, "cpu_ms": 60.0, "wakeups": 500,
                "early_wakeups": 0, "lateness_ms_median": 0.05, "lateness_ms_p99": 0.3,
                "lateness_ms_max": 2.0}
        path = os.path.join(tempfile.mkdtemp(), "results.jsonl")
        with open(path, "w") as out:
            out.writelines(json.dumps(record) + "\n" for record in fake_results() + [idle])
        _, runs, _, _ = benchreport.read(path)
        self.assertNotIn(None, runs)  # no count: not read as a sleepers run
        self.assertEqual(benchreport.records_of(path, "corokitchen-idle"), [idle])
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            benchreport.print_idle([idle, dict(idle, cpu_ms=30.0, early_wakeups=1)])
        rows = [line for line in printed.getvalue().splitlines() if "goals:" in line]
        # 60 ms in 5 s is 120 ms per 10 s: over the goal of 100.
        self.assertIn("CPU MISSED (goal 100)", rows[0])
        self.assertIn("early ok", rows[0])
        self.assertIn("CPU ok", rows[1])
        self.assertIn("early MISSED (goal 0)", rows[1])
        os.remove(path)


def window_run(count, teaching, worst, late):
    """One `corokitchen bench window` record whose worst wait, in the end phase, is `worst`."""
    phase = {"samples": 10, "input_wait_ms_median": 1.0, "input_wait_ms_max": 2.0}
    record = {"impl": "corokitchen-window", "count": count, "teaching": teaching,
              "run_ms": 3000 + late, "ideal_ms": 3000, "end_after_ideal_ms": late,
              "whole_run": dict(phase, input_wait_ms_max=worst)}
    for name, _ in benchreport.WINDOW_PHASES:
        record[name] = dict(phase)
    record["end"]["input_wait_ms_max"] = worst
    return record


class WindowReport(unittest.TestCase):
    """The window's goals of issue 17: each crowd's goal lines, the teaching run's apart."""

    def report(self, runs):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            benchreport.print_window(runs)
        return out.getvalue().splitlines()

    def test_goals_of_the_million_and_of_the_teaching_crowd(self):
        lines = self.report([window_run(1000000, False, 42.0, 60.0),
                             window_run(1000, True, 31.5, 10.0),
                             window_run(1000, False, 80.0, 10.0)])
        rows = [line for line in lines if line.lstrip().startswith(("1000000 |", "1000 |"))]
        self.assertEqual(len(rows), 3)
        self.assertIn("teaching", rows[1])
        self.assertIn("default", rows[2])
        goals = [line.strip() for line in lines if line.strip().startswith("goals:")]
        # The million: its worst wait holds, its end is late; the teaching crowd misses its 30 ms.
        self.assertEqual(goals, [
            "goals: worst wait 42.0 ms ok, end after the ideal 60.0 ms MISSED (goal 50)",
            "goals: worst wait 31.5 ms MISSED (goal 30)"])

    def test_the_worst_phase_is_in_its_column(self):
        row = next(line for line in self.report([window_run(1000000, False, 42.0, 0.0)])
                   if line.lstrip().startswith("1000000 |"))
        cells = [cell.strip() for cell in row.split("|")]
        ends = [title for _, title in benchreport.WINDOW_PHASES].index("end")
        self.assertEqual(cells[2 + ends], "42.0")
        self.assertEqual(cells[2 + len(benchreport.WINDOW_PHASES)], "42.0")  # the whole run


class PythonProgramReport(unittest.TestCase):
    """The Python harness's overhead: medians of each side, the ratio against its goal, kept
    apart from the sleepers (scripts/pyprogbench.py's records)."""

    def setUp(self):
        records = fake_results()[:1] + sleepers("corokitchen-qcoro", 100000, [12], 34000)
        records[-1]["max_loop_lag_ms"] = 1.0
        records += sleepers("python-asyncio", 100000, [1200], 160000)
        records[-1]["max_loop_lag_ms"] = 30.0
        records += [{"impl": "corokitchen-python-program", "count": 100000, "python": "3.11.2",
                     "plain_s": plain, "plain_rss_kb": 172 * 1024, "run_s": traced,
                     "run_rss_kb": rss * 1024}
                    for plain, traced, rss in ((2.4, 6.0, 380), (2.5, 8.1, 390), (2.6, 7.0, 385))]
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.results = os.path.join(directory.name, "results.jsonl")
        with open(self.results, "w") as out:
            out.writelines(json.dumps(record) + "\n" for record in records)

    def test_medians_and_ratio(self):
        _, runs, _, _ = benchreport.read(self.results)
        self.assertEqual(set(runs[100000]), {"corokitchen", "python"})  # not a sleepers side
        programs = benchreport.summarise_programs(benchreport.read_programs(self.results))
        self.assertEqual(list(programs), [100000])
        run = programs[100000]
        self.assertEqual((run["runs"], run["plain_s"], run["run_s"]), (3, 2.5, 7.0))
        self.assertEqual((run["plain_rss_mb"], run["run_rss_mb"]), (172, 385))
        self.assertAlmostEqual(run["ratio"], 2.8)

    def test_printed_beside_its_goal_and_written_to_the_json(self):
        out = os.path.join(os.path.dirname(self.results), "bench.json")
        printed = io.StringIO()
        argv = ["benchreport.py", self.results, "--json", out]
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()), \
                unittest.mock.patch.object(sys, "argv", argv):
            benchreport.main()
        line = next(line for line in printed.getvalue().splitlines()
                    if line.strip().startswith("100000 |") and "goal: ratio" in line)
        self.assertIn("2.80x   goal: ratio ok", line)
        with open(out) as figures:
            written = json.load(figures)
        self.assertEqual(written["python_program"]["100000"]["run_s"], 7.0)
        self.assertIn("sleepers", written)  # the existing fields stay


if __name__ == "__main__":
    unittest.main()
