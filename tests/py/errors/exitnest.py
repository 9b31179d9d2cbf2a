# SystemExit raised inside nested function calls and finally blocks
import sys


def inner():
    try:
        sys.exit(5)
    finally:
        print("inner finally")


def outer():
    try:
        inner()
    except Exception:
        print("not caught by except Exception")
    finally:
        print("outer finally")


outer()
