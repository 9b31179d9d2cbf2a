# bare raise re-raises the exception being handled
def inner():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging, then re-raise")
        raise
try:
    inner()
except ValueError as e:
    print("outer got", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def nested():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            pass
        raise
try:
    nested()
except Exception as e:
    print("after nested handler:", type(e).__name__, e)
