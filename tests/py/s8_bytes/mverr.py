# memoryview errors: CPython's types and messages
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
r = memoryview(b"abc")
w = memoryview(bytearray(3))
show(lambda: memoryview("abc"))
show(lambda: memoryview(5))
show(lambda: memoryview())
show(lambda: r[5])
show(lambda: r[-4])
show(lambda: r["a"])
show(lambda: r < r)
show(lambda: r + b"x")
show(lambda: hash(w))
for bad in (256, -1, "x", 1.5, b"a"):
    def put():
        w[0] = bad
    show(put)
def ro():
    r[0] = 1
show(ro)
def ro_slice():
    r[0:1] = b"x"
show(ro_slice)
def size():
    w[0:2] = b"xyz"
show(size)
def notbytes():
    w[0:2] = [1, 2]
show(notbytes)
def delete():
    del w[0]
show(delete)
w.release()
w.release()
for use in (lambda: w[0], lambda: len(w), lambda: w.tobytes(), lambda: w.tolist(), lambda: w.hex(),
            lambda: w.readonly, lambda: w.nbytes, lambda: w.obj, lambda: bytes(w), lambda: memoryview(w),
            lambda: w.__enter__(), lambda: w.toreadonly()):
    show(use)
print(w == w, w == r)
