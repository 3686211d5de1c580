"""Cases where the app is known to differ from CPython 3.11 today, with the item of issue 13
that describes the difference. The oracle test requires each of them to STILL differ (a strict
expected failure): when the engine is fixed, the test says which entry to remove.

Keys: (scenario, mode); a scenario is a built-in's id or a file name in tests/data/oracle.
"""

KNOWN_DIVERGENCES = {}
