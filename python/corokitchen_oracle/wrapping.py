"""Records when each of the program's functions starts and ends, without changing the run.

Every function defined at the top of the program's module, except ``main``, is decorated (by
rewriting the syntax tree, so that the names the program calls are the wrapped ones). A
coroutine function becomes another coroutine function that records its start on its first step
and its end in a ``finally``. ``await fn()`` inside the wrapper runs ``fn``'s coroutine in the
same task, step for step: it adds no task, no callback and no loop iteration, so the order of
events is the program's own (the oracle's tests check this by counting iterations). Plain
functions (the sync mode) are recorded around the call; generators (the simulated download) are
left alone.
"""

import ast
import asyncio
import contextlib
import functools
import inspect

DECORATOR = "__corokitchen_oracle_record__"


def decorate_functions(tree, skip=("main",)):
    """Puts ``@DECORATOR`` outermost on every top-level function of ``tree`` but ``skip``."""
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name not in skip:
            decorator = ast.Name(id=DECORATOR, ctx=ast.Load())
            ast.copy_location(decorator, node)
            node.decorator_list.insert(0, decorator)
    return ast.fix_missing_locations(tree)


def make_decorator(recorder):
    """The decorator the rewritten program calls, bound to one run's recorder."""

    def record(function):
        if inspect.isasyncgenfunction(function) or inspect.isgeneratorfunction(function):
            return function
        if inspect.iscoroutinefunction(function):
            return _wrap_coroutine(function, recorder)
        return _wrap_plain(function, recorder)

    return record


def _end_state(exception):
    if exception is None:
        return "done"
    if isinstance(exception, asyncio.CancelledError):
        return "cancelled"
    return "failed"


@contextlib.contextmanager
def _recording(recorder, name):
    """Records a call's start, then its end with the state its exception (if any) gives."""
    record = recorder.start(name)
    try:
        yield
    except BaseException as raised:
        recorder.end(record, _end_state(raised))
        raise
    recorder.end(record, _end_state(None))


def _wrap_coroutine(function, recorder):
    @functools.wraps(function)
    async def recorded(*args, **kwargs):
        with _recording(recorder, function.__name__):
            return await function(*args, **kwargs)

    return recorded


def _wrap_plain(function, recorder):
    @functools.wraps(function)
    def recorded(*args, **kwargs):
        with _recording(recorder, function.__name__):
            return function(*args, **kwargs)

    return recorded
