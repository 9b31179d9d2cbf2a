"""What the independent DOS rigs (tests/rigs) run on: the third-party parts
in ../shared/thirdparty (MPYDOS_THIRDPARTY overrides; see its README.md),
the host programs (dosbox, qemu-system-i386, mtools, mkfs.fat, nasm), and
our own DOS helpers RUNT.COM and QEXIT.COM, assembled here from their
sources. Where a part is missing, a suite prints one line and skips."""

import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
THIRDPARTY = os.path.abspath(os.environ.get("MPYDOS_THIRDPARTY")
                             or os.path.join(ROOT, "..", "shared", "thirdparty"))
WORK = os.path.join(ROOT, "target", "rigs")
HELPERS = {"RUNT.COM": "runt.asm", "QEXIT.COM": "qexit.asm"}


def part(name):
    return os.path.join(THIRDPARTY, name)


def require(suite, files=(), programs=()):
    """Skip the suite (one line, exit status 0) when a part is missing."""
    missing = [part(f) for f in files if not os.path.isfile(part(f))]
    missing += [p for p in programs if not shutil.which(p)]
    if missing:
        print(f"{suite}: skipped: missing {', '.join(missing)} "
              "(see ../shared/thirdparty/README.md)")
        sys.exit(0)


def helper(name):
    """Path of one of our DOS helpers, assembled into target/rigs/."""
    os.makedirs(WORK, exist_ok=True)
    out = os.path.join(WORK, name)
    subprocess.run(["nasm", "-f", "bin", "-o", out, os.path.join(HERE, HELPERS[name])],
                   check=True)
    return out


def fresh_dir(*names):
    """An empty directory under target/rigs/."""
    path = os.path.join(WORK, *names)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path
