# dataclasses: field options, frozen, order, kw_only, slots, InitVar, asdict/astuple/replace, errors
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY, FrozenInstanceError, make_dataclass, MISSING
import dataclasses
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2); print(p, p == Point(1, 2), p != Point(2, 1), Point(3), Point(y=5, x=1))
print(Point.__doc__, Point.__match_args__, Point.__hash__)
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
print(V(1) < V(2), V(1, "a") < V(1, "b"), sorted([V(3), V(1), V(2)]), hash(V(1)) == hash(V(1)))
v = V(1)
try: v.a = 5
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del v.a
except FrozenInstanceError as e: print(e)
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False, compare=False)
    tag: ClassVar[str] = "T"
    secret: InitVar[int] = 0
    def __post_init__(self, secret):
        self.double = secret * 2
i = Inv("a", secret=4); j = Inv("a"); i.items.append(1)
print(i, j, i.double, j.items, Inv.tag, [f.name for f in fields(Inv)], i == Inv("a", [1], 9))
print(asdict(i), astuple(i))
@dataclass
class Outer:
    p: Point
    ps: list
    d: dict
o = Outer(Point(1, 2), [Point(3, 4)], {"k": Point(5, 6)})
print(asdict(o), astuple(o))
print(replace(p, y=9), p)
try: replace(p, z=1)
except TypeError as e: print(e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__doc__)
try: K(1)
except TypeError as e: print(e)
@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(M(1, b=2), M.__match_args__)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
try:
    @dataclass(order=True)
    class Bad3:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
@dataclass
class Base:
    x: int = 1
@dataclass
class Der(Base):
    y: int = 2
print(Der(), Der(5, 6), is_dataclass(Der), is_dataclass(Der()), is_dataclass(3))
@dataclass(slots=True)
class S:
    a: int
    b: int = 1
s = S(1); print(s, S.__slots__)
try: s.c = 1
except AttributeError as e: print("AttributeError")
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)), len({H(1), H(1)}))
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1))
C = make_dataclass("C", [("x", int), ("y", int, field(default=5))], namespace={"total": lambda self: self.x + self.y})
c = C(1); print(c, c.total())
try: fields(3)
except TypeError as e: print(e)
try: asdict(Point)
except TypeError as e: print(e)
match Point(1, 7):
    case Point(1, y): print("matched", y)
@dataclass
class Node:
    val: int
    children: List["Node"] = field(default_factory=list)
n = Node(1, [Node(2)]); print(n, asdict(n))
print(repr(field(default=1))[:20], MISSING is dataclasses.MISSING)
