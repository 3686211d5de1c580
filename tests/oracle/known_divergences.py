"""Cases where the app is known to differ from CPython 3.11. The oracle test requires each of them
to STILL differ (a strict expected failure): when the engine changes, the test says which entry
to remove. Every difference issue 13 listed is fixed: the list is empty, and a new one goes here
only with the issue that will fix it.

Keys: (scenario, mode); a scenario is a built-in's id or a file name in tests/data/oracle.
Values: the issue item that describes the difference, e.g. "13.4".
"""


def describe(known):
    return f"issue item {known}"


KNOWN_DIVERGENCES = {}
