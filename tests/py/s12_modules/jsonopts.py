# json options as CPython 3.11 has them: indent (int/str), separators,
# sort_keys, ensure_ascii, skipkeys, default=, allow_nan, check_circular, cls
import json

data = {"b": [1, 2.5, None, True], "a": {"x": "é", "y": []}, "c": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="--", sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=1, separators=(" ,", " = ")))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(["\U0001f600", "\u20ac", "\x7f", "\x1f"]))
print(json.dumps({1: "int", 2.5: "float", True: "t", None: "n", "s": "str"}))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
for bad in [{(1, 2): 3}, {b"k": 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
for value in [{1, 2}, b"bytes", object, range(2)]:
    try:
        json.dumps(value)
    except TypeError as e:
        print("TypeError", e)
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({"z": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def point_default(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError("no")


print(json.dumps([Point(1, 2), {"p": Point(3, 4)}], default=point_default, sort_keys=True))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"p": Point(5, 6)}, cls=PointEncoder), PointEncoder(indent=1).encode([Point(7, 8)]))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print("TypeError", e)


print(json.dumps(1), json.dumps(-2**62), json.dumps(1.0), json.dumps(1e-7), json.dumps("x"))
print(json.dumps((1, (2, 3))), json.dumps([[]] * 2, indent=2))
