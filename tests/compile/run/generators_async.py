# Compiler behaviour, end to end: generators, yield from, send/throw,
# coroutines with await / async for / async with, argument kinds, slices.
import sys
def gen_send():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
g = gen_send(); next(g); g.send(3); print(g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)

def inner():
    yield 1
    r = yield 2
    return "inner-ret:" + str(r)
def outer():
    v = yield from inner()
    print("got", v)
    yield 3
o = outer()
print(next(o), next(o), o.send("S"))

def throw_into():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield 2
t = throw_into(); next(t); print(t.throw(ValueError("boom")))

class _Sleep:
    def __await__(self):
        yield None
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def sub(x):
    await _Sleep()
    return x * 2
async def main():
    r = await sub(21)
    vals = [await sub(i) for i in range(3)]
    class AIter:
        def __init__(self): self.i = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.i += 1
            if self.i > 3: raise StopAsyncIteration
            return self.i
    got = []
    async for v in AIter():
        got.append(v)
    else:
        got.append("else")
    class ACM:
        async def __aenter__(self): print("aenter"); return "res"
        async def __aexit__(self, *a): print("aexit", a[0]); return True
    async with ACM() as res:
        print("inside", res)
        raise KeyError("suppressed")
    return r, vals, got
print(run(main()))

def kwonly(a, b=2, *, c, d=4, **rest): return a, b, c, d, rest
print(kwonly(1, c=3), kwonly(1, 5, c=6, d=7, e=8))
def posonly(a, b, /, c): return a + b + c
print(posonly(1, 2, c=3))
x = [1, 2, 3, 4, 5]
print(x[1:4], x[::-1], x[::2], x[-2:])
x[1:3] = ['a', 'b', 'c']
del x[0]
print(x)
s = "hello"
print(s[1:-1], s[::2])
print(-5 // 2, -5 % 2, 2 ** 10, 7 / 2, ~5, -(-3), +4)
print(not None, None is None, 1 in [1], 2 not in [1])
print(True and 3, 0 or "x", 0 and 1, "" or [] or "last")
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while else")
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)
class WithDoc:
    """docstring"""
    attr = [i for i in range(2)]
print(WithDoc.attr, WithDoc.__doc__, WithDoc.__qualname__, WithDoc.__module__)
class Private:
    def __init__(self): self.__secret = 1
    def get(self): return self.__secret
print(Private().get(), Private()._Private__secret)
lst = [3, 1, 2]
lst.sort(key=lambda v: -v)
print(lst, sorted(lst, reverse=True))
print(f"{'a'!r}{1+1}{{}}", f"{3:{'>'}{5}}", "%s-%d" % ("x", 4))
