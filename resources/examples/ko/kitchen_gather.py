# 주방, asyncio.gather()를 쓴 비동기 방식: 커피를 내리는 동안 베이글을 굽는다.
# await asyncio.sleep()은 이 코루틴만 멈추고, 이벤트 루프는 그동안 다른 코루틴을 실행한다.
# 그래서 가장 긴 대기 시간만큼만 걸린다: 3초.
import asyncio
import time


async def brewCoffee():
    print("brewCoffee() 시작")
    await asyncio.sleep(3)  # 여기서 일시 중지: 그동안 루프는 베이글을 구울 수 있다
    print("brewCoffee() 종료")
    return "커피 준비 완료"


async def toastBagel():
    print("toastBagel() 시작")
    await asyncio.sleep(2)
    print("toastBagel() 종료")
    return "베이글 굽기 완료"


async def main():
    start_time = time.time()

    batch = asyncio.gather(brewCoffee(), toastBagel())  # 둘 다 태스크로 동시에 실행
    result_coffee, result_bagel = await batch  # 결과는 넘긴 순서대로

    end_time = time.time()

    elapsed_time = end_time - start_time
    print(f"brewCoffee 결과 : {result_coffee}")
    print(f"toastBagel 결과 : {result_bagel}")
    print(f"총 실행 시간 : {elapsed_time:.2f} 초")


if __name__ == "__main__":
    asyncio.run(main())
