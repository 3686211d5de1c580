# 제너레이터 기반 코루틴: x = (yield)로 바깥에서 값을 받는다. next()는 첫 yield까지 실행하고,
# send(값)을 부를 때마다 그 자리에서 값을 받아 다음 yield까지 실행한다. 코루틴은 들어올 때마다
# 상태를 유지한다: 진입점이 여러 개인 함수.


def number_coroutine():
    while True:  # 코루틴을 계속 유지하기 위해 무한 루프 사용
        x = (yield)  # 코루틴 바깥에서 값을 받아옴, yield를 괄호로 묶어야 함
        print(x)


if __name__ == "__main__":
    co = number_coroutine()
    next(co)  # 코루틴 안의 yield까지 코드 실행(최초 실행)

    co.send(1)  # 코루틴에 숫자 1을 보냄
    co.send(2)  # 코루틴에 숫자 2를 보냄
    co.send(3)  # 코루틴에 숫자 3을 보냄
    co.close()
