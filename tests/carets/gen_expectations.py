"""Regenerates expectations.txt: for each case of cases.txt, the position
CPython 3.11 records for the failing instruction (from the traceback) and
the caret line its default excepthook prints under the source line ("" when
it prints none). Run: python3 tests/carets/gen_expectations.py
"""
import pathlib
import subprocess
import sys
import tempfile
import traceback

HERE = pathlib.Path(__file__).parent


def cases():
    name, lines = None, []
    for line in (HERE / "cases.txt").read_text().splitlines():
        if line.startswith("#### "):
            if name:
                yield name, "\n".join(lines) + "\n"
            name, lines = line[5:], []
        elif name:
            lines.append(line)
    if name:
        yield name, "\n".join(lines) + "\n"


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
    (HERE / "expectations.txt").write_text(out)


if __name__ == "__main__":
    main()
