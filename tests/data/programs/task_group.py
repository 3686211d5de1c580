# asyncio.TaskGroup: three dishes together; then a group where one task fails and the other
# is cancelled.
import asyncio
import time

UNIT = 0.05
started = 0.0


def stamp(what):
    print(f"{what} {time.perf_counter() - started:.3f}")


async def cook(dish, units):
    try:
        await asyncio.sleep(units * UNIT)
    except asyncio.CancelledError:
        stamp(f"{dish} cancelled")
        raise
    stamp(f"{dish} ready")
    return dish


async def burn(units):
    await asyncio.sleep(units * UNIT)
    stamp("toast burnt")
    raise ValueError("burnt toast")


async def main():
    global started
    started = time.perf_counter()
    async with asyncio.TaskGroup() as group:
        group.create_task(cook("coffee", 3))
        group.create_task(cook("bagel", 2))
        group.create_task(cook("eggs", 1))
    stamp("breakfast ready")
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(cook("pancakes", 4))
            group.create_task(burn(1))
    except* ValueError:
        stamp("second group failed")


asyncio.run(main())
