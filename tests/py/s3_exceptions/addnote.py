# add_note() and __notes__ (3.11): errors, copies made by split, notes after except*
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("two\nlines")
print(e.__notes__)
for bad in (3, None, b"bytes"):
    try:
        e.add_note(bad)
    except TypeError as x:
        print(type(x).__name__, x)
k = KeyError("k")
k.__notes__ = "not a list"
try:
    k.add_note("x")
except TypeError as x:
    print(type(x).__name__, x)
g = ExceptionGroup("g", [e, TypeError("t")])
g.add_note("group note")
m, r = g.split(ValueError)
print(m.__notes__, m.__notes__ is g.__notes__, r.__notes__)
try:
    try:
        raise g
    except* ValueError as v:
        print("matched part notes:", v.__notes__)
        v.add_note("added in the clause")
        raise
except ExceptionGroup as left:
    print("after except*:", left.__notes__, [x.__notes__ for x in left.exceptions if hasattr(x, "__notes__")])
