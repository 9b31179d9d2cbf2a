# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, lookups, aliases, functional API, errors
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return "%s is %d" % (self.name, self.value)
    @classmethod
    def favorite(cls): return cls.GREEN
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Color], list(Color.__members__), Color.RED.describe(), Color.favorite())
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), Color, Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1))
print({Color.RED: "r"}[Color.CRIMSON], format(Color.RED), f"{Color.GREEN}", str(Color.BLUE), list(reversed(Color))[0])
try: Color(7)
except ValueError as e: print(e)
try: Color["PINK"]
except KeyError as e: print("KeyError", e)
try: Color.RED = 5
except AttributeError as e: print(e)
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print([(m.name, m.value) for m in A])
class S(StrEnum):
    ALPHA = auto()
    BETA = "b"
print(S.ALPHA, repr(S.ALPHA), S.ALPHA == "alpha", S("b"), S.BETA.upper(), isinstance(S.BETA, str), f"{S.ALPHA}")
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.TWO), N.ONE + 1, N.TWO == 2, N(1), sorted([N.TWO, N.ONE]), int(N.TWO), isinstance(N.ONE, int), f"{N.TWO}", N.ONE < N.TWO)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), list(rw), rw & Perm.R, ~Perm.R, len(rw))
print(Perm(7), Perm(6) is rw, [m.name for m in Perm])
class P2(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(P2.B + 1, list(P2), P2(3), repr(P2(5)), P2(5) == 5, P2.A == 1)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(Shape.SQ.value, Shape(3))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))
class Missing(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == value.lower(): return m
print(Missing("A"))
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class Ext(Color): pass
except TypeError as e: print(e)
class WithCustomNew(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls); obj._value_ = value; obj.label = label; return obj
    LOW = (1, "low")
    HIGH = (2, "high")
print(WithCustomNew(2).label, WithCustomNew.LOW.value)
print(Color.RED.__class__.__name__, hash(Color.RED) == hash(Color.RED), Color._member_names_)
