# the exception context is restored after a handler ends
import sys
try:
    raise ValueError("a")
except ValueError:
    try:
        raise KeyError("b")
    except KeyError:
        pass
    print(type(sys.exc_info()[1]).__name__)
print(sys.exc_info())
try:
    raise IndexError
except IndexError:
    print(sys.exc_info()[0].__name__)
