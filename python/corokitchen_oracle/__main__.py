"""``python3 -m corokitchen_oracle PROGRAM.py|-``: runs the program on the virtual clock and
prints its record as one JSON object (the program's own prints are in it, not on stdout)."""

import argparse
import json
import sys

from .runner import run_program


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python3 -m corokitchen_oracle",
        description="Run a Python asyncio program on CPython's own event loop with a virtual "
        "clock and print, as JSON, every printed line and each function's start and end.",
    )
    parser.add_argument("program", help="the program's file, or - for standard input")
    parser.add_argument(
        "--to-scenario",
        action="store_true",
        help="never run the program: read it (ast) and print it as a scenario's JSON "
        "(docs/scenario-format.md), or refuse with the line it cannot say (exit status 2)",
    )
    parser.add_argument(
        "--with-mode",
        action="store_true",
        help="with --to-scenario: a first line with the mode main() composes its tasks in",
    )
    parser.add_argument(
        "--no-wrap",
        action="store_true",
        help="do not record functions' starts and ends (prints only)",
    )
    parser.add_argument(
        "--ties",
        choices=("heap", "arming"),
        default="heap",
        help="order of timers due at one instant: CPython's heap (the default), or the order "
        "they were armed in (to tell a difference that comes only from such ties)",
    )
    parser.add_argument(
        "--trace",
        action="store_true",
        help="write the run's trace as JSON lines (docs/python-trace.md) instead of the record",
    )
    parser.add_argument(
        "--clock",
        choices=("virtual", "real"),
        default="virtual",
        help="with --trace: the virtual clock (the default) or the real one",
    )
    parser.add_argument(
        "--max-time",
        type=float,
        default=3600.0,
        help="with --trace: stop the program at this many seconds of its time (exit status 3)",
    )
    arguments = parser.parse_args(argv)
    if arguments.to_scenario:
        from .to_scenario import main as convert

        return convert(arguments.program, arguments.with_mode, sys.stdout, sys.stderr)
    if arguments.trace:
        from .trace_runner import run_traced

        run_traced(arguments.program, arguments.clock, arguments.max_time)
    if arguments.program == "-":
        source, filename = sys.stdin.read(), "<stdin>"
    else:
        with open(arguments.program, encoding="utf-8") as program:
            source, filename = program.read(), arguments.program
    record = run_program(source, filename, wrap=not arguments.no_wrap, ties=arguments.ties)
    json.dump(record, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
