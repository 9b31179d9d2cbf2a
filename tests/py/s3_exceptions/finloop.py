# finally in loops: continue/break inside finally, return inside loops with finally
def f():
    out = []
    for i in range(4):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        except ValueError:
            out.append("err")
            continue
        finally:
            out.append(f"f{i}")
    return out
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(g())
def h():
    while True:
        try:
            raise KeyError("discarded")
        finally:
            break
    return "break in finally discards the exception"
print(h())
