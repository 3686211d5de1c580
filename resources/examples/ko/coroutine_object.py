# async def 함수를 호출하면 얻는 것: 코루틴 객체, 아직 실행되지 않은 "실행 계획서".
# 일반 함수는 호출하면 바로 실행되지만, 코루틴은 await해야 실행된다.
import asyncio


def normal_function():
    return "완료"


async def my_coroutine():
    print("my_coroutine() 실행 중")
    return "완료"


async def main():
    result = normal_function()  # 바로 실행됨: "완료"가 바로 result에 들어감
    print(f"normal_function()의 반환값: {result}")

    coro_obj = my_coroutine()  # 코루틴 객체만 반환됨: 아무것도 실행되지 않았고 출력도 없다
    print(f"my_coroutine()은 {type(coro_obj).__name__} 객체를 반환함")
    coro_obj.close()  # 이 객체는 await하지 않으므로 닫아서 "never awaited" 경고를 피한다

    result = await my_coroutine()  # await를 써야 실행됨
    print(f"await my_coroutine()의 반환값: {result}")


if __name__ == "__main__":
    asyncio.run(main())
