# implicit chaining (__context__) and explicit (raise from, __cause__)
try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("wrapped") from ke
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__ is e.__context__, e.__suppress_context__)
try:
    try:
        raise OSError("low")
    except OSError:
        raise TypeError("no context") from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError()
print(e.__context__, e.__cause__, e.__traceback__ is None)
