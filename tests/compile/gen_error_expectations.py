"""Regenerates error_expectations.txt from CPython 3.11 (the oracle).

For every case of error_cases.txt: checks that ast.parse accepts it (the
error belongs to the compiler, not the parser), then records the
SyntaxError that compile() raises as "lineno offset message".
Run: python3 tests/compile/gen_error_expectations.py
"""
import ast
import pathlib
import sys

from case_file import read_cases

HERE = pathlib.Path(__file__).parent


def cases():
    return read_cases(HERE / "error_cases.txt")


def main():
    out = []
    for name, src in cases():
        try:
            ast.parse(src)
        except SyntaxError as e:
            sys.exit(f"case {name!r} is a parser error ({e.msg}), not a compiler one")
        try:
            compile(src, "case.py", "exec")
        except SyntaxError as e:
            lineno, offset, msg = e.lineno, e.offset, e.msg
        else:
            sys.exit(f"case {name!r} compiles under CPython")
        out.append(f"{name}\t{lineno}\t{offset}\t{msg}\n")
    (HERE / "error_expectations.txt").write_text("".join(out))


if __name__ == "__main__":
    main()
