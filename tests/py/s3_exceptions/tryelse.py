# the else clause runs only without an exception, and its errors are not caught by the same try
def f(x):
    try:
        v = 10 // x
    except ZeroDivisionError:
        print("handler")
    else:
        print("else", v)
        if v == 5:
            raise ValueError("raised in else")
    finally:
        print("finally", x)
f(0)
f(1)
try:
    f(2)
except ValueError as e:
    print("escaped the try:", e)
