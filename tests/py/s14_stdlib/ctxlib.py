# contextlib: contextmanager, suppress, closing, nullcontext, redirect_stdout, ExitStack, async forms
from contextlib import *
import contextlib, io, sys
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t: print("in", t)
try:
    with tag("b"): raise ValueError("boom")
except ValueError as e: print("caught", e)
@contextmanager
def swallow():
    try: yield
    except KeyError: print("swallowed")
with swallow(): raise KeyError(1)
print("after")
@tag("deco")
def f(x): print("body", x); return x * 2
print(f(3), f.__name__)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1; yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
with suppress(ZeroDivisionError, KeyError): 1 / 0
print("suppressed")
try:
    with suppress(KeyError): 1 / 0
except ZeroDivisionError: print("not suppressed")
class Thing:
    def close(self): print("closed")
with closing(Thing()) as t: print(type(t).__name__)
with nullcontext(5) as n: print(n)
buf = io.StringIO()
with redirect_stdout(buf): print("hidden")
print("got", repr(buf.getvalue()))
with ExitStack() as st:
    st.callback(print, "cb1")
    st.callback(print, "cb2", end="!\n")
    x = st.enter_context(tag("x"))
    print("inside", x)
def cleanup_raises(*a): raise OSError("in cleanup")
try:
    with ExitStack() as st:
        st.push(cleanup_raises)
        raise KeyError("orig")
except OSError as e: print("OSError", e, type(e.__context__).__name__)
with ExitStack() as st:
    st.push(lambda *exc: True)
    raise ValueError
print("stack suppressed")
st = ExitStack(); st.callback(print, "later"); st2 = st.pop_all(); st.close(); print("popped"); st2.close()
try:
    with ExitStack() as st: st.enter_context(42)
except TypeError as e: print(e)
import asyncio
@asynccontextmanager
async def actx():
    print("aenter"); yield 7; print("aexit")
async def main():
    async with actx() as v: print("av", v)
    async with AsyncExitStack() as s:
        v = await s.enter_async_context(actx())
        async def acb(m): print("acb", m)
        s.push_async_callback(acb, "x")
        s.callback(print, "synccb")
    class AC:
        async def aclose(self): print("aclosed")
    async with aclosing(AC()): pass
    async with nullcontext(3) as n: print("anull", n)
asyncio.run(main())
