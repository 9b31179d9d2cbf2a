"""Cases from CPython's own test suite, re-run to record what CPython prints
(or raises) for each:
- percent_suite_cases.txt: the `%` cases of Lib/test/test_format.py, every
  literal `fmt % args` expression in test_unicode/test_bytes/string_tests
  (in gen_percent.py's notation; arguments the Rust value model cannot
  hold, like big ints, are skipped) and Lib/test/formatfloat_testcases.txt;
- format_suite_cases.txt: formatfloat_testcases.txt through format(x, spec),
  and every format(x, spec) / x.__format__(spec) / test(x, spec, ...) call
  with literal arguments in test_types, test_long, test_float, test_unicode;
- number_suite_cases.txt: float() and repr() of Lib/test/floating_points.txt,
  and every int(text[, base]) / float(text) call with literal arguments in
  test_int, test_long, test_float;
- repr_suite_cases.txt: repr/ascii/isprintable/isidentifier of every str
  and bytes literal in test_unicode, test_bytes, string_tests;
- json_suite_cases.txt: json.loads of every string constant in
  Lib/test/test_json/*.py (documents that must parse or fail, and more)."""
import contextlib
import io
import ast
import json
import os
import re
import struct
import sys
import unittest

try:
    from test import test_format
except ImportError:  # Debian ships CPython's tests separately
    print("gen_cpython_suites: CPython's test package is missing; tables kept as they are")
    sys.exit(0)
from casefile import enc, format_row, outcome, write_table
from gen_numbers import show_float, show_int

recorded = []


def printable_row(row):
    """Whether a row can be written as UTF-8 (no lone surrogates)."""
    try:
        "\t".join(map(str, row)).encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def record(formatstr, args, *rest, **kwargs):
    if isinstance(formatstr, bytearray):
        formatstr = bytes(formatstr)
    recorded.append((formatstr, args))


test_format.testformat = record
test_format.test_exc = record
suite = unittest.defaultTestLoader.loadTestsFromTestCase(test_format.FormatTest)
with contextlib.redirect_stdout(io.StringIO()):
    suite.run(unittest.TestResult())


def model_can_hold(v):
    if isinstance(v, bool):
        return False
    if isinstance(v, int):
        return -2**63 <= v < 2**63
    if isinstance(v, (tuple, list)):
        return all(model_can_hold(x) for x in v)
    if isinstance(v, dict):
        return all(isinstance(k, str) and model_can_hold(x) for k, x in v.items())
    return isinstance(v, (float, str, bytes))


def literal_percent_expressions(path):
    """(fmt, args) of every `literal % literal` expression in a file."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            try:
                fmt, args = ast.literal_eval(node.left), ast.literal_eval(node.right)
            except (ValueError, TypeError, SyntaxError, RecursionError):
                continue
            if isinstance(fmt, (str, bytes)):
                yield fmt, args


test_dir = os.path.dirname(test_format.__file__)
for name in ["test_unicode.py", "test_bytes.py", "string_tests.py"]:
    recorded.extend(literal_percent_expressions(os.path.join(test_dir, name)))

rows, seen = [], set()
for fmt, args in recorded:
    if not isinstance(fmt, (str, bytes)) or not model_can_hold(args):
        continue
    values = args if isinstance(args, tuple) else (args,)
    if (any(isinstance(v, float) and 2**63 <= abs(v) < float("inf") for v in values)
            and re.search(r"%[^a-zA-Z%]*[diu]", str(fmt))):
        continue  # the model has no big ints to convert such floats to
    key = (type(fmt), fmt, repr(args))
    if key in seen:
        continue
    seen.add(key)
    result = outcome(lambda: fmt % args)
    if isinstance(result, bytes):
        result = result.decode("latin-1")
    kind = "bytes" if isinstance(fmt, bytes) else "str"
    shown_fmt = fmt.decode("latin-1") if isinstance(fmt, bytes) else fmt
    row = (kind, shown_fmt, enc(args), result)
    if printable_row(row):
        rows.append(row)


def float_bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


format_rows = []
with open(os.path.join(test_dir, "formatfloat_testcases.txt"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("--") or not line.strip():
            continue
        fmt, arg = line.split("->")[0].split()
        for x in (float(arg), -float(arg)):
            rows.append(("str", fmt, enc(x), outcome(lambda: fmt % x)))
            format_rows.append(("float", repr(x), fmt[1:], outcome(format, x, fmt[1:])))
write_table("percent_suite_cases.txt", rows)


def literal_format_calls(path):
    """(value, spec) of the format calls with literal arguments in a file."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func, args = node.func, node.args
        if isinstance(func, ast.Attribute) and func.attr == "__format__" and len(args) == 1:
            args = [func.value] + args
        elif not (isinstance(func, ast.Name) and func.id in ("format", "test") and len(args) >= 2):
            continue
        try:
            value, spec = ast.literal_eval(args[0]), ast.literal_eval(args[1])
        except (ValueError, TypeError, SyntaxError, RecursionError):
            continue
        if type(value) in (int, float, str) and isinstance(spec, str) and len(spec) < 200:
            yield value, spec


for name in ["test_types.py", "test_long.py", "test_float.py", "test_unicode.py"]:
    for value, spec in literal_format_calls(os.path.join(test_dir, name)):
        try:
            row = format_row(value, spec)
        except (KeyError, TypeError):
            continue
        if printable_row(row):
            format_rows.append(row)
write_table("format_suite_cases.txt", format_rows)

number_rows = []
with open(os.path.join(test_dir, "floating_points.txt"), encoding="utf-8") as f:
    for line in f:
        text = line.strip()
        if text and not text.startswith("#"):
            number_rows.append(("float", text, "", float_bits(float(text))))
            number_rows.append(("repr", float_bits(float(text)), "", repr(float(text))))


def literal_calls(path, name):
    """The literal argument tuples of every call of `name` in a file."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
            try:
                yield tuple(ast.literal_eval(a) for a in node.args)
            except (ValueError, TypeError, SyntaxError, RecursionError):
                continue


for name in ["test_int.py", "test_long.py", "test_float.py"]:
    path = os.path.join(test_dir, name)
    for args in literal_calls(path, "int"):
        if len(args) == 2 and isinstance(args[1], int) and not isinstance(args[1], bool) and -1 <= args[1] <= 40:
            text, base = args
        elif len(args) == 1:
            text, base = args[0], 10
        else:
            continue
        if isinstance(text, str) and len(text) < 300:
            row = ("int", text, base, show_int(text, base, int))
        elif isinstance(text, bytes) and len(text) < 300:
            row = ("intb", text.decode("latin-1"), base, show_int(text, base, int))
        else:
            continue
        if printable_row(row):
            number_rows.append(row)
    for args in literal_calls(path, "float"):
        if len(args) == 1 and isinstance(args[0], (str, bytes)) and len(args[0]) < 300:
            text = args[0]
            kind, shown = ("float", text) if isinstance(text, str) else ("floatb", text.decode("latin-1"))
            row = (kind, shown, "", show_float(text))
            if printable_row(row):
                number_rows.append(row)
write_table("number_suite_cases.txt", number_rows)


def json_outcome(doc):
    try:
        doc.encode("utf-8")  # MPYDOS strs cannot hold lone surrogates
    except UnicodeEncodeError:
        return None
    try:
        value = json.loads(doc)
        json.dumps(value, ensure_ascii=False).encode("utf-8")  # no lone surrogates
        return json.dumps(value)
    except UnicodeEncodeError:
        return None
    except json.JSONDecodeError as e:
        return "!JSONDecodeError: %s" % e
    except (ValueError, RecursionError) as e:
        return "!%s: %s" % (type(e).__name__, e)


json_docs = set()
json_dir = os.path.join(test_dir, "test_json")
for name in sorted(os.listdir(json_dir)):
    if name.endswith(".py"):
        with open(os.path.join(json_dir, name), encoding="utf-8") as f:
            tree = ast.parse(f.read())
        json_docs |= {node.value for node in ast.walk(tree)
                      if isinstance(node, ast.Constant) and isinstance(node.value, str)
                      and len(node.value) < 5000}
json_rows = [("loads", doc, shown) for doc in sorted(json_docs)
             if (shown := json_outcome(doc)) is not None and "RecursionError" not in shown]
write_table("json_suite_cases.txt", json_rows)


def literals(path):
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)) and len(node.value) < 500:
            yield node.value


repr_rows = []
for name in ["test_unicode.py", "test_bytes.py", "string_tests.py"]:
    for value in sorted(set(literals(os.path.join(test_dir, name))), key=repr):
        if isinstance(value, bytes):
            row = ("bytes", value.hex(), repr(value), "", "", "")
        else:
            row = ("str", value, repr(value), ascii(value), value.isprintable(), value.isidentifier())
        if printable_row(row):
            repr_rows.append(row)
write_table("repr_suite_cases.txt", repr_rows)
