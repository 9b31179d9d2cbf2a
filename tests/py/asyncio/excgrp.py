# ExceptionGroup and except* (3.11), which TaskGroup failures arrive as
eg = ExceptionGroup("several", [ValueError("v1"), KeyError("k"), ValueError("v2")])
print(type(eg).__name__, eg.message, len(eg.exceptions), str(eg))
match, rest = eg.split(ValueError)
print([str(e) for e in match.exceptions], [repr(e) for e in rest.exceptions])
print(eg.subgroup(KeyError).exceptions, eg.subgroup(TypeError))
try:
    raise eg
except* ValueError as g:
    print("value errors:", [str(e) for e in g.exceptions])
except* KeyError as g:
    print("key errors:", [repr(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [TypeError("t"), ExceptionGroup("inner", [OSError("o")])])
    except* OSError:
        print("handled the nested OSError")
except ExceptionGroup as left:
    print("left over:", [type(e).__name__ for e in left.exceptions])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
