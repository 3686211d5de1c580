"""The CPython 3.11 twins of tests/tst_asyncsync.cpp (asyncio.Lock, Condition, Queue, Event): each
case runs on the oracle's virtual-time loop and prints what it logged, with the loop iteration
(counted from the case's first line) and the virtual time of each line.

    PYTHONPATH=python /usr/bin/python3.11 tests/oracle/sync_twins.py
    PYTHONPATH=python /usr/bin/python3.11 tests/oracle/sync_twins.py --cxx build/dev/tests/tst_asyncsync

With --cxx, the C++ test runs too (it writes the same printout to the file named by
CK_SYNC_TWINS_LOG) and both printouts must be equal (the ctest `sync_twins`).
"""

import asyncio
import difflib
import os
import subprocess
import sys
import tempfile

from taskcancel_twins import logged, note


def error_text(error):
    return f"{type(error).__name__}: {error}"


# Lock


async def lock_newcomer_queues_behind_the_woken_waiter(loop):
    lock = asyncio.Lock()

    async def user(name):
        note(loop, f"{name} asks, locked={lock.locked()}")
        await lock.acquire()
        note(loop, f"{name} holds")
        await asyncio.sleep(1)
        lock.release()

    await lock.acquire()
    first = asyncio.create_task(user("a"))
    await asyncio.sleep(0.5)
    newcomer = asyncio.create_task(user("newcomer"))  # its first step runs before a resumes
    lock.release()
    note(loop, f"main released, locked={lock.locked()}")
    await asyncio.wait([first, newcomer])
    note(loop, f"locked={lock.locked()}")


async def lock_woken_waiter_cancelled_hands_the_lock_on(loop):
    lock = asyncio.Lock()

    async def user(name):
        try:
            await lock.acquire()
        except asyncio.CancelledError:
            note(loop, f"{name} raised, locked={lock.locked()}")
            raise
        note(loop, f"{name} holds")
        await asyncio.sleep(1)
        lock.release()

    await lock.acquire()
    first = asyncio.create_task(user("a"))
    second = asyncio.create_task(user("b"))
    await asyncio.sleep(0.5)
    lock.release()  # a's future gets its result; a has not resumed yet
    note(loop, f"release, cancel a -> {first.cancel()} locked={lock.locked()}")
    await asyncio.wait([first, second])
    note(loop, f"locked={lock.locked()}")


async def lock_queued_waiter_cancelled_is_skipped(loop):
    lock = asyncio.Lock()

    async def user(name):
        note(loop, f"{name} asks")
        try:
            await lock.acquire()
        except asyncio.CancelledError:
            note(loop, f"{name} raised, locked={lock.locked()}")
            raise
        note(loop, f"{name} holds")
        await asyncio.sleep(1)
        lock.release()

    await lock.acquire()
    first = asyncio.create_task(user("a"))
    second = asyncio.create_task(user("b"))
    await asyncio.sleep(0.5)
    note(loop, f"cancel a -> {first.cancel()}")
    lock.release()  # the first waiter's future is done (cancelled): nobody is woken here
    newcomer = asyncio.create_task(user("c"))  # runs after a passed the wake on to b
    await asyncio.wait([first, second, newcomer])
    note(loop, f"locked={lock.locked()}")


async def lock_release_when_unlocked_raises(loop):
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as error:
        note(loop, error_text(error))
    await lock.acquire()
    lock.release()
    note(loop, f"locked={lock.locked()}")


# Condition


async def condition_notify_wakes_in_order_and_reacquires(loop):
    condition = asyncio.Condition()

    async def waiter(name):
        await condition.acquire()
        note(loop, f"{name} waits")
        await condition.wait()
        note(loop, f"{name} woke, locked={condition.locked()}")
        await asyncio.sleep(0.25)
        condition.release()

    tasks = [asyncio.create_task(waiter(f"w{i}")) for i in range(3)]
    await asyncio.sleep(1)
    await condition.acquire()
    condition.notify(2)
    note(loop, "notify(2)")
    await asyncio.sleep(0.5)  # the notified ones wait for the lock meanwhile
    condition.release()
    note(loop, "main released")
    await asyncio.sleep(1)
    await condition.acquire()
    condition.notify_all()
    note(loop, "notify_all()")
    condition.release()
    await asyncio.wait(tasks)
    note(loop, f"locked={condition.locked()}")


async def condition_wait_cancelled_reacquires_before_raising(loop):
    condition = asyncio.Condition()

    async def waiter(name):
        await condition.acquire()
        try:
            await condition.wait()
        except asyncio.CancelledError as error:
            note(loop, f"{name} raised '{error}', locked={condition.locked()}")
            raise
        finally:
            condition.release()

    once = asyncio.create_task(waiter("once"))
    twice = asyncio.create_task(waiter("twice"))
    await asyncio.sleep(0.5)
    await condition.acquire()
    note(loop, f"cancel once -> {once.cancel('stop')}, twice -> {twice.cancel('stop')}")
    await asyncio.sleep(0.5)
    note(loop, f"cancel twice again -> {twice.cancel('again')}")  # while it waits for the lock
    await asyncio.sleep(0.5)
    condition.release()
    note(loop, "main released")
    await asyncio.wait([once, twice])
    note(loop, f"locked={condition.locked()}")


async def condition_notified_waiter_cancelled_loses_the_notification(loop):
    condition = asyncio.Condition()

    async def waiter(name):
        await condition.acquire()
        try:
            await condition.wait()
            note(loop, f"{name} woke")
        except asyncio.CancelledError:
            note(loop, f"{name} raised")
            raise
        finally:
            condition.release()

    first = asyncio.create_task(waiter("a"))
    second = asyncio.create_task(waiter("b"))
    await asyncio.sleep(0.5)
    await condition.acquire()
    condition.notify(1)
    note(loop, f"notify(1), cancel a -> {first.cancel()}")
    condition.release()
    await asyncio.sleep(1)
    note(loop, f"b still waits: {not second.done()}")
    await condition.acquire()
    condition.notify()
    condition.release()
    await asyncio.wait([first, second])


async def condition_notify_skips_waiters_already_done(loop):
    condition = asyncio.Condition()

    async def waiter(name):
        await condition.acquire()
        try:
            await condition.wait()
            note(loop, f"{name} woke")
        except asyncio.CancelledError:
            note(loop, f"{name} raised")
            raise
        finally:
            condition.release()

    tasks = [asyncio.create_task(waiter(f"w{i}")) for i in range(4)]
    await asyncio.sleep(0.5)
    await condition.acquire()
    note(loop, f"cancel w0 -> {tasks[0].cancel()}")
    condition.notify(1)  # w0's future is cancelled: w1
    condition.notify(1)  # w1's has its result: w2
    note(loop, "notify(1) twice")
    condition.release()
    await asyncio.sleep(1)
    note(loop, f"w3 still waits: {not tasks[3].done()}")
    await condition.acquire()
    condition.notify_all()
    condition.release()
    await asyncio.wait(tasks)


async def condition_wait_for_rechecks_the_predicate(loop):
    condition = asyncio.Condition()
    items = []

    async def consumer():
        await condition.acquire()
        result = await condition.wait_for(lambda: len(items) >= 2)
        note(loop, f"predicate true: {result}, items={len(items)}")
        condition.release()

    task = asyncio.create_task(consumer())
    for _ in range(2):
        await asyncio.sleep(1)
        await condition.acquire()
        items.append(1)
        condition.notify_all()
        note(loop, f"notify_all, items={len(items)}")
        condition.release()
    await asyncio.wait([task])
    try:
        condition.notify()
    except RuntimeError as error:
        note(loop, error_text(error))
    try:
        await condition.wait()
    except RuntimeError as error:
        note(loop, error_text(error))


# Queue


async def queue_three_producers_two_workers_maxsize_two(loop):
    # The asyncio docs' Queue example with producers: workers loop forever, main joins the
    # queue and then cancels them.
    queue = asyncio.Queue(maxsize=2)

    async def producer(name, count):
        for k in range(count):
            item = f"{name}-{k}"
            await queue.put(item)
            note(loop, f"{name} put {item} qsize={queue.qsize()}")

    async def worker(name):
        try:
            while True:
                item = await queue.get()
                note(loop, f"{name} got {item}")
                await asyncio.sleep(1)
                queue.task_done()
        except asyncio.CancelledError:
            note(loop, f"{name} cancelled")
            raise

    producers = [asyncio.create_task(producer(f"p{i}", 2)) for i in range(3)]
    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    await asyncio.wait(producers)
    note(loop, f"producers done, qsize={queue.qsize()} full={queue.full()}")
    await queue.join()
    note(loop, f"joined, empty={queue.empty()}")
    for task in workers:
        task.cancel()
    await asyncio.wait(workers)
    note(loop, f"workers cancelled={all(task.cancelled() for task in workers)}")


async def queue_woken_getter_cancelled_hands_the_item_on(loop):
    queue = asyncio.Queue()

    async def getter(name):
        try:
            item = await queue.get()
        except asyncio.CancelledError:
            note(loop, f"{name} raised, qsize={queue.qsize()}")
            raise
        note(loop, f"{name} got {item}")

    first = asyncio.create_task(getter("a"))
    second = asyncio.create_task(getter("b"))
    third = asyncio.create_task(getter("c"))
    await asyncio.sleep(0.5)
    queue.put_nowait("x")  # wakes a
    note(loop, f"put x, cancel a -> {first.cancel()}")
    await asyncio.sleep(0.5)
    note(loop, f"cancel c -> {third.cancel()}")  # queued: skipped by the next put
    queue.put_nowait("y")
    note(loop, "put y")
    await asyncio.wait([first, second, third])
    note(loop, f"qsize={queue.qsize()}")


async def queue_woken_getter_finding_nothing_queues_again(loop):
    queue = asyncio.Queue()

    async def getter():
        item = await queue.get()
        note(loop, f"getter got {item}")

    task = asyncio.create_task(getter())
    await asyncio.sleep(0.5)
    queue.put_nowait("x")  # wakes the getter…
    note(loop, f"put x, main took {queue.get_nowait()}")  # …which finds the queue empty
    await asyncio.sleep(0.5)
    queue.put_nowait("y")
    note(loop, "put y")
    await asyncio.wait([task])


async def queue_woken_putter_cancelled_hands_the_slot_on(loop):
    queue = asyncio.Queue(maxsize=1)
    queue.put_nowait("held")

    async def putter(name):
        try:
            await queue.put(name)
        except asyncio.CancelledError:
            note(loop, f"{name} raised, full={queue.full()}")
            raise
        note(loop, f"{name} put")

    first = asyncio.create_task(putter("a"))
    second = asyncio.create_task(putter("b"))
    await asyncio.sleep(0.5)
    note(loop, f"got {queue.get_nowait()}, cancel a -> {first.cancel()}")
    await asyncio.wait([first, second])
    note(loop, f"qsize={queue.qsize()} full={queue.full()}")


async def queue_nowait_errors_and_task_done(loop):
    queue = asyncio.Queue(maxsize=1)
    note(loop, f"maxsize={queue.maxsize} empty={queue.empty()} full={queue.full()}")
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty as error:
        note(loop, type(error).__name__)
    queue.put_nowait(1)
    try:
        queue.put_nowait(2)
    except asyncio.QueueFull as error:
        note(loop, type(error).__name__)
    note(loop, f"qsize={queue.qsize()} full={queue.full()} got {queue.get_nowait()}")
    queue.task_done()
    try:
        queue.task_done()
    except ValueError as error:
        note(loop, error_text(error))
    await queue.join()  # nothing unfinished: returns at once
    note(loop, "joined")


# Event


async def event_clear_keeps_a_given_wake_up(loop):
    event = asyncio.Event()

    async def waiter(name):
        result = await event.wait()
        note(loop, f"{name} woke: {result}, is_set={event.is_set()}")

    first = asyncio.create_task(waiter("a"))
    await asyncio.sleep(0.5)
    event.set()
    event.clear()  # a's future already has its result
    note(loop, f"set, clear: is_set={event.is_set()}")
    second = asyncio.create_task(waiter("b"))
    await asyncio.sleep(0.5)
    note(loop, f"b still waits: {not second.done()}")
    event.set()
    note(loop, "set")
    await event.wait()  # set: at once
    note(loop, "main passed")
    await asyncio.wait([first, second])


async def event_waiter_woken_then_cancelled_raises(loop):
    event = asyncio.Event()

    async def waiter(name):
        try:
            await event.wait()
        except asyncio.CancelledError:
            note(loop, f"{name} raised, is_set={event.is_set()}")
            raise
        note(loop, f"{name} woke")

    first = asyncio.create_task(waiter("a"))
    second = asyncio.create_task(waiter("b"))
    await asyncio.sleep(0.5)
    event.set()  # both futures get their result
    note(loop, f"set, cancel a -> {first.cancel()}")
    await asyncio.wait([first, second])
    note(loop, f"a cancelled={first.cancelled()}")


CASES = (
    lock_newcomer_queues_behind_the_woken_waiter,
    lock_woken_waiter_cancelled_hands_the_lock_on,
    lock_queued_waiter_cancelled_is_skipped,
    lock_release_when_unlocked_raises,
    condition_notify_wakes_in_order_and_reacquires,
    condition_wait_cancelled_reacquires_before_raising,
    condition_notified_waiter_cancelled_loses_the_notification,
    condition_notify_skips_waiters_already_done,
    condition_wait_for_rechecks_the_predicate,
    queue_three_producers_two_workers_maxsize_two,
    queue_woken_getter_cancelled_hands_the_item_on,
    queue_woken_getter_finding_nothing_queues_again,
    queue_woken_putter_cancelled_hands_the_slot_on,
    queue_nowait_errors_and_task_done,
    event_clear_keeps_a_given_wake_up,
    event_waiter_woken_then_cancelled_raises,
)


def cxx_printout(executable):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "twins.log")
        env = dict(os.environ, CK_SYNC_TWINS_LOG=path)
        subprocess.run([executable], env=env, check=False, stdout=subprocess.DEVNULL)
        with open(path, encoding="utf-8") as log:
            return log.read().splitlines()


def main():
    printout = [line for case in CASES for line in logged(case)]
    if len(sys.argv) == 3 and sys.argv[1] == "--cxx":
        cxx = cxx_printout(sys.argv[2])
        if cxx != printout:
            sys.stdout.writelines(
                difflib.unified_diff(
                    [line + "\n" for line in printout], [line + "\n" for line in cxx],
                    "CPython 3.11", "C++"))
            return 1
        print(f"{len(CASES)} twins agree")
        return 0
    print("\n".join(printout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
