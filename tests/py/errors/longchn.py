# An uncaught exception with a long __cause__ / __context__ chain is printed in full, oldest first.
def chain(n):
    e = ValueError(0)
    for i in range(1, n):
        e2 = KeyError(i) if i % 2 else ValueError(i)
        if i % 3:
            e2.__cause__ = e
        else:
            e2.__context__ = e
        e = e2
    return e
raise chain(300)
