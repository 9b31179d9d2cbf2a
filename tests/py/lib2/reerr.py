# re: re.error messages and positions, TypeErrors, bad templates
import re
bad = ["(abc", "abc)", "*a", "a**", "[abc", "[z-a]", r"\q", r"(a)\2", "(?P<1>x)", "(?P<a>x)(?P<a>y)", "(?P=nope)",
       "a{3,2}", "(?<=a+)b", "(?Q)", "x(?i)y", r"\1(a)", "(?P", "a|*", "(?<x)", "a{1,2}{3}", "[\\d-z]", r"(?(2)a|b)", "abc\n(de"]
for p in bad:
    try:
        re.compile(p)
        print("compiled", p)
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for f in [lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 5),
          lambda: re.sub("(a)", r"\2", "a"), lambda: re.sub("(a)", r"\g<x>", "a"), lambda: re.sub("a", r"\q", "a"),
          lambda: re.compile(re.compile("a"), re.I), lambda: re.match("(a)", "a").group(2), lambda: re.match("(a)", "a").group("x"),
          lambda: re.sub("a", "\\", "a")]:
    try:
        print(f())
    except (re.error, TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error("m", "pat", 1).pos)
