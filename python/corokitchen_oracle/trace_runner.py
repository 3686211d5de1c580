"""``python3 -m corokitchen_oracle --trace PROGRAM.py``: runs the program and writes its trace
(docs/python-trace.md) on standard output, one JSON line per event, ending with ``end``
whatever the program does (and even when the harness itself fails).

Standard output is the trace's alone: its file descriptor is duplicated for the trace at once,
and fd 1 then points at standard error, so that nothing the program writes (``os.write(1,
...)``, ``sys.__stdout__``, a child process) can break a line of the trace. Standard input is
/dev/null: ``input()`` raises EOFError."""

import ast
import asyncio
import os
import platform
import sys
import time
import traceback
import types
import warnings

from .blocking import traced_sleep
from .clock import PatchedTime, TimeLimit, VirtualClock
from .collector import PacedCollector
from .frames import is_harness
from .loop import Deadlock
from .recorder import LineCapture
from .runner import _exit_code
from .trace_writer import TraceWriter
from .traced_loops import RealSelector, TracePolicy, TracedRealLoop, TracedVirtualLoop
from .traced_task import TracedTask
from .tracer import PRINT_LIMIT, Tracer, last_line
from .wrapping import DECORATOR, decorate_functions, make_decorator

EXIT_TIME_LIMIT = 3
EXIT_HARNESS_ERROR = 70
EXIT_KEYBOARD_INTERRUPT = 130


def run_traced(path, clock="virtual", max_time=3600.0):
    """Runs the program at ``path``, writes its trace, and ends the process (``os._exit``: a
    thread the program left running cannot keep it alive) with the program's exit status."""
    trace_fd = os.dup(1)
    os.dup2(2, 1)
    _close_stdin()
    writer = TraceWriter(trace_fd, batched=clock == "virtual")
    end = {"ev": "end", "t": 0.0, "it": 0, "exit_code": EXIT_HARNESS_ERROR,
           "error": "harness error: the harness stopped before the program ran",
           "traceback": None, "deadlock": False, "stopped": None}
    try:
        end = _Run(writer, path, clock, max_time).run()
    except BaseException as failure:  # the harness's own failure: still an end line
        end["error"] = f"harness error: {last_line(failure)}"
        end["traceback"] = "".join(traceback.format_exception(failure))
    finally:
        try:
            writer.write(end)
        finally:
            try:
                writer.flush()  # the last batch of the virtual clock's lines
            finally:
                sys.stderr.flush()
                os._exit(end["exit_code"] if isinstance(end["exit_code"], int) else 1)


def _close_stdin():
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    sys.stdin = open(0, encoding="utf-8", closefd=False)


class _Run:
    def __init__(self, writer, path, clock, max_time):
        self.writer = writer
        self.path = path
        self.clock_kind = clock
        self.max_time = max_time
        self.virtual = VirtualClock()
        self.origin = time.monotonic()
        self.real_selector = None
        if clock == "virtual":
            self.virtual.limit = max_time
            now, to_t = (lambda: self.virtual.now), (lambda when: when)
        else:
            now = lambda: time.monotonic() - self.origin  # noqa: E731
            to_t = lambda when: when - self.origin  # noqa: E731
        self.tracer = Tracer(writer, path, now, to_t)
        self.end = {"exit_code": 0, "error": None, "traceback": None, "deadlock": False,
                    "stopped": None}

    def run(self):
        self.tracer.emit("start", version=1, clock=self.clock_kind,
                         python=platform.python_version(), file=self.path,
                         max_time=self.max_time)
        code = self._compile()
        if code is not None:
            self._execute(code)
        if self.virtual.limit_reached or (self.real_selector and
                                          self.real_selector.limit_reached) or self.limit_hit:
            self.end.update(exit_code=EXIT_TIME_LIMIT, stopped="time limit", error=None,
                            traceback=None, deadlock=False)
        if self.tracer.harness_error is not None and self.end["error"] is None:
            self.end["error"] = f"harness error: {self.tracer.harness_error}"
        return self.tracer.stamp("end", **self.end)

    limit_hit = False

    def _compile(self):
        try:
            with open(self.path, encoding="utf-8") as program:
                source = program.read()
        except (OSError, UnicodeDecodeError) as failure:
            self.end.update(exit_code=2, error=last_line(failure))
            return None
        try:
            tree = decorate_functions(ast.parse(source, self.path), methods=True)
            return compile(tree, self.path, "exec")
        except (SyntaxError, ValueError) as failure:
            text = "".join(traceback.format_exception_only(failure))
            self.end.update(exit_code=1, error=last_line(failure), traceback=text,
                            line=getattr(failure, "lineno", None))
            return None

    def _execute(self, code):
        tracer = self.tracer
        module = types.ModuleType("__main__")
        module.__file__ = self.path
        module.__dict__[DECORATOR] = make_decorator(tracer)
        capture = LineCapture(tracer, limit=PRINT_LIMIT)
        sys.modules["__main__"], sys.stdout = module, capture
        sys.__stdout__ = capture  # "sys.stdout = sys.__stdout__" restores the capture
        sys.argv = [self.path]
        asyncio.set_event_loop_policy(TracePolicy(self._make_loop, tracer))
        # The program's own isinstance(task, asyncio.Task) and asyncio.Task(coro) see the
        # traced Task (asyncio's modules name it only for repr and typing besides).
        TracedTask.default_tracer = tracer
        asyncio.Task = asyncio.tasks.Task = TracedTask
        asyncio.as_completed = asyncio.tasks.as_completed = tracer.as_completed.wrap(
            asyncio.tasks.as_completed)
        try:
            with self._clocks(), PacedCollector(), warnings.catch_warnings():
                warnings.showwarning = self._show_warning
                exec(code, module.__dict__)
        except TimeLimit:
            self.limit_hit = True
        except SystemExit as stop:
            self.end["exit_code"] = _exit_code(stop)
        except KeyboardInterrupt as failure:
            self._failed(failure, EXIT_KEYBOARD_INTERRUPT)
        except BaseException as failure:  # the program's own uncaught exception
            self._failed(failure, 1)
            self.end["deadlock"] = isinstance(failure, Deadlock)
        finally:
            capture.flush_pending()
            sys.stdout = sys.__stdout__

    def _failed(self, failure, exit_code):
        if _limit_in_chain(failure):
            self.limit_hit = True
        self.end.update(exit_code=exit_code, error=last_line(failure),
                        traceback=program_traceback(failure))

    def _clocks(self):
        tracer = self.tracer
        if self.clock_kind == "virtual":
            return _VirtualClocks(self.virtual, tracer)
        return _RealClocks(tracer, self.max_time)

    def _make_loop(self):
        if self.clock_kind == "virtual":
            return TracedVirtualLoop(self.virtual)
        self.real_selector = RealSelector(self.origin + self.max_time)
        return TracedRealLoop(self.real_selector)

    def _show_warning(self, message, category, filename, lineno, file=None, line=None):
        self.tracer.warning(f"{category.__name__}: {message}")
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


class _VirtualClocks(PatchedTime):
    """The virtual clock's ``time`` module, with ``time.sleep`` reported as a block."""

    def __init__(self, clock, tracer):
        super().__init__(clock)
        self._tracer = tracer

    def __enter__(self):
        super().__enter__()
        clock = self._clock
        time.sleep = traced_sleep(clock.sleep, self._tracer, lambda: not clock.holding(), True)
        return self


class _RealClocks:
    """The real clock's ``time.sleep``, reported as a block and bounded by the time limit."""

    def __init__(self, tracer, max_time):
        self._tracer = tracer
        self._max_time = max_time
        self._saved = time.sleep

    def __enter__(self):
        time.sleep = traced_sleep(self._saved, self._tracer, lambda: True, False,
                                  self._max_time)
        return self

    def __exit__(self, *exc):
        time.sleep = self._saved
        return False


def _limit_in_chain(failure):
    seen = set()
    while failure is not None and id(failure) not in seen:
        if isinstance(failure, TimeLimit):
            return True
        seen.add(id(failure))
        failure = failure.__context__
    return False


def program_traceback(failure):
    """The traceback Python would print, without the harness's own frames."""
    summary = traceback.TracebackException.from_exception(failure)
    _drop_harness_frames(summary, set())
    return "".join(summary.format())


def _drop_harness_frames(summary, seen):
    if summary is None or id(summary) in seen:
        return
    seen.add(id(summary))
    summary.stack = traceback.StackSummary.from_list(
        [frame for frame in summary.stack if not is_harness(frame.filename)])
    _drop_harness_frames(summary.__cause__, seen)
    _drop_harness_frames(summary.__context__, seen)
    for inner in getattr(summary, "exceptions", None) or ():
        _drop_harness_frames(inner, seen)
