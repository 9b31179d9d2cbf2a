#!/usr/bin/env python3
"""Differential fuzzer for mpydos (issue 11): generates small Python programs
(operator x value matrices, builtin and method calls with odd arguments,
deep nesting, random token soup for the parser and compiler), runs each under
mpydos and python3, and sorts what went wrong into classes:

  crash   a signal, an abort, a Rust panic or "internal error"
  hang    no exit within the time limit
  exit70  the program ended with status 70 (out of memory outside Python)
  differs stdout differs from python3's (reported with the first line that
          differs, and kept)
  known   a difference already known and tracked, not a failure: a program
          with a complex literal while complex numbers are missing (being
          implemented), or a line built by nested() deeper than our
          documented nesting limits (100 brackets, 1000 AST levels, 150
          compiler levels;
          CPython goes to ~3000 before RecursionError, 6000 before
          MemoryError, which the DOS stack cannot)

The corpus (tests/fuzz/corpus/*.py: crashers found so far) runs first, every
time. Exit status 1 if any program fell in the first four classes; the
programs of every class are kept in --keep DIR for a regression test.

    fuzz.py --seed 1 --count 150        what `make test` runs (test-fuzz)
    fuzz.py --seconds 1800              what `make fuzz` runs
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

VALUES = [
    "0", "1", "-1", "2", "7", "True", "False", "None", "2**63", "-2**63", "2**100",
    "-2**100", "10**30", "0.0", "-0.0", "1.5", "-2.5", "1e308", "float('inf')",
    "float('nan')", "''", "'ab'", "'\\xe9\\u20ac'", "b''", "b'ab'", "bytearray(b'x')",
    "[]", "[1, 2]", "()", "(1,)", "{}", "{1: 2}", "set()", "{1}", "frozenset({2})",
    "range(3)", "range(2**64)", "slice(1)", "object()", "int", "len", "...",
    "2**32", "2**31 - 1", "-2**31", "2**64 + 3", "1j if False else 3",
]
BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@",
          "==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "and", "or"]
UNARY = ["-", "+", "~", "not "]
CALLS = [
    "len({})", "int({})", "float({})", "str({})", "repr({})", "bool({})", "abs({})",
    "bytes({})", "bytearray({})", "list({})", "tuple({})", "sorted({})", "min({})",
    "max({})", "sum({})", "round({}, {})", "divmod({}, {})", "pow({}, {}, {})",
    "format({}, 'x')", "'%s %d' % ({}, {})", "'{{:>{{}}}}'.format({}, {})",
    "chr({})", "ord({})", "hex({})", "range({}, {})", "'ab'.ljust({})",
    "'a\\tb'.expandtabs({})", "'ab' * {}", "[0] * {}", "b'ab'.center({})",
    "isinstance({}, {})", "hash({}) == hash({})", "int('1' * 50, {})",
    "{}.to_bytes(4, 'big')", "'abc'[{}:{}]", "[1, 2, 3][{}]", "{}[{}]",
    "iter({})", "next(iter({}))", "dict.fromkeys({})", "set({})",
]
PARSER_BITS = ["(", ")", "[", "]", "{", "}", ":", ",", "lambda", "x", "1", "'s'",
               "f'{", "}'", "if", "else", "for", "in", "yield", "await", "*", "**",
               "=", ":=", "\n", "    ", "def", "class", "return", "@", ".", ";",
               "not", "-", "\\", "#", "async", "with", "as", "try", "except"]


def expr(rng, depth=0):
    r = rng.random()
    if depth > 2 or r < 0.35:
        return rng.choice(VALUES)
    if r < 0.65:
        return "(%s %s %s)" % (expr(rng, depth + 1), rng.choice(BINOPS), expr(rng, depth + 1))
    if r < 0.75:
        return "(%s%s)" % (rng.choice(UNARY), expr(rng, depth + 1))
    call = rng.choice(CALLS)
    return call.format(*[expr(rng, depth + 1) for _ in range(call.count("{}"))])


def nested(rng):
    n = rng.choice([10, 100, 999, 1001, 5000, 50000])
    kind = rng.randrange(9)
    if kind == 0:
        return "eval(%r)" % ("(" * n + ")" * n)
    if kind == 1:
        return "eval(%r)" % ("[" * n + "]" * n)
    if kind == 2:
        return "eval(%r)" % ("-" * n + "1")
    if kind == 3:
        return "__import__('json').loads(%r)" % ("[" * n + "]" * n)
    if kind == 4:
        return "(lambda x: [x := [x] for _ in range(%d)] and repr(x))([])" % n
    if kind == 5:
        return "eval(%r)" % ("1" + "+1" * n)
    if kind == 6:
        return "exec(%r)" % "".join(" " * i + "if 1:\n" for i in range(min(n, 200))) + " # pass"
    if kind == 7:
        return "compile(%r, 's', 'exec')" % ("def f(%s): pass" % ", ".join("a%d" % i for i in range(min(n, 2000))))
    # In eval(): past the parser's 100 brackets the SyntaxError is the
    # known nesting difference of that line, not of the whole program.
    return "eval(%r)" % ("isinstance(1, %s)" % ("(" * min(n, 900) + "int" + ",)" * min(n, 900)))


def soup(rng):
    return "".join(rng.choice(PARSER_BITS) + rng.choice(["", " "]) for _ in range(rng.randrange(1, 25)))


def program(rng):
    """A program, and the output line numbers (from 1) of its statements
    that run into our documented nesting limits."""
    lines = []
    deep = set()
    for i in range(rng.randrange(3, 12)):
        r = rng.random()
        if r < 0.7:
            e = expr(rng)
        elif r < 0.8:
            e = nested(rng)
            if e.startswith("eval(") and (len(e) > 999 or "(" * 100 in e):
                deep.add(i)  # source nested past our parser's limits
        else:
            e = "compile(%r, 's', 'exec')" % soup(rng)
        # Only the type of a result or an error is printed: values such as
        # hashes, ids and reprs of objects legitimately differ.
        lines.append("try:\n    r = %s\n    print(%d, type(r).__name__)\n"
                     "except Exception as e:\n    print(%d, type(e).__name__)" % (e, i, i))
    return "\n".join(lines) + "\n", deep


def run(cmd, path, timeout):
    try:
        p = subprocess.run(cmd + [path], capture_output=True, timeout=timeout, cwd=os.path.dirname(path))
    except subprocess.TimeoutExpired:
        return "hang", b"", b""
    err = p.stderr
    if p.returncode < 0 or p.returncode >= 128 or b"panicked" in err or b"internal error" in err:
        return "crash", p.stdout, err
    if p.returncode == 70:
        return "exit70", p.stdout, err
    return "ok", p.stdout, err


def known_difference(source, deep, expected, got, err):
    """Whether every difference is a known, tracked one (see the docstring)."""
    if "1j" in source and b"complex numbers are not supported" in err:
        return True
    e, g = expected.splitlines(), got.splitlines()
    if len(e) != len(g):
        return False
    for want, have in zip(e, g):
        if want != have and want.split()[:1] not in ([b"%d" % i] for i in deep):
            return False
    return True


def first_difference(expected, got):
    """The first line where our output differs from python3's, as bytes."""
    e, g = expected.splitlines(), got.splitlines()
    for i in range(max(len(e), len(g))):
        want = e[i] if i < len(e) else b"<nothing>"
        have = g[i] if i < len(g) else b"<nothing>"
        if want != have:
            return b"line %d: python3 %r, we %r" % (i + 1, want, have)
    return b"output differs"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/mpydos"))
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--count", type=int, default=None)
    ap.add_argument("--seconds", type=float, default=None)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--keep", default=os.path.join(ROOT, "target/fuzz-found"))
    ap.add_argument("--no-oracle", action="store_true", help="skip the python3 comparison")
    a = ap.parse_args()
    # Each program runs in its own folder: a relative --binary must not
    # depend on that.
    a.binary = os.path.abspath(a.binary)
    seed = a.seed if a.seed is not None else int(time.time())
    rng = random.Random(seed)
    counts = {"ok": 0, "crash": 0, "hang": 0, "exit70": 0, "differs": 0, "known": 0}
    bad = []
    tmp = tempfile.mkdtemp(prefix="mpyfuzz")
    corpus = sorted(os.path.join(HERE, "corpus", f) for f in os.listdir(os.path.join(HERE, "corpus")) if f.endswith(".py"))
    start = time.time()
    n = 0
    while True:
        deep = set()
        if n < len(corpus):
            path = corpus[n]
        else:
            i = n - len(corpus)
            if a.count is not None and i >= a.count:
                break
            if a.seconds is not None and time.time() - start > a.seconds:
                break
            if a.count is None and a.seconds is None and i >= 100:
                break
            path = os.path.join(tmp, "f%d.py" % i)
            source, deep = program(rng)
            with open(path, "w") as f:
                f.write(source)
        n += 1
        cls, out, err = run([a.binary], path, a.timeout)
        if cls == "hang" and run([sys.executable], path, a.timeout)[0] == "hang":
            cls = "ok"  # python3 takes as long: a slow program, not a hang
        if cls == "ok" and not a.no_oracle:
            ocls, pout, _ = run([sys.executable], path, a.timeout)
            if ocls == "ok" and pout != out:
                with open(path) as f:
                    known = known_difference(f.read(), deep, pout, out, err)
                cls, err = "known" if known else "differs", first_difference(pout, out)
        if cls != "ok":
            counts[cls] += 1
            os.makedirs(a.keep, exist_ok=True)
            kept = os.path.join(a.keep, "%s_%d_%d.py" % (cls, seed, n))
            with open(path) as f, open(kept, "w") as g:
                g.write(f.read())
            bad.append((cls, kept, err.decode(errors="replace").strip().splitlines()[-1:] or [""]))
            continue
        counts["ok"] += 1
    for cls, kept, last in bad:
        print("%s: %s  %s" % (cls, kept, last[0]))
    print("fuzz seed %d: %d programs (%d corpus), %s" % (
        seed, n, len(corpus), ", ".join("%s %d" % kv for kv in counts.items())))
    return 1 if any(cls != "known" for cls, _, _ in bad) else 0


if __name__ == "__main__":
    sys.exit(main())
