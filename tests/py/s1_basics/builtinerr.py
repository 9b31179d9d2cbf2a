# errors from common builtins
def check(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
check(len, 5)
check(min, [])
check(max)
check(chr, -1)
check(ord, "ab")
check(ord, "")
check(sum, ["a", "b"])
check(abs, "x")
check(sorted, [1, "a"])
check(pow, 2, 3, 0)
check(next, [1])
check(iter, 5)
check(divmod, 1, "a")
check(len, None)
