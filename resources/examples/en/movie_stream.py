# Streaming a movie. Two viewers, gathered: one downloads the whole movie and then plays it;
# the other plays each chunk as soon as it arrives (async for chunk in movie_stream()).
# The server answers after 0.2 s and sends four chunks, one every 0.5 s: the streaming viewer
# sees the first frame at 0.7 s, the other one only at 2.2 s.
import asyncio
import time

CHUNKS = 4
LATENCY = 0.2  # seconds before the first byte
SECONDS_PER_CHUNK = 0.5  # the network's pace


async def movie_stream():
    """Yields the movie's chunks as they arrive. The network sends at its own pace, whatever
    the viewer does meanwhile: chunk n arrives LATENCY + n * SECONDS_PER_CHUNK after the start."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    for number in range(1, CHUNKS + 1):
        arrival = start + LATENCY + number * SECONDS_PER_CHUNK
        wait = arrival - loop.time()
        if wait > 0:  # not here yet: wait for it (a chunk that came while playing is here)
            await asyncio.sleep(wait)
        yield f"chunk {number}"


async def play(chunk):
    print("streaming: playing a chunk")
    await asyncio.sleep(0.5)  # playing it; the next chunk comes in meanwhile


async def play_entire_movie():
    print("download first: playing the whole movie")
    await asyncio.sleep(2)


async def watch_movie_after_download():
    print("download first: downloading the whole movie...")
    async for _chunk in movie_stream():
        pass  # keep every chunk, play nothing yet
    print("download first: download complete, now playing")
    await play_entire_movie()
    print("download first: the end")


async def watch_movie():
    print("streaming: asking for the movie")
    async for chunk in movie_stream():  # chunk by chunk
        await play(chunk)  # played as soon as it arrives
    print("streaming: the end")


async def main():
    start_time = time.time()
    await asyncio.gather(watch_movie_after_download(), watch_movie())
    elapsed_time = time.time() - start_time
    print(f"Total execution time : {elapsed_time:.2f} seconds")


if __name__ == "__main__":
    asyncio.run(main())
