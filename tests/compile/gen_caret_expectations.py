"""Regenerates caret_expectations.txt: for each case of caret_cases.txt, the position
CPython 3.11 records for the failing instruction (from the traceback) and
the caret line its default excepthook prints under the source line ("" when
it prints none). Run: python3 tests/compile/gen_caret_expectations.py
"""
import pathlib
import subprocess
import sys
import tempfile
import traceback

from case_file import read_cases

HERE = pathlib.Path(__file__).parent


def cases():
    return read_cases(HERE / "caret_cases.txt")


def expectation(name, src):
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "case.py"
        path.write_text(src)
        try:
            exec(compile(src, str(path), "exec"), {"__name__": "__main__"})
        except Exception as e:  # noqa: BLE001 - every case raises
            frame = traceback.extract_tb(e.__traceback__)[-1]
        else:
            sys.exit(f"case {name!r} does not raise")
        err = subprocess.run([sys.executable, str(path)], capture_output=True, text=True).stderr
    lines = err.splitlines()
    # The last entry's source line is followed by the caret line, if any.
    at = max(i for i, l in enumerate(lines) if l.startswith("  File "))
    caret = lines[at + 2] if lines[at + 2].strip(" ~^") == "" else ""
    source = src.splitlines()[frame.lineno - 1]
    pos = f"{frame.lineno}\t{frame.end_lineno}\t{frame.colno}\t{frame.end_colno}"
    return f"{name}\t{pos}\t{source!r}\t{caret!r}\n"


def main():
    out = "".join(expectation(name, src) for name, src in cases())
    (HERE / "caret_expectations.txt").write_text(out)


if __name__ == "__main__":
    main()
