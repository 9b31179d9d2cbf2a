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
