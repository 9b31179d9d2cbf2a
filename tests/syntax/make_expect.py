#!/usr/bin/env python3
"""Writes the expected parser output for every tests/syntax/{ok,err}/*.py
(parsed as files; eval/ and single/ in those modes of ast.parse) with
CPython (the oracle): NAME.ast holds ast.dump(tree) and, on a second line,
ast.dump(tree, include_attributes=True); a file CPython rejects gets
NAME.err instead: "ErrorClass: msg", "lineno offset end_lineno end_offset",
then the source and caret lines python3 prints when running the file.

Run: python3 tests/syntax/make_expect.py   (needs CPython 3.11)
"""
import ast
import pathlib
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("make_expect.py: needs CPython 3.11 (the project's oracle)")

here = pathlib.Path(__file__).resolve().parent
MODES = {"ok": "exec", "err": "exec", "eval": "eval", "single": "single"}
for path in sorted(p for d in MODES for p in here.glob(f"{d}/*.py")):
    mode = MODES[path.parent.name]
    source = path.read_bytes()
    ast_file, err_file = path.with_suffix(".ast"), path.with_suffix(".err")
    try:
        tree = ast.parse(source, mode=mode)
    except SyntaxError as e:
        ast_file.unlink(missing_ok=True)
        # What `python3 FILE` prints between "  File ..., line N" and the message.
        carets = ""
        if mode == "exec":
            stderr = subprocess.run([sys.executable, str(path)], capture_output=True, text=True).stderr
            carets = "".join(line + "\n" for line in stderr.splitlines()[1:-1])
        err_file.write_text(f"{type(e).__name__}: {e.msg}\n{e.lineno} {e.offset} {e.end_lineno} {e.end_offset}\n{carets}")
        continue
    err_file.unlink(missing_ok=True)
    ast_file.write_text(ast.dump(tree) + "\n" + ast.dump(tree, include_attributes=True) + "\n")
