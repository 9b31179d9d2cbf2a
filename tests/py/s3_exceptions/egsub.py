# ExceptionGroup subclasses: an extra __new__ argument kept through derive/split/except*, an __init__ override, BaseExceptionGroup vs Exception
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, errcode):
        obj = super().__new__(cls, message, excs)
        obj.errcode = errcode
        return obj
    def derive(self, excs):
        return MyGroup(self.message, excs, self.errcode)
g = MyGroup("m", [ValueError(1), TypeError(2)], 42)
print(repr(g), g.args, g.errcode, str(g))
m, r = g.split(ValueError)
print(repr(m), m.errcode, repr(r), r.errcode)
try:
    raise g
except* TypeError as e:
    print("caught", repr(e), type(e).__name__, e.errcode)
except* ValueError as e:
    print("caught", repr(e), e.errcode)
class Init(BaseExceptionGroup):
    def __init__(self, message, excs):
        super().__init__(message, excs)
        self.note = message.upper()
i = Init("low", [KeyboardInterrupt()])
print(repr(i), i.note, i.args)
print(isinstance(ExceptionGroup("x", [ValueError()]), Exception), isinstance(BaseExceptionGroup("x", [SystemExit()]), Exception))
try:
    raise BaseExceptionGroup("x", [SystemExit(3), ValueError(1)])
except* SystemExit as e:
    print("SystemExit part", repr(e))
except* Exception as e:
    print("Exception part", repr(e))
eg = ExceptionGroup("e", [ValueError(1)])
print(eg.subgroup(lambda x: True) is eg, eg.split(lambda x: False))
print(ExceptionGroup.__name__, BaseExceptionGroup.__qualname__, ExceptionGroup.__bases__)
