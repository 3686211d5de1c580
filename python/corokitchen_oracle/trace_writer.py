"""Writes the trace: one JSON object a line, straight to a file descriptor (no buffer), so the
app reads each event as it happens. Worker threads write too, hence the lock."""

import json
import math
import os
import threading


class TraceWriter:
    """The trace's file descriptor (a duplicate of the harness's standard output)."""

    def __init__(self, fd):
        self._fd = fd
        self._lock = threading.Lock()
        self.lines = 0

    def write(self, event):
        data = (json.dumps(_finite(event), ensure_ascii=False, separators=(",", ":"),
                           default=repr) + "\n").encode("utf-8", "backslashreplace")
        with self._lock:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view):]
            self.lines += 1


def _finite(event):
    """JSON has no infinity (``asyncio.sleep(math.inf)``): such a number is written as null."""
    for key, value in event.items():
        if isinstance(value, float) and not math.isfinite(value):
            event[key] = None
    return event
