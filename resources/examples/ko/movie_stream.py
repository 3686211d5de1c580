# 영화 스트리밍. 두 시청자를 gather로 묶는다: 한 명은 영화 전체를 다운로드한 뒤에 재생하고,
# 다른 한 명은 조각이 도착하는 즉시 재생한다 (async for chunk in movie_stream()).
# 서버는 0.2초 뒤에 응답하고 0.5초마다 조각을 하나씩, 모두 네 개 보낸다. 스트리밍 시청자는
# 0.7초에 첫 장면을 보지만, 다른 시청자는 2.2초에야 본다.
import asyncio
import time

CHUNKS = 4
LATENCY = 0.2  # 첫 바이트가 오기까지 걸리는 시간(초)
SECONDS_PER_CHUNK = 0.5  # 네트워크의 속도


async def movie_stream():
    """영화 조각을 도착하는 대로 내준다. 네트워크는 시청자가 무엇을 하든 제 속도로 보낸다:
    n번째 조각은 시작 후 LATENCY + n * SECONDS_PER_CHUNK초에 도착한다."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    for number in range(1, CHUNKS + 1):
        arrival = start + LATENCY + number * SECONDS_PER_CHUNK
        wait = arrival - loop.time()
        if wait > 0:  # 아직 안 왔으면 기다린다 (재생하는 동안 온 조각은 이미 와 있다)
            await asyncio.sleep(wait)
        yield f"조각 {number}"


async def play(chunk):
    print("스트리밍: 조각 재생")
    await asyncio.sleep(0.5)  # 재생하는 동안 다음 조각이 들어온다


async def play_entire_movie():
    print("다운로드 후 재생: 영화 전체 재생")
    await asyncio.sleep(2)


async def watch_movie_after_download():
    print("다운로드 후 재생: 영화 전체 다운로드 중...")
    async for _chunk in movie_stream():
        pass  # 조각을 모아 두기만 하고 아직 재생하지 않는다
    print("다운로드 후 재생: 다운로드 완료! 이제 재생합니다")
    await play_entire_movie()
    print("다운로드 후 재생: 끝")


async def watch_movie():
    print("스트리밍: 영화 요청")
    async for chunk in movie_stream():  # 조각조각 받음
        await play(chunk)  # 받는 즉시 재생!
    print("스트리밍: 끝")


async def main():
    start_time = time.time()
    await asyncio.gather(watch_movie_after_download(), watch_movie())
    elapsed_time = time.time() - start_time
    print(f"총 실행 시간 : {elapsed_time:.2f} 초")


if __name__ == "__main__":
    asyncio.run(main())
