# A task created and never awaited: asyncio.run cancels it when main() returns.
import asyncio


async def send_report():
    await asyncio.sleep(5)
    print("report sent")


async def main():
    asyncio.create_task(send_report())
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
