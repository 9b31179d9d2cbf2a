# The eval loop keeps the running frame's value stack outside the frame and
# hands it back at calls, returns, yields and exceptions: values below a
# failed call, a failed unpack or a generator switch must still be there.
import sys


def deep(n):
    return n if n == 0 else deep(n - 1) + 1


# A call refused at the recursion limit leaves the caller's stack (the for
# loop's iterator, the list being built) as it was.
def limited():
    got = []
    for i in range(3):
        try:
            got.append(deep(10 ** 6))
        except RecursionError:
            got.append(("limit", i))
    return got


print(limited())
print([x for x in ("a", "b") if x], deep(50))


# Unpacking that fails inside expressions and loops.
def unpacks():
    out = []
    for seq in ([1, 2], [1, 2, 3], "ab", (1,), iter([5, 6])):
        try:
            a, b = seq
            out.append((a, b))
        except ValueError as e:
            out.append(str(e))
    for seq in ([1, 2, 3, 4], [1]):
        try:
            first, *mid, last = seq
            out.append((first, mid, last))
        except ValueError as e:
            out.append(str(e))
    return out


print(unpacks())


# Big tuples, lists, sets, dicts and strings built from many stack values.
def builds(n):
    t = (n, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7, n + 8, n + 9)
    l = [n, *t, n]
    s = {n, n + 1, n, n + 2}
    d = {"a": n, "b": n + 1, **{"c": n + 2}}
    f = f"{n}-{n + 1}-{n + 2:>4}-{t[3]!r}"
    return t, l, sorted(s), d, f


print(builds(7))


# Int and float arithmetic in place, overflow to big ints, mixed types.
def arith():
    out = []
    x = 1
    for _ in range(70):
        x = x * 3 + 1
    out.append(x)
    y = sys.maxsize
    y += 1
    out.append(y)
    z = -sys.maxsize - 1
    z -= 1
    out.append(z)
    out.append((7 // -2, 7 % -2, -7 // 2, 2 ** 70, 5 - 9))
    f = 0.5
    for i in range(5):
        f = f * 1.5 + i
    out.append(f)
    out.append((1 + 2.5, 2.5 + 1, 3 / 2, 1.5 // 0.5))
    try:
        1 // 0
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        1.0 / 0.0
    except ZeroDivisionError as e:
        out.append(str(e))
    return out


print(arith())


# Comparisons of ints and strs, as jumps and as values; str subclasses.
class Loud(str):
    def __lt__(self, other):
        return "loud"


def compares(a, b, step):
    r = [a < b, a <= b, a == b, a != b, a > b, a >= b]
    if a < b:
        r.append("lt")
    n = 0
    while a < b and n < 5:
        a += step
        n += 1
    r.append(a)
    return r


print(compares(1, 3, 1), compares(3, 1, 1), compares(-2**63, 2**63, 1))
print(compares("apple", "banana", "!"), compares("b", "a", "?"))
print(Loud("a") < "b", "a" < Loud("b"), [Loud("x") < "y" for _ in range(2)])


# Generators run by for loops switch frames at each item; exceptions pass
# through them with the loop's values intact.
def gen(n):
    for i in range(n):
        try:
            if i == 2:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield ("caught", e.args[0])
    yield [i * i for i in range(3)]


def failing():
    yield 1
    raise ValueError("inside")


def consume():
    out = []
    for v in gen(4):
        out.append(v)
    try:
        for v in failing():
            out.append(v)
    except ValueError as e:
        out.append(str(e))
    out.append(sum(x for x in range(10) if x % 2))
    return out


print(consume())


# Globals found in the globals or in the builtins: a global made later that
# shadows a builtin, a builtin back after the global is deleted.
def use_len():
    return len("abc")


print(use_len())
len = lambda s: "shadowed"
print(use_len())
del len
print(use_len())

counter = 0


def bump():
    global counter
    counter += 1
    return counter


for _ in range(3):
    bump()
print(counter)
del counter
try:
    bump()
except NameError as e:
    print(e)
counter = 10
print(bump(), counter)
