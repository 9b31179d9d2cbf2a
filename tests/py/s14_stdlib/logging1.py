# logging: basicConfig, logger hierarchy, levels, formatters (3 styles), filters, handlers, exception()
import logging, sys, io, os
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s|%(name)s|%(message)s")
logging.info("hello %s", "world")
logging.debug("hidden")
logging.warning("warn %d", 3)
log = logging.getLogger("app")
child = logging.getLogger("app.db")
print(child.parent is log, log.parent is logging.getLogger(), logging.getLogger("app") is log, child.getEffectiveLevel())
child.error("db error")
log.setLevel(logging.ERROR); child.warning("suppressed"); child.error("shown")
print(child.getEffectiveLevel(), log.isEnabledFor(logging.WARNING), logging.getLevelName(40), logging.getLevelName("INFO"), logging.getLevelName(5))
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
other = logging.getLogger("other"); other.addHandler(h); other.propagate = False
other.warning("to buffer"); other.info("info passes? %s", "no")
print(repr(buf.getvalue()))
eb = io.StringIO(); eh = logging.StreamHandler(eb); log.addHandler(eh); log.propagate = False
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
log.removeHandler(eh); log.propagate = True
print(eb.getvalue().replace(__file__, "FILE"), end="")
fmt = logging.Formatter("$levelname $message", style="$")
rec = logging.LogRecord("n", logging.INFO, "/x/mod.py", 7, "m %s", ("a",), None)
print(fmt.format(rec), rec.getMessage(), rec.filename, rec.module, rec.levelname)
class OnlyOdd(logging.Filter):
    def filter(self, r): return int(r.getMessage()) % 2
f = logging.getLogger("flt"); f.addFilter(OnlyOdd())
for i in range(4): f.warning("%d", i)
fh = logging.FileHandler("logging1.log", mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
fl = logging.getLogger("file"); fl.addHandler(fh); fl.propagate = False
fl.warning("line one"); fl.error("line two"); fh.close()
print(open("logging1.log").read(), end=""); os.remove("logging1.log")
ad = logging.LoggerAdapter(logging.getLogger("app.ad"), {"user": "bob"})
ad.error("adapter %s", "msg")
logging.getLogger("ex").error("with extra", extra={"k": 1})
try: logging.getLogger().setLevel("BOGUS")
except ValueError as e: print(e)
logging.addLevelName(25, "NOTICE"); logging.log(25, "notice level")
print(logging.getLogger("app.db"), logging.root, logging.getLogger("a.b.c").parent.name)
a = logging.getLogger("a"); print(logging.getLogger("a.b.c").parent is a)
logging.disable(logging.CRITICAL); logging.error("disabled"); logging.disable(logging.NOTSET)
n = logging.getLogger("nh"); n.addHandler(logging.NullHandler()); n.propagate = False; n.error("nothing")
print(logging.getLogger("app").hasHandlers(), n.hasHandlers(), logging.getLogger("app").getChild("x").name)
