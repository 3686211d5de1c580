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

from . import await_kinds, json_text
from .frames import HARNESS_FOLDER, coroutine_frames, innermost_line, is_harness
from .json_text import string, value
from .object_names import ObjectNames, function_name
from .task_origin import origin_of
from .traced_as_completed import AsCompletedSets
from .traced_task import TracedTask

PRINT_LIMIT = 10_000
REPR_LIMIT = 200
_STEP_FUNCTIONS = (TracedTask._Task__step, tasks._PyTask._Task__wakeup)


def _guarded(hook):
    """A hook the program's run calls: a failure of the tracer's own is kept for the ``end``
    line (``harness error: ...``), never raised into the program."""

    @functools.wraps(hook)
    def guarded(self, *args):
        try:
            return hook(self, *args)
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
        self._pending = []  # (task, the stamp of its "task" and "ready" lines)
        self._thread_functions = weakref.WeakKeyDictionary()  # executor future -> function
        self.harness_error = None
        self._stamped = (None, None, None)  # (now(), iteration(), _stamp()'s text of them)

    # -- writing

    def emit(self, ev, **fields):
        self.write(ev, json_text.fields(fields))

    def write(self, ev, members):
        """Writes an event of kind ``ev``, stamped now; ``members``: the JSON text of its other
        fields (json_text.py: formatted by hand, the events of every task are the hot path)."""
        if self._pending and threading.get_ident() == self._main_thread:
            self._announce()  # (a worker thread's event leaves them to the loop's thread)
        self.writer.write_line(f'{{"ev":"{ev}",{self._stamp()},{members}}}')

    def _stamp(self):
        """The JSON text of ``t`` and ``it`` (the same object of the clock's: the same text)."""
        now, iteration = self.now(), self.iteration()
        stamped = self._stamped
        if now is not stamped[0] or iteration != stamped[1]:
            stamped = self._stamped = (now, iteration, f'"t":{value(now)},"it":{iteration}')
        return stamped[2]

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
        for task, stamp in pending:
            self.writer.write_line(self._task_line(task, stamp))
            self.writer.write_line(f'{{"ev":"ready",{stamp},"task":{task._trace_id}}}')

    def _task_line(self, task, stamp):
        origin, task._trace_origin = task._trace_origin, None  # (read once: not kept)
        coro = task._coro
        return (f'{{"ev":"task",{stamp},"task":{task._trace_id},"name":{value(task.get_name())}'
                f',"coro":{value(getattr(coro, "__name__", type(coro).__name__))}'
                f',"parent":{value(origin["parent"])},"main":{value(origin["main"])}'
                f',"via":{value(origin["via"])},"line":{value(origin["line"])}'
                f',"internal":{value(_is_loop_task(coro))}}}')

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
        line, main, via = origin_of(sys._getframe(1), self.filename)
        origin.update(parent=self.current_task_id(), main=main, via=via, line=line)

    @_guarded
    def scheduled(self, callback):
        """The loop's ``_call_soon``: a traced task's step or wake-up put in the ready queue."""
        task = getattr(callback, "__self__", None)
        if not isinstance(task, TracedTask) or callback.__func__ not in _STEP_FUNCTIONS:
            return
        if task._trace_id is None:
            # Its first step: its "task" and "ready" lines, stamped now, wait for the next event.
            task._trace_id = task._trace_origin["id"]
            self._pending.append((task, self._stamp()))
            return
        self.write("ready", f'"task":{task._trace_id}')

    @_guarded
    def resumed(self, task):
        if not task._trace_started:
            task._trace_started = True
            line = self._first_line(task._coro)
        else:
            innermost = self._innermost(coroutine_frames(task._coro))
            line = innermost.f_lineno if innermost is not None else None
        self.write("resume", f'"task":{task._trace_id},"line":{value(line)}')

    def _first_line(self, coro):
        code = getattr(coro, "cr_code", None)
        if code is not None and code.co_filename == self.filename:
            return code.co_firstlineno
        frames = coroutine_frames(coro)
        if frames and is_harness(frames[0].f_code.co_filename):  # wrapping.py's wrapper
            function = frames[0].f_locals.get("function")
            code = getattr(function, "__code__", None)
            if code is not None and code.co_filename == self.filename:
                return code.co_firstlineno
        return None

    def _innermost(self, frames):
        """The innermost of the program's own frames, None when there is none."""
        for frame in reversed(frames):
            if frame.f_code.co_filename == self.filename:
                return frame
        return None

    @_guarded
    def suspended(self, task):
        frames = coroutine_frames(task._coro)
        filename = self.filename
        innermost, line, stack = None, "null", []  # the program's own frames, outermost first
        for frame in frames:
            if frame.f_code.co_filename == filename:
                innermost, line = frame, value(frame.f_lineno)
                stack.append(_function_text(frame.f_code) + line + "}")
        awaited = await_kinds.classify(task, frames, innermost, self)
        self.write("suspend", f'"task":{task._trace_id},"line":{line},'
                   f'"stack":[{",".join(stack)}],"await":{value(awaited)}')

    @_guarded
    def finished(self, task):
        if task.cancelled():
            outcome = '"state":"cancelled"'
        elif task._exception is not None:
            outcome = f'"state":"failed","error":{value(last_line(task._exception))}'
        else:
            outcome = f'"state":"done","result":{value(_cut_repr(task._result))}'
        self.write("done", f'"task":{task._trace_id},{outcome}')

    def task_id(self, thing):
        return thing._trace_id if isinstance(thing, TracedTask) else None

    def task_ids(self, things):
        return [identity for identity in map(self.task_id, things) if identity is not None]

    def current_task_id(self):
        if self.loop is None or threading.get_ident() != self._main_thread:
            return None
        task = asyncio.current_task(self.loop)
        return task._trace_id if isinstance(task, TracedTask) else None  # (task_id, inline)

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
        self.write("call", f'"task":{value(self.current_task_id())},"function":{value(name)},'
                   f'"id":{self._call_count},'
                   f'"line":{value(code.co_firstlineno if code else None)},'
                   f'"at":{value(self._calling_line())}')
        return self._call_count

    def _calling_line(self):
        """The line of the program that called the wrapped function being recorded now: the
        frame beyond the harness's (this hook, its guard, the wrapper), when it is the
        program's; None for a task's own coroutine, which the loop steps."""
        frame = sys._getframe(2)
        while frame is not None and frame.f_code.co_filename.startswith(HARNESS_FOLDER):
            frame = frame.f_back  # (frames.is_harness)
        if frame is None or frame.f_code.co_filename != self.filename:
            return None
        return frame.f_lineno

    @_guarded
    def end(self, record, state, outcome=None):
        members = (f'"task":{value(self.current_task_id())},"id":{value(record)},'
                   f'"state":{value(state)}')
        if state == "done":
            members += f',"value":{value(_cut_repr(outcome))}'
        elif state == "failed":
            members += f',"error":{value(last_line(outcome))}'
        self.write("return", members)

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
        return innermost_line(self.filename, 3)


_FUNCTION_TEXTS = {}  # code object -> the start of its frame's JSON in a suspend's stack


def _function_text(code):
    text = _FUNCTION_TEXTS.get(code)
    if text is None:
        text = _FUNCTION_TEXTS[code] = f'{{"function":{string(code.co_name)},"line":'
    return text


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
