with a: pass
with a as b: pass
with a, b: pass
with a as b, c as d: pass
with (a): pass
with (a, b): pass
with (a as b): pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
with a as (b, c): pass
with a as [b, c]: pass
with a as b.c: pass
with a as b[0]: pass
with open(f) as fh, lock:
    fh.read()
with (
    open(a) as x,
    open(b) as y,
):
    pass
with (yield): pass
with (a, b)[0] as c: pass
with a() as b, (c): pass
