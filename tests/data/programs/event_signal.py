# asyncio.Event: two waiters wake when main() sets it, then work on.
import asyncio
import time

UNIT = 0.05
started = 0.0


def stamp(what):
    print(f"{what} {time.perf_counter() - started:.3f}")


async def waiter(name, units, event):
    stamp(f"{name} waits")
    await event.wait()
    stamp(f"{name} woke")
    await asyncio.sleep(units * UNIT)
    stamp(f"{name} done")


async def main():
    global started
    started = time.perf_counter()
    event = asyncio.Event()
    waiters = [asyncio.create_task(waiter("a", 1, event)),
               asyncio.create_task(waiter("b", 2, event))]
    await asyncio.sleep(2 * UNIT)
    stamp("set")
    event.set()
    await asyncio.gather(*waiters)
    stamp("end")


asyncio.run(main())
