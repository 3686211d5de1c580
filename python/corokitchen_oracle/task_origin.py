"""Where a task is made, read from CPython's own stack when the task factory is called
(docs/python-trace.md): the program's line, whether it is ``asyncio.run``'s main task, and how the
program asked for it (``via``). One walk outward over the creating stack; what each code object's
file is, is judged once."""

import os

from .frames import ASYNCIO_FOLDER, HARNESS_FOLDER

_VIA_OF_CREATE_TASK = {"taskgroups.py": "taskgroup", "runners.py": "run"}
_HARNESS, _ASYNCIO, _OTHER = range(3)


class _Place:
    """What the walk needs to know of a code object's file."""

    __slots__ = ("side", "module", "passed_by_main", "runners")

    def __init__(self, filename):
        self.side = (_HARNESS if filename.startswith(HARNESS_FOLDER)
                     else _ASYNCIO if filename.startswith(ASYNCIO_FOLDER) else _OTHER)
        self.module = os.path.basename(filename)
        # The harness's frames, then loop.create_task's, come before the one that makes main.
        self.passed_by_main = self.side == _HARNESS or filename.endswith("base_events.py")
        self.runners = filename.endswith("runners.py")


_PLACES = {}  # code object -> its _Place


def _place(code):
    place = _PLACES.get(code)
    if place is None:
        place = _PLACES[code] = _Place(code.co_filename)
    return place


def origin_of(frame, filename):
    """``(line, main, via)`` of the task being made, walking outward from ``frame`` (one of the
    harness's frames inside the task factory's call); ``filename``: the program's.

    ``line``: the innermost frame of the program's file, None when there is none. ``main``:
    made by asyncio.run's ``Runner.run`` (runners.py; its ``close`` makes the loop's own tasks
    after it). ``via``: past the harness's frames, the outermost of asyncio's frames before the
    first frame of another file is the call the program made: ``create_task`` (asyncio's or the
    loop's), ``gather``, ``as_completed``, ``wait_for``, ``ensure_future``, ``shield``, ``run``
    (``asyncio.run``'s main task), ``taskgroup`` (``TaskGroup.create_task``); ``Task`` when the
    program called the class itself (no asyncio frame at all). A step or callback of the loop
    (events.py's ``Handle._run``) ends that walk: what the loop runs is not the program's call."""
    line = main = None
    outermost, via_found = None, False
    while frame is not None and (line is None or main is None or not via_found):
        code = frame.f_code
        place = _place(code)
        if main is None and not place.passed_by_main:
            main = place.runners and code.co_name == "run"
        if not via_found:
            if place.side == _ASYNCIO and not (place.module == "events.py"
                                               and code.co_name == "_run"):
                outermost = frame
            else:
                via_found = place.side != _HARNESS
        if line is None and code.co_filename == filename:
            line = frame.f_lineno
        frame = frame.f_back
    return line, bool(main), _via(outermost)


def _via(outermost):
    if outermost is None:
        return "Task"
    code = outermost.f_code
    return _VIA_OF_CREATE_TASK.get(_place(code).module, code.co_name)
