#!/usr/bin/env python3
"""`corokitchen compare SCENARIO --with-cpython` (FidelityCheck, issue 15 item 5) for every
built-in in every mode, and for every example program against its matching built-in in its mode,
in English and Korean: each must exit 0 ("no difference"). A mode the app refuses for a built-in
(exit status 2) is skipped for the reasons check_oracle.py knows (sync mode without an event
loop, a `url` download that needs the real clock); any other refusal fails. The known
divergences (known_divergences.py) are honoured as check_oracle.py honours them: a case listed
there must still differ.

Usage: check_cpython_fidelity.py --corokitchen BINARY --examples DIR [--jobs N]
"""

import argparse
import concurrent.futures
import json
import pathlib
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from check_oracle import MODES, SKIPPED, scenarios, skip_reason, verdict  # noqa: E402


def compare(binary, scenario, mode, language="en", program=None):
    """(status, message): pass, differ, skip or error, as check_oracle's verdict takes them."""
    arguments = [binary, "compare", scenario, *([program] if program else []), "--with-cpython",
                 "--mode", mode, "--lang", language]
    done = subprocess.run(arguments, capture_output=True, text=True, timeout=300)
    if done.returncode == 0 and len(done.stdout.splitlines()) == 1:  # "no difference: ..."
        return "pass", ""
    if done.returncode == 1:
        return "differ", done.stdout.strip()
    if done.returncode == 2:
        reason = skip_reason(done.stderr)
        return ("skip", reason) if reason else ("error", f"refused: {done.stderr.strip()}")
    return "error", f"exit status {done.returncode}: {done.stdout}{done.stderr}".strip()


def example_cases(folder):
    """(builtin, mode, language, program path) of each example that names a built-in."""
    with open(folder / "examples.json", encoding="utf-8") as listed:
        catalogue = json.load(listed)["examples"]
    return [(example["builtin"], example["mode"], language, str(folder / path))
            for example in catalogue if example["builtin"]
            for language, path in example["files"].items()]


def main():
    if sys.version_info[:2] != (3, 11):
        print(f"SKIP: the oracle is CPython 3.11's asyncio; this is {sys.version.split()[0]}")
        return SKIPPED
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corokitchen", required=True)
    parser.add_argument("--examples", required=True, type=pathlib.Path)
    parser.add_argument("--jobs", type=int, default=3, help="comparisons run at once")
    arguments = parser.parse_args()
    began = time.monotonic()
    builtins = [(scenario, mode, "en", None)
                for scenario in scenarios(arguments.corokitchen, []) for mode in MODES]
    examples = example_cases(arguments.examples)
    cases = builtins + examples
    with concurrent.futures.ThreadPoolExecutor(arguments.jobs) as pool:
        results = list(pool.map(lambda case: compare(arguments.corokitchen, *case), cases))
    failures, counts = 0, {}
    for (scenario, mode, language, program), (status, message) in zip(cases, results):
        if program is None:
            failed, line = verdict(scenario, mode, status, message)
        else:
            failed = status != "pass"
            line = (f"{'ok   ' if not failed else 'FAIL '} {pathlib.Path(program).name} "
                    f"({language}) against {scenario} --mode {mode}")
        counts[status] = counts.get(status, 0) + 1
        print(line if program is not None or status not in ("differ", "error")
              else line.split("\n")[0])
        if failed and message:
            print("    " + message.replace("\n", "\n    "))
        failures += failed
    print(f"{len(builtins)} built-in x mode cases and {len(examples)} example runs: "
          f"{counts.get('pass', 0)} agree, {counts.get('skip', 0)} skipped, {failures} failed, "
          f"in {time.monotonic() - began:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
