# API 호출 세 번, 동기 방식: 호출마다 3초씩 프로그램을 멈추고 하나씩 차례로 실행한다. 총 9초.
import time


def call_api(number):
    print(f"call_api_{number}: 요청 보냄")
    time.sleep(3)  # 서버 응답 대기 (시뮬레이션)
    print(f"call_api_{number}: 응답 받음")
    return f"응답 {number}"


def call_api_1():
    return call_api(1)


def call_api_2():
    return call_api(2)


def call_api_3():
    return call_api(3)


def process_three_requests():
    start_time = time.time()
    result1 = call_api_1()  # 3초 대기
    result2 = call_api_2()  # 3초 대기
    result3 = call_api_3()  # 3초 대기
    elapsed_time = time.time() - start_time  # 총 9초 소요
    print(f"call_api_1 결과 : {result1}")
    print(f"call_api_2 결과 : {result2}")
    print(f"call_api_3 결과 : {result3}")
    print(f"총 실행 시간 : {elapsed_time:.2f} 초")


if __name__ == "__main__":
    process_three_requests()
