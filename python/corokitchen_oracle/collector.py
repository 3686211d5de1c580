"""The cyclic garbage collector's pace while a traced program runs.

CPython (3.11, Modules/gcmodule.c) collects the old generation, a walk over every tracked
object alive, once generation 1 was collected ``threshold[2]`` times (10) and the objects that
survived to it grew by a quarter since the last such walk. The harness makes about twice the
program's own allocations and keeps about twice its objects alive (a pure-Python Task and the
wrapper coroutine of each recorded call, their frames), so at a hundred thousand tasks those
walks came thirteen times over a heap twice the program's: 3.4 of the harness's 8 CPU-seconds,
where plain CPython spends 1.1 of its 2. Waiting for a hundred collections of generation 1
leaves two walks. The young generations keep CPython's pace, so the program's short-lived
cycles are collected as before; only garbage that lived through them waits longer. Nothing of
the order of events depends on it: when CPython collects was never the same under the harness,
which allocates more."""

import gc

OLD_GENERATION_EVERY = 100  # collections of generation 1 (CPython's default: 10)


class PacedCollector:
    """``with PacedCollector():`` the old generation is collected at the harness's pace, and at
    CPython's again afterwards (the thresholds the ``with`` found)."""

    def __init__(self):
        self._saved = None

    def __enter__(self):
        self._saved = gc.get_threshold()
        young, middle, old = self._saved
        gc.set_threshold(young, middle, max(old, OLD_GENERATION_EVERY))
        return self

    def __exit__(self, *exc):
        gc.set_threshold(*self._saved)
        return False
