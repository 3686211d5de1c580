"""The CPython 3.11 twins of tests/tst_taskgroup.cpp: asyncio.TaskGroup on the oracle's
virtual-time loop, printed as taskcancel_twins.py prints. The C++ test asserts the same lines.

    PYTHONPATH=python /usr/bin/python3.11 tests/oracle/taskgroup_twins.py
"""

import asyncio

from taskcancel_twins import note, run


async def child(loop, name, seconds, error=None):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        note(loop, f"{name} raised CancelledError")
        raise
    if error:
        note(loop, f"{name} fails")
        raise ValueError(error)
    note(loop, f"{name} done")
    return name


def describe(group_error):
    return ", ".join(f"{type(e).__name__}({e})" for e in group_error.exceptions)


async def one_child_fails(loop):
    note(loop, "enter")
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(child(loop, "a", 1, "a failed"))
            group.create_task(child(loop, "b", 5))
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                note(loop, "body raised CancelledError")
                raise
    except* ValueError as error:
        note(loop, f"ExceptionGroup {len(error.exceptions)}: {describe(error)}")
    note(loop, f"cancelling={asyncio.current_task().cancelling()}")


async def two_children_fail_at_once(loop):
    note(loop, "enter")
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(child(loop, "a", 1, "a failed"))
            group.create_task(child(loop, "b", 1, "b failed"))
            group.create_task(child(loop, "c", 5))
    except* ValueError as error:
        note(loop, f"ExceptionGroup {len(error.exceptions)}: {describe(error)}")


async def the_body_fails(loop):
    note(loop, "enter")
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(child(loop, "a", 5))
            await asyncio.sleep(1)
            note(loop, "body fails")
            raise ValueError("body failed")
    except* ValueError as error:
        note(loop, f"ExceptionGroup {len(error.exceptions)}: {describe(error)}")


async def exit_waits_for_every_child(loop):
    note(loop, "enter")
    async with asyncio.TaskGroup() as group:
        first = group.create_task(child(loop, "a", 2))
        second = group.create_task(child(loop, "b", 1))
        note(loop, "body ends")
    note(loop, f"left: {first.result()} {second.result()}")


async def parent_cancelled_from_outside(loop):
    async def parent():
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(child(loop, "a", 5))
                await asyncio.sleep(10)
        except asyncio.CancelledError:
            note(loop, "parent raised CancelledError")
            raise

    task = asyncio.create_task(parent())
    await asyncio.sleep(1)
    note(loop, f"cancel -> {task.cancel()}")
    await asyncio.wait([task])
    note(loop, f"cancelled={task.cancelled()}")


if __name__ == "__main__":
    for case in (
        one_child_fails,
        two_children_fail_at_once,
        the_body_fails,
        exit_waits_for_every_child,
        parent_cancelled_from_outside,
    ):
        run(case)
