#!/usr/bin/env python3
"""Writes the expected parser output for every tests/syntax/{ok,err}/*.py with
CPython (the oracle): NAME.ast holds ast.dump(tree) and, on a second line,
ast.dump(tree, include_attributes=True); a file CPython rejects gets
NAME.err instead: "ErrorClass: msg" and "lineno offset".

Run: python3 tests/syntax/make_expect.py   (needs CPython 3.11)
"""
import ast
import pathlib
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("make_expect.py: needs CPython 3.11 (the project's oracle)")

here = pathlib.Path(__file__).resolve().parent
for path in sorted([*here.glob("ok/*.py"), *here.glob("err/*.py")]):
    source = path.read_bytes()
    ast_file, err_file = path.with_suffix(".ast"), path.with_suffix(".err")
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        ast_file.unlink(missing_ok=True)
        err_file.write_text(f"{type(e).__name__}: {e.msg}\n{e.lineno} {e.offset}\n")
        continue
    err_file.unlink(missing_ok=True)
    ast_file.write_text(ast.dump(tree) + "\n" + ast.dump(tree, include_attributes=True) + "\n")
