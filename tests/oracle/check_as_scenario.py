#!/usr/bin/env python3
""""Open as scenario" (`corokitchen run PROGRAM.py --as-scenario`, python/corokitchen_oracle/
to_scenario.py): every example program that is plain enough converts, in English and Korean, to
the mode examples.json gives it, and its QCoro run prints the same lines at the same times (within
1 µs) as the program itself under the harness; the others are refused with their line. Each
construct a scenario cannot say is refused with its line (exit status 2), a syntax error too; the
converter never runs the program (a program that writes a file at its top level, or in a function
it would call, leaves no file); and what a python3 prints as the converted scenario is checked as
a scenario file is (a hostile one is refused).

Usage: check_as_scenario.py --corokitchen BINARY --examples DIR
"""

import argparse
import io
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import textwrap

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "python"))
sys.path.insert(0, str(HERE))

from check_examples import merge_stdout, python_run  # noqa: E402
from check_oracle import SKIPPED, TOTAL_PREFIX, compare_prints  # noqa: E402
from corokitchen_oracle.to_scenario import main as convert  # noqa: E402

LANGUAGES = ("en", "ko")
# The examples that are not plain enough, and the line each is refused at (the first thing in it
# a scenario cannot say).
REFUSED_EXAMPLES = {
    "coroutine_object.py": 16,  # normal_function(): a plain call in a coroutine
    "email_stream.py": 5,  # from types import SimpleNamespace
    "movie_stream.py": 38,  # async for
    "movie_stream_sync.py": None,  # a for loop over a generator (line differs by language)
    "number_coroutine.py": 12,  # next(co), co.send(...): no asyncio.run(main())
    "subroutine.py": 13,  # main() printing "calc function"
}
# Examples without a built-in: the mode main()'s shape gives them.
MODES = {"chain-rule": "sequential"}

PLAIN_HEAD = "import asyncio\nimport time\n\n\n"
PLAIN_TAIL = "\n\nif __name__ == '__main__':\n    asyncio.run(main())\n"
# (what, body, the line refused, a piece of the refusal): programs a scenario cannot say.
REFUSALS = [
    ("async with", """
        async def main():
            async with asyncio.timeout(1):
                await asyncio.sleep(1)
        """, 6, "`async with`"),
    ("async for", """
        async def main():
            async for x in stream():
                print(x)
        """, 6, "`async for`"),
    ("while", """
        async def work():
            while True:
                await asyncio.sleep(1)

        async def main():
            await work()
        """, 6, "a `while` loop"),
    ("if", """
        async def work():
            if time.time() > 0:
                print("late")

        async def main():
            await work()
        """, 6, "`if`"),
    ("try", """
        async def work():
            try:
                await asyncio.sleep(1)
            finally:
                print("done")

        async def main():
            await work()
        """, 6, "`try`"),
    ("class", """
        class Kitchen:
            pass

        async def main():
            await asyncio.sleep(1)
        """, 5, "a class"),
    ("import", """
        import aiohttp

        async def main():
            await asyncio.sleep(1)
        """, 5, "`import aiohttp`"),
    ("never awaited", """
        async def work():
            await asyncio.sleep(1)

        async def main():
            work()
        """, 9, "a coroutine called without `await`"),
    ("wait_for", """
        async def work():
            await asyncio.sleep(1)

        async def main():
            await asyncio.wait_for(work(), timeout=2)
        """, 9, "`asyncio.wait_for(work(), timeout=2)` in main()"),
    ("a clock-read sleep", """
        async def work():
            await asyncio.sleep(time.time())

        async def main():
            await work()
        """, 6, "sleeping"),
    ("print without a line end", """
        async def work():
            print("a", end="")

        async def main():
            await work()
        """, 6, "print(..., end=...)"),
    ("main printing", """
        async def work():
            await asyncio.sleep(1)

        async def main():
            print("hello")
            await work()
        """, 9, "main() printing 'hello'"),
    ("a task never awaited", """
        async def work():
            await asyncio.sleep(1)

        async def main():
            task = asyncio.create_task(work())
        """, 8, "a task main() never awaits"),
    ("two gathers", """
        async def a():
            await asyncio.sleep(1)

        async def main():
            await asyncio.gather(a())
            await asyncio.gather(a())
        """, 10, "more than one way"),
    ("a wrong result line", """
        async def a():
            return "x"

        async def main():
            value = await a()
            print(f"Result of a : {value}!")
        """, 10, "main() printing a's result otherwise"),
]


def corokitchen(binary, arguments, environment=None):
    return subprocess.run([binary, "run", *arguments], capture_output=True, text=True,
                          timeout=120, env=environment)


def converted_run(binary, path, language):
    """`run PROGRAM.py --as-scenario --clock virtual --lang L`: its prints as (time, text), the
    total's line at the run's total, as check_examples reads a built-in's run."""
    with tempfile.TemporaryDirectory() as folder:
        target = os.path.join(folder, "run.json")
        done = corokitchen(binary, [str(path), "--as-scenario", "--clock", "virtual", "--lang",
                                    language, "--json", target])
        if done.returncode != 0:
            raise RuntimeError(f"{path.name} --as-scenario: {done.stderr.strip()}")
        with open(target, encoding="utf-8") as exported:
            run = json.load(exported)["runs"][0]
    logged = [entry for entry in run["log"] if entry.get("stream") != "stderr"]
    return merge_stdout(done.stdout.splitlines(), logged, language, run["total_s"]), run


def total_line(language):
    return TOTAL_PREFIX if language == "en" else "총 실행 시간"


def converter(path):
    """(status, mode or refusal) of to_scenario.py's main() on the program."""
    out, err = io.StringIO(), io.StringIO()
    status = convert(str(path), True, out, err)
    return status, (out.getvalue().split("\n", 1)[0] if status == 0 else err.getvalue().strip())


def check_example(binary, example, folder):
    failures = []
    for language in LANGUAGES:
        path = folder / example["files"][language]
        status, said = converter(path)
        if path.name in REFUSED_EXAMPLES:
            line = REFUSED_EXAMPLES[path.name]
            if status != 2 or not said.startswith("line ") or (
                    line and not said.startswith(f"line {line}: ")):
                failures.append(f"{language}: not refused at line {line}: {status} {said}")
            done = corokitchen(binary, [str(path), "--as-scenario"])
            if done.returncode == 0 or f"{path}: {said}" not in done.stderr:
                failures.append(f"{language}: the app did not refuse it so: {done.stderr}")
            continue
        expected_mode = example["mode"] or MODES.get(example["id"])
        if status != 0 or said != expected_mode:
            failures.append(f"{language}: converted to {said!r} ({status}), not {expected_mode}")
            continue
        python, _, error = python_run(path)
        if error:
            failures.append(f"{language}: failed under the oracle: {error}")
            continue
        try:
            app, run = converted_run(binary, path, language)
        except RuntimeError as refusal:
            failures.append(f"{language}: {refusal}")
            continue
        if run["mode"] != expected_mode:
            failures.append(f"{language}: ran in {run['mode']}, not {expected_mode}")
        # The scenario's main() always prints the total; a program may not.
        if not any(text.startswith(total_line(language)) for _, text in python):
            app = [line for line in app if not line[1].startswith(total_line(language))]
        first, diff = compare_prints(app, python)
        if first:
            failures.append(f"{language}: {first}\n{diff}")
    return failures


def check_refusals(binary):
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        for what, body, line, piece in REFUSALS:
            path = pathlib.Path(folder, "refused.py")
            path.write_text(PLAIN_HEAD + textwrap.dedent(body).lstrip("\n") + PLAIN_TAIL,
                            encoding="utf-8")
            status, said = converter(path)
            if status != 2 or not said.startswith(f"line {line}: ") or piece not in said:
                failures.append(f"{what}: {status} {said!r}, not line {line} with {piece!r}")
        path = pathlib.Path(folder, "broken.py")
        path.write_text("async def main(:\n    pass\n", encoding="utf-8")
        status, said = converter(path)
        if status != 2 or not said.startswith("line 1: SyntaxError"):
            failures.append(f"a syntax error: {status} {said!r}")
        done = corokitchen(binary, [str(path), "--as-scenario"])
        if done.returncode == 0 or "line 1: SyntaxError" not in done.stderr:
            failures.append(f"a syntax error, the app: {done.returncode} {done.stderr!r}")
    return failures


def check_never_runs(binary):
    """Neither a top-level write nor a write in a coroutine main() awaits happens."""
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        for where, body in (("top level", "open({target!r}, 'w').write('ran')\n"),
                            ("a coroutine", "async def main():\n"
                                            "    open({target!r}, 'w').write('ran')\n"
                                            "    await asyncio.sleep(1)\n")):
            target = os.path.join(folder, "written.txt")
            path = pathlib.Path(folder, "writer.py")
            path.write_text(PLAIN_HEAD + body.format(target=target) + PLAIN_TAIL,
                            encoding="utf-8")
            status, said = converter(path)
            done = corokitchen(binary, [str(path), "--as-scenario"])
            if status != 2 or done.returncode == 0:
                failures.append(f"{where}: converted ({status}, {done.returncode}): {said}")
            if os.path.exists(target):
                failures.append(f"{where}: the program ran: {target} was written")
    return failures


def check_hostile_output(binary):
    """A python3 that prints a scenario with a key given twice: the loader refuses it."""
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        fake = pathlib.Path(folder, "python3")
        scenario = ('{"format": "corokitchen-scenario/1", "id": "x", "id": "y", "title": "t", '
                    '"tasks": [{"name": "a", "steps": []}]}')
        fake.write_text("#!/bin/sh\ncase \"$*\" in *version_info*) echo 3.11.2; exit 0;; esac\n"
                        f"echo gather\necho '{scenario}'\n", encoding="utf-8")
        fake.chmod(0o755)
        program = pathlib.Path(folder, "program.py")
        program.write_text("", encoding="utf-8")
        environment = dict(os.environ, COROKITCHEN_PYTHON=str(fake))
        done = corokitchen(binary, [str(program), "--as-scenario"], environment)
        if done.returncode == 0 or f"{program}" not in done.stderr or "id" not in done.stderr:
            failures.append(f"hostile output ran: {done.returncode} {done.stderr!r}")
    return failures


def main():
    if sys.version_info[:2] != (3, 11):
        print(f"SKIP: the oracle is CPython 3.11's asyncio; this is {sys.version.split()[0]}")
        return SKIPPED
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corokitchen", required=True)
    parser.add_argument("--examples", required=True, type=pathlib.Path)
    arguments = parser.parse_args()
    os.environ.setdefault("COROKITCHEN_PYTHON", sys.executable)
    with open(arguments.examples / "examples.json", encoding="utf-8") as listed:
        catalogue = json.load(listed)["examples"]
    checks = [(f"example {example['id']}",
               lambda example=example: check_example(arguments.corokitchen, example,
                                                     arguments.examples))
              for example in catalogue]
    checks += [("refusals", lambda: check_refusals(arguments.corokitchen)),
               ("never runs the program", lambda: check_never_runs(arguments.corokitchen)),
               ("hostile output", lambda: check_hostile_output(arguments.corokitchen))]
    failures = 0
    for name, check in checks:
        problems = check()
        print(f"{'FAIL' if problems else 'ok  '} {name}")
        for problem in problems:
            print("    " + problem.replace("\n", "\n    "))
        failures += bool(problems)
    print(f"{len(checks)} checks, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
