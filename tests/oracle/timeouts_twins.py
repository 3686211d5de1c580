"""The CPython 3.11 twins of tests/tst_timeouts.cpp: asyncio.timeout and asyncio.wait_for on the
oracle's virtual-time loop, printed as taskcancel_twins.py prints (iteration from the first
line, virtual time, what happened). The C++ test asserts the same lines.

    PYTHONPATH=python /usr/bin/python3.11 tests/oracle/timeouts_twins.py
"""

import asyncio

from taskcancel_twins import note, run


async def sleep_noting(loop, name, seconds, result=None):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        note(loop, f"{name} raised CancelledError")
        raise
    note(loop, f"{name} done")
    return result


async def timeout_fires_inside_a_sleep(loop):
    note(loop, "enter")
    try:
        async with asyncio.timeout(1) as timeout:
            await sleep_noting(loop, "sleep", 5)
    except TimeoutError:
        note(loop, f"TimeoutError expired={timeout.expired()}")
    note(loop, f"cancelling={asyncio.current_task().cancelling()}")


async def timeout_not_firing(loop):
    note(loop, "enter")
    async with asyncio.timeout(5) as timeout:
        await sleep_noting(loop, "sleep", 1)
    note(loop, f"left expired={timeout.expired()}")
    await asyncio.sleep(10)
    note(loop, "later")


async def nested_timeouts_inner_fires(loop):
    note(loop, "enter")
    async with asyncio.timeout(5) as outer:
        try:
            async with asyncio.timeout(1) as inner:
                await sleep_noting(loop, "sleep", 10)
        except TimeoutError:
            note(loop, f"inner TimeoutError inner={inner.expired()} outer={outer.expired()}")
        await sleep_noting(loop, "after", 1)
    note(loop, f"left outer expired={outer.expired()}")


async def nested_timeouts_outer_fires(loop):
    note(loop, "enter")
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await sleep_noting(loop, "sleep", 10)
            except TimeoutError:
                note(loop, "inner TimeoutError")
            except asyncio.CancelledError:
                note(loop, f"inner passed CancelledError inner={inner.expired()}")
                raise
    except TimeoutError:
        note(loop, f"outer TimeoutError expired={outer.expired()}")


async def cancelled_from_outside_stays_cancelled(loop):
    async def worker():
        try:
            async with asyncio.timeout(5):
                await sleep_noting(loop, "sleep", 10)
        except TimeoutError:
            note(loop, "TimeoutError")

    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    note(loop, f"cancel -> {task.cancel()}")
    await asyncio.wait([task])
    note(loop, f"cancelled={task.cancelled()}")


async def cancelled_from_outside_as_the_timeout_fires(loop):
    async def worker():
        try:
            async with asyncio.timeout(1) as timeout:
                await sleep_noting(loop, "sleep", 10)
        except TimeoutError:
            note(loop, "TimeoutError")
        finally:
            note(loop, f"expired={timeout.expired()}")

    task = asyncio.create_task(worker())
    await asyncio.sleep(1)
    note(loop, f"cancel -> {task.cancel()} cancelling={task.cancelling()}")
    await asyncio.wait([task])
    note(loop, f"cancelled={task.cancelled()}")


async def wait_for_a_slow_routine(loop):
    note(loop, "wait_for")
    try:
        await asyncio.wait_for(sleep_noting(loop, "slow", 5), 1)
    except TimeoutError:
        note(loop, "TimeoutError")


async def wait_for_a_fast_routine(loop):
    note(loop, "wait_for")
    result = await asyncio.wait_for(sleep_noting(loop, "fast", 1, 42), 5)
    note(loop, f"result {result}")
    await asyncio.sleep(10)
    note(loop, "later")


async def wait_for_with_timeout_zero(loop):
    note(loop, "wait_for")
    try:
        await asyncio.wait_for(sleep_noting(loop, "slow", 5), 0)
    except TimeoutError:
        note(loop, "TimeoutError")


async def wait_for_cancelled_from_outside(loop):
    async def waiter():
        try:
            await asyncio.wait_for(sleep_noting(loop, "inner", 5), 3)
        except asyncio.CancelledError:
            note(loop, "waiter raised CancelledError")
            raise

    task = asyncio.create_task(waiter())
    await asyncio.sleep(1)
    note(loop, f"cancel -> {task.cancel()}")
    await asyncio.wait([task])
    note(loop, f"cancelled={task.cancelled()}")


if __name__ == "__main__":
    for case in (
        timeout_fires_inside_a_sleep,
        timeout_not_firing,
        nested_timeouts_inner_fires,
        nested_timeouts_outer_fires,
        cancelled_from_outside_stays_cancelled,
        cancelled_from_outside_as_the_timeout_fires,
        wait_for_a_slow_routine,
        wait_for_a_fast_routine,
        wait_for_with_timeout_zero,
        wait_for_cancelled_from_outside,
    ):
        run(case)
