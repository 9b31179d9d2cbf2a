# memory: 6
# Running out of memory while building a huge list, bytes, str or dict
# raises MemoryError; the script catches it, goes on, and can allocate again.
def attempt(name, make):
    try:
        make()
        print(name, "built")
    except MemoryError as e:
        print(name, "MemoryError", repr(e))


def doubling(start):
    def grow():
        x = start
        while True:
            x += x
    return grow


def appending():
    items = []
    while True:
        items.append(len(items))


attempt("list repeat", lambda: [0] * 10**8)
attempt("tuple repeat", lambda: (0, 1) * 10**8)
attempt("str repeat", lambda: "ab" * 10**9)
attempt("bytes repeat", lambda: b"ab" * 10**9)
attempt("bytes(n)", lambda: bytes(10**9))
attempt("bytearray(n)", lambda: bytearray(10**9))
attempt("list(range)", lambda: list(range(10**8)))
attempt("tuple(range)", lambda: tuple(range(10**8)))
attempt("list.extend", lambda: [].extend(range(10**8)))
attempt("dict.fromkeys", lambda: dict.fromkeys(range(10**8)))
attempt("set(range)", lambda: set(range(10**8)))
attempt("str.join", lambda: "-".join(["x" * 10**5] * 10**4))
attempt("bytes.join", lambda: b"-".join([b"x" * 10**5] * 10**4))
attempt("str.ljust", lambda: "x".ljust(10**9))
attempt("str.replace", lambda: ("x" * 100).replace("x", "y" * 10**7))
attempt("list doubling", doubling([0] * 1000))
attempt("str doubling", doubling("x" * 1000))
attempt("bytes doubling", doubling(b"x" * 1000))
attempt("tuple doubling", doubling((0,) * 1000))
attempt("list append", appending)
attempt("list comprehension", lambda: [i for i in range(10**8)])
attempt("dict comprehension", lambda: {i: None for i in range(10**8)})
print("alive", len([1] * 100_000), len(bytes(1_000_000)), len("y" * 100_000))
d = {i: str(i) for i in range(1000)}
print(len(d), d[999], sum(range(1000)))
