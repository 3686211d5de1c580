# 두 다운로드를 gather로 묶기. A가 시작해 데이터를 기다리면 이벤트 루프가 B를 시작하고,
# B도 기다린다. 두 응답 모두 2초에 도착한다. 출력: A: 시작, B: 시작, (2초 후) A: 완료, B: 완료.
import asyncio
import time


async def main():
    start_time = time.time()
    await asyncio.gather(
        download_file_A(),
        download_file_B(),
    )
    elapsed_time = time.time() - start_time
    print(f"총 실행 시간 : {elapsed_time:.2f} 초")


async def download_file_A():
    print("A: 시작")
    data = await fetch_data()  # 2초 걸림: A가 기다리는 동안 B가 실행된다
    print("A: 완료")
    return data


async def download_file_B():
    print("B: 시작")
    data = await fetch_data()  # 2초 걸림
    print("B: 완료")
    return data


async def fetch_data():
    await asyncio.sleep(2)  # 네트워크 대기 시뮬레이션
    return "데이터"


if __name__ == "__main__":
    asyncio.run(main())
