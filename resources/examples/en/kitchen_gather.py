# The kitchen, asynchronous with asyncio.gather(): while the coffee brews, the bagel toasts.
# await asyncio.sleep() suspends only this coroutine; the event loop runs the other one,
# so the program takes as long as the longest wait: 3 s.
import asyncio
import time


async def brewCoffee():
    print("Start brewCoffee()")
    await asyncio.sleep(3)  # suspended here: the loop is free to toast the bagel
    print("End brewCoffee()")
    return "Coffee ready"


async def toastBagel():
    print("Start toastBagel()")
    await asyncio.sleep(2)
    print("End toastBagel()")
    return "Bagel toasted"


async def main():
    start_time = time.time()

    batch = asyncio.gather(brewCoffee(), toastBagel())  # both run as tasks, at once
    result_coffee, result_bagel = await batch  # the results, in the order given

    end_time = time.time()

    elapsed_time = end_time - start_time
    print(f"Result of brewCoffee : {result_coffee}")
    print(f"Result of toastBagel : {result_bagel}")
    print(f"Total execution time : {elapsed_time:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
