# A coroutine called but never awaited: its body never runs, and Python warns.
import asyncio


async def save(item):
    await asyncio.sleep(1)
    print("saved", item)


async def main():
    save("order")
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
