"""Runs one program under the oracle and returns its record."""

import ast
import asyncio
import sys
import traceback
import types
import warnings

from .clock import PatchedTime, VirtualClock
from .loop import Deadlock, VirtualTimePolicy
from .recorder import LineCapture, Recorder
from .wrapping import DECORATOR, decorate_functions, make_decorator


def run_program(source, filename="<program>", wrap=True, ties="heap"):
    """Runs ``source`` as ``__main__`` on the virtual clock and returns a JSON-ready record:
    ``prints`` (with Python's warnings among them) and ``tasks`` (see Recorder), ``exit_code`` (0, or what the program's uncaught
    exception or ``sys.exit`` would give), ``error`` (the traceback's last line), ``deadlock``
    and ``iterations`` (the loop's, None if the program made no loop).

    ``ties="heap"`` is CPython unchanged; ``ties="arming"`` breaks ties between timers due at
    one instant by arming order (ArmingOrderTimerHandle), to diagnose a difference."""
    clock = VirtualClock()
    recorder = Recorder(clock)
    code = _compile(source, filename, wrap)
    module = types.ModuleType("__main__")
    module.__file__ = filename
    module.__dict__[DECORATOR] = make_decorator(recorder)
    policy = VirtualTimePolicy(clock, _attach(recorder), ties)
    outcome = _execute(code, module, policy, recorder)
    return {
        "prints": recorder.prints,
        "tasks": recorder.tasks,
        "iterations": recorder.loop.iterations if recorder.loop is not None else None,
        **outcome,
    }


def _compile(source, filename, wrap):
    tree = ast.parse(source, filename)
    if wrap:
        tree = decorate_functions(tree)
    return compile(tree, filename, "exec")


def _attach(recorder):
    def on_new_loop(loop):
        recorder.loop = loop

    return on_new_loop


def _execute(code, module, policy, recorder):
    """Executes with stdout, ``time``, the loop policy and ``sys.modules['__main__']`` swapped
    in, and everything put back afterwards, whatever the program did."""
    capture = LineCapture(recorder)
    saved_main, saved_stdout = sys.modules.get("__main__"), sys.stdout
    saved_policy = asyncio.get_event_loop_policy()
    outcome = {"exit_code": 0, "error": None, "deadlock": False}
    sys.modules["__main__"], sys.stdout = module, capture
    asyncio.set_event_loop_policy(policy)
    try:
        with PatchedTime(recorder.clock), warnings.catch_warnings():
            warnings.showwarning = _recording_warnings(recorder)
            exec(code, module.__dict__)
    except SystemExit as stop:
        outcome["exit_code"] = _exit_code(stop)
    except BaseException as failure:  # the program's own uncaught exception: exit status 1
        outcome.update(exit_code=1, error=_last_line(failure))
        outcome["deadlock"] = isinstance(failure, Deadlock)
    finally:
        capture.flush_pending()
        asyncio.set_event_loop_policy(saved_policy)
        sys.stdout = saved_stdout
        sys.modules["__main__"] = saved_main
    return outcome


def _recording_warnings(recorder):
    """A ``warnings.showwarning`` that records what Python would write to stderr, as its
    first line says it ("RuntimeWarning: coroutine 'f' was never awaited")."""

    def show(message, category, filename, lineno, file=None, line=None):
        recorder.warning(f"{category.__name__}: {message}")

    return show


def _exit_code(stop):
    if stop.code is None:
        return 0
    return stop.code if isinstance(stop.code, int) else 1


def _last_line(failure):
    return "".join(traceback.format_exception_only(failure)).strip().splitlines()[-1]
