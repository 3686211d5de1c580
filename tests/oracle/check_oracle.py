#!/usr/bin/env python3
"""The CPython oracle test: every built-in scenario and every scenario of tests/data/oracle, in
every mode it allows, run by the app on its virtual clock and, as the Python program
``corokitchen code`` writes, by CPython 3.11's own asyncio on a virtual clock
(python/corokitchen_oracle). The prints must come in the same order with the same text and
times within 1 µs (the total's line included, in its place: before what tasks never awaited
print in asyncio.run's last iteration), and each task must start and end within 1 µs of the
app's task span, in the same state.

Usage: check_oracle.py --corokitchen BINARY --scenarios DIR|FILE... [--jobs N] [--only TEXT]
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "python"))
sys.path.insert(0, str(HERE))

from corokitchen_oracle import run_program  # noqa: E402
from known_divergences import KNOWN_DIVERGENCES, describe  # noqa: E402

MODES = ("sync", "sequential", "gather", "create-task", "bounded:1", "bounded:2", "bounded:3",
         "task-group")
TOLERANCE_S = 1e-6
SKIPPED = 77  # ctest's SKIP_RETURN_CODE
TOTAL_PREFIX = "Total execution time"
# Refusals that make a case not applicable rather than failed: the mode cannot express the
# scenario, or a `url` download needs a network server the virtual clock does not have.
SKIPPED_REFUSALS = {
    "wait_for needs an event loop": "sync mode cannot run asyncio.wait_for",
    "a TaskGroup needs an event loop": "sync mode cannot run an asyncio.TaskGroup",
    "asyncio object": "sync mode cannot use asyncio's Lock, Event, Semaphore or Condition",
    "a timeout needs an event loop": "sync mode cannot run async with asyncio.timeout()",
    "sync mode has none": "sync mode cannot run a task nobody awaits",
    "needs the real clock": "a url download needs a network server (the real clock)",
    "only create-task mode keeps": "task.cancel() needs the task objects main() keeps in create-task mode",
}


def corokitchen(binary, *arguments):
    return subprocess.run(
        [binary, *arguments, "--lang", "en"], capture_output=True, text=True, timeout=120
    )


def app_run(binary, scenario, mode):
    """The app's virtual-clock run: (prints, tasks) or a refusal (exit status 2's message)."""
    with tempfile.TemporaryDirectory() as folder:
        target = os.path.join(folder, "run.json")
        done = corokitchen(binary, "run", scenario, "--mode", mode, "--clock", "virtual",
                           "--json", target)
        if done.returncode == 2:
            return None, done.stderr.strip()
        with open(target, encoding="utf-8") as exported:
            run = json.load(exported)["runs"][0]
    prints = [(entry["time_s"], entry.get("en", entry.get("ko"))) for entry in run["log"]]
    warned = [entry.get("stream") == "stderr" for entry in run["log"]]
    insert_total(prints, warned, run["total_s"], done.stdout.splitlines())
    tasks = {span["name"]: (span["start_s"], span["end_s"], span["state"])
             for span in run["spans"] if span["kind"] == "task"}
    return (prints, tasks), None


def insert_total(prints, warned, total, stdout):
    """Puts the app's total's line among its prints where its stdout has it: `run` prints every
    line as it happens and the total where the Python program does (when main() returns), so
    the lines above the last total's line are the prints that came before it. Python's warnings
    (`warned`) go to stderr: they are not among them."""
    places = [index for index, line in enumerate(stdout) if line.startswith(TOTAL_PREFIX)]
    if not places:
        return
    at, printed = 0, 0
    while at < len(prints) and (printed < places[-1] or warned[at]):
        printed += not warned[at]
        at += 1
    prints.insert(at, (total, stdout[places[-1]]))


def program(binary, scenario, mode):
    """The Python program of a case, as `corokitchen code` writes it. Returns (text, None) or
    (None, refusal)."""
    done = corokitchen(binary, "code", scenario, "--mode", mode)
    if done.returncode != 0:
        return None, done.stderr.strip()
    return done.stdout, None


def format_prints(prints):
    return [f"[{time:.6f}] {text}" for time, text in prints]


def same_time(a, b):
    return a is not None and b is not None and abs(a - b) <= TOLERANCE_S


def compare_prints(app, python):
    """The first difference between the two runs' prints (None if none), and a diff to read."""
    for index, (ours, theirs) in enumerate(zip(app, python)):
        if ours[1] != theirs[1] or not same_time(ours[0], theirs[0]):
            break
    else:
        if len(app) == len(python):
            return None, ""
        index = min(len(app), len(python))
    first = (f"line {index + 1}: app {format_prints(app[index:index + 1]) or ['(none)']} "
             f"CPython {format_prints(python[index:index + 1]) or ['(none)']}")
    diff = difflib.unified_diff(format_prints(app), format_prints(python), "app", "CPython",
                                lineterm="")
    return first, "\n".join(diff)


def task_calls(app, records):
    """The one call of each app task's function in the program, by name (None if not one)."""
    calls = {}
    for name in app:
        matching = [record for record in records if record["name"] == name]
        calls[name] = matching[0] if len(matching) == 1 else None
    return calls


def waits_inside(call, predecessors, calls):
    """Whether the task's function began before its `after` predecessors ended, i.e. waits for
    their events inside it (gather and create-task modes; bounded ones wait in `admitted`)."""
    ends = [calls[name]["end"] for name in predecessors if calls.get(name) is not None]
    return bool(ends) and call["start"] < max(ends) - TOLERANCE_S


def compare_tasks(app, records, after):
    """Each app task against the one call of its function in the program: (problems, known).
    A task that waits for `after` inside its function starts at once in CPython, while the app's
    span starts at its first own step: that start is a known difference, required to differ."""
    problems, known = [], []
    calls = task_calls(app, records)
    for name, (start, end, state) in app.items():
        call = calls[name]
        if call is None:
            found = sum(record["name"] == name for record in records)
            problems.append(f"task {name}: {found} calls in CPython, expected 1")
            continue
        line = (f"task {name}: app {start!r}..{end!r} {state}, CPython "
                f"{call['start']!r}..{call['end']!r} {call['state']}")
        if waits_inside(call, after.get(name, ()), calls):
            if same_time(start, call["start"]):
                problems.append(f"task {name}: the app's span now starts when CPython's task "
                                f"does: drop AFTER_NOTE's rule in check_oracle.py")
            else:
                known.append(line)
            start = call["start"]
        if not same_time(start, call["start"]) or not same_time(end, call["end"]) \
                or state != call["state"]:
            problems.append(line)
    return problems, known


def after_lists(scenario):
    """Each task's `after` list, from the scenario's file (the built-ins have none)."""
    if not scenario.endswith(".json"):
        return {}
    with open(scenario, encoding="utf-8-sig") as source:
        tasks = json.load(source)["tasks"]
    return {task["name"]: task.get("after", []) for task in tasks}


def wrapping_problem(wrapped, unwrapped):
    """The wrappers must not change the run: same prints, same loop iterations."""
    if (wrapped["prints"] != unwrapped["prints"]
            or wrapped["iterations"] != unwrapped["iterations"]):
        return "the oracle's task wrappers changed the run (prints or loop iterations differ)"
    return None


def skip_reason(refusal):
    for marker, reason in SKIPPED_REFUSALS.items():
        if marker in refusal:
            return reason
    return None


AFTER_NOTE = "an `after` task's span starts at its first own step, CPython's task at once: "


def differences(app, record, after):
    """(first difference or None, details to read, known differences) of one oracle record."""
    if record["deadlock"]:
        return f"CPython: {record['error']}", "", []
    app_prints, app_tasks = app
    python_prints = [(line["time"], line["text"]) for line in record["prints"]]
    first, diff = compare_prints(app_prints, python_prints)
    problems, known = compare_tasks(app_tasks, record["tasks"], after)
    if first is None and problems:
        first = problems[0]
    return first, "\n".join(filter(None, [diff, *problems])), known


def check_case(binary, scenario, mode):
    """One case: (status, message, details). Status: pass, known (passes but for the start of
    `after` tasks), differ, skip, error.

    CPython runs with ties between timers due at one instant broken by arming order: on its real
    clock two timers armed one after another never have the same deadline (loop.time() has moved
    on), so they fire in the order they were armed; only a frozen virtual clock makes exact ties,
    which TimerHandle's heap order (by _when alone) would then run in no particular order."""
    app, refusal = app_run(binary, scenario, mode)
    text, code_refusal = program(binary, scenario, mode)
    if app is None or text is None:
        reason = skip_reason(refusal or code_refusal or "")
        if reason is not None:
            return "skip", reason, ""
        return "error", f"refused: {refusal or code_refusal}", ""
    name = f"<{case_name(scenario)} {mode}>"
    record = run_program(text, name, ties="arming")
    problem = wrapping_problem(record, run_program(text, name, wrap=False, ties="arming"))
    if problem is not None:
        return "error", problem, ""
    after = after_lists(scenario)
    first, details, known = differences(app, record, after)
    if first is None:
        return ("known", AFTER_NOTE + known[0], "") if known else ("pass", "", "")
    return "differ", first, details


def scenarios(binary, places):
    """Built-in ids (from `corokitchen list`'s title lines), then the scenario files given or in the folders
    given."""
    listed = corokitchen(binary, "list").stdout.splitlines()
    # A title line begins with the id; the lesson text under it is indented.
    found = [line.split()[0] for line in listed if line.strip() and not line[0].isspace()]
    for place in map(pathlib.Path, places):
        paths = sorted(place.glob("*.json")) if place.is_dir() else [place]
        found += [str(path) for path in paths]
    return found


def case_name(scenario):
    return pathlib.Path(scenario).name if scenario.endswith(".json") else scenario


def verdict(scenario, mode, status, message):
    """Turns a case's status into (failed, line), given the known divergences."""
    key = (case_name(scenario), mode)
    label = f"{key[0]} --mode {mode}"
    known = KNOWN_DIVERGENCES.get(key)
    if status == "skip":
        return known is not None, f"SKIP  {label}: {message}"
    if status == "error":
        return True, f"ERROR {label}: {message}"
    if known is not None:
        if status == "differ":
            return False, f"XFAIL {label} ({describe(known)}): {message}"
        return True, (f"XPASS {label}: known as {describe(known)}, now agrees with CPython: "
                      f"update tests/oracle/known_divergences.py")
    if status == "differ":
        return True, f"FAIL  {label} (differs): {message}"
    if status == "known":
        return False, f"ok    {label} (known: {message})"
    return False, f"ok    {label}"


def main():
    if sys.version_info[:2] != (3, 11):
        print(f"SKIP: the oracle is CPython 3.11's asyncio; this is {sys.version.split()[0]}")
        return SKIPPED
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corokitchen", required=True)
    parser.add_argument("--scenarios", required=True, nargs="+",
                        help="folders of scenario files, or files")
    parser.add_argument("--jobs", type=int, default=3, help="cases checked at once")
    parser.add_argument("--only", default="", help="only scenarios whose name contains this")
    arguments = parser.parse_args()
    cases = [(scenario, mode) for scenario in scenarios(arguments.corokitchen, arguments.scenarios)
             if arguments.only in case_name(scenario) for mode in MODES]
    failures = 0
    with concurrent.futures.ProcessPoolExecutor(arguments.jobs) as pool:
        futures = [pool.submit(check_case, arguments.corokitchen, *case) for case in cases]
        for (scenario, mode), future in zip(cases, futures):
            status, message, details = future.result()
            failed, line = verdict(scenario, mode, status, message)
            print(line)
            if failed and details:
                print("    " + details.replace("\n", "\n    "))
            failures += failed
    stale = set(KNOWN_DIVERGENCES) - {(case_name(s), m) for s, m in cases}
    if stale and not arguments.only:
        print(f"ERROR known divergences that are no case: {sorted(stale)}")
        failures += 1
    print(f"{len(cases)} cases, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
