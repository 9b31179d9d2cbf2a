# issue 11: native recursion on deep user data (json, isinstance, exception chains)
import json
x = []
for i in range(50000):
    x = [x]
for f in [lambda: json.dumps(x), lambda: json.loads('[' * 50000 + ']' * 50000), lambda: repr(x)]:
    try:
        f()
    except RecursionError:
        print('RecursionError')
t = int
for i in range(100000):
    t = (t,)
try:
    isinstance(1, t)
except RecursionError:
    print('RecursionError')
e = ValueError(0)
for i in range(30000):
    e2 = ValueError(i)
    e2.__cause__ = e
    e = e2
raise e
