"""A stand-in for the app's harness in tst_pythonprogram: it runs the program with runpy on the
real clock and traces only its prints (as main's) and its end, to test how the app runs a
process, whatever the real harness records."""

import builtins
import json
import runpy
import sys
import time


def main():
    program = sys.argv[-1]
    out = sys.stdout
    start = time.monotonic()

    def emit(**fields):
        fields.setdefault("t", time.monotonic() - start)
        fields.setdefault("it", 1)
        out.write(json.dumps(fields) + "\n")
        out.flush()

    emit(ev="start", version=1, clock="real", python=sys.version.split()[0], file=program)
    emit(ev="task", task=1, name="Task-1", coro="main", parent=None, main=True)
    emit(ev="resume", task=1)

    def traced_print(*values, sep=" ", end="\n", file=None, flush=False):
        for line in sep.join(map(str, values)).split("\n"):
            emit(ev="print", task=1, text=line)

    builtins.print = traced_print
    sys.stdout = sys.stderr
    code, error = 0, None
    try:
        runpy.run_path(program, run_name="__main__")
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else 1
    except BaseException as raised:
        code, error = 1, f"{type(raised).__name__}: {raised}"
    emit(ev="done", task=1, state="failed" if error else "done", error=error)
    emit(ev="end", exit_code=code, error=error, traceback=None, deadlock=False, stopped=None)
    return code
