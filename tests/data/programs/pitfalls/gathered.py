# The good version of one_by_one.py: the three calls gathered, and a task awaited.
import asyncio


async def fetch(name):
    await asyncio.sleep(1)
    return name


async def tidy():
    await asyncio.sleep(0.5)


async def main():
    a, b, c = await asyncio.gather(fetch("a"), fetch("b"), fetch("c"))
    print(a, b, c)
    task = asyncio.create_task(tidy())
    await asyncio.sleep(1)
    await task


asyncio.run(main())
