# exception objects accept extra attributes and with_traceback returns self
e = ValueError("v")
e.note = "extra"
print(e.note)
print(e.with_traceback(None) is e)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.note)
class E(Exception):
    code = 500
print(E().code, E("m").args)
