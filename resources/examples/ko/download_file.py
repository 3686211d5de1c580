# download_file()은 파일을 2초짜리 청크 두 개로 받는다. await마다(A 지점, B 지점) 이 코루틴만
# 대기 상태가 되고, 그동안 이벤트 루프는 다른 코루틴을 실행할 수 있다.
import asyncio
import time


async def download_file():
    print("다운로드 시작")
    data = await fetch_chunk_1()  # <- A 지점: 2초 동안 일시 중지
    print("첫 번째 청크 완료")
    data += await fetch_chunk_2()  # <- B 지점: 다시 2초 동안 일시 중지
    print("두 번째 청크 완료")
    return data


async def fetch_chunk_1():
    print("청크1 요청 보냄")
    await asyncio.sleep(2)  # 네트워크 대기 시뮬레이션
    print("청크1 응답 받음")
    return "데이터1"


async def fetch_chunk_2():
    print("청크2 요청 보냄")
    await asyncio.sleep(2)
    print("청크2 응답 받음")
    return "데이터2"


async def main():
    start_time = time.time()
    result = await download_file()
    elapsed_time = time.time() - start_time
    print(f"download_file 결과 : {result}")
    print(f"총 실행 시간 : {elapsed_time:.2f} 초")


if __name__ == "__main__":
    asyncio.run(main())
