# API 호출 세 번을 하나씩 await: await는 호출이 끝날 때까지 기다린 뒤에야 다음 호출을 한다.
# 그동안 실행할 다른 코루틴이 없으니 동기 방식과 똑같이 9초가 걸린다.
# async def만으로는 호출이 동시에 실행되지 않는다.
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
    result1 = await call_api_1()  # 3초 대기
    result2 = await call_api_2()  # 3초 대기, 이제야 시작
    result3 = await call_api_3()  # 3초 대기
    elapsed_time = time.time() - start_time  # 총 9초 소요
    print(f"call_api_1 결과 : {result1}")
    print(f"call_api_2 결과 : {result2}")
    print(f"call_api_3 결과 : {result3}")
    print(f"총 실행 시간 : {elapsed_time:.2f} 초")


if __name__ == "__main__":
    asyncio.run(process_three_requests())
