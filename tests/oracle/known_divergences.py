"""Cases where the app is known to differ from CPython 3.11 today. The oracle test requires each
of them to STILL differ (a strict expected failure): when the engine changes, the test says which
entry to remove.

Keys: (scenario, mode); a scenario is a built-in's id or a file name in tests/data/oracle.
Values: the item of issue 13 that describes the difference.
"""

ITEMS = {
    4: "rounding of the total",
}


def describe(known):
    return f"issue 13 item {known}: {ITEMS[known]}"


KNOWN_DIVERGENCES = {
    # 4: a total of 0.125 s prints 0.13, Python 0.12.
    ("rounding-ties.json", "gather"): 4,
    ("rounding-ties.json", "create-task"): 4,
    ("rounding-ties.json", "bounded:2"): 4,
    ("rounding-ties.json", "bounded:3"): 4,
}
