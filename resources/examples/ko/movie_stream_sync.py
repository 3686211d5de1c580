# 영화 스트리밍, 동기 방식: movie_stream.py와 같은 두 시청자지만 time.sleep()이 프로그램 전체를
# 멈추므로, 스트리밍 시청자는 첫 시청자가 끝난 뒤(4.2초)에야 시작할 수 있고 모두 6.9초가
# 걸린다. 첫 시청자는 여전히 영화 전체를 받느라 2.2초 뒤에야 첫 장면을 본다.
import time

CHUNKS = 4
LATENCY = 0.2  # 첫 바이트가 오기까지 걸리는 시간(초)
SECONDS_PER_CHUNK = 0.5  # 네트워크의 속도


def movie_stream():
    """영화 조각을 도착하는 대로 내준다: n번째 조각은 요청 후 LATENCY + n * SECONDS_PER_CHUNK초에
    도착한다. 그동안 시청자가 무엇을 하든 상관없다."""
    start = time.monotonic()
    for number in range(1, CHUNKS + 1):
        arrival = start + LATENCY + number * SECONDS_PER_CHUNK
        wait = arrival - time.monotonic()
        if wait > 0:  # 아직 안 왔으면 올 때까지 멈춘다
            time.sleep(wait)
        yield f"조각 {number}"


def play(chunk):
    print("스트리밍: 조각 재생")
    time.sleep(0.5)


def play_entire_movie():
    print("다운로드 후 재생: 영화 전체 재생")
    time.sleep(2)


def watch_movie_after_download():
    print("다운로드 후 재생: 영화 전체 다운로드 중...")
    for _chunk in movie_stream():
        pass  # 조각을 모아 두기만 하고 아직 재생하지 않는다
    print("다운로드 후 재생: 다운로드 완료! 이제 재생합니다")
    play_entire_movie()
    print("다운로드 후 재생: 끝")


def watch_movie():
    print("스트리밍: 영화 요청")
    for chunk in movie_stream():
        play(chunk)
    print("스트리밍: 끝")


def main():
    start_time = time.time()
    watch_movie_after_download()
    watch_movie()  # 첫 시청자가 끝난 뒤에야 시작
    elapsed_time = time.time() - start_time
    print(f"총 실행 시간 : {elapsed_time:.2f} 초")


if __name__ == "__main__":
    main()
