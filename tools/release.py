#!/usr/bin/env python3
"""Builds the release zip, laid out as a FreeDOS package:

    APPINFO/MPYDOS.LSM          the package's description (LSM)
    BIN/MPYDOS.EXE              (BIN/CWSDPMI.EXE with --cwsdpmi)
    DOC/MPYDOS/README.TXT MANUAL.TXT LICENSE.TXT CHANGES.TXT EXAMPLES/*.PY
    DOC/CWSDPMI/CWSDPMI.DOC     (with --cwsdpmi: its licence, which must go
                                 with it)

Usage: release.py --exe MPYDOS.EXE --out DIR [--cwsdpmi CWSDPMI.EXE]
Prints the zip's path. Names are 8.3 upper case, text files CR LF. The zip
is byte-reproducible: entries sorted, every time stamp the date of the
version's entry in CHANGES.md, fixed attributes."""

import argparse
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOS_NAME = re.compile(r"^[A-Z0-9_-]{1,8}(\.[A-Z0-9_-]{1,3})?$")
TEXT = (".TXT", ".LSM", ".PY")  # our text files, shipped CR LF
LSM = """Begin3
Title:          MPYDOS
Version:        {version}
Entered-date:   {date}
Description:    Python 3.11 for DOS, with asyncio over a packet driver
Summary:        A Python 3.11 interpreter for MS-DOS and FreeDOS whose asyncio
                serves and opens many TCP connections at once through the
                network card's packet driver. 486SX or better, 4 MB of RAM,
                a DPMI host (CWSDPMI).
Keywords:       python, asyncio, tcp, network, packet driver, interpreter
Author:         The MPYDOS authors
Maintained-by:  The MPYDOS authors
Platforms:      DOS, FreeDOS; needs a DPMI host (CWSDPMI or HDPMI32)
Copying-policy: MIT (MPYDOS); CWSDPMI, when included: see DOC/CWSDPMI
End
"""


def version():
    with open(os.path.join(ROOT, "Cargo.toml"), encoding="utf-8") as f:
        return re.search(r'^version = "([^"]+)"', f.read(), re.M).group(1)


def release_date(ver):
    """The date of `ver`'s entry in CHANGES.md ("## 0.1.0 (2026-12-07)")."""
    with open(os.path.join(ROOT, "docs", "CHANGES.md"), encoding="utf-8") as f:
        found = re.search(rf"^## {re.escape(ver)} \((\d{{4}})-(\d\d)-(\d\d)\)", f.read(), re.M)
    if not found:
        sys.exit(f"release: docs/CHANGES.md has no '## {ver} (YYYY-MM-DD)' entry")
    return tuple(int(g) for g in found.groups())


def zip_name(ver):
    """MPYDOS plus the version's digits (0.1.0 gives MPYDOS01.ZIP)."""
    digits = re.sub(r"\.0$", "", ver).replace(".", "")
    name = f"MPYDOS{digits}.ZIP"
    if not DOS_NAME.match(name):
        sys.exit(f"release: {name} is not an 8.3 name; shorten the version")
    return name


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def contents(exe, cwsdpmi, ver, date):
    """{name in the zip: bytes}."""
    files = {
        "APPINFO/MPYDOS.LSM": LSM.format(version=ver, date="%04d-%02d-%02d" % date).encode(),
        "BIN/MPYDOS.EXE": read(exe),
        "DOC/MPYDOS/README.TXT": read(os.path.join(ROOT, "dist", "README.TXT")),
        "DOC/MPYDOS/MANUAL.TXT": read(os.path.join(ROOT, "docs", "MANUAL.md")),
        "DOC/MPYDOS/LICENSE.TXT": read(os.path.join(ROOT, "LICENSE")),
        "DOC/MPYDOS/CHANGES.TXT": read(os.path.join(ROOT, "docs", "CHANGES.md")),
    }
    examples = os.path.join(ROOT, "dist", "EXAMPLES")
    for name in sorted(os.listdir(examples)):
        files[f"DOC/MPYDOS/EXAMPLES/{name}"] = read(os.path.join(examples, name))
    files = {name: crlf(data) if name.endswith(TEXT) else data for name, data in files.items()}
    if cwsdpmi:  # as the user has them, unmodified
        files["BIN/CWSDPMI.EXE"] = read(cwsdpmi)
        files["DOC/CWSDPMI/CWSDPMI.DOC"] = read(cwsdpmi_licence(cwsdpmi))
    for name in files:
        if not all(DOS_NAME.match(part) for part in name.split("/")):
            sys.exit(f"release: {name} is not made of 8.3 names")
    return files


def cwsdpmi_licence(exe):
    """CWSDPMI.DOC next to the user's CWSDPMI.EXE (or in licenses/ there):
    CWSDPMI may be given away unmodified only with it."""
    folder = os.path.dirname(os.path.abspath(exe))
    for candidate in (os.path.join(folder, "CWSDPMI.DOC"),
                      os.path.join(folder, "licenses", "CWSDPMI.DOC")):
        if os.path.isfile(candidate):
            return candidate
    sys.exit(f"release: no CWSDPMI.DOC next to {exe}: CWSDPMI is shipped only with its licence")


def write_zip(path, files, date):
    folders = set()
    for name in files:
        steps = name.split("/")[:-1]
        folders |= {"/".join(steps[:i]) + "/" for i in range(1, len(steps) + 1)}
    with zipfile.ZipFile(path, "w") as z:
        for name in sorted(folders | set(files)):
            info = zipfile.ZipInfo(name, date_time=date + (12, 0, 0))
            info.create_system = 0  # MS-DOS: the attributes below are DOS ones
            if name.endswith("/"):
                info.external_attr = 0x10  # directory
                z.writestr(info, b"")
            else:
                info.external_attr = 0x20  # archive
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, files[name], compresslevel=9)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--exe", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--cwsdpmi", help="the user's CWSDPMI.EXE (its CWSDPMI.DOC beside it)")
    args = p.parse_args()
    ver = version()
    date = release_date(ver)
    files = contents(args.exe, args.cwsdpmi, ver, date)
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, zip_name(ver))
    write_zip(path, files, date)
    print(path)


if __name__ == "__main__":
    main()
