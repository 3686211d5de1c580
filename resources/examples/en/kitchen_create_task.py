# The kitchen with asyncio.create_task(): each coroutine becomes a task of its own, which the
# event loop starts at once; main() then awaits the two tasks one after the other. The bagel
# is toasted while main() waits for the coffee, so this too takes 3 s.
import asyncio
import time


async def brewCoffee():
    print("Start brewCoffee()")
    await asyncio.sleep(3)
    print("End brewCoffee()")
    return "Coffee ready"


async def toastBagel():
    print("Start toastBagel()")
    await asyncio.sleep(2)
    print("End toastBagel()")
    return "Bagel toasted"


async def main():
    start_time = time.time()

    # batch = asyncio.gather(brewCoffee(), toastBagel())
    # result_coffee, result_bagel = await batch

    coffee_task = asyncio.create_task(brewCoffee())  # scheduled: it starts at main()'s next await
    bagel_task = asyncio.create_task(toastBagel())

    result_coffee = await coffee_task  # 3 s; the bagel task runs meanwhile
    result_bagel = await bagel_task  # already done: no more waiting

    end_time = time.time()

    elapsed_time = end_time - start_time
    print(f"Result of brewCoffee : {result_coffee}")
    print(f"Result of toastBagel : {result_bagel}")
    print(f"Total execution time : {elapsed_time:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
