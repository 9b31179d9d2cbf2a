# sequence repetition and concatenation errors
print("ab" * 2, [1] * 3, (1, 2) * 2, 0 * "x" == "", [] * 5)
def check(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
check(lambda: "a" + 1)
check(lambda: [1] + "a")
check(lambda: "a" * "2")
check(lambda: (1,) + [2])
check(lambda: [] * [])
