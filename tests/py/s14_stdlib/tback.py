# traceback: format_exc, format_exception (limit, chain), extract_tb, TracebackException, tb_lineno
import traceback, sys, io
def fail(n):
    if n == 0:
        raise ValueError("bottom")
    fail(n - 1)
def clean(s): return s.replace(__file__, "FILE")
try:
    fail(2)
except ValueError as e:
    print(clean(traceback.format_exc()), end="")
    lines = traceback.format_exception(e)
    print(len(lines), clean(lines[0]), end="")
    print(clean("".join(traceback.format_exception(e, limit=1))), end="")
    print(traceback.format_exception_only(e))
    fs = traceback.extract_tb(e.__traceback__)
    print(len(fs), [f.name for f in fs], [f.lineno for f in fs], fs[-1].line)
    print([clean(x) for x in traceback.format_tb(e.__traceback__, limit=2)])
    buf = io.StringIO(); traceback.print_exc(file=buf); print(clean(buf.getvalue()).splitlines()[-1])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), list(te.format_exception_only()))
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next.tb_next is None)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    out = clean("".join(traceback.format_exception(e)))
    print(out, end="")
    print(clean("".join(traceback.format_exception(e, chain=False))), end="")
class MyErr(Exception): pass
print(traceback.format_exception_only(MyErr("custom")), traceback.format_exception_only(ValueError, ValueError()))
print(traceback.format_exc())
buf = io.StringIO(); traceback.print_exception(KeyError("x"), file=buf); print(repr(buf.getvalue()))
e = ValueError("noted"); e.add_note("a note")
print(traceback.format_exception_only(e))
print(traceback.format_list([("f.py", 3, "fn", "x = 1")]))
