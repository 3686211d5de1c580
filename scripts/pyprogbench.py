#!/usr/bin/env python3
"""`make bench`: the Python harness's overhead. Writes a program of COUNT tasks that each
`await asyncio.sleep(1)`, gathered by main(), into a temporary folder, then times it under plain
python3 (the real clock: 1 s of sleep) and traced by `corokitchen run PROGRAM --clock virtual`
(the harness's trace, read by the app), one after the other, REPEAT times. Prints one JSON line
per pair of runs: wall seconds and peak RSS (for the app the larger of it and its python3: a
child's rusage covers the children it waited for).

Usage: pyprogbench.py APP [--count N] [--repeat R] [--python PYTHON]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

PROGRAM = """import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def main():
    await asyncio.gather(*(sleeper() for _ in range({count})))


asyncio.run(main())
"""


def timed(command, environment):
    """(wall seconds, peak RSS in kB) of one run of command, which must succeed."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"pyprogbench: {' '.join(command)} failed ({process.returncode})")
    return wall, usage.ru_maxrss


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app")
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--python", default=os.environ.get("COROKITCHEN_PYTHON") or "python3")
    args = parser.parse_args()
    environment = dict(os.environ, COROKITCHEN_PYTHON=args.python)
    version = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as folder:
        program = os.path.join(folder, f"tasks{args.count}.py")
        with open(program, "w") as out:
            out.write(PROGRAM.format(count=args.count))
        for _ in range(args.repeat):
            plain_s, plain_kb = timed([args.python, program], environment)
            run_s, run_kb = timed([args.app, "run", program, "--clock", "virtual"], environment)
            print(json.dumps({"impl": "corokitchen-python-program", "count": args.count,
                              "python": version, "plain_s": round(plain_s, 3),
                              "plain_rss_kb": plain_kb, "run_s": round(run_s, 3),
                              "run_rss_kb": run_kb}), flush=True)


if __name__ == "__main__":
    main()
