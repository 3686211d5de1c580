"""What the oracle records: every printed line and every wrapped function's start and end, each
with its virtual time (seconds, float) and the loop iteration it happened in."""

import io


class Recorder:
    """Collects the events of one run in the order they happen."""

    def __init__(self, clock):
        self.clock = clock
        self.loop = None  # the loop asyncio.run made, once it made one
        self.prints = []  # printed lines, and Python's warnings (stream "stderr") among them
        self.tasks = []

    def iteration(self):
        """The loop iteration now running (None outside any loop, e.g. sync mode)."""
        return self.loop.iterations if self.loop is not None else None

    def line(self, text):
        self.prints.append(
            {"time": self.clock.now, "iteration": self.iteration(), "text": text}
        )

    def warning(self, text):
        self.prints.append(
            {"time": self.clock.now, "iteration": self.iteration(), "text": text,
             "stream": "stderr"}
        )

    def start(self, name, function=None):
        """Opens a record for one call of ``name``; the returned dict is closed by ``end``."""
        record = {
            "name": name,
            "start": self.clock.now,
            "start_iteration": self.iteration(),
            "end": None,
            "end_iteration": None,
            "state": "running",
        }
        self.tasks.append(record)
        return record

    def end(self, record, state, outcome=None):
        """Closes ``record``; ``outcome`` (the value or the exception) is not kept here."""
        record["end"] = self.clock.now
        record["end_iteration"] = self.iteration()
        record["state"] = state


class LineCapture(io.TextIOBase):
    """Stands in for ``sys.stdout``: a line is recorded when its newline is written, at that
    moment's virtual time (``print`` writes the text and the newline back to back). With a
    ``limit``, a line is kept to ``limit`` + 1 characters at most while it is written (the
    recorder cuts it), so megabytes without a newline take no memory."""

    def __init__(self, recorder, limit=None):
        super().__init__()
        self._recorder = recorder
        self._pending = ""
        self._limit = limit

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            self._recorder.line(line)
        if self._limit is not None and len(self._pending) > self._limit:
            self._pending = self._pending[: self._limit + 1]
        return len(text)

    def flush_pending(self):
        """A last line without a newline still counts as printed."""
        if self._pending:
            self._recorder.line(self._pending)
            self._pending = ""
