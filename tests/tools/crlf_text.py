"""Run a test script the way CPython on Windows treats text files: "\\n"
written to a text-mode file becomes CR LF (newline=None writes os.linesep).
run_py.py --write-expected records NAME.dos.exp this way for tests marked
'# dos-text: crlf', since MPYDOS.EXE writes DOS text files like that.

    python3 crlf_text.py SCRIPT [ARGS...]

The pure-Python io (_pyio) reads os.linesep when a file is opened; the C io
would always write LF on Linux. Argument errors still come from the C io
(its messages are the ones tests compare): it checks them before opening.
"""

import _pyio
import builtins
import os
import runpy
import sys

C_OPEN = builtins.open


def open_crlf_text(*args, **kwargs):
    try:
        return _pyio.open(*args, **kwargs)
    except (TypeError, ValueError):
        C_OPEN(*args, **kwargs).close()  # raises the C io's error
        raise


os.linesep = "\r\n"
builtins.open = open_crlf_text
del sys.argv[0]
runpy.run_path(sys.argv[0], run_name="__main__")
