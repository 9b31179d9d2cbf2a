"""Expected results of str.format with a fixed set of arguments, from CPython.
The Rust test builds the same arguments (see tests/brace.rs)."""
import random
from casefile import outcome, write_table


class P:
    x = 1
    name = "pt"
    items = [1, 2]

    def __repr__(self):
        return "P()"


ARGS = (42, -3.5, "hello", [10, 20, 30], {"k": "v", "n": 7}, P())
KWARGS = {"a": 1, "b": "bee", "f": 2.5, "p": P(), "w": 10, "prec": 3, "d": {"x": "y"}}

fixed = [
    "", "plain", "{{}}", "a{{b}}c", "{", "}", "a}b", "a{", "{}", "{} {}", "{0} {0}", "{1}{0}",
    "{} {0}", "{0} {}", "{a} {b}", "{a}{}", "{}{a}{}", "{6}", "{99}", "{zz}", "{0.x}", "{5.x}",
    "{5.name}", "{5.items[1]}", "{5.nope}", "{p.name!r:>6}", "{3[0]}", "{3[5]}", "{3[x]}",
    "{4[k]}", "{4[n]:03}", "{4[zz]}", "{d[x]}", "{0[0]}", "{3[0]x}", "{3[0].real}", "{3[}",
    "{0.}", "{0[]}", "{0..x}", "{!r}", "{0!r}", "{2!r}", "{2!a}", "{2!s:>8}", "{2!x}", "{2!}",
    "{2!rr}", "{2!r", "{0:}", "{0:>{w}}", "{1:{w}.{prec}}", "{1:{}.{}}", "{:{}}", "{0:{1}}",
    "{0:{a:{b}}}", "{0:{{}}", "{0:{", "{0", "{0:x", "{0!r:", "{0:{w}", "{:d}", "{2:d}", "{5:}",
    "{5:>3}", "{3}", "{4}", "{f:.1%} {a:+} {b:^7}", "{0:,} {1:e} {2:.2}", "x{0}y{1}z{2}",
    "{0[}", "{a[}", "{ }", "{0 }", "{-1}", "{00}", "{0x1}", "{a.b.c}", "{a.real.imag}",
    "\u00e9{0}\u00e9", "{0:\u00e9^9}", "{2:\u20ac>8}", "{0!\u00e9}",
    "{99999999999999999999}", "{0[99999999999999999999]}", "}}{{", "{{{0}}}", "{0:{1}{2}}",
]
rng = random.Random(3)
pieces = ["{}", "{0}", "{1}", "{2}", "{a}", "{b}", "{f}", "{w}", "{{", "}}", "x", " ",
          "{0:5}", "{1:.2f}", "{2:<9}", "{a:{w}}", "{3[1]}", "{4[k]}", "{p.x}", "{!r}", "{2!r}"]
rows = []
for fmt in fixed + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(400)]:
    rows.append((fmt, outcome(lambda: fmt.format(*ARGS, **KWARGS))))
write_table("brace_cases.txt", rows)
