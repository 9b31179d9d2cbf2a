# an uncaught ExceptionGroup: boxed sub-exceptions with their own tracebacks, chains and a nested group
def f():
    raise ValueError(1)
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("in g") from e
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
inner = ExceptionGroup("inner", [KeyError("k"), OSError(2, "No such file or directory")])
raise ExceptionGroup("outer", excs + [inner, RuntimeError()])
