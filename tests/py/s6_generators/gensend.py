# send() passes values in; the first send must be None
def echo():
    received = None
    while True:
        received = yield f"got {received}"
        if received == "stop":
            return "stopped"
g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send(1))
try:
    g.send("stop")
except StopIteration as e:
    print("return value", e.value)
g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total // count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
