# API 호출 세 번을 gather로 묶기: asyncio.gather()는 세 코루틴을 태스크로 동시에 실행한다.
# 요청 세 개가 모두 0초에 나가고 응답 세 개가 모두 3초에 도착한다. 9초가 아니라 3초.
import asyncio
import time


async def call_api(number):
    print(f"call_api_{number}: 요청 보냄")
    await asyncio.sleep(3)  # 서버 응답 대기 (시뮬레이션)
    print(f"call_api_{number}: 응답 받음")
    return f"응답 {number}"


async def call_api_1():
    return await call_api(1)


async def call_api_2():
    return await call_api(2)


async def call_api_3():
    return await call_api(3)


async def process_three_requests():
    start_time = time.time()
    results = await asyncio.gather(
        call_api_1(),  # 동시에
        call_api_2(),  # 동시에
        call_api_3(),  # 동시에
    )
    elapsed_time = time.time() - start_time  # 총 3초 소요 (동시 실행)
    for number, result in enumerate(results, start=1):
        print(f"call_api_{number} 결과 : {result}")
    print(f"총 실행 시간 : {elapsed_time:.2f} 초")


if __name__ == "__main__":
    asyncio.run(process_three_requests())
