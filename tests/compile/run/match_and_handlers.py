# Compiler behaviour, end to end: match with literals, or-patterns,
# captures and guards; exception handlers, finally and sys.exc_info.
def classify(x):
    match x:
        case 0 | 1:
            return "small"
        case "go" | "move" as verb:
            return "verb " + verb
        case None:
            return "none"
        case True:
            return "true"
        case n if n > 100:
            return "big"
        case other:
            return f"other {other}"
for v in [0, 1, "go", "move", None, True, 500, 7]:
    print(classify(v))
def exc_in_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            print("exit sees", a[0].__name__ if a[0] else None)
            return False
    try:
        with CM():
            raise OSError("disk")
    except OSError as e:
        print("propagated", e)
exc_in_with()
def nested_finally():
    out = []
    for i in range(3):
        try:
            try:
                if i == 0: continue
                if i == 2: return out
                out.append(i)
            finally:
                out.append("f1")
        finally:
            out.append("f2")
    return "unreached"
print(nested_finally())
def ret_in_finally():
    try:
        return 1
    finally:
        return 2
print(ret_in_finally())
def exc_replaced():
    try:
        raise ValueError
    finally:
        print("cleanup then exc continues")
try:
    exc_replaced()
except ValueError:
    print("VE ok")
def handler_return():
    for x in range(2):
        try:
            raise KeyError(x)
        except KeyError as k:
            if x == 1:
                return "from handler " + str(k)
print(handler_return())
import sys
def excinfo():
    try:
        raise IndexError("i")
    except IndexError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0])
excinfo()
