# STORE_GLOBAL and module-level STORE_NAME write through the LOAD_GLOBAL
# cache (issue 13): rebinding, deleting, shadowing a builtin, a cleared or
# replaced namespace, exec with its own globals, class bodies.
counter = 0


def bump():
    global counter
    counter = counter + 1
    return counter


for _ in range(5):
    bump()
print(counter)


def shadow():
    global len
    len = lambda x: -1
    return len("abc")


print(len("abc"), shadow(), len("abc"))
del len
print(len("abc"))
for i in range(3):
    last = i * 2
print(last, i)


def forget():
    global counter
    del counter


forget()
try:
    print(counter)
except NameError as e:
    print("NameError", e)
bump_src = """
total = 0
for k in range(4):
    total = total + k
def add(n):
    global total
    total = total + n
add(10)
add(20)
"""
ns = {}
exec(bump_src, ns)
print(ns["total"], ns["k"])
ns.clear()
exec(bump_src, ns)
print(ns["total"])
ns2 = {"total": 100}
exec("total = total + 1", ns2)
print(ns2["total"])


class Body:
    value = 1
    value = value + 1
    counter = "class"


print(Body.value, Body.counter, "counter" in globals())


def churn():
    global a1, a2, a3
    for n in range(40):
        globals()["x%d" % n] = n
        a1 = n
        a2 = a1 + 1
        a3 = a2 + 1
    for n in range(40):
        del globals()["x%d" % n]
    return a1, a2, a3


print(churn())
import sys

mod = sys.modules[__name__]
mod.a1 = "set by setattr"
print(a1)
