#!/usr/bin/env python3
"""Run the Python test corpus (tests/py) under mpydos, or its DOS subset under
`dosrun MPYDOS.EXE`, and compare with the expectations captured from CPython.

    python3 tests/run_py.py [--binary PATH] [--dos] [--jobs N] [--update-known]
                            [--all-suites] [--no-known] [--brief] [-v]
                            [PATTERN...]
    python3 tests/run_py.py --write-expected [PATTERN...]   (what `make expect` runs)

PATTERN selects tests whose name ("suite/file.py") contains it. The last line
printed is always "N passed, N failed, N skipped". Exit status 0 only if
nothing failed; 2 for a usage or corpus layout error. See tests/py/README.md.
"""

import argparse
import os
import shutil
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "tools"))
import pycheck  # noqa: E402
import pycorpus  # noqa: E402
import pyrun  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOST_TIMEOUT = 30
DOS_TIMEOUT = 90  # dosrun's own --timeout 60 should fire first
DOSRUN_TIMEOUT_ARG = "60"
# DOS scripts run on dosrun's virtual clock (one microsecond per 100 emulated
# instructions, idle time skipped): the order of timers and tasks then does
# not depend on how busy the build machine is. Not the Ctrl-C tests: their
# ^C comes 0.3 s of real time after the first output.
DOSRUN_VIRTUAL_CLOCK = ["--mips", "100"]
# Records NAME.dos.exp of '# dos-text: crlf' tests (text files with CR LF).
CRLF_TEXT = os.path.join(ROOT, "tests", "tools", "crlf_text.py")


def die(message):
    """A usage or layout error: one line on stderr, exit status 2."""
    print(f"run_py: {message}", file=sys.stderr)
    sys.exit(2)


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--binary", help="interpreter to test (host: target/release/mpydos; "
                   "--dos: the EXE, dist/MPYDOS.EXE); `python3` checks the corpus itself")
    p.add_argument("--dosrun", default=os.path.join(ROOT, "target/release/dosrun"),
                   help="the DOS harness for --dos")
    p.add_argument("--dos", action="store_true", help="run the DOS subset under dosrun")
    p.add_argument("--jobs", "-j", type=int, default=2)
    p.add_argument("--timeout", type=float, help="seconds per test (host 30, DOS 90)")
    p.add_argument("--update-known", action="store_true",
                   help="rewrite the known-failures list from this run's results")
    p.add_argument("--no-known", action="store_true",
                   help="ignore the known-failures list (for checking the corpus with python3)")
    p.add_argument("--all-suites", action="store_true",
                   help="also run the suites marked pending in suites.txt")
    p.add_argument("--write-expected", action="store_true",
                   help="record python3's output as the expectations (all suites)")
    p.add_argument("--brief", action="store_true", help="one line per failure, no diffs")
    p.add_argument("-v", "--verbose", action="store_true", help="list passing tests too")
    p.add_argument("patterns", nargs="*", metavar="PATTERN")
    return p.parse_args()


def resolve_program(path, what):
    """An executable path or a command on PATH; exits with one line if neither."""
    if os.sep not in path:
        found = shutil.which(path)
        if found:
            return found
        path = os.path.join(ROOT, path)
    path = os.path.abspath(path)
    if not os.path.isfile(path):
        die(f"{what} not found: {path}")
    return path


def select_tests(args):
    suites = pycorpus.read_suites()
    wanted = [s for s, state in suites.items()
              if state == "enabled" or args.all_suites or args.write_expected]
    tests = pycorpus.discover(wanted)
    if args.dos:
        subset = set(pycorpus.read_dos_subset({t.name for t in tests}))
        tests = [t for t in tests if t.name in subset]
    if args.patterns:
        tests = [t for t in tests if any(p in t.name for p in args.patterns)]
    return tests


def command_for(args):
    if args.write_expected:
        return [sys.executable]
    if args.dos:
        dosrun = resolve_program(args.dosrun, "dosrun")
        exe = resolve_program(args.binary or "dist/MPYDOS.EXE", "DOS executable")
        return [dosrun, "--timeout", DOSRUN_TIMEOUT_ARG, exe]
    return [resolve_program(args.binary or "target/release/mpydos", "interpreter")]


def with_memory(command, test, dos):
    """The command for one test: dosrun gets '--mem MB' for a '# memory:'
    test (on the host, pyrun limits the process itself)."""
    if dos and test.memory_mb:
        return command[:1] + ["--mem", str(test.memory_mb)] + command[1:]
    return command


def write_expected(tests, args):
    if sys.version_info[:2] != (3, 11):
        die(f"expectations come from CPython 3.11, this is {sys.version.split()[0]}")
    failed = 0

    def record(test):
        run = pyrun.run_script(test, [sys.executable], args.timeout or HOST_TIMEOUT)
        if run.timed_out:
            return f"{test.name}: timed out under python3"
        if run.stderr and not test.checks_stderr:
            first = run.stderr.decode("utf-8", "replace").strip().split("\n")[-1]
            print(f"note: {test.name} writes to stderr under python3: {first}")
        pycheck.write_expected(test, run)
        if test.dos_crlf_text:
            run = pyrun.run_script(test, [sys.executable, CRLF_TEXT], args.timeout or HOST_TIMEOUT)
            if run.timed_out or run.status != pycheck.read_expected(test)[1]:
                return f"{test.name}: crlf_text.py run failed"
            pycheck.write_dos_expected(test, run)
        return None

    with ThreadPoolExecutor(args.jobs) as pool:
        for problem in pool.map(record, tests):
            if problem:
                failed += 1
                print(problem)
    print(f"wrote expectations of {len(tests) - failed} tests")
    return 1 if failed else 0


def run_all(tests, args):
    command = command_for(args)
    timeout = args.timeout or (DOS_TIMEOUT if args.dos else HOST_TIMEOUT)
    known = {} if args.no_known else pycorpus.read_known(args.dos)
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    suite_passes = {}  # suite -> [tests passed, tests run]
    new_known = dict(known)
    lock = threading.Lock()

    def one(test):
        argv = with_memory(command, test, args.dos)
        if args.dos and not test.interrupt:
            argv = argv[:-1] + DOSRUN_VIRTUAL_CLOCK + argv[-1:]
        run = pyrun.run_script(test, argv, timeout,
                               ctrl_c_on_stdin=args.dos, limit_memory=not args.dos)
        verdict = pycheck.judge(test, run, crlf_console=args.dos)
        with lock:
            tally = suite_passes.setdefault(test.suite, [0, 0])
            tally[0] += verdict is None
            tally[1] += 1
            report(test, verdict, known, counts, new_known, args)

    with ThreadPoolExecutor(args.jobs) as pool:
        list(pool.map(one, tests))

    if args.update_known:
        pycorpus.write_known(args.dos, new_known)
        print(f"rewrote {os.path.relpath(pycorpus.KNOWN_FILES[args.dos], ROOT)}: "
              f"{len(new_known)} known failures")
    stale = sorted(set(known) - {t.name for t in pycorpus.discover(pycorpus.read_suites())})
    for name in stale:
        print(f"note: known-failures list names {name}, which is not a test")
    if len(suite_passes) > 1 and counts["passed"] < len(tests):
        print("passing by suite: " + ", ".join(
            f"{suite} {p}/{n}" for suite, (p, n) in sorted(suite_passes.items())))
    print(f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped")
    return 0 if counts["failed"] == 0 or args.update_known else 1


def report(test, verdict, known, counts, new_known, args):
    """Count and print one result (called under the lock)."""
    verbose = args.verbose
    if verdict is None:
        new_known.pop(test.name, None)
        if test.name in known:
            counts["failed"] += 1
            print(f"FAIL {test.name}: passes now; remove it from the known-failures list")
        else:
            counts["passed"] += 1
            if verbose:
                print(f"ok   {test.name}")
        return
    reason, text = verdict
    new_known.setdefault(test.name, reason)
    if test.name in known:
        counts["skipped"] += 1
        if verbose:
            print(f"skip {test.name} (known: {known[test.name]})")
        return
    counts["failed"] += 1
    print(f"FAIL {test.name} ({reason})")
    if not args.brief:
        print(text)
    sys.stdout.flush()


def main():
    args = parse_args()
    try:
        tests = select_tests(args)
    except pycorpus.CorpusError as e:
        die(str(e))
    if not tests:
        print("no tests selected")
        print("0 passed, 0 failed, 0 skipped")
        return 1
    if args.write_expected:
        return write_expected(tests, args)
    return run_all(tests, args)


if __name__ == "__main__":
    sys.exit(main())
