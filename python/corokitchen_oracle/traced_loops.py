"""The trace's event loops: CPython's ``SelectorEventLoop`` on the virtual clock (loop.py) or
on the real one, with the tracer's task factory, and ``_call_soon`` (base_events.py, lines
780-785 in 3.11; ``call_soon`` and ``call_soon_threadsafe`` both go through it) reporting a
traced task's step or wake-up put in the ready queue."""

import asyncio
import functools
import selectors
import threading
import time

from .clock import TimeLimit
from .loop import Deadlock, VirtualTimeLoop


class TracingLoopMixin:
    """What both clocks' loops add for the trace."""

    _trace_tracer = None

    def _call_soon(self, callback, args, context):
        handle = super()._call_soon(callback, args, context)
        if self._trace_tracer is not None:
            self._trace_tracer.scheduled(callback)
        return handle

    def run_in_executor(self, executor, func, *args):
        future = super().run_in_executor(executor, func, *args)
        self._trace_tracer.thread_future(future, func)
        return future


class TracedVirtualLoop(TracingLoopMixin, VirtualTimeLoop):
    """The virtual clock's loop; its executors' calls run on virtual workers (loop.py)."""

    def _before_real_wait(self):
        self._trace_tracer.writer.flush()  # its batch of lines, before the wait (trace_writer.py)

    def _submitter(self):
        return self._trace_tracer.current_task_id()

    def _run_worker_call(self, worker, func, args):
        tracer = self._trace_tracer
        saved, tracer.worker = tracer.worker, worker
        try:
            return super()._run_worker_call(worker, func, args)
        finally:
            tracer.worker = saved

    def _worker_finished(self, worker, func, start, submitter):
        self._trace_tracer.worker_call(worker, func, start, self.time(), submitter)


class RealSelector(selectors.DefaultSelector):
    """The real clock's selector: waits no longer than the time limit, and reports a deadlock
    when it would wait for ever with nothing that could wake it (only the loop's self-pipe
    registered, no other thread alive)."""

    def __init__(self, deadline):
        super().__init__()
        self._deadline = deadline  # time.monotonic() of the time limit
        self.limit_reached = False

    def select(self, timeout=None):
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            self.limit_reached = True
            raise TimeLimit(3)
        if timeout is None and len(self.get_map()) <= 1 and threading.active_count() <= 1:
            raise Deadlock("deadlock: nothing is ready, no timer is scheduled and nothing "
                           "else can wake the loop")
        if timeout is None or timeout > remaining:
            timeout = remaining
        return super().select(timeout)


class TracedRealLoop(TracingLoopMixin, asyncio.SelectorEventLoop):
    """The real clock's loop: CPython's, counting its iterations; executor calls run on real
    threads, each reported as a ``worker`` event when it ends."""

    def __init__(self, selector):
        super().__init__(selector)
        self.iterations = 0
        self._worker_numbers = {}  # thread id -> worker number from 1
        self._numbers_lock = threading.Lock()

    def _run_once(self):
        self.iterations += 1
        super()._run_once()

    def run_in_executor(self, executor, func, *args):
        tracer = self._trace_tracer
        submitter = tracer.current_task_id()
        timed = functools.partial(self._timed_call, func, submitter)
        future = asyncio.SelectorEventLoop.run_in_executor(self, executor, timed, *args)
        tracer.thread_future(future, func)
        return future

    def _timed_call(self, func, submitter, *args):
        tracer = self._trace_tracer
        worker = self._worker_number()
        tracer.thread_worker.number = worker
        start = tracer.now()
        try:
            return func(*args)
        finally:
            tracer.worker_call(worker, func, start, tracer.now(), submitter)

    def _worker_number(self):
        with self._numbers_lock:
            return self._worker_numbers.setdefault(threading.get_ident(),
                                                   len(self._worker_numbers) + 1)


class TracePolicy(asyncio.DefaultEventLoopPolicy):
    """The policy ``asyncio.run`` asks for its loop: ``make_loop()`` makes one, traced."""

    def __init__(self, make_loop, tracer):
        super().__init__()
        self._make_loop = make_loop
        self._tracer = tracer

    def new_event_loop(self):
        loop = self._make_loop()
        loop._trace_tracer = self._tracer
        loop.set_task_factory(self._tracer.task_factory)
        self._tracer.new_loop(loop)
        return loop
