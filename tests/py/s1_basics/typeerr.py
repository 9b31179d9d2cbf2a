# TypeError messages of binary operators on mismatched types
def check(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
check(lambda: 1 + "a")
check(lambda: "a" + 1)
check(lambda: [1] + (2,))
check(lambda: "a" - "b")
check(lambda: {} + {})
check(lambda: -"x")
check(lambda: ~[])
check(lambda: "a" * "b")
check(lambda: [1] * None)
check(lambda: 5 % [])
check(lambda: 2 ** "2")
check(lambda: 1 < None)
n = 3
check(lambda: n())
ch = "abc"[1]
check(lambda: ch())
