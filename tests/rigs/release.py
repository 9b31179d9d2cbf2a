#!/usr/bin/env python3
"""The release zip (tools/release.py, `make release`), checked as a DOS
user gets it: built twice it is the same bytes; it is laid out as a FreeDOS
package with 8.3 names and CR LF text; and, built with the third-party
CWSDPMI.EXE, unzipped onto a fresh FreeDOS disk under QEMU -cpu 486 (no
DPMI host loaded: the stub must find BIN\\CWSDPMI.EXE next to MPYDOS.EXE),
its examples print what python3 prints for them.

Usage: release.py MPYDOS.EXE. The last line is "test-release: N passed,
N failed in S s"."""

import os
import shutil
import subprocess
import sys
import time
import zipfile

import disk
import parts
import qemu

sys.path.insert(0, os.path.join(parts.ROOT, "tools"))
import release  # noqa: E402

BOOT_GUARD_S = 600
EXAMPLES = ("HELLO.PY", "WAITFOR.PY")  # GATHER.PY prints a time it measured
NEEDED = ("APPINFO/MPYDOS.LSM", "BIN/MPYDOS.EXE", "DOC/MPYDOS/README.TXT",
          "DOC/MPYDOS/MANUAL.TXT", "DOC/MPYDOS/LICENSE.TXT", "DOC/MPYDOS/CHANGES.TXT",
          "DOC/MPYDOS/EXAMPLES/HELLO.PY")
OUTCOMES = []


def check(name, ok, detail=""):
    OUTCOMES.append(ok)
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail[-1500:]))


def build(exe, out, cwsdpmi=None):
    argv = [sys.executable, os.path.join(parts.ROOT, "tools", "release.py"), "--exe", exe,
            "--out", out] + (["--cwsdpmi", cwsdpmi] if cwsdpmi else [])
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout.strip()


def layout(path, with_cwsdpmi):
    with zipfile.ZipFile(path) as z:
        names = [i.filename for i in z.infolist() if not i.filename.endswith("/")]
        texts = {n: z.read(n) for n in names if n.endswith(release.TEXT)}
    missing = [n for n in NEEDED + (("BIN/CWSDPMI.EXE", "DOC/CWSDPMI/CWSDPMI.DOC")
                                    if with_cwsdpmi else ()) if n not in names]
    check(f"{os.path.basename(path)}: a FreeDOS package's files", not missing, f"missing {missing}")
    long = [n for n in names if not all(release.DOS_NAME.match(p) for p in n.split("/"))]
    check("every name is 8.3", not long, f"{long}")
    bare_lf = [n for n, t in texts.items() if t.replace(b"\r\n", b"").count(b"\n")]
    check("text files end lines with CR LF", not bare_lf, f"{bare_lf}")
    check("entries sorted", names == sorted(names), f"{names}")


def on_freedos(zip_path, folder):
    """Unzip onto a fresh disk as C:\\MPYDOS, boot FreeDOS with no DPMI host
    loaded, run the examples from DOC\\MPYDOS\\EXAMPLES."""
    cdrive = os.path.join(folder, "C")
    with zipfile.ZipFile(zip_path) as z:
        z.extractall(os.path.join(cdrive, "MPYDOS"))
    shutil.copy(parts.helper("RUNT.COM"), os.path.join(cdrive, "RUNT.COM"))
    os.makedirs(os.path.join(cdrive, "R"))
    commands = ["C:", "CD \\MPYDOS\\DOC\\MPYDOS\\EXAMPLES"]
    for example in EXAMPLES:
        stem = example.split(".")[0]
        open(os.path.join(cdrive, "R", stem + ".IN"), "wb").close()
        commands.append(f"C:\\RUNT.COM C:\\R\\{stem} C:\\MPYDOS\\BIN\\MPYDOS.EXE {example}")
    files, lines = qemu.floppy_parts(cwsdpmi=False)
    floppy, hdd = os.path.join(folder, "A.IMG"), os.path.join(folder, "C.IMG")
    disk.boot_floppy(floppy, files, qemu.autoexec(lines, commands))
    disk.hard_disk(hdd, cdrive)
    pc = qemu.Machine(folder, floppy, hdd).start()
    finished = pc.wait_line("ALLDONE", BOOT_GUARD_S)
    pc.stop(timeout=30)
    check("the release's examples ran to the end under QEMU + FreeDOS", finished,
          f"COM1: {pc.lines()}")
    results = os.path.join(folder, "OUT")
    disk.copy_out(hdd, "R", results)
    examples = os.path.join(cdrive, "MPYDOS", "DOC", "MPYDOS", "EXAMPLES")
    for example in EXAMPLES:
        stem = example.split(".")[0]
        want = subprocess.run([sys.executable, example], cwd=examples, capture_output=True,
                              timeout=120).stdout.replace(b"\r\n", b"\n")
        got = {ext: read(os.path.join(results, stem + ext)) for ext in (".1", ".2", ".RC")}
        check(f"EXAMPLES\\{example} from the zip prints what python3 prints",
              got[".RC"].strip() == b"0" and got[".1"].replace(b"\r\n", b"\n") == want,
              f"{got!r}\nwant {want!r}")


def read(path):
    if not os.path.exists(path):
        return b""
    with open(path, "rb") as f:
        return f.read()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    exe = os.path.abspath(sys.argv[1])
    started = time.monotonic()
    folder = parts.fresh_dir("release")
    plain = [build(exe, os.path.join(folder, d)) for d in ("a", "b")]
    check("two builds of the zip are the same bytes", read(plain[0]) == read(plain[1]))
    layout(plain[0], with_cwsdpmi=False)
    parts.require("test-release (on FreeDOS)", ["CWSDPMI.EXE", "KERNEL.SYS", "COMMAND.COM",
                                                "boot.asm", "licenses/CWSDPMI.DOC"],
                  ["qemu-system-i386", "mcopy", "mkfs.fat", "nasm"])
    full = build(exe, os.path.join(folder, "cwsdpmi"), parts.part("CWSDPMI.EXE"))
    layout(full, with_cwsdpmi=True)
    with zipfile.ZipFile(full) as z:
        same = z.read("BIN/CWSDPMI.EXE") == read(parts.part("CWSDPMI.EXE"))
    check("CWSDPMI.EXE is shipped unmodified", same)
    on_freedos(full, os.path.join(folder, "freedos"))
    print(f"test-release: {OUTCOMES.count(True)} passed, {OUTCOMES.count(False)} failed "
          f"in {time.monotonic() - started:.0f} s")
    sys.exit(0 if all(OUTCOMES) else 1)


if __name__ == "__main__":
    main()
