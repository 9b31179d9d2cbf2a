#!/bin/bash
# Check a coff-go32-exe written by package.sh against the ELF it came from:
# format and entry, the stub's landmarks, and every loaded section's bytes;
# for a packed one (--packed: tools/exepack checked its payload decodes to
# those bytes) that its memory ends where the ELF's .bss does.
# Usage: check-exe.sh [--packed] PROGRAM.elf PROGRAM.EXE SCRATCH_DIR
set -euo pipefail
packed=
if [[ $1 == --packed ]]; then packed=1; shift; fi
elf=$1
exe=$2
work=$3
fail() { echo "check-exe.sh: $exe: $*" >&2; exit 1; }

header=$(i586-pc-msdosdjgpp-objdump -f "$exe" 2>&1) || fail "objdump cannot read it: $header"
grep -q "file format coff-go32-exe" <<<"$header" || fail "not coff-go32-exe"
grep -q "start address 0x000010a8" <<<"$header" || fail "entry is not 0x10a8"

at() { dd if="$exe" bs=1 skip=$(($1)) count="$2" status=none | od -An -tx1 | tr -d ' \n'; }
[[ $(at 0 2) == 4d5a ]] || fail "no MZ header at 0"
[[ $(at 0x200 8) == $(printf go32stub | od -An -tx1 | tr -d ' \n') ]] || fail "no go32stub at 0x200"
[[ $(at 0x800 2) == 4c01 ]] || fail "no COFF magic 0x14c at 0x800"

if [[ -n $packed ]]; then
  end() { $1 -h "$2" | awk '$2 == ".bss" { print "0x" $3 " + 0x" $4 }'; }
  (( $(end objdump "$elf") == $(end i586-pc-msdosdjgpp-objdump "$exe") )) ||
    fail "its memory does not end where the ELF's .bss does"
  exit 0
fi
for s in .text .data; do
  objcopy -O binary -j "$s" "$elf" "$work/elf$s" 2>/dev/null || : > "$work/elf$s"
  i586-pc-msdosdjgpp-objcopy -O binary -j "$s" "$exe" "$work/exe$s"
  cmp -s "$work/elf$s" "$work/exe$s" || fail "section $s differs from the ELF"
done
elf_bss=$(objdump -h "$elf" | awk '$2 == ".bss" { print $3 $4 }')
exe_bss=$(i586-pc-msdosdjgpp-objdump -h "$exe" | awk '$2 == ".bss" { print $3 $4 }')
[[ $elf_bss == "$exe_bss" ]] || fail ".bss size/address differ from the ELF"
