"""The CPython 3.11 twins of tests/tst_taskcancel.cpp: each case runs on the oracle's virtual-time
loop and prints what it logged, with the loop iteration and the virtual time of each line. The
C++ test asserts the same order and the same iteration differences.

    PYTHONPATH=python /usr/bin/python3.11 tests/oracle/taskcancel_twins.py
"""

import asyncio

from corokitchen_oracle import VirtualClock, VirtualTimeLoop

LOG = []


def note(loop, what):
    LOG.append((loop.iterations, loop.time(), what))


def logged(case):
    """Runs `case` on a fresh virtual-time loop: its name, then what it noted, one line each."""
    LOG.clear()
    loop = VirtualTimeLoop(VirtualClock())
    try:
        loop.run_until_complete(case(loop))
    finally:
        loop.close()
    lines = [case.__name__]
    base = LOG[0][0]
    for iteration, when, what in LOG:
        lines.append(f"  +{iteration - base} t={when:g} {what}")
    return lines


def run(case):
    print("\n".join(logged(case)))


async def cancelled_sleep_raises_on_the_next_iteration(loop):
    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            note(loop, "sleeper raised")
            raise

    task = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    note(loop, f"cancel -> {task.cancel()}")  # its timer handle stays in _scheduled, cancelled
    try:
        await task
    except asyncio.CancelledError:
        note(loop, f"awaiter raised, cancelled={task.cancelled()}")


async def cancel_before_first_step_ends_the_task_unrun(loop):
    async def body():
        note(loop, "body ran")

    note(loop, "spawn")
    task = asyncio.create_task(body())
    note(loop, f"cancel -> {task.cancel()}")
    await asyncio.sleep(0)
    note(loop, f"next iteration: done={task.done()} cancelled={task.cancelled()}")
    note(loop, f"cancel again -> {task.cancel()}")


async def cancel_awaiting_task_cancels_the_inner_task(loop):
    async def inner():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            note(loop, "inner raised")
            raise

    async def outer(child):
        try:
            await child
        except asyncio.CancelledError:
            note(loop, "outer raised")
            raise

    child = asyncio.create_task(inner())
    parent = asyncio.create_task(outer(child))
    await asyncio.sleep(1)
    note(loop, f"cancel outer -> {parent.cancel()}")
    await asyncio.wait([parent])
    note(loop, f"inner cancelled={child.cancelled()} outer cancelled={parent.cancelled()}")


async def cancelling_a_gatherer_cancels_its_children(loop):
    async def child(name, seconds):
        try:
            await asyncio.sleep(seconds)
        except asyncio.CancelledError:
            note(loop, f"{name} raised")
            raise

    async def gatherer():
        try:
            await asyncio.gather(asyncio.create_task(child("a", 3)),
                                 asyncio.create_task(child("b", 4)))
        except asyncio.CancelledError:
            note(loop, "gatherer raised")
            raise

    task = asyncio.create_task(gatherer())
    await asyncio.sleep(1)
    note(loop, f"cancel -> {task.cancel()}")
    await asyncio.wait([task])
    note(loop, f"gatherer cancelled={task.cancelled()}")


async def cancelled_event_waiter_leaves_the_event(loop):
    event = asyncio.Event()

    async def waiter(name):
        try:
            await event.wait()
            note(loop, f"{name} woke")
        except asyncio.CancelledError:
            note(loop, f"{name} raised")
            raise

    first = asyncio.create_task(waiter("first"))
    second = asyncio.create_task(waiter("second"))
    await asyncio.sleep(1)
    note(loop, f"cancel first -> {first.cancel()}")
    await asyncio.sleep(1)
    event.set()
    note(loop, "set")
    await asyncio.wait([first, second])


async def woken_semaphore_waiter_cancelled_passes_the_wake_on(loop):
    semaphore = asyncio.Semaphore(1)
    tasks = {}

    async def taker(name):
        try:
            async with semaphore:
                note(loop, f"{name} holds")
                await asyncio.sleep(1)
        except asyncio.CancelledError:
            note(loop, f"{name} raised")
            raise

    async def holder():
        async with semaphore:
            note(loop, "holder holds")
            await asyncio.sleep(1)
        # released: woken's future has its result, woken has not resumed yet
        note(loop, f"cancel woken -> {tasks['woken'].cancel()} locked={semaphore.locked()}")

    first = asyncio.create_task(holder())
    await asyncio.sleep(0)
    tasks["woken"] = asyncio.create_task(taker("woken"))
    nextone = asyncio.create_task(taker("next"))
    await asyncio.wait([first, tasks["woken"], nextone])
    note(loop, f"locked={semaphore.locked()}")


async def queued_semaphore_waiter_cancelled_is_skipped(loop):
    semaphore = asyncio.Semaphore(1)

    async def taker(name):
        try:
            async with semaphore:
                note(loop, f"{name} holds")
                await asyncio.sleep(1)
        except asyncio.CancelledError:
            note(loop, f"{name} raised")
            raise

    holder = asyncio.create_task(taker("holder"))
    await asyncio.sleep(0)
    queued = asyncio.create_task(taker("queued"))
    nextone = asyncio.create_task(taker("next"))
    await asyncio.sleep(0.5)
    note(loop, f"cancel queued -> {queued.cancel()}")
    await asyncio.wait([holder, queued, nextone])


async def caught_cancellation_lets_the_task_go_on(loop):
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            note(loop, "caught")
        await asyncio.sleep(1)
        note(loop, "went on")
        return 7

    task = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    note(loop, f"cancel -> {task.cancel()}")
    value = await task
    note(loop, f"value={value} cancelled={task.cancelled()} cancelling={task.cancelling()}")


async def cancel_at_a_yield_raises_at_the_next_step(loop):
    async def yielder():
        note(loop, "yields")
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            note(loop, "yielder raised")
            raise

    task = asyncio.create_task(yielder())
    await asyncio.sleep(0)  # runs right after the yielder's step: its next one is scheduled
    note(loop, f"cancel -> {task.cancel()}")
    await asyncio.wait([task])


async def a_task_cancelling_itself_raises_at_its_next_await(loop):
    holder = {}

    async def itself():
        note(loop, f"cancel self -> {holder['task'].cancel()}")
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError as error:
            note(loop, f"raised: {error}")
            raise

    holder["task"] = asyncio.create_task(itself())
    await asyncio.wait([holder["task"]])


async def cancel_message_reaches_the_awaiter(loop):
    async def sleeper():
        await asyncio.sleep(10)

    task = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    task.cancel("too slow")
    try:
        await task
    except asyncio.CancelledError as error:
        note(loop, f"raised: {error}")


if __name__ == "__main__":
    for case in (
        cancelled_sleep_raises_on_the_next_iteration,
        cancel_before_first_step_ends_the_task_unrun,
        cancel_awaiting_task_cancels_the_inner_task,
        cancelling_a_gatherer_cancels_its_children,
        cancelled_event_waiter_leaves_the_event,
        woken_semaphore_waiter_cancelled_passes_the_wake_on,
        queued_semaphore_waiter_cancelled_is_skipped,
        caught_cancellation_lets_the_task_go_on,
        cancel_at_a_yield_raises_at_the_next_step,
        a_task_cancelling_itself_raises_at_its_next_await,
        cancel_message_reaches_the_awaiter,
    ):
        run(case)
