# What calling an async def function gives: a coroutine object, a plan of work that has not run
# yet. A normal function runs as soon as it is called; a coroutine runs only when awaited.
import asyncio


def normal_function():
    return "done"


async def my_coroutine():
    print("my_coroutine() is running")
    return "done"


async def main():
    result = normal_function()  # runs at once: "done" is in result right away
    print(f"normal_function() returned: {result}")

    coro_obj = my_coroutine()  # only a coroutine object: nothing ran, nothing was printed
    print(f"my_coroutine() returned a {type(coro_obj).__name__} object")
    coro_obj.close()  # we never await this one; closing it spares Python's "never awaited" warning

    result = await my_coroutine()  # await runs it
    print(f"await my_coroutine() returned: {result}")


if __name__ == "__main__":
    asyncio.run(main())
