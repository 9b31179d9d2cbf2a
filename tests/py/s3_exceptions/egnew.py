# ExceptionGroup construction: CPython's checks and messages, args/message/exceptions, subclasses, split/subgroup metadata
tests = [
 ('BaseExceptionGroup()', lambda: BaseExceptionGroup()),
 ("BaseExceptionGroup('a')", lambda: BaseExceptionGroup('a')),
 ("ExceptionGroup('a', [ValueError()], 3)", lambda: ExceptionGroup('a', [ValueError()], 3)),
 ('ExceptionGroup(1, [ValueError()])', lambda: ExceptionGroup(1, [ValueError()])),
 ("ExceptionGroup('a', 5)", lambda: ExceptionGroup('a', 5)),
 ("ExceptionGroup('a', [])", lambda: ExceptionGroup('a', [])),
 ("ExceptionGroup('a', [1])", lambda: ExceptionGroup('a', [1])),
 ("ExceptionGroup('a', [ValueError(), 2])", lambda: ExceptionGroup('a', [ValueError(), 2])),
 ("ExceptionGroup('a', [KeyboardInterrupt()])", lambda: ExceptionGroup('a', [KeyboardInterrupt()])),
 ("ExceptionGroup('a', [ValueError()], x=1)", lambda: ExceptionGroup('a', [ValueError()], x=1)),
 ("ExceptionGroup(message='a', exceptions=[ValueError()])", lambda: ExceptionGroup(message='a', exceptions=[ValueError()])),
 ("ExceptionGroup('a', {ValueError()})", lambda: ExceptionGroup('a', {ValueError()})),
 ("ExceptionGroup('a', 'abc')", lambda: ExceptionGroup('a', 'abc')),
 ("ExceptionGroup('a', [ValueError()]).split(3)", lambda: ExceptionGroup('a', [ValueError()]).split(3)),
 ("ExceptionGroup('a', [ValueError()]).split((ValueError, 3))", lambda: ExceptionGroup('a', [ValueError()]).split((ValueError, 3))),
 ("ExceptionGroup('a', [ValueError()]).split(int)", lambda: ExceptionGroup('a', [ValueError()]).split(int)),
 ("ExceptionGroup('a', [ValueError()]).derive(5)", lambda: ExceptionGroup('a', [ValueError()]).derive(5)),
]
for t, fn in tests:
    try:
        r = fn()
        print(t, '->', repr(r), type(r).__name__, getattr(r, 'args', None))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
e = BaseExceptionGroup('m', (ValueError(1), TypeError(2)))
print(type(e), repr(e), str(e), e.args, e.exceptions, e.message)
e = BaseExceptionGroup('m', [ValueError(1), KeyboardInterrupt()])
print(type(e), repr(e), str(e), e.args, e.exceptions, e.message)
print(str(ExceptionGroup('one', [ValueError()])))
print(ExceptionGroup.__mro__, BaseExceptionGroup.__mro__)
try:
    e.message = 'x'
except Exception as x: print(type(x).__name__, x)
try:
    e.exceptions = 'x'
except Exception as x: print(type(x).__name__, x)
class MyEG(ExceptionGroup):
    pass
m = MyEG('x', [ValueError()])
print(repr(m), repr(m.derive([TypeError()])), repr(m.split(ValueError)))
try: MyEG('x', [KeyboardInterrupt()])
except Exception as x: print(type(x).__name__, x)
class MyBEG(BaseExceptionGroup): pass
print(repr(MyBEG('x', [ValueError()])), type(MyBEG('x', [KeyboardInterrupt()])))
eg = ExceptionGroup('e', [ValueError(1), ExceptionGroup('n', [TypeError(2), ValueError(3)])])
print(eg.split(lambda e: isinstance(e, ValueError)))
print(eg.split(lambda e: isinstance(e, ExceptionGroup)))
print(eg.subgroup(lambda e: e is eg))
print(eg.subgroup(ExceptionGroup) is eg)
eg.__cause__ = KeyError(); eg.__context__ = OSError()
m, r = eg.split(TypeError)
print(m.__cause__, m.__context__, m.__traceback__, r.__cause__)
