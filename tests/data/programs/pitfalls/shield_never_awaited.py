# A shielded task outlives the wait that gave up on it: wait_for stops waiting at 0.5 s, the
# shield keeps save() running, and nobody awaits it again. asyncio.run cancels it when main()
# returns, so "saved" is never printed.
import asyncio


async def save():
    await asyncio.sleep(2)
    print("saved")


async def main():
    try:
        await asyncio.wait_for(asyncio.shield(save()), 0.5)
    except asyncio.TimeoutError:
        print("gave up waiting")


asyncio.run(main())
