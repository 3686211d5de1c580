"""Writes the trace: one JSON object a line, straight to a file descriptor (no file object).

On the real clock each line is written as it happens, with one ``write``. On the virtual clock
the lines are written in batches (a hundred thousand tasks make a million lines, and a ``write``
for each cost the harness and the app reading it more than the lines themselves): a batch is
written once it holds ``BATCH_CHARS`` characters, with the first line that comes ``BATCH_SECONDS``
of real time or more after the last write, before the loop waits for real I/O (``flush``), and at
the end. Worker threads write too, hence the lock; and so does a collection of the garbage
collector that runs inside a write (the program's ``__del__`` is a recorded call), hence a
reentrant one, and a line written while a batch is being written waits for the next batch."""

import os
import threading
import time

from . import json_text

BATCH_CHARS = 1 << 16
BATCH_SECONDS = 0.02
_REAL_MONOTONIC = time.monotonic  # before clock.py's PatchedTime replaces it


class TraceWriter:
    """The trace's file descriptor (a duplicate of the harness's standard output)."""

    def __init__(self, fd, batched=False):
        self._fd = fd
        self._lock = threading.RLock()
        self._writing = False  # a batch is being written (a line written meanwhile waits)
        self._batch_chars = BATCH_CHARS if batched else 0
        self._lines = []  # the lines not written yet, each with its newline
        self._chars = 0
        self._written_at = _REAL_MONOTONIC()

    def write(self, event):
        """Writes ``event``, a dict of the JSON object's members."""
        self.write_line("{" + json_text.fields(event) + "}")

    def write_line(self, text):
        """Writes one line of JSON text (without its newline)."""
        with self._lock:
            self._lines.append(text + "\n")
            self._chars += len(text) + 1
            if not self._writing and (self._chars >= self._batch_chars or
                                      _REAL_MONOTONIC() - self._written_at >= BATCH_SECONDS):
                self._write_batch()

    def flush(self):
        """Writes the lines of the batch now."""
        with self._lock:
            if not self._writing:
                self._write_batch()

    def _write_batch(self):
        """Writes the batch and the lines written meanwhile."""
        while self._lines:
            self._write_lines()

    def _write_lines(self):
        self._writing = True
        try:
            lines, self._lines = self._lines, []
            self._chars = 0
            view = memoryview("".join(lines).encode("utf-8", "backslashreplace"))
            while view:
                view = view[os.write(self._fd, view):]
        finally:
            self._writing = False
        self._written_at = _REAL_MONOTONIC()
