#!/usr/bin/env python3
"""Fail if a DOS executable holds an instruction a 486SX cannot run.

Usage: fpuscan.py PROGRAM.EXE PROGRAM.elf

Disassembles the code section (objdump, Intel syntax) of the EXE, or of
the ELF it was packaged from when the EXE is packed (package.sh --pack:
check-exe.sh proves the unpacked sections hold the ELF's bytes and
tools/exepack that the payload decodes to them), and looks at every
instruction inside a function of the ELF (the EXE has no symbols, and its
code section also holds read-only data, which is not code). A packed EXE's
own code section, the decoder (djgpp/unpack.asm), is scanned whole. Forbidden: every x87 instruction (a 486SX has no
FPU: with CR0.EM set they raise exception 7), WAIT, and anything touching
MMX/SSE registers or state; also the few Pentium-and-later instructions
(CMOVcc, RDTSC, CMPXCHG8B...) a 486 lacks. Prints each offending function
with its first instructions and exits 1; else one line with the counts.
"""
import re
import subprocess
import sys

X87 = re.compile(r"^(f[a-z0-9]+|wait)$")
SIMD_REGS = re.compile(r"\b([xyz]?mm[0-9]+|st\([0-7]\)|st)\b")
SIMD_OPS = re.compile(r"^(emms|femms|ldmxcsr|stmxcsr|[lms]fence|prefetch\w*|clflush\w*|movnti|maskmov\w*|fxsave|fxrstor)$")
NOT_486 = re.compile(r"^(cmov[a-z]+|rdtsc|rdtscp|rdpmc|cmpxchg8b|movbe|popcnt|lzcnt|tzcnt|sysenter|sysexit)$")


def functions(elf):
    """(start, end, name) of every function of the ELF (its read-only data
    shares the code section but is typed OBJECT)."""
    out = subprocess.run(["readelf", "-sW", elf], check=True,
                         capture_output=True, text=True).stdout
    result = set()
    for line in out.splitlines():
        parts = line.split()
        # Num: Value Size Type Bind Vis Ndx Name
        if len(parts) == 8 and parts[3] == "FUNC" and parts[6] != "UND" and int(parts[2]) > 0:
            start = int(parts[1], 16)
            result.add((start, start + int(parts[2]), parts[7]))
    return sorted(result)


def instructions(program, objdump="i586-pc-msdosdjgpp-objdump"):
    """(address, mnemonic, operands) of the program's code section, in order."""
    out = subprocess.run([objdump, "-d", "-j", ".text", "-M", "intel",
                          "--no-show-raw-insn", program], check=True,
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        m = re.match(r"^\s+([0-9a-f]+):\t(\S+)\s*(.*)$", line)
        if m:
            yield int(m.group(1), 16), m.group(2), m.group(3)


def why_forbidden(mnemonic, operands):
    if X87.match(mnemonic) or SIMD_OPS.match(mnemonic) or SIMD_REGS.search(operands):
        return "FPU/MMX/SSE"
    if NOT_486.match(mnemonic):
        return "not on a 486"
    return None


def text_size(program, objdump):
    out = subprocess.run([objdump, "-h", program], check=True,
                         capture_output=True, text=True).stdout
    return next(int(line.split()[2], 16) for line in out.splitlines()
                if line.split()[1:2] == [".text"])


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2])
    exe, elf = sys.argv[1], sys.argv[2]
    packed = text_size(exe, "i586-pc-msdosdjgpp-objdump") != text_size(elf, "objdump")
    if packed:
        for addr, mnemonic, operands in instructions(exe):
            reason = why_forbidden(mnemonic, operands)
            if reason:
                sys.exit(f"fpuscan: {exe}: its decoder has {addr:#x}: {mnemonic} {operands} ({reason})")
    code = instructions(elf, "objdump") if packed else instructions(exe)
    funcs = functions(elf)
    starts = {start for start, _, _ in funcs}
    seen_starts = set()
    bad = {}
    count = 0
    i = 0
    for addr, mnemonic, operands in code:
        while i < len(funcs) and funcs[i][1] <= addr:
            i += 1
        if i == len(funcs) or addr < funcs[i][0]:
            continue  # between functions: padding or read-only data
        if addr in starts:
            seen_starts.add(addr)
        count += 1
        reason = why_forbidden(mnemonic, operands)
        if reason:
            bad.setdefault(funcs[i][2], []).append(f"{addr:#x}: {mnemonic} {operands} ({reason})")
    # A linear sweep that lost step would hide instructions: every function
    # must begin on an instruction boundary.
    lost = starts - seen_starts
    if lost or count == 0:
        print(f"fpuscan: {exe}: disassembly out of step at {len(lost)} of {len(starts)} "
              f"function starts", file=sys.stderr)
        sys.exit(1)
    for name, lines in sorted(bad.items()):
        print(f"fpuscan: {name}", file=sys.stderr)
        for line in lines[:4]:
            print(f"    {line}", file=sys.stderr)
    if bad:
        total = sum(len(lines) for lines in bad.values())
        print(f"fpuscan: {exe}: {total} forbidden instructions in {len(bad)} functions",
              file=sys.stderr)
        sys.exit(1)
    print(f"fpuscan: {exe}: {count} instructions in {len(funcs)} functions"
          f"{' (and its decoder)' if packed else ''}, none needs an FPU, MMX/SSE or a CPU above the 486")


if __name__ == "__main__":
    main()
