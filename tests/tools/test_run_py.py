"""Self-test of tests/run_py.py: on a small throw-away corpus, with python3 and
deliberately wrong "interpreters", the runner must pass what matches, fail what
does not, and keep the known-failures list honest.  Run: python3 -m unittest
discover -s tests/tools (make test-py-runner)."""

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

RUNNER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "run_py.py")

CORPUS = {
    "suites.txt": "basic enabled\nerrors enabled\nlater pending\n",
    "basic/hello.py": "print('hello')\n",
    "basic/args.py": "# args: x 'y z'\nimport sys\nprint(sys.argv[1:])\n",
    "basic/echo.py": "print(input().upper())\n",
    "basic/echo.in": "quiet\n",
    "basic/exits.py": "import sys\nprint('bye')\nsys.exit(3)\n",
    "basic/_helper.py": "raise SystemExit('helper modules are not tests')\n",
    "basic/ctrlc.py": "# interrupt: after-output\nprint('go', flush=True)\ntry:\n"
                      "    n = 0\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print('caught')\n",
    "errors/boom.py": "def f():\n    return 1 // 0\nf()\n",
    "errors/syntax.py": "x = (1 +\n",
    "later/future.py": "print('pending suite')\n",
    "dos_subset.txt": "basic/hello.py\n",
}


def shell_script(directory, name, body):
    path = os.path.join(directory, name)
    with open(path, "w") as f:
        f.write("#!/bin/sh\n" + textwrap.dedent(body))
    os.chmod(path, 0o755)
    return path


class RunnerTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.corpus = os.path.join(self.dir, "py")
        for name, text in CORPUS.items():
            path = os.path.join(self.corpus, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
        self.assertEqual(self.run_py("--write-expected").returncode, 0)

    def tearDown(self):
        self.tmp.cleanup()

    def run_py(self, *args):
        env = dict(os.environ, RUN_PY_CORPUS=self.corpus)
        return subprocess.run([sys.executable, RUNNER, *args], env=env,
                              capture_output=True, text=True, timeout=120)

    def summary(self, result):
        return result.stdout.rstrip("\n").split("\n")[-1]

    def test_expectations_recorded(self):
        with open(os.path.join(self.corpus, "basic/exits.status")) as f:
            self.assertEqual(f.read().strip(), "3")
        with open(os.path.join(self.corpus, "errors/boom.err")) as f:
            recorded = f.read()
        self.assertIn('File "boom.py", line 3', recorded)
        self.assertNotIn(self.corpus, recorded)
        self.assertFalse(os.path.exists(os.path.join(self.corpus, "basic/hello.err")))
        self.assertTrue(os.path.exists(os.path.join(self.corpus, "later/future.exp")))

    def test_python3_passes_everything(self):
        r = self.run_py("--binary", sys.executable)
        self.assertEqual(self.summary(r), "7 passed, 0 failed, 0 skipped", r.stdout)
        self.assertEqual(r.returncode, 0)
        r = self.run_py("--binary", sys.executable, "--all-suites")
        self.assertEqual(self.summary(r), "8 passed, 0 failed, 0 skipped", r.stdout)

    def test_position_markers_are_compared(self):
        fake = shell_script(self.dir, "nomarks", f'exec {sys.executable} -X no_debug_ranges "$@"\n')
        r = self.run_py("--binary", fake, "errors/")
        self.assertIn("FAIL errors/boom.py (stderr)", r.stdout)
        self.assertIn("-           ~~^^~~", r.stdout)
        self.assertEqual(self.summary(r), "1 passed, 1 failed, 0 skipped", r.stdout)

    def test_wrong_output_fails_with_diff(self):
        r = self.run_py("--binary", "/bin/cat", "hello")
        self.assertEqual(r.returncode, 1)
        self.assertIn("FAIL basic/hello.py (stdout)", r.stdout)
        self.assertIn("-hello", r.stdout)
        self.assertEqual(self.summary(r), "0 passed, 1 failed, 0 skipped")

    def test_exit_status_and_stderr_are_checked(self):
        fake = shell_script(self.dir, "status0", f'{sys.executable} "$@" 2>/dev/null\nexit 0\n')
        r = self.run_py("--binary", fake, "exits", "boom")
        self.assertIn("exit status 0, expected 3", r.stdout)
        self.assertIn("FAIL errors/boom.py (status)", r.stdout)
        self.assertIn("stderr differs", r.stdout)
        self.assertEqual(self.summary(r), "0 passed, 2 failed, 0 skipped")

    def test_timeout(self):
        fake = shell_script(self.dir, "hang", "sleep 30\n")
        r = self.run_py("--binary", fake, "--timeout", "1", "hello")
        self.assertIn("FAIL basic/hello.py (timeout)", r.stdout)
        self.assertEqual(r.returncode, 1)

    def test_interrupt_reaches_the_script(self):
        deaf = shell_script(self.dir, "deaf", f"trap '' INT\nexec {sys.executable} \"$@\"\n")
        r = self.run_py("--binary", deaf, "--timeout", "3", "ctrlc")
        self.assertIn("FAIL basic/ctrlc.py (timeout)", r.stdout)
        r = self.run_py("--binary", sys.executable, "ctrlc")
        self.assertEqual(self.summary(r), "1 passed, 0 failed, 0 skipped", r.stdout)

    def test_runaway_output_is_cut_off(self):
        fake = shell_script(self.dir, "flood", "yes\n")
        r = self.run_py("--binary", fake, "hello")
        self.assertIn("FAIL basic/hello.py (output)", r.stdout)
        self.assertEqual(self.summary(r), "0 passed, 1 failed, 0 skipped")

    def test_known_failures_stay_honest(self):
        known = os.path.join(self.corpus, "known_failures.txt")
        with open(known, "w") as f:
            f.write("basic/hello.py stdout\n")
        r = self.run_py("--binary", "/bin/cat", "hello")
        self.assertEqual(self.summary(r), "0 passed, 0 failed, 1 skipped")
        self.assertEqual(r.returncode, 0)
        r = self.run_py("--binary", sys.executable, "hello")
        self.assertIn("passes now; remove it", r.stdout)
        self.assertEqual(r.returncode, 1)
        r = self.run_py("--binary", sys.executable, "--update-known")
        with open(known) as f:
            self.assertNotIn("basic/hello.py", f.read())
        r = self.run_py("--binary", "/bin/cat", "--update-known", "args")
        with open(known) as f:
            self.assertIn("basic/args.py status", f.read())

    def test_dos_subset_uses_dosrun(self):
        fake = shell_script(self.dir, "dosrun", 'for a; do shift; case "$a" in *.EXE) break;; esac; done\nexec ' + sys.executable + ' "$@" | sed "s/$/\\r/"\n')
        exe = os.path.join(self.dir, "MPYDOS.EXE")
        open(exe, "w").close()
        r = self.run_py("--dos", "--dosrun", fake, "--binary", exe)
        self.assertEqual(self.summary(r), "1 passed, 0 failed, 0 skipped", r.stdout)

    def test_layout_errors_are_one_line(self):
        os.makedirs(os.path.join(self.corpus, "unlisted"))
        r = self.run_py("--binary", sys.executable)
        self.assertEqual(r.returncode, 2)
        self.assertIn("tests/py/unlisted is not listed in suites.txt", r.stderr)
        os.rmdir(os.path.join(self.corpus, "unlisted"))
        r = self.run_py("--binary", os.path.join(self.dir, "missing"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("not found", r.stderr)


if __name__ == "__main__":
    unittest.main()
