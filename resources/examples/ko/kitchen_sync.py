# 주방, 동기 방식: 커피를 다 내린 뒤에 베이글을 굽는다.
# time.sleep()은 프로그램 전체를 멈추므로 두 대기 시간이 더해진다: 3초 + 2초 = 5초.
import time


def brewCoffee():
    print("brewCoffee() 시작")
    time.sleep(3)  # 커피 머신이 도는 동안 다른 일은 아무것도 할 수 없다
    print("brewCoffee() 종료")
    return "커피 준비 완료"


def toastBagel():
    print("toastBagel() 시작")
    time.sleep(2)  # 토스터가 도는 중
    print("toastBagel() 종료")
    return "베이글 굽기 완료"


def main():
    start_time = time.time()

    result_coffee = brewCoffee()
    result_bagel = toastBagel()  # 커피가 준비된 뒤에야 시작한다

    end_time = time.time()

    elapsed_time = end_time - start_time
    print(f"brewCoffee 결과 : {result_coffee}")
    print(f"toastBagel 결과 : {result_bagel}")
    print(f"총 실행 시간 : {elapsed_time:.2f} 초")


if __name__ == "__main__":
    main()
