#!/bin/sh
# Regenerates the .out expectations of tests/compile/run/*.py from python3.
cd "$(dirname "$0")" || exit 1
for script in *.py; do
    python3 "$script" > "${script%.py}.out" 2>&1
done
