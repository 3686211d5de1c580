# asyncio.Semaphore(2): four downloads, at most two at a time.
import asyncio
import time

UNIT = 0.05
started = 0.0


def stamp(what):
    print(f"{what} {time.perf_counter() - started:.3f}")


async def download(name, units, slots):
    async with slots:
        stamp(f"{name} starts")
        await asyncio.sleep(units * UNIT)
        stamp(f"{name} done")


async def main():
    global started
    started = time.perf_counter()
    slots = asyncio.Semaphore(2)
    await asyncio.gather(download("a", 2, slots), download("b", 3, slots),
                         download("c", 2, slots), download("d", 2, slots))
    stamp("all downloaded")


asyncio.run(main())
