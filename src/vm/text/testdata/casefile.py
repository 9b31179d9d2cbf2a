"""Shared writer for the text engines' test tables.

Each case is one line of tab-separated fields; a field escapes backslash,
tab, newline and carriage return as \\\\ \\t \\n \\r. An expected error is
written as "!ExceptionName: message". Run the gen_*.py scripts with
CPython 3.11 from this directory to regenerate the tables.
"""


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
