"""Shared writer for the text engines' test tables.

Each case is one line of tab-separated fields; a field escapes backslash,
tab, newline and carriage return as \\\\ \\t \\n \\r. An expected error is
written as "!ExceptionName: message". Run the gen_*.py scripts with
CPython 3.11 from this directory to regenerate the tables.
"""
import struct


def escape(text):
    return (text.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def outcome(func, *args):
    """func(*args) as a string, or "!Type: message" if it raises."""
    try:
        return func(*args)
    except Exception as exc:  # the exception is the expected value
        return "!%s: %s" % (type(exc).__name__, exc)


def write_table(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write("\t".join(escape(str(field)) for field in row) + "\n")


def enc(v):
    """A value in the typed notation the Rust tests decode (tests/value_model.rs):
    i<int>;  f<16 hex digits of the IEEE bits>;  s<n>:<n chars>  b<n>:<2n hex digits>
    t<n>:<n items>  d<n>:<n key/value pairs>  l<n>:<n items> (a list)."""
    if isinstance(v, bool):
        raise TypeError(v)
    if isinstance(v, int):
        return "i%d;" % v
    if isinstance(v, float):
        return "f%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return "s%d:%s" % (len(v), v)
    if isinstance(v, bytes):
        return "b%d:%s" % (len(v), v.hex())
    if isinstance(v, tuple):
        return "t%d:" % len(v) + "".join(enc(x) for x in v)
    if isinstance(v, dict):
        return "d%d:" % len(v) + "".join(enc(k) + enc(x) for k, x in v.items())
    if isinstance(v, list):
        return "l%d:" % len(v) + "".join(enc(x) for x in v)
    raise TypeError(v)


def bigint_digits(value):
    """An int beyond i64 as the Rust tests take it: sign|bin|oct|dec|hex."""
    m = abs(value)
    return "%s|%s|%s|%s|%s" % ("-" if value < 0 else "+", format(m, "b"), format(m, "o"), m, format(m, "x"))


def format_row(value, spec):
    """A row of format_cases.txt: kind, value, spec, format(value, spec)."""
    if isinstance(value, bool):
        raise TypeError(value)
    if isinstance(value, int) and not -2**63 <= value < 2**63:
        kind, shown = "bigint", bigint_digits(value)
    else:
        kind = {int: "int", float: "float", str: "str"}[type(value)]
        shown = repr(value) if kind == "float" else value
    return (kind, shown, spec, outcome(format, value, spec))
