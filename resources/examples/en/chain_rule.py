# The chain rule: a function that awaits must itself be async def, and so must every function
# that awaits it, up to the one asyncio.run() starts. chat() stands in for a library's network
# call (an OpenAI client's, say), simulated here with a 1 s sleep.
import asyncio


async def chat():  # <- async def: the library's own coroutine
    print("chat: request sent")
    await asyncio.sleep(1)  # the network request
    print("chat: response received")
    return "Hello!"


async def call_openai_1():  # <- async def, to be able to await
    response = await chat()  # <- await
    return response


async def main():  # <- async def, to be able to await
    result = await call_openai_1()  # <- await
    print(f"Result of call_openai_1 : {result}")
    return result


if __name__ == "__main__":
    asyncio.run(main())  # the top of the chain: a normal function starts the event loop
