# asyncio.create_task()를 쓴 주방: 코루틴마다 태스크를 하나씩 만들면 이벤트 루프가 바로
# 시작시키고, main()은 두 태스크를 차례로 기다린다. main()이 커피를 기다리는 동안 베이글이
# 구워지므로 이 방식도 3초가 걸린다.
import asyncio
import time


async def brewCoffee():
    print("brewCoffee() 시작")
    await asyncio.sleep(3)
    print("brewCoffee() 종료")
    return "커피 준비 완료"


async def toastBagel():
    print("toastBagel() 시작")
    await asyncio.sleep(2)
    print("toastBagel() 종료")
    return "베이글 굽기 완료"


async def main():
    start_time = time.time()

    # batch = asyncio.gather(brewCoffee(), toastBagel())
    # result_coffee, result_bagel = await batch

    coffee_task = asyncio.create_task(brewCoffee())  # 예약됨: main()이 다음에 await할 때 시작
    bagel_task = asyncio.create_task(toastBagel())

    result_coffee = await coffee_task  # 3초: 그동안 베이글 태스크가 실행된다
    result_bagel = await bagel_task  # 이미 끝났으므로 더 기다리지 않는다

    end_time = time.time()

    elapsed_time = end_time - start_time
    print(f"brewCoffee 결과 : {result_coffee}")
    print(f"toastBagel 결과 : {result_bagel}")
    print(f"총 실행 시간 : {elapsed_time:.2f} 초")


if __name__ == "__main__":
    asyncio.run(main())
