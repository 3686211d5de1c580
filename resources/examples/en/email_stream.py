# Streaming text as it is generated, as an AI model's reply arrives a few characters at a time:
# async for event in result.stream_events() prints each piece the moment it arrives.
# stream_events() is simulated here: a piece every 0.2 s.
import asyncio
from types import SimpleNamespace

REPLY = ["Dear Kim,", " thank you for", " your order."]


class StreamedResult:
    async def stream_events(self):
        for delta in REPLY:
            await asyncio.sleep(0.2)  # the next piece is being generated
            yield SimpleNamespace(data=SimpleNamespace(delta=delta))


async def main():
    result = StreamedResult()
    async for event in result.stream_events():  # piece by piece
        print(event.data.delta, end="", flush=True)  # shown as soon as it arrives
    print()


if __name__ == "__main__":
    asyncio.run(main())
