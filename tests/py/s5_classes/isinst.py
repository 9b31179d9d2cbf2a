# isinstance/issubclass with tuples, builtins and errors
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(b, ()), issubclass(B, (str, A)))
print(isinstance(1, object), issubclass(int, object), isinstance(A, type), isinstance(int, type))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance("", str))
print(type(b) == B, type(b) == A, type(type(b)).__name__)
try:
    isinstance(b, b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
