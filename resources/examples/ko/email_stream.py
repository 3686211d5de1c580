# 생성되는 글을 스트리밍으로 받기: AI 모델의 답장이 몇 글자씩 도착하듯,
# async for event in result.stream_events()는 조각이 도착하는 즉시 출력한다.
# 여기서 stream_events()는 0.2초마다 조각 하나를 내주는 시뮬레이션이다.
import asyncio
from types import SimpleNamespace

REPLY = ["김 고객님,", " 주문해 주셔서", " 감사합니다."]


class StreamedResult:
    async def stream_events(self):
        for delta in REPLY:
            await asyncio.sleep(0.2)  # 다음 조각을 생성하는 중
            yield SimpleNamespace(data=SimpleNamespace(delta=delta))


async def main():
    result = StreamedResult()
    async for event in result.stream_events():  # 한 조각씩 받음
        print(event.data.delta, end="", flush=True)  # 받는 즉시 출력!
    print()


if __name__ == "__main__":
    asyncio.run(main())
