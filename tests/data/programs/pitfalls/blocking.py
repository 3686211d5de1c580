# time.sleep inside a coroutine while another task waits: the loop is held.
import asyncio
import time


async def ticker():
    await asyncio.sleep(1)
    print("tick")


async def slow_work():
    time.sleep(2)
    print("done")


async def main():
    await asyncio.gather(ticker(), slow_work())


asyncio.run(main())
