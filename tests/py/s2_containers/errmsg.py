# the messages of the most common TypeErrors
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "a"[0].x)
five, nothing = 5, None
show(lambda: five[0])
show(lambda: nothing[0])
show(lambda: len(5))
show(lambda: [x for x in None])
show(lambda: "abc".__setitem__(0, "x"))
show(lambda: "s" + 5)
show(lambda: 5 + "s")
show(lambda: [1] + None)
show(lambda: {}[[]])
show(lambda: int("x", 5))
show(lambda: ("a",)[5])
show(lambda: "%d" % "x")
show(lambda: sum(["a"]))
show(lambda: sorted([None, 1]))
