# Main routine and subroutine: calc() calls add(); add() runs to its end, its variables vanish,
# and control comes back to calc(). A subroutine has one entry point and runs once per call.


def add(a, b):
    c = a + b  # gone once add() returns
    print(c)
    print("add function")


def calc():
    add(1, 2)  # when add() ends, control returns to calc()
    print("calc function")


if __name__ == "__main__":
    calc()
