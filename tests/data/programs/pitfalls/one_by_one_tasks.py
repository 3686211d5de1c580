# A task awaits its calls one by one, and main() awaits tasks one by one.
import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def worker():
    first = await fetch("first", 1)
    second = await fetch("second", 2)
    return first + second


async def main():
    one = asyncio.create_task(worker())
    await one


asyncio.run(main())
