"""Runs the CPython twins of the engine's tests and checks that each C++ test still quotes
what its twin prints: in tst_X.cpp, a comment block naming a twin case is followed by that
case's lines, and the test asserts them (see tests/support/iterationlog.h). A twin whose output
changed, or a C++ quote that no longer matches it, fails here.

    /usr/bin/python3.11 tests/oracle/check_twins.py
"""

import os
import pathlib
import re
import subprocess
import sys

TESTS = pathlib.Path(__file__).resolve().parent.parent
PYTHON_FOLDER = TESTS.parent / "python"

# twin script -> the C++ test quoting it
PAIRS = {
    "timeouts_twins.py": "tst_timeouts.cpp",
    "taskgroup_twins.py": "tst_taskgroup.cpp",
    "composition_twins.py": "tst_composition.cpp",
}


def cases(text, prefix=""):
    """{case: [lines]} from the twin's output; with a prefix, from comment lines that carry it."""
    found, current = {}, None
    for raw in text.splitlines():
        if prefix:
            if not raw.strip().startswith(prefix):
                current = None
                continue
            raw = raw.strip()[len(prefix):]
        if re.fullmatch(r"[a-z_]+", raw):
            current = found.setdefault(raw, [])
        elif current is not None and re.fullmatch(r"  \+\d+ t=\S+ .*", raw):
            current.append(raw.strip())
        elif prefix:
            current = None
    return found


def main():
    if sys.version_info[:2] != (3, 11):
        print("the twins are CPython 3.11's asyncio: skipped")
        return 77
    environment = dict(os.environ, PYTHONPATH=str(PYTHON_FOLDER), PYTHONDONTWRITEBYTECODE="1")
    failures = 0
    for twin, test in PAIRS.items():
        printed = subprocess.run([sys.executable, str(TESTS / "oracle" / twin)], check=True,
                                 capture_output=True, text=True, env=environment).stdout
        expected = cases(printed)
        quoted = cases((TESTS / test).read_text(encoding="utf-8"), prefix="// ")
        for name, lines in expected.items():
            if quoted.get(name) != lines:
                failures += 1
                print(f"{test}: {name} quotes {quoted.get(name)}, the twin prints {lines}")
        for name in quoted.keys() - expected.keys():
            failures += 1
            print(f"{test}: {name} has no twin in {twin}")
        print(f"{twin}: {len(expected)} cases, {test} quotes {len(quoted)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
