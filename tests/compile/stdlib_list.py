"""Writes the list of CPython standard-library files that CPython itself
compiles (the corpus of `make test-compile-stdlib`), one path per line.
Run: python3 tests/compile/stdlib_list.py OUT
"""
import pathlib
import sys
import sysconfig
import warnings


def main():
    out = pathlib.Path(sys.argv[1])
    stdlib = pathlib.Path(sysconfig.get_paths()["stdlib"])
    paths = []
    warnings.simplefilter("ignore")
    for path in sorted(stdlib.rglob("*.py")):
        if "site-packages" in path.parts:
            continue
        try:
            compile(path.read_text(encoding="utf-8"), str(path), "exec")
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        paths.append(str(path))
    out.write_text("\n".join(paths) + "\n")


if __name__ == "__main__":
    main()
