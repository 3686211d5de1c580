# Three API calls gathered: asyncio.gather() runs the three coroutines as tasks at once. All
# three requests are sent at 0 s and all three responses arrive at 3 s: 3 s instead of 9.
import asyncio
import time


async def call_api(number):
    print(f"call_api_{number}: request sent")
    await asyncio.sleep(3)  # waiting for the server's response (simulated)
    print(f"call_api_{number}: response received")
    return f"response {number}"


async def call_api_1():
    return await call_api(1)


async def call_api_2():
    return await call_api(2)


async def call_api_3():
    return await call_api(3)


async def process_three_requests():
    start_time = time.time()
    results = await asyncio.gather(
        call_api_1(),  # at once
        call_api_2(),  # at once
        call_api_3(),  # at once
    )
    elapsed_time = time.time() - start_time  # 3 s (run concurrently)
    for number, result in enumerate(results, start=1):
        print(f"Result of call_api_{number} : {result}")
    print(f"Total execution time : {elapsed_time:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(process_three_requests())
