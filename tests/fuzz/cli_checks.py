#!/usr/bin/env python3
"""Command-line edge cases compared with python3 (issue 11): the exit status
and stderr (program name normalised) of `mpydos ARG` for odd scripts: a
directory, a missing file, source encodings (PEP 263)."""
import os
import subprocess
import sys
import tempfile


def outcome(cmd, arg, cwd):
    p = subprocess.run([cmd, arg], capture_output=True, cwd=cwd, timeout=30)
    err = p.stderr.decode(errors="replace").replace(cmd, "PROG").replace("mpydos", "PROG")
    # CPython names the script by its absolute path; we keep what was typed.
    err = err.replace(os.path.join(cwd, ""), "")
    return p.returncode, err.replace("python3", "PROG")


def main():
    binary = os.path.abspath(sys.argv[1])
    python = os.path.realpath(sys.executable)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, "somedir"))
        scripts = {
            "nonutf8.py": b'x = 1\nprint("caf\xe9")\n',
            "badcook.py": b"# -*- coding: nosuch -*-\nprint(1)\n",
            "latin1.py": b'# coding: latin-1\nprint(ascii("caf\xe9"))\n',
        }
        for name, data in scripts.items():
            with open(os.path.join(tmp, name), "wb") as f:
                f.write(data)
        for arg in ["somedir", "missing.py", *scripts]:
            ours = outcome(binary, arg, tmp)
            theirs = outcome(python, arg, tmp)
            theirs = (theirs[0], theirs[1].replace(python, "PROG"))
            if ours != theirs:
                failed += 1
                print("FAIL %s: mpydos %r, python3 %r" % (arg, ours, theirs))
    print("cli checks: %d failed" % failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
