"""The trace's events (docs/python-trace.md): the task factory's tasks, their steps, the
program's calls, prints, warnings, blocking sleeps and executor calls, each stamped with the
program's time and the loop's iteration."""

import asyncio
import functools
import os
import sys
import threading
import traceback
import weakref
from asyncio import tasks

from . import await_kinds
from .frames import caller_frames, coroutine_frames, is_asyncio, is_harness
from .object_names import ObjectNames, function_name
from .traced_as_completed import AsCompletedSets
from .traced_task import TracedTask

PRINT_LIMIT = 10_000
REPR_LIMIT = 200
_STEP_FUNCTIONS = (TracedTask._Task__step, tasks._PyTask._Task__wakeup)


def _guarded(hook):
    """A hook the program's run calls: a failure of the tracer's own is kept for the ``end``
    line (``harness error: ...``), never raised into the program."""

    @functools.wraps(hook)
    def guarded(self, *args, **kwargs):
        try:
            return hook(self, *args, **kwargs)
        except Exception as failure:  # the harness's bug: reported, the run goes on
            if self.harness_error is None:
                self.harness_error = f"{hook.__name__}: {last_line(failure)}"
            return None

    return guarded


class Tracer:
    """One run's events, written by ``writer`` as they happen. ``now()`` is the program's time
    in seconds, ``loop_time_to_t`` turns a ``loop.time()`` into it."""

    def __init__(self, writer, filename, now, loop_time_to_t):
        self.writer = writer
        self.filename = filename
        self.now = now
        self.loop_time_to_t = loop_time_to_t
        self.loop = None  # the newest loop asyncio.run made
        self._earlier_iterations = 0  # those of the loops before it
        self.names = ObjectNames()
        self.as_completed = AsCompletedSets(self)  # the tasks of each as_completed call
        self.worker = None  # the virtual worker whose call runs now
        self.thread_worker = threading.local()  # .number: the real worker thread's number
        self._main_thread = threading.get_ident()
        self._task_count = 0
        self._call_count = 0
        self._pending = []  # [task, its "task" event, its "ready" event or None]
        self._thread_functions = weakref.WeakKeyDictionary()  # executor future -> function
        self.harness_error = None

    # -- writing

    def emit(self, ev, **fields):
        if self._pending and threading.get_ident() == self._main_thread:
            self._announce()  # (a worker thread's event leaves them to the loop's thread)
        self.writer.write({"ev": ev, "t": self.now(), "it": self.iteration(), **fields})

    def iteration(self):
        loop = self.loop
        return self._earlier_iterations + (loop.iterations if loop is not None else 0)

    def new_loop(self, loop):
        """A loop ``asyncio.run`` made: a second one counts on from the first's iterations."""
        self._earlier_iterations = self.iteration()
        self.loop = loop

    def stamp(self, ev, **fields):
        return {"ev": ev, "t": self.now(), "it": self.iteration(), **fields}

    def _announce(self):
        """Writes the tasks made since the last event: a task is named by ``create_task``
        after the factory returned it, so its ``task`` event waits for the next event."""
        pending, self._pending = self._pending, []
        for task, created, ready in pending:
            created["name"] = task.get_name()
            self.writer.write(created)
            if ready is not None:
                self.writer.write(ready)

    # -- tasks

    def task_factory(self, loop, coro, context=None):
        return TracedTask(coro, loop=loop, context=context, tracer=self)

    def task_origin(self):
        """Called by a TracedTask before it schedules its first step: numbers it and tells
        who made it where (its ``task`` event is written once it is scheduled)."""
        self._task_count += 1
        origin = {"id": self._task_count, "parent": None, "line": None, "main": False,
                  "via": None}
        self._find_origin(origin)
        return origin

    @_guarded
    def _find_origin(self, origin):
        frames = caller_frames(self.filename, 4)
        origin.update(parent=self.current_task_id(), main=self._is_main(), via=_via(),
                      line=frames[0].f_lineno if frames else None)

    def _is_main(self):
        """asyncio.run's task: made by ``Runner.run`` (runners.py; its ``close`` makes the
        loop's own tasks after it)."""
        frame = sys._getframe(1)
        while frame is not None and (is_harness(frame.f_code.co_filename)
                                     or frame.f_code.co_filename.endswith("base_events.py")):
            frame = frame.f_back  # the harness's frames, then loop.create_task's
        return (frame is not None and frame.f_code.co_name == "run"
                and frame.f_code.co_filename.endswith("runners.py"))

    @_guarded
    def scheduled(self, callback):
        """The loop's ``_call_soon``: a traced task's step or wake-up put in the ready queue."""
        task = getattr(callback, "__self__", None)
        if not isinstance(task, TracedTask) or callback.__func__ not in _STEP_FUNCTIONS:
            return
        if task._trace_id is None:
            origin = task._trace_origin
            task._trace_id = origin["id"]
            coro = task._coro
            created = self.stamp("task", task=task._trace_id, name=None,
                                  coro=getattr(coro, "__name__", type(coro).__name__),
                                  parent=origin["parent"], main=origin["main"],
                                  via=origin["via"], line=origin["line"],
                                  internal=_is_loop_task(coro))
            self._pending.append([task, created, self.stamp("ready", task=task._trace_id)])
            return
        self.emit("ready", task=task._trace_id)

    @_guarded
    def resumed(self, task):
        frames = coroutine_frames(task._coro)
        line = None
        if not getattr(task, "_trace_started", False):
            task._trace_started = True
            line = self._first_line(task._coro, frames)
        else:
            program = self._program(frames)
            line = program[-1].f_lineno if program else None
        self.emit("resume", task=task._trace_id, line=line)

    def _first_line(self, coro, frames):
        code = getattr(coro, "cr_code", None)
        if code is not None and code.co_filename == self.filename:
            return code.co_firstlineno
        if frames and is_harness(frames[0].f_code.co_filename):  # wrapping.py's wrapper
            function = frames[0].f_locals.get("function")
            code = getattr(function, "__code__", None)
            if code is not None and code.co_filename == self.filename:
                return code.co_firstlineno
        return None

    def _program(self, frames):
        return [frame for frame in frames if frame.f_code.co_filename == self.filename]

    @_guarded
    def suspended(self, task):
        frames = coroutine_frames(task._coro)
        program = self._program(frames)
        innermost = program[-1] if program else None
        awaited = await_kinds.classify(task, frames, innermost, self)
        self.emit("suspend", task=task._trace_id, line=innermost.f_lineno if innermost else None,
                  stack=[{"function": frame.f_code.co_name, "line": frame.f_lineno}
                         for frame in program], **{"await": awaited})

    @_guarded
    def finished(self, task):
        fields = {"task": task._trace_id}
        if task.cancelled():
            fields["state"] = "cancelled"
        elif task._exception is not None:
            fields.update(state="failed", error=last_line(task._exception))
        else:
            fields.update(state="done", result=_cut_repr(task._result))
        self.emit("done", **fields)

    def task_id(self, thing):
        return thing._trace_id if isinstance(thing, TracedTask) else None

    def task_ids(self, things):
        return [identity for identity in map(self.task_id, things) if identity is not None]

    def current_task_id(self):
        if self.loop is None or threading.get_ident() != self._main_thread:
            return None
        return self.task_id(asyncio.current_task(self.loop))

    # -- executors

    def thread_future(self, future, function):
        self._thread_functions[future] = function_name(function)

    def thread_function(self, future):
        try:
            return self._thread_functions.get(future)
        except TypeError:
            return None

    @_guarded
    def worker_call(self, worker, function, start, end, task):
        self.emit("worker", worker=worker, task=task, function=function_name(function),
                  start=start, end=end)

    # -- the program's calls, prints and warnings (the Recorder's interface, wrapping.py)

    @_guarded
    def start(self, name, function=None):
        self._call_count += 1
        code = getattr(function, "__code__", None)
        self.emit("call", task=self.current_task_id(), function=name, id=self._call_count,
                  line=code.co_firstlineno if code else None, at=self._calling_line())
        return self._call_count

    def _calling_line(self):
        """The line of the program that called the wrapped function being recorded now: the
        frame beyond the harness's (this hook, its guard, the wrapper), when it is the
        program's; None for a task's own coroutine, which the loop steps."""
        frame = sys._getframe(2)
        while frame is not None and is_harness(frame.f_code.co_filename):
            frame = frame.f_back
        if frame is None or frame.f_code.co_filename != self.filename:
            return None
        return frame.f_lineno

    @_guarded
    def end(self, record, state, outcome=None):
        fields = {"task": self.current_task_id(), "id": record, "state": state}
        if state == "done":
            fields["value"] = _cut_repr(outcome)
        elif state == "failed":
            fields["error"] = last_line(outcome)
        self.emit("return", **fields)

    @_guarded
    def line(self, text):
        worker = self.worker if self.worker is not None else getattr(self.thread_worker,
                                                                     "number", None)
        fields = {"task": self.current_task_id() if worker is None else None,
                  "text": text[:PRINT_LIMIT]}
        if len(text) > PRINT_LIMIT:
            fields["cut"] = True
        if worker is not None:
            fields["worker"] = worker
        self.emit("print", line=self._line(), **fields)

    @_guarded
    def warning(self, text):
        self.emit("warning", task=self.current_task_id(), text=text[:PRINT_LIMIT])

    @_guarded
    def block(self, start, seconds):
        self.emit("block", task=self.current_task_id(), start=start, seconds=seconds,
                  line=self._line())

    def _line(self):
        frames = caller_frames(self.filename, 3)
        return frames[0].f_lineno if frames else None


_VIA_OF_CREATE_TASK = {"taskgroups.py": "taskgroup", "runners.py": "run"}


def _via():
    """How the task being made was asked for: the asyncio function the program (or whatever
    called asyncio) called, read from the creating stack. Outward from the task factory, past the
    harness's frames, the outermost of asyncio's frames before the first frame of another file is
    the call the program made: ``create_task`` (asyncio's or the loop's), ``gather``,
    ``as_completed``, ``wait_for``, ``ensure_future``, ``shield``, ``run`` (``asyncio.run``'s
    main task), ``taskgroup`` (``TaskGroup.create_task``); ``Task`` when the program called the
    class itself (no asyncio frame at all). A step or callback of the loop (events.py's
    ``Handle._run``) ends the walk: what the loop runs is not the program's call."""
    frame = sys._getframe(1)
    outermost = None
    while frame is not None:
        filename = frame.f_code.co_filename
        if is_asyncio(frame):
            if os.path.basename(filename) == "events.py" and frame.f_code.co_name == "_run":
                break
            outermost = frame
        elif not is_harness(filename):
            break
        frame = frame.f_back
    if outermost is None:
        return "Task"
    module = os.path.basename(outermost.f_code.co_filename)
    return _VIA_OF_CREATE_TASK.get(module, outermost.f_code.co_name)


def _is_loop_task(coro):
    """A task of the loop's own, not the program's: ``asyncio.run``'s ``shutdown_asyncgens`` and
    ``shutdown_default_executor`` (base_events.py, or the virtual loop's in loop.py)."""
    code = getattr(coro, "cr_code", None)
    if code is None:
        return False
    if is_harness(code.co_filename):
        return code.co_name == "shutdown_default_executor"
    return code.co_filename.endswith(f"asyncio{os.sep}base_events.py")


def _cut_repr(value):
    try:
        text = repr(value)
    except Exception as failure:  # the program's own __repr__ may fail
        text = f"<repr failed: {type(failure).__name__}>"
    return text[:REPR_LIMIT]


def last_line(failure):
    lines = "".join(traceback.format_exception_only(failure)).strip().splitlines()
    return lines[-1] if lines else type(failure).__name__
