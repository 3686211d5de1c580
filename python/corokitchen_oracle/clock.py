"""The virtual clock: one float of seconds that only moves when the program waits.

CPython's loop reads its clock through ``loop.time()`` (``time.monotonic()``), and a program
reads ``time.time()``, ``time.monotonic()`` or ``time.perf_counter()``; ``time.sleep`` blocks the
thread. On the virtual clock all of them read or advance this one value, so a run is instant and
its times are exact: a wait of 0.125 s takes exactly 0.125 s, as the app's virtual clock does.
"""

import time


class TimeLimit(SystemExit):
    """The program reached the trace's ``--max-time``: a SystemExit, so that neither a task
    (tasks.py re-raises SystemExit out of the loop) nor ``except Exception`` keeps it."""


class VirtualClock:
    """Seconds since the program started, advanced by the selector's wait and ``time.sleep``."""

    def __init__(self):
        self.now = 0.0
        self._held = None  # seconds a worker thread's call slept, while one runs (held())
        self.limit = None  # the trace's --max-time: the clock never passes it (TimeLimit)
        self.limit_reached = False

    def advance_to(self, when):
        """Moves to ``when`` exactly (never backwards): a timer's own ``when``, not now + delay,
        so the timer is due on the next look and float sums cannot leave it a hair late."""
        if self.limit is not None and when > self.limit:
            self.now = max(self.now, self.limit)
            self.limit_reached = True
            raise TimeLimit(3)
        if when > self.now:
            self.now = when

    def sleep(self, seconds):
        """``time.sleep``: the thread, and so the whole event loop, is held for ``seconds``."""
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        if self._held is not None:
            self._held += seconds
            return
        self.advance_to(self.now + seconds)

    def holding(self):
        """True while a worker's call runs (its sleeps do not hold the loop)."""
        return self._held is not None

    def held(self, func, args):
        """Runs ``func(*args)`` as a worker thread of an executor would: its ``time.sleep`` holds
        that thread, not the loop, so the seconds it sleeps are counted apart and the clock does
        not move. Returns ``(result, exception, seconds)``; the pool (loop.py) completes the
        call's future that many seconds later. The call's own clock reads see the loop's time."""
        saved, self._held = self._held, 0.0
        result = exception = None
        try:
            result = func(*args)
        except Exception as failure:  # the call's exception goes to its future, as on a thread
            exception = failure
        finally:
            seconds, self._held = self._held, saved
        return result, exception, seconds


class PatchedTime:
    """Replaces the ``time`` module's clocks and ``sleep`` with the virtual clock's, for the length
    of a ``with`` block, and puts CPython's back afterwards (the oracle may run in a process that
    does other things, such as a test)."""

    _FLOAT_CLOCKS = ("time", "monotonic", "perf_counter")
    _NS_CLOCKS = ("time_ns", "monotonic_ns", "perf_counter_ns")

    def __init__(self, clock):
        self._clock = clock
        self._saved = {}

    def __enter__(self):
        names = self._FLOAT_CLOCKS + self._NS_CLOCKS + ("sleep",)
        self._saved = {name: getattr(time, name) for name in names}
        for name in self._FLOAT_CLOCKS:
            setattr(time, name, lambda: self._clock.now)
        for name in self._NS_CLOCKS:
            setattr(time, name, lambda: round(self._clock.now * 1e9))
        time.sleep = self._clock.sleep
        return self

    def __exit__(self, *exc):
        for name, function in self._saved.items():
            setattr(time, name, function)
        return False
