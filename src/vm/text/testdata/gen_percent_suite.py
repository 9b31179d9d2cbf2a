"""The `%` cases of CPython's own Lib/test/test_format.py, re-run to record
what CPython prints (or raises) for each, in gen_percent.py's notation.
Cases whose arguments the Rust test's value model cannot hold (big ints,
other types) are skipped."""
import contextlib
import io
import re
import unittest
from test import test_format
from casefile import enc, outcome, write_table

recorded = []


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
    rows.append((kind, shown_fmt, enc(args), result))
write_table("percent_suite_cases.txt", rows)
