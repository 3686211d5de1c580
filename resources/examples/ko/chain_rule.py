# 연쇄 규칙(Chain Rule): await를 쓰는 함수는 async def여야 하고, 그 함수를 await하는 함수도
# 마찬가지다. asyncio.run()이 시작하는 함수까지 그렇다. chat()은 라이브러리(예: OpenAI
# 클라이언트)의 네트워크 호출을 대신하며, 여기서는 1초 sleep으로 흉내 낸다.
import asyncio


async def chat():  # <- async def: 라이브러리 자체의 코루틴
    print("chat: 요청 보냄")
    await asyncio.sleep(1)  # 네트워크 요청
    print("chat: 응답 받음")
    return "안녕하세요!"


async def call_openai_1():  # <- await 쓰려면 async def 필요
    response = await chat()  # <- await 사용
    return response


async def main():  # <- await 쓰려면 async def 필요
    result = await call_openai_1()  # <- await 사용
    print(f"call_openai_1 결과 : {result}")
    return result


if __name__ == "__main__":
    asyncio.run(main())  # 연쇄의 맨 위: 일반 함수가 이벤트 루프를 시작한다
