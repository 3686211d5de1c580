"""CPython 3.11's own asyncio on a virtual clock: runs a program and records, with virtual
times, every line it prints and when each of its functions starts and ends.

CoroKitchen's tests compare these records with the app's own runs (tests/oracle); run it by
hand with ``python3 -m corokitchen_oracle program.py``. With ``--trace`` it writes instead the
JSON-lines trace of any asyncio program, on the virtual or the real clock, that the app draws
(trace_runner.py; docs/python-trace.md).
"""

from .clock import VirtualClock
from .loop import Deadlock, VirtualTimeLoop
from .runner import run_program

__all__ = ["Deadlock", "VirtualClock", "VirtualTimeLoop", "run_program"]
