# array.array errors: bad type codes, out-of-range items per C type,
# wrong item types, index errors, mixing type codes, exports.
from array import array as A


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


for c in "bBhHiIqQ":
    a = A(c)
    for v in [10**30, -10**30, 2**64, 2**32, 2**31, 2**16, 2**15, 2**8, 2**7, -1, -129, -2**15 - 1, -2**31 - 1]:
        attempt(c + " " + str(v), lambda: a.append(v))
    print(a)
for c in "bifdu":
    for v in [1.5, "x", None, b"a", "ab", [1]]:
        attempt(c + " " + repr(v), lambda: A(c, [v]))


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


print(A('i', [Idx()]), A('d', [Idx(), Flt()]), A('b', [True]))
attempt("bad code", lambda: A('z'))
attempt("int code", lambda: A(1))
attempt("long code", lambda: A('ii'))
attempt("no args", lambda: A())
attempt("3 args", lambda: A('i', [], 1))
attempt("str init", lambda: A('i', 'abc'))
attempt("u from array", lambda: A('i', A('u', 'ab')))
attempt("i from u", lambda: A('u', A('i', [1])))
attempt("d to i", lambda: A('i', A('d', [1.5])))
attempt("bytes len", lambda: A('i', b'abc'))
attempt("not iterable", lambda: A('i', 3))
a = A('i', [1, 2, 3])
attempt("add d", lambda: a + A('d', [1.0]))
attempt("add list", lambda: a + [1])
attempt("mul str", lambda: a * 'x')
attempt("mul float", lambda: a * 1.5)
attempt("index", lambda: a[5])
attempt("index neg", lambda: a[-4])
attempt("index str", lambda: a['x'])
attempt("set index", lambda: a.__setitem__(7, 1))
attempt("set value", lambda: a.__setitem__(0, 'x'))
attempt("del index", lambda: a.__delitem__(7))
attempt("slice list", lambda: a.__setitem__(slice(0, 1), [1]))
attempt("slice d", lambda: a.__setitem__(slice(0, 1), A('d')))
attempt("ext slice", lambda: a.__setitem__(slice(None, None, 2), A('i', [1])))
attempt("pop far", lambda: a.pop(9))
attempt("pop empty", lambda: A('i').pop())
attempt("remove", lambda: a.remove(9))
attempt("index x", lambda: a.index(9))
attempt("index range", lambda: a.index(1, 1))
attempt("count none", lambda: a.count())
attempt("frombytes", lambda: a.frombytes(b'abc'))
attempt("frombytes str", lambda: a.frombytes('abcd'))
attempt("tounicode", lambda: a.tounicode())
attempt("fromunicode", lambda: a.fromunicode('x'))
attempt("fromunicode int", lambda: A('u').fromunicode(3))
attempt("extend kind", lambda: a.extend(A('d')))
attempt("extend bad", lambda: a.extend([4, 'x', 5]))
print(a)
attempt("fromlist tuple", lambda: a.fromlist((1,)))
attempt("fromlist bad", lambda: a.fromlist([6, 'x']))
print(a)
attempt("insert str", lambda: a.insert('x', 1))
attempt("tofile", lambda: a.tofile(3))
attempt("fromfile neg", lambda: a.fromfile(None, -1))
attempt("u append", lambda: A('u').append('ab'))
attempt("u init", lambda: A('u', ['ab']))
attempt("kwargs", lambda: A('i', initializer=[1]))
m = memoryview(a)
for label, f in [("append", lambda: a.append(1)), ("pop", lambda: a.pop()),
                 ("extend", lambda: a.extend([1])), ("del", lambda: a.__delitem__(0)),
                 ("grow slice", lambda: a.__setitem__(slice(0, 1), A('i', [1, 2]))),
                 ("imul", lambda: a.__imul__(2)), ("remove", lambda: a.remove(1)),
                 ("insert", lambda: a.insert(0, 1)), ("frombytes", lambda: a.frombytes(b'\0\0\0\0'))]:
    attempt("exported " + label, f)
a[0] = 99
a[0:1] = A('i', [98])
print(m[0], a)
m.release()
a.append(4)
print(a)
