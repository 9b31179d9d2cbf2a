# notes print under the message, inside a group's boxes too
e = ValueError("v")
e.add_note("first note")
e.add_note("two\nlines")
t = TypeError("t")
t.__notes__ = 42
g = ExceptionGroup("g", [e, t])
g.add_note("group note")
raise g
