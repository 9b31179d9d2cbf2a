#!/bin/bash
# Run the platform conformance suite (src/conformance.rs) on one platform:
#   conform.sh host   target/release/conform, natively
#   conform.sh dos    dist/CONFORM.EXE under target/release/dosrun
# and check from outside what the program can't: exit codes, Ctrl-C
# delivery, the panic and CPU exception lines, running out of memory, clean
# exit (dosrun is strict at exit: vectors restored, DOS memory freed).
set -uo pipefail
platform=$1
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
export CONFORM_ENV="set by conform.sh"

conform() {
  if [[ $platform == dos ]]; then
    "$root/target/release/dosrun" --timeout 120 --drive "$scratch" \
      --env "CONFORM_ENV=$CONFORM_ENV" ${DOSRUN_OPTS:-} "$root/dist/CONFORM.EXE" "$@"
  else
    (cd "$scratch" && "$root/target/release/conform" "$@")
  fi
}

# Feed `printf FORMAT` to a command's standard input.
stdin_from() { local input=$1; shift; printf "$input" | "$@"; }
# Run a command with extra dosrun options (the first argument).
with_dosrun() { local DOSRUN_OPTS=$1; shift; "$@"; }

pass() { echo "ok   $platform: $1"; }
fail() { echo "FAIL $platform: $1"; failures=$((failures + 1)); }

# check NAME EXPECTED_RC EXPECTED_OUTPUT_REGEX -- command...
check() {
  local name=$1 want_rc=$2 want=$3
  shift 4
  local out rc
  out=$("$@" 2>&1 | tr -d '\r')
  rc=$?  # the command's status: pipefail is on
  if [[ $rc == "$want_rc" ]] && grep -Eq -- "$want" <<<"$out"; then
    pass "$name"
  else
    fail "$name (exit $rc, want $want_rc; output below)"
    sed 's/^/    | /' <<<"$out"
  fi
}

# Every in-program check prints "ok NAME"; any "FAIL" line fails the run.
# DOS has one command tail, not argv: double quotes group words there.
if [[ $platform == dos ]]; then words='"two words"'; else words='two words'; fi
out=$(conform all Alpha b=2 "$words" 2>&1 | tr -d '\r')
rc=$?  # the command's status: pipefail is on
sed 's/^/    /' <<<"$out"
if [[ $rc == 0 ]] && ! grep -q FAIL <<<"$out" && [[ $(grep -c '^ok ' <<<"$out") -ge 14 ]]; then
  pass "all checks"
else
  fail "all checks (exit $rc)"
fi

check "exit code 0" 0 '^$' -- conform exit 0
check "exit code 7" 7 '^$' -- conform exit 7
check "exit code 200" 200 '^$' -- conform exit 200

if [[ $platform == dos ]]; then
  check "Ctrl-C sets the flag (DOS calls INT 23h)" 0 '^interrupted$' -- \
    stdin_from '\003' conform ctrlc
  check "Ctrl-C sets the flag (no DOS call: keyboard poll)" 0 '^interrupted$' -- \
    stdin_from '\003' conform ctrlc quiet
  check "lines from stdin" 0 '^2 lines: one\|two$' -- \
    stdin_from 'one\ntwo\n\032\n' conform lines
  check "panic: one line, exit 70" 70 \
    '^MPYDOS: internal error: deliberate panic for the test( \(src/conformance.rs:[0-9]+\))?$' -- \
    conform panic
  check "Ctrl-Break sets the flag" 0 '^interrupted$' -- stdin_from '\034' conform ctrlc quiet
  check "clock with the PIT in mode 3 (square wave, as BIOSes leave it)" 0 '^ok clock-never-stalls$' -- \
    with_dosrun --pit-mode3 conform clock
  check "full disk: ENOSPC after what fits" 0 '^ENOSPC after ([6-9][0-9]{4}|100000) bytes$' -- \
    with_dosrun "--disk-free 100000" conform diskfull FULL.BIN
  check "CPU exception: one line, exit 70" 70 \
    '^MPYDOS: internal error: CPU exception 06h at [0-9A-F]{8}$' -- conform fault
  check "out of memory is reported" 1 '^MemoryError after (9|1[0-9]) MiB$' -- \
    with_dosrun "--mem 20" conform oom
  check "infallible allocation failure: one line, exit 70" 70 \
    '^MPYDOS: out of memory \(memory allocation of 1048576 bytes failed\)$' -- \
    with_dosrun "--mem 20" conform oom-abort
else
  check "lines from stdin" 0 '^2 lines: one\|two$' -- stdin_from 'one\ntwo\n' conform lines
  check "full disk: ENOSPC" 0 '^ENOSPC after 0 bytes$' -- conform diskfull /dev/full
  # Ctrl-C: SIGINT once the program says it is waiting.
  fifo=$scratch/out
  mkfifo "$fifo"
  (cd "$scratch" && exec "$root/target/release/conform" ctrlc) >"$fifo" &
  pid=$!
  exec 3<"$fifo"
  read -r first <&3
  kill -INT "$pid"
  read -r second <&3
  wait "$pid"
  rc=$?
  exec 3<&-
  if [[ $first == "waiting for Ctrl-C" && $second == interrupted && $rc == 0 ]]; then
    pass "Ctrl-C sets the flag"
  else
    fail "Ctrl-C sets the flag ($first / $second / exit $rc)"
  fi
fi

if ((failures)); then
  echo "conform.sh $platform: $failures failed"
  exit 1
fi
echo "conform.sh $platform: all passed"
