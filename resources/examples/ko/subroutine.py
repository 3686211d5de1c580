# 메인 루틴과 서브 루틴: calc()가 add()를 호출하면 add()는 끝까지 실행되고, 그 변수는
# 사라지며, 제어권은 calc()로 돌아온다. 서브 루틴은 진입점이 하나이고 호출할 때마다 한 번 실행된다.


def add(a, b):
    c = a + b  # add 함수가 끝나면 변수와 계산식은 사라짐
    print(c)
    print("add 함수")


def calc():
    add(1, 2)  # add 함수가 끝나면 다시 calc 함수로 돌아옴
    print("calc 함수")


if __name__ == "__main__":
    calc()
