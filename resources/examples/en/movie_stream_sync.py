# Streaming a movie, synchronously: the same two viewers as movie_stream.py, but time.sleep()
# blocks the whole program, so the streaming viewer can only start when the first one has
# finished (4.2 s) and everything takes 6.9 s. The first viewer still waits 2.2 s for the
# whole movie before the first frame.
import time

CHUNKS = 4
LATENCY = 0.2  # seconds before the first byte
SECONDS_PER_CHUNK = 0.5  # the network's pace


def movie_stream():
    """Yields the movie's chunks as they arrive: chunk n arrives LATENCY + n * SECONDS_PER_CHUNK
    after the request, whatever the viewer does meanwhile."""
    start = time.monotonic()
    for number in range(1, CHUNKS + 1):
        arrival = start + LATENCY + number * SECONDS_PER_CHUNK
        wait = arrival - time.monotonic()
        if wait > 0:  # not here yet: block until it is
            time.sleep(wait)
        yield f"chunk {number}"


def play(chunk):
    print("streaming: playing a chunk")
    time.sleep(0.5)


def play_entire_movie():
    print("download first: playing the whole movie")
    time.sleep(2)


def watch_movie_after_download():
    print("download first: downloading the whole movie...")
    for _chunk in movie_stream():
        pass  # keep every chunk, play nothing yet
    print("download first: download complete, now playing")
    play_entire_movie()
    print("download first: the end")


def watch_movie():
    print("streaming: asking for the movie")
    for chunk in movie_stream():
        play(chunk)
    print("streaming: the end")


def main():
    start_time = time.time()
    watch_movie_after_download()
    watch_movie()  # only once the first viewer is done
    elapsed_time = time.time() - start_time
    print(f"Total execution time : {elapsed_time:.2f} seconds")


if __name__ == "__main__":
    main()
