"""Writes the trace: one JSON object a line, straight to a file descriptor (no buffer), so the
app reads each event as it happens. Worker threads write too, hence the lock."""

import json
import math
import os
import threading

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=repr,
                            allow_nan=False)


class TraceWriter:
    """The trace's file descriptor (a duplicate of the harness's standard output)."""

    def __init__(self, fd):
        self._fd = fd
        self._lock = threading.Lock()

    def write(self, event):
        try:
            text = _ENCODER.encode(event)
        except ValueError:  # JSON has no infinity (asyncio.sleep(math.inf)): written as null
            text = _ENCODER.encode(_finite(event))
        data = (text + "\n").encode("utf-8", "backslashreplace")
        with self._lock:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view):]


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(inner) for key, inner in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(inner) for inner in value]
    return value
