#!/bin/bash
# Wrap a fixed-address ELF linked with djgpp/elf.ld into a DJGPP v2 executable:
# the ELF's section bytes go through nasm (-f coff) into i586-pc-msdosdjgpp-ld,
# which writes OUTPUT_FORMAT("coff-go32-exe") behind the stock go32 stub.
# Why a script: no tool converts ELF to coff-go32 directly (DOS.md section 1).
# APPENDIX (MPYDOS.EXE's frozen modules, src/pyglue/frozen_code.rs) goes
# after the loaded image: the stub loads only the sections, the program
# reads the appendix from its own file.
# --pack stores the image compressed (tools/exepack) behind the decoder
# djgpp/unpack.asm, which unpacks it in place at start; the unpacked EXE is
# built and checked first either way.
# Usage: package.sh [--pack] PROGRAM.elf OUT.EXE [APPENDIX]
set -euo pipefail
pack=
if [[ $1 == --pack ]]; then pack=1; shift; fi
elf=$1
exe=$2
appendix=${3:-}
work=$exe.parts
rm -rf "$work"
mkdir -p "$work"

# "name size vma" of a section of the ELF, or nothing when it is absent.
section() { objdump -h "$elf" | awk -v n="$1" '$2 == n { print "0x" $3, "0x" $4 }'; }

read -r text_size text_vma < <(section .text)
read -r data_size data_vma < <(section .data) || true
read -r bss_size bss_vma < <(section .bss)
data_size=${data_size:-0}
data_vma=${data_vma:-$((text_vma + text_size))}
entry=$(nm "$elf" | awk '$3 == "_start" { print "0x" $1 }')
if (( text_vma != 0x10a8 || entry != 0x10a8 )); then
  echo "package.sh: .text and _start must be at 0x10a8 (got $text_vma, $entry)" >&2
  exit 1
fi

objcopy -O binary -j .text "$elf" "$work/text.bin"
if (( data_size > 0 )); then
  objcopy -O binary -j .data "$elf" "$work/data.bin"
else
  : > "$work/data.bin"
fi

cat > "$work/image.asm" <<ASM
bits 32
section .text align=4
global start
start:
incbin "text.bin"
section .data align=4
incbin "data.bin"
section .bss align=4
resb $((bss_size))
ASM
(cd "$work" && nasm -f coff -o image.o image.asm)

cat > "$work/exe.ld" <<LD
OUTPUT_FORMAT("coff-go32-exe")
ENTRY(start)
SECTIONS
{
  .text $text_vma : SUBALIGN(4) { *(.text) }
  .data $((data_vma)) : SUBALIGN(4) { *(.data) }
  .bss $bss_vma : { *(.bss) }
}
LD
i586-pc-msdosdjgpp-ld -s -T "$work/exe.ld" -o "$exe.tmp" "$work/image.o"
"$(dirname "$0")/check-exe.sh" "$elf" "$exe.tmp" "$work"
if [[ -n $pack ]]; then
  djgpp=$(cd "$(dirname "$0")" && pwd)
  if (( data_vma != text_vma + text_size )); then
    echo "package.sh: --pack needs .data right after .text" >&2
    exit 1
  fi
  cat "$work/text.bin" "$work/data.bin" > "$work/image.bin"
  "$djgpp/../target/release/exepack" "$work/image.bin" "$text_vma" \
    $((bss_vma + bss_size)) "$work"
  (cd "$work" && nasm -f coff -I "$djgpp/" -o packed.o "$djgpp/unpack.asm")
  define() { awk -v n="$1" '$2 == n { print $3 }' "$work/pack.inc"; }
  cat > "$work/packed.ld" <<LD
OUTPUT_FORMAT("coff-go32-exe")
ENTRY(start)
SECTIONS
{
  .text $text_vma : SUBALIGN(4) { *(.text) }
  .data $(define PAYLOAD_AT) : SUBALIGN(4) { *(.data) }
  .bss $(define BSS_AT) : { *(.bss) }
}
LD
  i586-pc-msdosdjgpp-ld -s -T "$work/packed.ld" -o "$exe.tmp" "$work/packed.o"
  "$(dirname "$0")/check-exe.sh" --packed "$elf" "$exe.tmp" "$work"
fi
if [[ -n $appendix ]]; then cat "$appendix" >> "$exe.tmp"; fi
mv "$exe.tmp" "$exe"
rm -rf "$work"
