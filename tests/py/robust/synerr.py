# SyntaxError's str, args and attributes, as CPython's (issue 11): compile()
# errors carry (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
for src in ["x x", "1 = 2", "  x = 1", "if 1:\nx", "(", "f(**a, *b)"]:
    for name in ["s", "<string>", "dir/f.py"]:
        try:
            compile(src, name, "exec")
        except SyntaxError as e:
            print(type(e).__name__, str(e), "|", e.msg, e.filename, e.lineno, e.offset,
                  e.end_lineno, e.end_offset, len(e.args), e.args[1][:3])
e = SyntaxError("m", ("a/b.py", 2, 1, "x", 2, 3))
print(str(e), e.args, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
e = SyntaxError("m", ("a.py", 7, 1, "x"))
print(str(e), e.end_lineno, e.end_offset)
for args in [(), ("m",), (1, 2, 3), ("m", None, None)]:
    e = SyntaxError(*args)
    print(repr(str(e)), e.msg, e.lineno, e.filename, e.args)
for info in [(1, 2), (1, 2, 3, 4, 5, 6, 7)]:
    try:
        SyntaxError("m", info)
    except TypeError as x:
        print(x)
e = SyntaxError("m")
e.lineno = 4
print(str(e))
e.filename = "q.py"
print(str(e))
e = IndentationError("bad", ("f", 1, 2, "t"))
print(str(e), isinstance(e, SyntaxError))
try:
    eval("1 +")
except SyntaxError as e:
    print(str(e), e.args[0])
try:
    exec("def f(:\n pass")
except SyntaxError as e:
    print(str(e), e.lineno, e.offset)
