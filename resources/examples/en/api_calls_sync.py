# Three API calls, synchronous: each call blocks for 3 s, one after the other: 9 s in all.
import time


def call_api(number):
    print(f"call_api_{number}: request sent")
    time.sleep(3)  # waiting for the server's response (simulated)
    print(f"call_api_{number}: response received")
    return f"response {number}"


def call_api_1():
    return call_api(1)


def call_api_2():
    return call_api(2)


def call_api_3():
    return call_api(3)


def process_three_requests():
    start_time = time.time()
    result1 = call_api_1()  # 3 s
    result2 = call_api_2()  # 3 s
    result3 = call_api_3()  # 3 s
    elapsed_time = time.time() - start_time  # 9 s in all
    print(f"Result of call_api_1 : {result1}")
    print(f"Result of call_api_2 : {result2}")
    print(f"Result of call_api_3 : {result3}")
    print(f"Total execution time : {elapsed_time:.2f} seconds")


if __name__ == "__main__":
    process_three_requests()
