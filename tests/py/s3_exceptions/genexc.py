# The exception a generator handles survives a yield (CPython's per-generator
# exc_info): bare raise and sys.exc_info() after resuming inside except
import sys

def name(info):
    return None if info[0] is None else info[0].__name__

def g1():
    try:
        raise ValueError("v")
    except ValueError:
        yield 1
        print("after resume:", name(sys.exc_info()))
        raise

x = g1()
next(x)
print("caller while suspended:", name(sys.exc_info()))
try:
    next(x)
except ValueError as e:
    print("caught", repr(e))
print("caller after:", name(sys.exc_info()))

# A generator handling nothing sees the exception its caller handles.
def g2():
    yield name(sys.exc_info())
    yield name(sys.exc_info())

it = g2()
try:
    raise KeyError("k")
except KeyError:
    print("inside caller's except:", next(it))
print("outside:", next(it))

# The caller's handled exception is not the generator's.
def g3():
    try:
        raise TypeError("t")
    except TypeError:
        yield name(sys.exc_info())
        yield name(sys.exc_info())

it = g3()
try:
    raise OSError("o")
except OSError:
    print("gen sees its own:", next(it))
    print("caller still:", name(sys.exc_info()))
print("gen after the caller's except:", next(it))

# Two generators interleaved, each inside its own except.
def g4(exc):
    try:
        raise exc
    except Exception:
        yield
        yield
        raise

a, b = g4(ValueError("a")), g4(KeyError("b"))
next(a); next(b); next(a); next(b)
for gen in (a, b):
    try:
        next(gen)
    except Exception as e:
        print("re-raised", repr(e))

# A new exception after resuming gets the handled one as __context__.
def g5():
    try:
        raise ValueError("first")
    except ValueError:
        yield
        raise RuntimeError("second")

x = g5()
next(x)
try:
    next(x)
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))

# throw() into a generator suspended inside except.
def g6():
    try:
        raise ValueError("handled")
    except ValueError:
        try:
            yield
        except KeyError as k:
            print("got", repr(k), "context", repr(k.__context__))
            print("exc_info:", name(sys.exc_info()))
        print("back in outer except:", name(sys.exc_info()))
        yield
        raise

x = g6()
next(x)
x.throw(KeyError("thrown"))
try:
    next(x)
except ValueError as e:
    print("finally re-raised", repr(e))

# yield inside finally with a pending exception.
def g7():
    try:
        raise IndexError("pending")
    finally:
        yield "in finally"

x = g7()
print(next(x))
try:
    next(x)
except IndexError as e:
    print("pending raised", repr(e))
