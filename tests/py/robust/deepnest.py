# Deeply nested data: json, repr, ==, <, isinstance and issubclass stop with RecursionError (never a native stack overflow).
import json
def nest(n, make):
    x = make(None)
    for i in range(n):
        x = make(x)
    return x
lst = nest(10000, lambda x: [x] if x is not None else [])
dct = nest(10000, lambda x: {'a': x} if x is not None else {})
tup = nest(10000, lambda x: (x,) if x is not None else int)
def check(name, f):
    try:
        f()
        print(name, 'ok')
    except RecursionError as e:
        print(name, 'RecursionError', e)
check('dumps list', lambda: json.dumps(lst))
check('dumps dict', lambda: json.dumps(dct))
check('loads array', lambda: json.loads('[' * 10000 + ']' * 10000))
check('loads object', lambda: json.loads('{"a":' * 10000 + '1' + '}' * 10000))
check('repr', lambda: repr(lst))
check('str dict', lambda: str(dct))
check('eq', lambda: lst == nest(10000, lambda x: [x] if x is not None else []))
check('lt', lambda: lst < nest(10000, lambda x: [x] if x is not None else []))
check('isinstance', lambda: isinstance(1, tup))
check('issubclass', lambda: issubclass(int, tup))
print(json.loads('[' * 200 + ']' * 200) == nest(199, lambda x: [x] if x is not None else []))
print(len(json.dumps(nest(200, lambda x: [x] if x is not None else []))))
print(isinstance(1, nest(200, lambda x: (x,) if x is not None else int)))
