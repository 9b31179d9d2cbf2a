"""The Python test corpus on disk: suites, test files, their expectation files
and the lists that steer a run (suites.txt, dos_subset.txt, known_failures*.txt).

Layout rules are documented in tests/py/README.md; this module is their one
implementation, shared by run_py.py (running) and its --write-expected mode.
"""

import os
import re
import shlex
from dataclasses import dataclass, field

# RUN_PY_CORPUS points the runner at another corpus (its own self-test uses it).
PY_DIR = os.environ.get("RUN_PY_CORPUS") or os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "py"
)
SUITES_FILE = os.path.join(PY_DIR, "suites.txt")
DOS_SUBSET_FILE = os.path.join(PY_DIR, "dos_subset.txt")
KNOWN_FILES = {
    False: os.path.join(PY_DIR, "known_failures.txt"),
    True: os.path.join(PY_DIR, "known_failures_dos.txt"),
}
SUITE_STATES = ("enabled", "pending")
# Suites whose stderr is compared too (tracebacks, SyntaxError carets).
STDERR_SUITES = ("errors",)
DOS_NAME = re.compile(r"^[a-z0-9_]{1,8}\.py$")


class CorpusError(Exception):
    """A layout mistake in tests/py (reported as one line, exit status 2)."""


@dataclass
class Test:
    """One test script and where its expectations live."""

    name: str  # "suite/file.py", the name used in every list and report
    path: str  # absolute path of the script
    suite: str
    args: list = field(default_factory=list)
    interrupt: bool = False  # send Ctrl-C once the script has printed something
    as_command: bool = False  # run as `interpreter -c SOURCE` instead of a file
    memory_mb: int = 0  # '# memory: MB': the heap limit (0: none)
    dos_crlf_text: bool = False  # '# dos-text: crlf': DOS expects NAME.dos.exp

    def sibling(self, ext):
        return self.path[: -len(".py")] + ext

    @property
    def checks_stderr(self):
        return self.suite in STDERR_SUITES

    @property
    def stdin_path(self):
        path = self.sibling(".in")
        return path if os.path.exists(path) else None


def read_list(path):
    """Non-blank, non-comment lines of a list file, split into words."""
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if line:
                rows.append((number, line.split()))
    return rows


def read_suites():
    """{suite directory: "enabled" | "pending"}; every directory must be listed."""
    suites = {}
    for number, words in read_list(SUITES_FILE):
        if len(words) != 2 or words[1] not in SUITE_STATES:
            raise CorpusError(f"suites.txt:{number}: want 'DIRECTORY enabled|pending'")
        suites[words[0]] = words[1]
    on_disk = sorted(
        d for d in os.listdir(PY_DIR) if os.path.isdir(os.path.join(PY_DIR, d)) and d != "__pycache__"
    )
    unlisted = [d for d in on_disk if d not in suites]
    if unlisted:
        raise CorpusError(f"tests/py/{unlisted[0]} is not listed in suites.txt")
    missing = [s for s in suites if s not in on_disk]
    if missing:
        raise CorpusError(f"suites.txt names tests/py/{missing[0]}, which does not exist")
    return suites


def read_headers(path):
    """The leading comment lines that steer a run: '# args: a "b c"' gives
    argv (shell quoting), '# interrupt: after-output' asks for a Ctrl-C,
    '# mode: -c' passes the file's text with -c instead of its name,
    '# memory: MB' limits the memory the script may use (MemoryError tests),
    '# dos-text: crlf' says the DOS run writes text files with CR LF and so
    has its own expectation, NAME.dos.exp."""
    headers = {}
    with open(path, "rb") as f:
        for raw in f:
            line = raw.decode("utf-8", "replace").strip()
            if not line.startswith("#"):
                break
            for key in ("args", "interrupt", "mode", "memory", "dos-text"):
                if line.startswith(f"# {key}:"):
                    headers[key] = line[len(f"# {key}:"):].strip()
    if headers.get("interrupt", "after-output") != "after-output":
        raise CorpusError(f"{path}: '# interrupt:' takes only 'after-output'")
    if headers.get("mode", "-c") != "-c":
        raise CorpusError(f"{path}: '# mode:' takes only '-c'")
    if headers.get("dos-text", "crlf") != "crlf":
        raise CorpusError(f"{path}: '# dos-text:' takes only 'crlf'")
    if not headers.get("memory", "1").isdigit():
        raise CorpusError(f"{path}: '# memory:' takes a number of MiB")
    return headers


def discover(suite_names):
    """Every test of the given suites: *.py directly in the suite directory, not
    starting with '_' (those are helper modules; subdirectories hold packages)."""
    tests = []
    for suite in suite_names:
        directory = os.path.join(PY_DIR, suite)
        for entry in sorted(os.listdir(directory)):
            path = os.path.join(directory, entry)
            if entry.endswith(".py") and not entry.startswith("_") and os.path.isfile(path):
                headers = read_headers(path)
                args = shlex.split(headers.get("args", ""))
                tests.append(Test(f"{suite}/{entry}", path, suite, args,
                                  "interrupt" in headers, "mode" in headers,
                                  int(headers.get("memory", "0")), "dos-text" in headers))
    return tests


def read_dos_subset(known_names):
    """Names listed in dos_subset.txt; each must be a test of an enabled suite
    and have a DOS 8.3 file name."""
    names = []
    for number, words in read_list(DOS_SUBSET_FILE):
        name = words[0]
        if name not in known_names:
            raise CorpusError(f"dos_subset.txt:{number}: {name} is not a test of an enabled suite")
        if not DOS_NAME.match(os.path.basename(name)):
            raise CorpusError(f"dos_subset.txt:{number}: {name} is not an 8.3 DOS file name")
        names.append(name)
    return names


def read_known(dos):
    """{test name: one-word reason} from the known-failures list."""
    known = {}
    for number, words in read_list(KNOWN_FILES[dos]):
        if len(words) != 2:
            raise CorpusError(f"{os.path.basename(KNOWN_FILES[dos])}:{number}: want 'TEST REASON'")
        known[words[0]] = words[1]
    return known


def write_known(dos, known):
    header = (
        "# Tests expected to fail for now: 'suite/test.py reason' (one word).\n"
        "# They still run; a failure counts as skipped, a pass is reported as a\n"
        "# failure until the line is removed. Rewrite with run_py.py --update-known.\n"
    )
    with open(KNOWN_FILES[dos], "w", encoding="utf-8") as f:
        f.write(header)
        for name in sorted(known):
            f.write(f"{name} {known[name]}\n")
