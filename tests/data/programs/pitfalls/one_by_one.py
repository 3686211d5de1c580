# Three independent calls awaited one by one: 3 s, where gathered they take 1 s.
import asyncio


async def fetch(name):
    await asyncio.sleep(1)
    return name


async def main():
    a = await fetch("a")
    b = await fetch("b")
    c = await fetch("c")
    print(a, b, c)


asyncio.run(main())
