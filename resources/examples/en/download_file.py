# download_file() fetches a file in two chunks of 2 s each. At each await (points A and B) only
# this coroutine waits: the event loop would be free to run other coroutines meanwhile.
import asyncio
import time


async def download_file():
    print("Download started")
    data = await fetch_chunk_1()  # <- point A: suspended for 2 s
    print("First chunk done")
    data += await fetch_chunk_2()  # <- point B: suspended for 2 s more
    print("Second chunk done")
    return data


async def fetch_chunk_1():
    print("Chunk 1 request sent")
    await asyncio.sleep(2)  # waiting for the network (simulated)
    print("Chunk 1 response received")
    return "data1"


async def fetch_chunk_2():
    print("Chunk 2 request sent")
    await asyncio.sleep(2)
    print("Chunk 2 response received")
    return "data2"


async def main():
    start_time = time.time()
    result = await download_file()
    elapsed_time = time.time() - start_time
    print(f"Result of download_file : {result}")
    print(f"Total execution time : {elapsed_time:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
