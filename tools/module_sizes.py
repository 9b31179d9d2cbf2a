#!/usr/bin/env python3
"""How much of MPYDOS.EXE each part of the program costs: code and data of
the DOS build's ELF (before it becomes a COFF .EXE), summed by module from
the symbol table. Usage: module_sizes.py [ELF [N]] (default: the dos build, top 40)."""
import re
import subprocess
import sys
from collections import Counter

ELF = sys.argv[1] if len(sys.argv) > 1 else "target/i486-pc-msdos/dos/mpydos"
NM = "nm"  # binutils reads the ELF; the djgpp one knows only COFF


def owner(symbol):
    """'mpydos::vm::builtins::json' style: our modules three deep, crates whole."""
    if symbol.startswith("<mpydos::vm::interp::Vm>::"):
        return "mpydos::vm (methods of Vm, in every vm file)"
    found = re.search(r"[A-Za-z_]\w*(?:::[A-Za-z_]\w*)*", symbol.replace("impl ", ""))
    path = found.group(0).split("::") if found else ["(other)"]
    if path[0] == "mpydos":
        deep = len(path) > 2 and path[1] in ("vm", "pyglue", "net", "dos", "asyncio")
        return "::".join(path[:3] if deep else path[:2])
    return path[0] if len(path) > 1 else "(other)"


def main():
    out = subprocess.run([NM, "-S", "-C", "--size-sort", ELF], capture_output=True,
                         text=True, check=True).stdout
    sizes = Counter()
    for line in out.splitlines():
        parts = line.split(None, 3)
        if len(parts) == 4:
            sizes[owner(parts[3])] += int(parts[1], 16)
    total = sum(sizes.values())
    print(f"{total:>9,} bytes in sized symbols of {ELF}")
    for name, size in sizes.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 40):
        print(f"{size:>9,}  {100 * size / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
