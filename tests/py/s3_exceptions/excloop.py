# exceptions across loops and function boundaries
def parse_all(items):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError:
            out.append(None)
            continue
        finally:
            out.append("|")
    return out
print(parse_all(["1", "x", "3"]))
def find(d, keys):
    for k in keys:
        try:
            return d[k]
        except KeyError:
            pass
    raise LookupError("none found")
print(find({"b": 2}, "ab"))
try:
    find({}, "ab")
except LookupError as e:
    print(type(e).__name__, e)
