"""``asyncio.as_completed`` with the tasks it watches known to the tracer.

CPython 3.11's ``as_completed`` (tasks.py) is a generator: its first ``next()`` wraps the awaitables
in ``todo = {ensure_future(f) ...}`` and yields ``_wait_for_one()`` coroutines, each awaiting
``done.get()`` on a private Queue. A task suspended there shows only ``_wait_for_one``'s frame,
whose one free variable is ``done``; ``todo`` lives in the generator's frame. This wrapper delegates
to CPython's generator unchanged (``yield from``: no task, callback or loop iteration added) and,
after its first step, notes the ids of ``todo``'s tasks under its ``done`` queue, where
await_kinds.py finds them."""

import functools
import weakref


class AsCompletedSets:
    """The tasks of each ``as_completed`` call, by its private ``done`` queue."""

    def __init__(self, tracer):
        self._tracer = tracer
        self._by_queue = weakref.WeakKeyDictionary()

    def wrap(self, original):
        @functools.wraps(original)
        def as_completed(fs, *, timeout=None):
            return self._noting(original(fs, timeout=timeout))

        return as_completed

    def tasks_of(self, done):
        try:
            return self._by_queue.get(done, [])
        except TypeError:  # not weak-referenceable: not as_completed's queue
            return []

    def _noting(self, generator):
        try:
            first = next(generator)
        except StopIteration:
            return
        local = generator.gi_frame.f_locals if generator.gi_frame is not None else {}
        if "done" in local and "todo" in local:
            self._by_queue[local["done"]] = sorted(self._tracer.task_ids(local["todo"]))
        yield first
        yield from generator
