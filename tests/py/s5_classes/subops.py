# Operator overrides on subclasses of built-in types
import enum

class F(enum.IntFlag):
    A = 1
    B = 2
    C = 4

print(repr(F.A | 2), repr(2 | F.A), repr(F.A | F.B), repr(F.C & 4), repr(~F.A))
print(repr(F.A ^ F.C), type(F.A | 2).__name__)

class I(int):
    def __add__(self, o):
        return ("I.add", int(self), o)
    def __radd__(self, o):
        return ("I.radd", o, int(self))
    def __eq__(self, o):
        return "I.eq"
    def __lt__(self, o):
        return "I.lt"
    def __gt__(self, o):
        return "I.gt"
    __hash__ = int.__hash__

print(I(1) + 2, 2 + I(1), I(1) + I(2))
print(I(1) == 1, 1 == I(1), I(1) < 5, 5 < I(1), I(3) != 3)
x = I(5)
x += 1
print(x)

class J(int):
    pass

print(J(1) + 2, 2 + J(1), J(3) == 3, J(1) < J(2), type(J(1) + 1).__name__)

class S(str):
    def __add__(self, o):
        return "S+" + str(o)
    def __radd__(self, o):
        return str(o) + "+S"
    def __mod__(self, o):
        return "S%"
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 0
    def __mul__(self, n):
        return "S*" + str(n)

print(S("a") + "b", "b" + S("a"), S("x") % 3, S("a") == "zz", "zz" == S("a"), S("a") * 3)

class Fl(float):
    def __truediv__(self, o):
        return "Fl/"
    def __rtruediv__(self, o):
        return "/Fl"
    def __sub__(self, o):
        return "Fl-"

print(Fl(1.0) / 2, 2 / Fl(1.0), 2.0 / Fl(1.0), Fl(1.5) - 1, 1 - Fl(1.5))

class L(list):
    def __add__(self, o):
        return "L+"
    def __radd__(self, o):
        return "+L"
    def __iadd__(self, o):
        return "L+="
    def __mul__(self, o):
        return "L*"
    def __eq__(self, o):
        return "L=="
    def __contains__(self, o):
        return True

print(L([1]) + [2], [2] + L([1]), L() * 2, L() == [], [] == L(), 5 in L())
y = L()
y += [1]
print(y)

class D(dict):
    def __or__(self, o):
        return "D|"
    def __ror__(self, o):
        return "|D"
    def __eq__(self, o):
        return "D=="

print(D() | {}, {} | D(), D() == {}, {} == D())

class T(tuple):
    def __add__(self, o):
        return "T+"
    def __lt__(self, o):
        return "T<"

print(T() + (1,), (1,) + T(), T() < (1,), (1,) > T())

# A subclass that does not override keeps the builtin result
class LL(list):
    pass
print(LL([1]) + [2], [0] + LL([1]), LL([1]) == [1], type(LL([1]) + [2]).__name__)

# reflected op of a subclass that returns NotImplemented falls back
class N(int):
    def __radd__(self, o):
        return NotImplemented
print(1 + N(2))

class B(int):
    def __bool__(self):
        return False
print(bool(B(3)), "yes" if B(3) else "no")

class Pw(int):
    def __pow__(self, o, mod=None):
        return "Pw**"
    def __rpow__(self, o, mod=None):
        return "**Pw"
    def __neg__(self):
        return "neg"
    def __abs__(self):
        return "abs"
print(Pw(2) ** 3, 3 ** Pw(2), -Pw(1), abs(Pw(1)))

class LenL(list):
    def __len__(self):
        return 0
print(bool(LenL([1, 2])), bool(LL([1])), bool(LL()))

# error paths
try:
    F.A | "x"
except TypeError as e:
    print("TypeError:", e)

class BadBool(int):
    def __bool__(self):
        return 1
try:
    bool(BadBool(1))
except TypeError as e:
    print("TypeError:", e)

class Raiser(str):
    def __add__(self, o):
        raise ValueError("no add")
try:
    Raiser("a") + "b"
except ValueError as e:
    print("ValueError:", e)
print("b" + Raiser("a"))

class Lt(int):
    def __lt__(self, o):
        return NotImplemented
print(Lt(1) < 2, sorted([Lt(3), Lt(1), 2]))
