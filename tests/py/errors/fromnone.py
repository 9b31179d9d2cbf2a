# raise ... from None hides the original exception
try:
    int("x")
except ValueError:
    raise RuntimeError("bad number") from None
