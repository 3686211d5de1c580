"""The CPython 3.11 twins of tests/tst_composition.cpp: asyncio.gather (raising, and with
return_exceptions), as_completed and wait on the oracle's virtual-time loop, printed as
taskcancel_twins.py prints. The C++ test asserts the same lines.

    PYTHONPATH=python /usr/bin/python3.11 tests/oracle/composition_twins.py
"""

import asyncio

from taskcancel_twins import note, run


async def step(loop, name, seconds, error=None):
    await asyncio.sleep(seconds)
    if error:
        note(loop, f"{name} fails")
        raise ValueError(error)
    note(loop, f"{name} done")
    return name


def shown(outcome):
    if isinstance(outcome, BaseException):
        return f"{type(outcome).__name__}({outcome})"
    return outcome


async def gather_raises_the_first_failure_at_once(loop):
    note(loop, "gather")
    try:
        await asyncio.gather(asyncio.create_task(step(loop, "a", 1, "a failed")),
                             asyncio.create_task(step(loop, "b", 3)))
    except ValueError as error:
        note(loop, f"raised ValueError({error})")
    await asyncio.sleep(5)
    note(loop, "later")


async def gather_with_return_exceptions_keeps_the_order(loop):
    note(loop, "gather")
    results = await asyncio.gather(asyncio.create_task(step(loop, "a", 2, "a failed")),
                                   asyncio.create_task(step(loop, "b", 3)),
                                   asyncio.create_task(step(loop, "c", 1)),
                                   return_exceptions=True)
    note(loop, "results " + ", ".join(shown(r) for r in results))


async def as_completed_gives_the_finishing_order(loop):
    tasks = [asyncio.create_task(step(loop, name, seconds))
             for name, seconds in (("a", 3), ("b", 1), ("c", 2))]
    note(loop, "as_completed")
    for next_done in asyncio.as_completed(tasks):
        note(loop, f"got {await next_done}")


async def as_completed_ties_keep_the_finishing_order(loop):
    tasks = [asyncio.create_task(step(loop, name, seconds))
             for name, seconds in (("a", 2), ("b", 1), ("c", 1))]
    note(loop, "as_completed")
    for next_done in asyncio.as_completed(tasks):
        note(loop, f"got {await next_done}")


async def as_completed_with_a_timeout(loop):
    tasks = [asyncio.create_task(step(loop, name, seconds))
             for name, seconds in (("a", 3), ("b", 1))]
    note(loop, "as_completed")
    try:
        for next_done in asyncio.as_completed(tasks, timeout=2):
            note(loop, f"got {await next_done}")
    except TimeoutError:
        note(loop, "TimeoutError")
    await asyncio.wait(tasks)


def names(tasks, chosen):
    return "{" + ", ".join(f"t{i}" for i, task in enumerate(tasks) if task in chosen) + "}"


async def wait_first_completed(loop):
    tasks = [asyncio.create_task(step(loop, name, seconds))
             for name, seconds in (("a", 3), ("b", 1), ("c", 2))]
    note(loop, "wait")
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    note(loop, f"done={names(tasks, done)} pending={names(tasks, pending)}")
    await asyncio.wait(pending)
    note(loop, "all done")


async def wait_first_exception(loop):
    tasks = [asyncio.create_task(step(loop, "a", 1)),
             asyncio.create_task(step(loop, "b", 2, "b failed")),
             asyncio.create_task(step(loop, "c", 5))]
    note(loop, "wait")
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    note(loop, f"done={names(tasks, done)} pending={names(tasks, pending)}")
    await asyncio.wait(pending)


if __name__ == "__main__":
    for case in (
        gather_raises_the_first_failure_at_once,
        gather_with_return_exceptions_keeps_the_order,
        as_completed_gives_the_finishing_order,
        as_completed_ties_keep_the_finishing_order,
        as_completed_with_a_timeout,
        wait_first_completed,
        wait_first_exception,
    ):
        run(case)
