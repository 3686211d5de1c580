# An exception in a gathered task: gather raises it at once, the other tasks run on.
import asyncio
import time

UNIT = 0.05
started = 0.0


def stamp(what):
    print(f"{what} {time.perf_counter() - started:.3f}")


async def fetch(name, units, fails=False):
    await asyncio.sleep(units * UNIT)
    if fails:
        stamp(f"{name} fails")
        raise ConnectionError(f"{name} refused")
    stamp(f"{name} fetched")
    return name


async def main():
    global started
    started = time.perf_counter()
    try:
        await asyncio.gather(fetch("a", 1), fetch("b", 2, fails=True), fetch("c", 3))
    except ConnectionError as error:
        stamp(f"caught {error}")
    await asyncio.sleep(2 * UNIT)  # c is still running: it ends meanwhile
    stamp("end")


asyncio.run(main())
