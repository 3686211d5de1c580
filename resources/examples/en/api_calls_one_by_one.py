# Three API calls awaited one by one: each await waits for its call to finish before the next
# call is even made. Nothing else is ready to run, so it still takes 9 s, as the synchronous
# version does. async def alone does not make calls concurrent.
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
    result1 = await call_api_1()  # 3 s
    result2 = await call_api_2()  # 3 s, starting only now
    result3 = await call_api_3()  # 3 s
    elapsed_time = time.time() - start_time  # 9 s in all
    print(f"Result of call_api_1 : {result1}")
    print(f"Result of call_api_2 : {result2}")
    print(f"Result of call_api_3 : {result3}")
    print(f"Total execution time : {elapsed_time:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(process_three_requests())
