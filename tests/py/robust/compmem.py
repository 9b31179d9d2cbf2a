# memory: 24
# Compiling a source too big for memory is MemoryError, never an abort
# (issue 11): long statement lists, a huge display, a huge function.
def attempt(what, make):
    try:
        src = make()
    except MemoryError:
        print(what, "no room for the source")
        return
    try:
        compile(src, "big", "exec")
        print(what, "compiled")
    except MemoryError:
        print(what, "MemoryError")
    del src


attempt("lines", lambda: "v = v + 12345\n" * 300000)
attempt("dict", lambda: "x = {" + "12: 'a', " * 300000 + "}\n")
attempt("call", lambda: "f(" + "a, " * 600000 + ")\n")
attempt("def", lambda: "def f():\n" + "    a = b.c + 1.5\n" * 300000)
attempt("small", lambda: "x = 1\n")
print("still running")
