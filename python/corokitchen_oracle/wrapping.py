"""Records when each of the program's functions starts and ends, without changing the run.

Every function defined at the top of the program's module, except ``main``, is decorated (by
rewriting the syntax tree, so that the names the program calls are the wrapped ones); with
``methods=True`` (the trace) so is every method of its top-level classes, innermost, under the
method's own decorators (``staticmethod``, ``property``, ...). A
coroutine function becomes another coroutine function that records its start on its first step
and its end in a ``finally``. ``await fn()`` inside the wrapper runs ``fn``'s coroutine in the
same task, step for step: it adds no task, no callback and no loop iteration, so the order of
events is the program's own (the oracle's tests check this by counting iterations). Plain
functions (the sync mode) are recorded around the call; generators (the simulated download) are
left alone.
"""

import ast
import asyncio
import functools
import inspect

DECORATOR = "__corokitchen_oracle_record__"


def decorate_functions(tree, skip=("main",), methods=False):
    """Puts ``@DECORATOR`` outermost on every top-level function of ``tree`` but ``skip``, and
    with ``methods`` innermost on every method of its top-level classes."""
    for node in tree.body:
        if _is_function(node) and node.name not in skip:
            node.decorator_list.insert(0, _decorator_at(node))
        elif methods and isinstance(node, ast.ClassDef):
            for member in node.body:
                if _is_function(member):
                    member.decorator_list.append(_decorator_at(member))
    return ast.fix_missing_locations(tree)


def _is_function(node):
    return isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))


def _decorator_at(node):
    decorator = ast.Name(id=DECORATOR, ctx=ast.Load())
    return ast.copy_location(decorator, node)


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


def _wrap_coroutine(function, recorder):
    @functools.wraps(function)
    async def recorded(*args, **kwargs):
        record = recorder.start(function.__qualname__, function)
        try:
            value = await function(*args, **kwargs)
        except BaseException as raised:
            recorder.end(record, _end_state(raised), raised)
            raise
        recorder.end(record, "done", value)
        return value

    return recorded


def _wrap_plain(function, recorder):
    @functools.wraps(function)
    def recorded(*args, **kwargs):
        record = recorder.start(function.__qualname__, function)
        try:
            value = function(*args, **kwargs)
        except BaseException as raised:
            recorder.end(record, _end_state(raised), raised)
            raise
        recorder.end(record, "done", value)
        return value

    return recorded
