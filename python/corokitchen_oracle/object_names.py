"""The name a program gives an object it awaits: a local of the frame that awaits it or a
global of its module, else its type and a number (``Queue#1``)."""

import contextvars
import functools
import itertools


class ObjectNames:
    """Numbers the unnamed objects per type, in the order the trace first meets them."""

    def __init__(self):
        self._numbers = {}  # id(object) -> (object, "Queue#1"); the object is kept alive
        self._counters = {}

    def name(self, thing, frame):
        if frame is not None:
            for scope in (frame.f_locals, frame.f_globals):
                for key, value in scope.items():
                    if value is thing:
                        return key
        known = self._numbers.get(id(thing))
        if known is None or known[0] is not thing:
            kind = type(thing).__name__
            counter = self._counters.setdefault(kind, itertools.count(1))
            known = (thing, f"{kind}#{next(counter)}")
            self._numbers[id(thing)] = known
        return known[1]


def function_name(function):
    """How the trace names a function an executor runs: ``asyncio.to_thread`` hands it over
    as ``functools.partial(context.run, function, ...)``."""
    while isinstance(function, functools.partial):
        runs_in_context = isinstance(getattr(function.func, "__self__", None),
                                     contextvars.Context)
        function = function.args[0] if runs_in_context and function.args else function.func
    name = getattr(function, "__qualname__", None) or getattr(function, "__name__", None)
    return name if isinstance(name, str) else repr(function)[:200]
