#!/bin/bash
# MPYDOS.EXE under dosrun: --version and /? say what the host build says
# (with DOS line endings), a missing script is one line and exit 2, and
# without a DPMI host the stock stub says so itself; DOS file names work.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exe=$root/dist/MPYDOS.EXE
dosrun=$root/target/release/dosrun
host=$root/target/release/mpydos
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0

fail() { echo "FAIL test-exe: $*"; failures=$((failures + 1)); }

# Same output and exit code as the host build, CR LF line endings on DOS.
same_as_host() {
  local want got want_rc got_rc
  want=$(cd "$scratch" && "$host" "$@" 2>&1 | sed 's/$/\r/')
  want_rc=$?
  got=$("$dosrun" --timeout 60 --drive "$scratch" "$exe" "$@" 2>&1)
  got_rc=$?
  if [[ $got == "$want" && $got_rc == "$want_rc" ]]; then
    echo "ok   test-exe: MPYDOS.EXE $* (exit $got_rc)"
  else
    fail "MPYDOS.EXE $*: exit $got_rc, want $want_rc"
    diff <(echo "$want") <(echo "$got") | sed 's/^/    | /'
  fi
}

same_as_host --version
same_as_host /?
same_as_host -h
same_as_host --bogus
same_as_host nosuch.py

# On Linux a leading / starts a path, not a DOS switch.
echo 'print("by absolute path")' > "$scratch/abs.py"
if [[ $("$host" "$scratch/abs.py" 2>&1) == "by absolute path" ]]; then
  echo "ok   test-exe: mpydos /absolute/path.py"
else
  fail "mpydos /absolute/path.py: not run as a script"
fi

# DOS file names (drive letter, backslash, any case, upper-case 8.3 in
# listdir) and CR LF text read as LF: the script checks itself, printing
# a list of True.
cat > "$scratch/DOSFS.PY" <<'EOF'
# DOS file names: drive letters, backslashes, any case, 8.3; CR LF read as LF
import os
import sys
cwd = os.getcwd()
checks = []
checks.append(sys.platform == "dos" and cwd[1:3] == ":\\" and cwd[0].isalpha())
with open(cwd[:2] + "\\DOSFS.TXT", "w") as f:
    f.write("one\ntwo\n")
checks.append(os.path.exists("dosfs.txt") and os.path.exists(cwd[:2] + "/DosFs.Txt"))
with open("DOSFS.TXT", "ab") as f:
    f.write(b"three\r\nfour\r\n")
checks.append(open("dosfs.txt").read() == "one\ntwo\nthree\nfour\n")
checks.append([line for line in open("DOSFS.TXT")] == ["one\n", "two\n", "three\n", "four\n"])
checks.append("DOSFS.TXT" in os.listdir(".") and "DOSFS.TXT" in os.listdir(cwd))
os.remove("dosfs.txt")
checks.append(not os.path.exists("DOSFS.TXT"))
print(checks)
EOF
out=$(cd "$scratch" && "$dosrun" --timeout 60 --drive "$scratch" "$exe" DOSFS.PY 2>&1)
if [[ $out == "[True, True, True, True, True, True]"$'\r' ]]; then
  echo "ok   test-exe: DOS file names and CR LF (DOSFS.PY)"
else
  fail "DOSFS.PY: $out"
fi
rm -f "$scratch/DOSFS.PY"

out=$("$dosrun" --no-dpmi --timeout 60 "$exe" --version 2>&1)
rc=$?
if [[ $rc != 0 && $out == *"no DPMI"* && $out != *MPYDOS* ]]; then
  echo "ok   test-exe: no DPMI host: the stub's message, exit $rc"
else
  fail "no DPMI host: exit $rc, output: $out"
fi

# A damaged frozen module (a byte of heapq's packed code changed in a copy
# of MPYDOS.EXE) is an ImportError naming it; the other modules still load.
cp "$exe" "$scratch/BROKEN.EXE"
python3 - "$scratch/BROKEN.EXE" <<'EOF'
import struct, sys
data = bytearray(open(sys.argv[1], "rb").read())
index_len, blob_len = struct.unpack_from("<II", data, len(data) - 16)
start, at = len(data) - blob_len, len(data) - 16 - index_len
at += 4
for _ in range(struct.unpack_from("<I", data, at - 4)[0]):
    n = data[at]
    name = data[at + 1:at + 1 + n].decode()
    offset, length = struct.unpack_from("<II", data, at + 1 + n)
    at += 1 + n + 8
    if name == "heapq":
        data[start + offset + length // 2] ^= 0x5A
open(sys.argv[1], "wb").write(data)
EOF
cat > "$scratch/BROKEN.PY" <<'EOF'
try:
    import heapq
except ImportError as e:
    print(type(e).__name__, e)
import bisect
print(bisect.bisect([1, 2], 2))
EOF
out=$(cd "$scratch" && "$dosrun" --timeout 60 --drive "$scratch" BROKEN.EXE BROKEN.PY 2>&1)
want="ImportError frozen module heapq is damaged in this program file"$'\r\n'"2"$'\r'
if [[ $out == "$want" ]]; then
  echo "ok   test-exe: a damaged frozen module is an ImportError"
else
  fail "damaged frozen module: $out"
fi
rm -f "$scratch/BROKEN.EXE" "$scratch/BROKEN.PY"
# A packed EXE (package.sh --pack) whose payload lost a byte says so in one
# line and exits 1 before running anything (djgpp/unpack.asm's check).
read -r text_size data_size data_off < <(i586-pc-msdosdjgpp-objdump -h "$exe" |
  awk '$2 == ".text" { t = "0x" $3 } $2 == ".data" { print t, "0x" $3, "0x" $6 }')
if (( text_size < 4096 )); then
  cp "$exe" "$scratch/BROKEN.EXE"
  at=$((data_off + data_size / 2))
  byte=$(od -An -tu1 -j "$at" -N1 "$exe")
  printf "\\x$(printf %02x $((byte ^ 0xff)))" |
    dd of="$scratch/BROKEN.EXE" bs=1 seek="$at" conv=notrunc status=none
  out=$("$dosrun" --timeout 60 --drive "$scratch" "$scratch/BROKEN.EXE" --version 2>&1)
  rc=$?
  if [[ $rc == 1 && $out == "MPYDOS: this EXE is damaged"*$'copy it again.\r' ]]; then
    echo "ok   test-exe: a damaged packed image: one line, exit 1"
  else
    fail "a damaged packed image: exit $rc, output: $out"
  fi
else
  echo "skip test-exe: the EXE is not packed (make dist EXEPACK=)"
fi

if ((failures)); then
  echo "test-exe.sh: $failures failed"
  exit 1
fi
