# nested try blocks and exceptions raised inside handlers and finally
def f():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
f()
def g():
    try:
        raise KeyError("first")
    finally:
        raise IndexError("from finally")
try:
    g()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def h():
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2)
try:
    h()
except TypeError as e:
    print(type(e).__name__, e, repr(e.__context__))
