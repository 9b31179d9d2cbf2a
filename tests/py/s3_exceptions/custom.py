# user-defined exception classes with extra state
class AppError(Exception):
    pass
class ParseError(AppError):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line
class Quiet(Exception):
    def __str__(self):
        return "custom str"
try:
    raise ParseError(3, "bad token")
except AppError as e:
    print(type(e).__name__, e, e.line, e.args, isinstance(e, Exception))
try:
    raise Quiet("ignored")
except Quiet as e:
    print(e, repr(e), e.args)
class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), str(WithRepr("s")))
print(issubclass(ParseError, AppError), ParseError.__mro__[1].__name__)
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args)
