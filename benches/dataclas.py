# dataclass definition and instance creation, comparison, asdict and replace.
from dataclasses import dataclass, field, asdict, replace


@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


classes = 0
for i in range(20):
    @dataclass(frozen=True)
    class Rec:
        a: int
        b: str = "x"
    classes += Rec(i).a
print(classes)
pts = [Point(i % 50, i) for i in range(10000)]
print(sum(p.x for p in pts), pts[7] < pts[8], Point(1) == Point(1))
print(len([asdict(p) for p in pts[:1000]]), replace(pts[3], y=-1))
