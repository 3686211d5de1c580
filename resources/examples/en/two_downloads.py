# Two downloads gathered. A starts and waits for its data; the event loop then starts B, which
# waits too; both answers arrive at 2 s. Output: A: start, B: start, (2 s later) A: done, B: done.
import asyncio
import time


async def main():
    start_time = time.time()
    await asyncio.gather(
        download_file_A(),
        download_file_B(),
    )
    elapsed_time = time.time() - start_time
    print(f"Total execution time : {elapsed_time:.2f} seconds")


async def download_file_A():
    print("A: start")
    data = await fetch_data()  # takes 2 s; A waits, B runs
    print("A: done")
    return data


async def download_file_B():
    print("B: start")
    data = await fetch_data()  # takes 2 s
    print("B: done")
    return data


async def fetch_data():
    await asyncio.sleep(2)  # waiting for the network (simulated)
    return "data"


if __name__ == "__main__":
    asyncio.run(main())
