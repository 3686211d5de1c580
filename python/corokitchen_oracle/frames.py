"""The frames of a task's coroutine: the chain of ``cr_await`` from the task's coroutine to what
it waits on, and which of them are the program's own or asyncio's."""

import asyncio
import os
import sys
import types
from asyncio import futures

ASYNCIO_FOLDER = os.path.dirname(asyncio.__file__) + os.sep
HARNESS_FOLDER = os.path.dirname(os.path.abspath(__file__)) + os.sep

_COROUTINE = types.CoroutineType
_GENERATOR = types.GeneratorType
# Awaited things that are no coroutine: the end of a chain (they have no frame to follow).
_FUTURES = (futures._PyFuture, futures._CFuture)


def coroutine_frames(coro):
    """The frames of the ``await`` chain of ``coro``, outermost first (a frame may be one not
    started yet, or, for a finished one, missing)."""
    frames = []
    while coro is not None:
        kind = type(coro)
        if kind is _COROUTINE:
            frame, coro = coro.cr_frame, coro.cr_await
        elif kind is _GENERATOR:
            frame, coro = coro.gi_frame, coro.gi_yieldfrom
        elif isinstance(coro, _FUTURES):
            break
        else:
            frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
            coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
        if frame is not None:
            frames.append(frame)
    return frames


def is_harness(filename):
    return filename.startswith(HARNESS_FOLDER)


def innermost_line(filename, depth=2):
    """The line of the innermost frame of the program's file on the running thread's stack
    (``depth`` frames out from the caller's), None when there is none."""
    frame = sys._getframe(depth)
    while frame is not None:
        if frame.f_code.co_filename == filename:
            return frame.f_lineno
        frame = frame.f_back
    return None
