#!/usr/bin/env python3
"""Captures CPython's verdict on every .py file of its own standard library
(or of the directories given) for the external-corpus parser test:
OUT/list.txt names the files, OUT/N.exp holds what CPython says about file
N: the .err format of make_expect.py, or ast.dump(tree) and, on a second
line, the CRC-32 (hex) of ast.dump(tree, include_attributes=True), which
is too large to keep for a whole library.

Run: python3 tests/syntax/stdlib_expect.py OUT [DIR...]
"""
import ast
import os
import pathlib
import sys
import zlib

out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
roots = [pathlib.Path(d) for d in sys.argv[2:]] or [pathlib.Path(os.path.dirname(os.__file__))]
files = []
for root in roots:
    for path in sorted(root.rglob("*.py")):
        if "site-packages" in path.parts:
            continue
        source = path.read_bytes()
        try:
            source.decode("utf-8")
            tree = ast.parse(source)
            located = ast.dump(tree, include_attributes=True).encode()
            result = f"{ast.dump(tree)}\n{zlib.crc32(located):08x}\n"
        except SyntaxError as e:
            result = f"{type(e).__name__}: {e.msg}\n{e.lineno} {e.offset} {e.end_lineno} {e.end_offset}\n"
        except (UnicodeDecodeError, ValueError):
            continue  # not UTF-8 (or NUL bytes): outside what the parser takes
        (out / f"{len(files)}.exp").write_text(result)
        files.append(str(path))
(out / "list.txt").write_text("".join(f + "\n" for f in files))
print(f"{len(files)} files")
