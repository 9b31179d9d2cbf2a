"""The DOS test subset (tests/py/dos_subset.txt) as one batch file that a
rig runs in a single boot: each test's suite folder under an 8.3 name,
RUN.BAT with one RUNT.COM line per test, and reading back what each test
printed and how it ended (R\\Tnnn.1, .2, .RC), judged against python3's
expectations by the same code as run_py.py (tests/tools/pycheck.py)."""

import os
import shutil
import sys
from dataclasses import dataclass

import parts

sys.path.insert(0, os.path.join(parts.ROOT, "tests", "tools"))
import pycheck  # noqa: E402
import pycorpus  # noqa: E402
import pyrun  # noqa: E402

RESULTS = "R"
EXPECTATIONS = (".exp", ".err", ".status")


@dataclass
class Job:
    """One test in the batch: its result files are R\\<base>.*"""

    test: pycorpus.Test
    base: str

    @property
    def folder(self):
        return dos_folder(self.test.suite)


def dos_folder(suite):
    return suite[:8].upper()


def subset_tests(patterns=()):
    """The DOS subset, optionally narrowed to names containing a pattern."""
    tests = pycorpus.discover(s for s, state in pycorpus.read_suites().items()
                              if state == "enabled")
    subset = set(pycorpus.read_dos_subset({t.name for t in tests}))
    tests = [t for t in tests if t.name in subset]
    return [t for t in tests if not patterns or any(p in t.name for p in patterns)]


def jobs_for(tests):
    return [Job(t, f"T{i:03d}") for i, t in enumerate(tests)]


def dos_args(args):
    """Arguments on a DOS command line, quoted as MPYDOS splits them."""
    return "".join(" " + (f'"{a}"' if " " in a else a) for a in args)


def runt_line(options, base, program, tail):
    """A RUNT.COM line; DOS gives a program at most 126 characters of tail."""
    line = f"RUNT.COM{options} {base} {program} {tail}"
    if len(line) - len("RUNT.COM") > 126:
        raise SystemExit(f"rig: command line too long for DOS: {line}")
    return "C:\\" + line


def stage(jobs, folder, exe, progress_line=None):
    """Fill `folder` (the future C:) with the suites, MPYDOS.EXE, RUNT.COM
    and RUN.BAT; `progress_line(job)` is a command run after each test."""
    suites = sorted({j.test.suite for j in jobs})
    if len({dos_folder(s) for s in suites}) != len(suites):
        raise SystemExit("two suites share an 8.3 folder name")
    for suite in suites:
        shutil.copytree(os.path.join(pycorpus.PY_DIR, suite),
                        os.path.join(folder, dos_folder(suite)),
                        ignore=lambda _d, names: [n for n in names if n.endswith(EXPECTATIONS)
                                                  or n == "__pycache__"])
    shutil.copy(exe, os.path.join(folder, "MPYDOS.EXE"))
    shutil.copy(parts.helper("RUNT.COM"), os.path.join(folder, "RUNT.COM"))
    os.makedirs(os.path.join(folder, RESULTS))
    lines = ["@ECHO OFF"]
    for job in jobs:
        stdin = job.test.stdin_path
        target = os.path.join(folder, RESULTS, job.base + ".IN")
        if stdin:
            shutil.copy(stdin, target)
        else:
            open(target, "wb").close()  # EOF at once (DOSBox's NUL never ends)
        ctrl_c = " /C" if job.test.interrupt else ""
        lines.append(f"CD \\{job.folder}")
        lines.append(runt_line(ctrl_c, f"C:\\{RESULTS}\\{job.base}", "C:\\MPYDOS.EXE",
                               os.path.basename(job.test.path) + dos_args(job.test.args)))
        if progress_line:
            lines.append(progress_line(job))
    lines.append("CD \\")
    with open(os.path.join(folder, "RUN.BAT"), "wb") as f:
        f.write("".join(line + "\r\n" for line in lines).encode("ascii"))


def read_result(results, job):
    """pyrun.Run of a finished job, or None if its .RC is missing."""
    def read(ext):
        path = os.path.join(results, job.base + ext)
        if not os.path.exists(path):
            return None
        with open(path, "rb") as f:
            return f.read()
    rc = read(".RC")
    if rc is None:
        return None
    text = rc.decode("ascii", "replace").strip()
    status = int(text.split()[0]) if text[:1].isdigit() else -1
    if " T" in text:
        status = -1  # DOS ended it (Ctrl-C reached DOS's default handler)
    stderr = read(".2") or b""
    if status == -1:
        stderr += f"\n[rig: RUNT says {text!r}]".encode()
    return pyrun.Run(read(".1") or b"", stderr, status)


class Tally:
    """Counts and prints results against a rig's known-failures list."""

    def __init__(self, known):
        self.known = known
        self.passed = self.failed = self.skipped = 0

    def judge(self, job, run):
        if run is None:
            verdict = ("timeout", "no result: the rig's watchdog ended the run")
        else:
            verdict = pycheck.judge(job.test, run, crlf_console=True)
        name = job.test.name
        if verdict is None and name in self.known:
            self.failed += 1
            print(f"FAIL {name}: passes now; remove it from the rig's known list")
        elif verdict is None:
            self.passed += 1
        elif name in self.known:
            self.skipped += 1
        else:
            self.failed += 1
            print(f"FAIL {name} ({verdict[0]})\n{verdict[1]}")
        sys.stdout.flush()

    def summary(self):
        return f"{self.passed} passed, {self.failed} failed, {self.skipped} skipped"


def read_known(path):
    """{test: reason} from a rig's known list ('suite/test.py reason # proof')."""
    return {words[0]: words[1] for _n, words in pycorpus.read_list(path)}
