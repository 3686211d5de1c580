# asyncio.wait_for: a slow call times out and is cancelled, a quick one is in time.
import asyncio
import time

UNIT = 0.05
started = 0.0


def stamp(what):
    print(f"{what} {time.perf_counter() - started:.3f}")


async def slow():
    try:
        await asyncio.sleep(4 * UNIT)
    except asyncio.CancelledError:
        stamp("slow cancelled")
        raise
    return "slow"


async def quick():
    await asyncio.sleep(UNIT)
    return "quick"


async def main():
    global started
    started = time.perf_counter()
    try:
        await asyncio.wait_for(slow(), timeout=2 * UNIT)
    except TimeoutError:
        stamp("slow timed out")
    result = await asyncio.wait_for(quick(), timeout=2 * UNIT)
    stamp(f"{result} in time")


asyncio.run(main())
