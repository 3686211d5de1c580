# time.sleep with nothing else to run: it holds the loop, but no task waits for it.
import asyncio
import time


async def main():
    time.sleep(1)
    await asyncio.sleep(1)
    print("done")


asyncio.run(main())
