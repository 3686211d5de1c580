# Waits of less than a nanosecond (gather), written by CoroKitchen
# Written by hand from tiny-waits.json: `corokitchen code` writes its wait of 1e-10 s as
# asyncio.sleep(0), since the app keeps times to the nanosecond (issue 13, item 5).
import asyncio
import time

async def tiny():
    print("tiny start")
    await asyncio.sleep(1e-10)
    print("tiny woke")

async def zero():
    print("zero start")
    await asyncio.sleep(0)
    print("zero 1")
    await asyncio.sleep(0)
    print("zero 2")
    await asyncio.sleep(0)
    print("zero 3")

async def main():
    start_time = time.time()
    _, _, = await asyncio.gather(tiny(), zero())
    elapsed = time.time() - start_time
    print(f"Total execution time : {elapsed:.2f} seconds")

asyncio.run(main())
