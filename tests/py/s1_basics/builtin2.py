# more builtins: type, object, id, hash, ascii, globals, locals, dir, vars-free checks
x = 5
print(type(x).__name__, type("s").__name__, type([]).__name__, type(None).__name__, type(type).__name__)
print(type(x) is int, type(True) is bool, type(x)("12") + 1, type("")(), type([])("ab"))
o = object()
print(type(o).__name__, id(o) == id(o), id(o) != id(object()), hash(o) == hash(o), o == o, o != object())
print(ascii("plain"), ascii("é€"), ascii(["ü"]), bin(5), oct(8), hex(255))
print("x" in globals(), globals()["x"], "__name__" in globals())
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print("f" in dir(), "x" in dir(), isinstance(dir(), list))
print(hash("abc") == hash("abc"), hash(1) == hash(1), hash((1, "a")) == hash((1, "a")))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
