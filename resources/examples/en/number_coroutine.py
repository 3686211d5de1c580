# A generator-based coroutine: x = (yield) receives a value from outside. next() runs it up to
# its first yield; each send(value) resumes it there with the value, and it runs up to the next
# yield. It keeps its state between entries: a function with several entry points.


def number_coroutine():
    while True:  # an endless loop keeps the coroutine alive
        x = (yield)  # receives a value from outside; yield must be in parentheses
        print(x)


if __name__ == "__main__":
    co = number_coroutine()
    next(co)  # runs the coroutine up to its yield (the first run)

    co.send(1)  # sends 1 to the coroutine
    co.send(2)  # sends 2
    co.send(3)  # sends 3
    co.close()
