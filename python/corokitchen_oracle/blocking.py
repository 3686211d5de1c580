"""``time.sleep`` as the trace sees it: a call that holds the loop's thread, a ``block`` event
when it returns (a worker's sleep holds only its worker: not a block)."""

import threading

from .clock import TimeLimit


def traced_sleep(sleep, tracer, holds_loop, exact, deadline=None):
    """Wraps ``sleep``; ``exact``: the virtual clock, where the seconds slept are the argument;
    ``deadline``: the real clock's time limit in the program's seconds (sleeps stop there)."""
    main_thread = threading.get_ident()

    def sleep_traced(seconds):
        if threading.get_ident() != main_thread or not holds_loop():
            return sleep(seconds)
        start = tracer.now()
        completed = False
        try:
            if deadline is not None and start + seconds > deadline:
                sleep(max(0.0, deadline - start))
                raise TimeLimit(3)
            sleep(seconds)
            completed = True
        finally:
            slept = seconds if exact and completed else tracer.now() - start
            tracer.block(start, slept)

    return sleep_traced
