"""The task the trace's task factory makes: CPython's pure-Python Task (the C Task runs its
steps out of sight), reporting each step.

``asyncio.tasks._PyTask`` (tasks.py, lines 78-351 in 3.11) is the same state machine as the C
Task; this subclass only looks before and after ``__step`` (called through its mangled name,
``self._Task__step``, both from the ready queue and from ``__wakeup``) and when the future
schedules its done callbacks (``_Future__schedule_callbacks``, in ``set_result``,
``set_exception`` and ``cancel``), so that ``done`` comes before the waiters' ``ready``. The
order of events is CPython's own: tests/oracle/test_corokitchen_trace.py compares the prints,
times and loop iterations of programs run with the C Task and with this one."""

from asyncio import tasks


class TracedTask(tasks._PyTask):
    """A Task whose steps its tracer (tracer.py) reports."""

    default_tracer = None  # for ``asyncio.Task(coro)`` made by the program itself

    def __init__(self, coro, *, loop=None, name=None, context=None, tracer=None):
        tracer = tracer or self.default_tracer
        self._trace_id = None
        self._trace_started = False  # its first step has run
        self._trace_tracer = tracer
        self._trace_origin = tracer.task_origin()
        super().__init__(coro, loop=loop, name=name, context=context)

    def _Task__step(self, exc=None):
        tracer = self._trace_tracer
        tracer.resumed(self)
        try:
            super()._Task__step(exc)
        finally:
            if not self.done():
                tracer.suspended(self)

    def _Future__schedule_callbacks(self):
        self._trace_tracer.finished(self)
        super()._Future__schedule_callbacks()
