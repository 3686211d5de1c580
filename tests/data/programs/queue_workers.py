# A producer and a consumer on a Queue of one slot: the producer waits while it is full.
# Each line ends with the time since main() began, by time.perf_counter.
import asyncio
import time

UNIT = 0.05  # seconds: the tests run it at real speed, so they keep it short
started = 0.0


def stamp(what):
    print(f"{what} {time.perf_counter() - started:.3f}")


async def producer(queue):
    for item in range(3):
        await asyncio.sleep(UNIT)
        await queue.put(item)  # the third waits until the consumer takes one
        stamp(f"put {item}")
    await queue.put(None)
    stamp("put end")


async def consumer(queue):
    while (item := await queue.get()) is not None:
        stamp(f"got {item}")
        await asyncio.sleep(3 * UNIT)  # slower than the producer
        stamp(f"done {item}")


async def main():
    global started
    started = time.perf_counter()
    queue = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(queue), consumer(queue))
    stamp("end")


asyncio.run(main())
