# list method errors
l = [1, 2, 3]
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: l.remove(9))
check(lambda: l.index(9))
check(lambda: [].pop())
check(lambda: l.pop(10))
check(lambda: l[3])
check(lambda: l[-4])
check(lambda: l["0"])
check(lambda: l.insert("x", 1))
check(lambda: [3, "a"].sort())
check(lambda: l.append())
check(lambda: l.extend(5))
check(lambda: l.sort(key=1))
check(lambda: [1].sort(reversed=True))
def setitem():
    l[5] = 0
check(setitem)
