"""CPython's own event loop on the virtual clock.

Everything that decides the order of events is CPython 3.11's, unchanged: ``BaseEventLoop``'s
``_run_once`` (ready queue, timer heap, ``_clock_resolution``), ``Task``, ``gather``,
``Semaphore``, ``Event``, ``asyncio.run``'s ``Runner``. Only two things are replaced:

* ``loop.time()`` (base_events.py, lines 700-709 in 3.11, ``BaseEventLoop.time``:
  ``return time.monotonic()``) reads the virtual clock;
* the selector's wait. ``_run_once`` (base_events.py, lines 1876-1884 in 3.11) computes
  ``timeout`` as 0 when callbacks are ready, ``None`` when nothing is ready and no timer is
  scheduled, else ``min(max(0, when - self.time()), MAXIMUM_SELECT_TIMEOUT)`` with
  ``when = self._scheduled[0]._when``, then calls ``self._selector.select(timeout)``, which would
  sleep that long. Here it moves the clock to that ``when`` exactly instead, so the following
  ``end_time = self.time() + self._clock_resolution`` (line 1890) finds the timer due, as on a
  real clock after the sleep. ``select(None)`` would sleep forever: a deadlock, reported.

The programs the oracle runs do no I/O (no sockets: a ``url`` download is not simulated), so no
file descriptor can end a wait early; the real selector is still polled, without waiting. A
program of the trace's that does (a real socket) and has nothing else to wait for waits for it
for real, and the clock advances by the real time the wait took (``_wait_for_io``).
``time.sleep`` and the program's clocks are replaced in clock.py.

A thread would sleep on the real clock, so ``run_in_executor`` (and ``asyncio.to_thread``, which
calls it) runs its calls on VirtualThreadPool instead, in virtual time, with the executor's
number of workers.
"""

import asyncio
import collections
import concurrent.futures
import heapq
import itertools
import selectors
import time

from asyncio import base_events, events


_REAL_MONOTONIC = time.monotonic  # before clock.py's PatchedTime replaces it


class Deadlock(RuntimeError):
    """The loop had nothing ready and no timer: CPython would wait forever for an I/O event."""


class VirtualSelector(selectors.DefaultSelector):
    """The loop's selector: registrations are the real selector's (the loop's self-pipe), only
    the wait is virtual."""

    def __init__(self, clock):
        super().__init__()
        self._clock = clock
        self.loop = None  # set by VirtualTimeLoop: the wait reads its timer heap

    def select(self, timeout=None):
        if timeout is None and len(self.get_map()) > 1:
            return self._wait_for_io()
        if timeout is None:
            raise Deadlock(
                f"deadlock at {self._clock.now!r} s: nothing is ready and no timer is scheduled"
            )
        if timeout > 0:
            self._advance(timeout)
        # Poll without waiting: a callback from another thread or a signal (the self-pipe) is
        # still delivered as CPython delivers it.
        return super().select(0)

    def _wait_for_io(self):
        """Nothing is ready and no timer is scheduled, but a socket or pipe of the program's
        is registered besides the loop's self-pipe: wait for it for real, and advance the clock
        by the real time the wait took."""
        self.loop._before_real_wait()
        started = _REAL_MONOTONIC()
        events = super().select(None)
        self._clock.advance_to(self._clock.now + (_REAL_MONOTONIC() - started))
        return events

    def _advance(self, timeout):
        """Stands in for the sleep of ``select(timeout)``: ``timeout`` is ``when - time()`` of the
        earliest timer, capped at ``MAXIMUM_SELECT_TIMEOUT``; reaching ``when`` itself avoids
        the float rounding of ``now + (when - now)``."""
        when = self.loop._scheduled[0]._when if self.loop._scheduled else None
        if when is None or when - self._clock.now > timeout:
            when = self._clock.now + timeout
        self._clock.advance_to(when)


class VirtualThreadPool:
    """A ``concurrent.futures.ThreadPoolExecutor``'s workers on the virtual clock.

    CPython (3.11): ``run_in_executor`` (base_events.py, lines 815-829) submits the call to the
    executor and wraps its future (futures.py, ``wrap_future``/``_chain_future``); the pool's
    workers take the calls from one FIFO queue (concurrent/futures/thread.py, ``_worker``), a
    worker that finishes takes the next at once; when a call returns, its thread sets the
    result through ``call_soon_threadsafe``, so the loop sets the asyncio future on the
    iteration that sees the thread's wake-up and the awaiting task resumes one iteration later.
    Here a call starts when a worker is free, runs at once with its sleeps counted apart
    (VirtualClock.held), and a timer at the end of its sleeps frees the worker and sets the
    future, which keeps the same iterations. A call whose future was cancelled while queued
    never runs (a queued concurrent future is cancelled with it); a running one holds its
    worker to its end, as a thread cannot be stopped."""

    def __init__(self, loop, workers):
        self._loop = loop
        self._free = list(range(1, workers + 1))  # the idle workers' numbers, a heap
        self._queue = collections.deque()

    def submit(self, func, args):
        future = self._loop.create_future()
        self._queue.append((future, func, args, self._loop._submitter()))
        self._start_queued()
        return future

    def _start_queued(self):
        while self._free and self._queue:
            future, func, args, submitter = self._queue.popleft()
            if future.cancelled():
                continue
            worker = heapq.heappop(self._free)
            start = self._loop.time()
            result, exception, seconds = self._loop._run_worker_call(worker, func, args)
            self._loop.call_at(self._loop.time() + seconds, self._finish, future, result,
                               exception, (worker, func, start, submitter))

    def _finish(self, future, result, exception, call):
        worker, func, start, submitter = call
        heapq.heappush(self._free, worker)
        self._loop._worker_finished(worker, func, start, submitter)
        if not future.cancelled():
            if exception is not None:
                future.set_exception(exception)
            else:
                future.set_result(result)
        self._start_queued()


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    """``asyncio.SelectorEventLoop`` with the virtual clock; it also counts its iterations, which
    the oracle's own check uses to show that its task wrappers add none."""

    def __init__(self, clock):
        selector = VirtualSelector(clock)
        super().__init__(selector)
        selector.loop = self
        self._virtual_clock = clock
        self._virtual_pools = {}  # executor -> VirtualThreadPool
        self.iterations = 0

    def time(self):
        """Replaces ``BaseEventLoop.time`` (``return time.monotonic()``)."""
        return self._virtual_clock.now

    def _run_once(self):
        self.iterations += 1
        base_events.BaseEventLoop._run_once(self)

    def _before_real_wait(self):
        """The selector is about to wait for real I/O (a hook: the trace writes its lines)."""

    def _submitter(self):
        """Who submits an executor call: nothing here; the tracer's loop names the task."""
        return None

    def _run_worker_call(self, worker, func, args):
        """Runs one executor call on worker ``worker`` (a number from 1), in virtual time."""
        return self._virtual_clock.held(func, args)

    def _worker_finished(self, worker, func, start, submitter):
        """Worker ``worker``'s call of ``func``, started at ``start``, ended now (a hook)."""

    def run_in_executor(self, executor, func, *args):
        """``BaseEventLoop.run_in_executor`` (base_events.py, lines 815-829 in 3.11) with the
        executor's workers simulated (VirtualThreadPool); the executor itself runs nothing."""
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        if executor not in self._virtual_pools:
            self._virtual_pools[executor] = VirtualThreadPool(self, executor._max_workers)
        return self._virtual_pools[executor].submit(func, args)

    async def shutdown_default_executor(self):
        """``BaseEventLoop.shutdown_default_executor`` (base_events.py, lines 564-575 in 3.11)
        shuts the executor down on a new thread and awaits a future that thread completes, which
        the virtual wait would take for a deadlock; the executor never started a thread here."""
        self._executor_shutdown_called = True
        if self._default_executor is not None:
            self._default_executor.shutdown(wait=True)


class ArmingOrderTimerHandle(events.TimerHandle):
    """A timer that, of two due at the same instant, comes after the one armed first.

    CPython's ``TimerHandle.__lt__`` compares ``_when`` only, so the heap orders timers due at
    one instant in no particular order; on a real clock such a tie hardly ever happens (a timer
    armed later reads a later ``time()``). This handle is for a diagnosis, not the reference:
    it tells a difference that comes only from the order of such ties from any other."""

    __slots__ = ["_arming"]
    _armed = itertools.count()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._arming = next(self._armed)

    def __lt__(self, other):
        if isinstance(other, ArmingOrderTimerHandle):
            return (self._when, self._arming) < (other._when, other._arming)
        return super().__lt__(other)


class ArmingOrderLoop(VirtualTimeLoop):
    """The virtual loop with ties between timers broken by arming order (a diagnosis)."""

    def call_at(self, when, callback, *args, context=None):
        """``BaseEventLoop.call_at`` (base_events.py, lines 733-749 in 3.11) with another handle."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = ArmingOrderTimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer


class VirtualTimePolicy(asyncio.DefaultEventLoopPolicy):
    """The policy ``asyncio.run`` asks for its new loop (runners.py, line 137 in 3.11,
    ``Runner._lazy_init``: ``self._loop = events.new_event_loop()``): CPython's own Runner
    (``_cancel_all_tasks``, ``shutdown_asyncgens``, ...) around one of our loops."""

    def __init__(self, clock, on_new_loop=None, ties="heap"):
        super().__init__()
        self._clock = clock
        self._on_new_loop = on_new_loop
        self._loop_class = ArmingOrderLoop if ties == "arming" else VirtualTimeLoop

    def new_event_loop(self):
        loop = self._loop_class(self._clock)
        if self._on_new_loop is not None:
            self._on_new_loop(loop)
        return loop
