# The kitchen, synchronous: brew the coffee, then toast the bagel.
# time.sleep() holds the whole program, so the two waits add up: 3 s + 2 s = 5 s.
import time


def brewCoffee():
    print("Start brewCoffee()")
    time.sleep(3)  # the coffee machine runs; nothing else can happen meanwhile
    print("End brewCoffee()")
    return "Coffee ready"


def toastBagel():
    print("Start toastBagel()")
    time.sleep(2)  # the toaster runs
    print("End toastBagel()")
    return "Bagel toasted"


def main():
    start_time = time.time()

    result_coffee = brewCoffee()
    result_bagel = toastBagel()  # starts only once the coffee is ready

    end_time = time.time()

    elapsed_time = end_time - start_time
    print(f"Result of brewCoffee : {result_coffee}")
    print(f"Result of toastBagel : {result_bagel}")
    print(f"Total execution time : {elapsed_time:.2f} seconds")


if __name__ == "__main__":
    main()
