"""The frames of a task's coroutine: the chain of ``cr_await`` from the task's coroutine to what
it waits on, and which of them are the program's own or asyncio's."""

import asyncio
import os
import sys

ASYNCIO_FOLDER = os.path.dirname(asyncio.__file__) + os.sep
HARNESS_FOLDER = os.path.dirname(os.path.abspath(__file__)) + os.sep


def coroutine_frames(coro):
    """The frames of the ``await`` chain of ``coro``, outermost first (a frame may be one not
    started yet, or, for a finished one, missing)."""
    frames = []
    while coro is not None:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        if frame is not None:
            frames.append(frame)
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return frames


def is_asyncio(frame):
    return frame.f_code.co_filename.startswith(ASYNCIO_FOLDER)


def is_harness(filename):
    return filename.startswith(HARNESS_FOLDER)


def caller_frames(filename, depth=2):
    """The program's own frames of the running thread's stack, innermost first."""
    frame = sys._getframe(depth)
    frames = []
    while frame is not None:
        if frame.f_code.co_filename == filename:
            frames.append(frame)
        frame = frame.f_back
    return frames
