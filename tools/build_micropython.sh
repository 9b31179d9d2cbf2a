#!/bin/bash
# Builds MicroPython's unix port (the `standard` variant) from a source tree,
# as the second reference of benches/run_bench.py, and puts the binary in
# the cache it looks in: ${XDG_CACHE_HOME:-~/.cache}/mpydos/micropython.
#
#     tools/build_micropython.sh SRC
#
# SRC is a checkout of github.com/micropython/micropython, or a bare git
# directory of it (its HEAD is unpacked). No network: the submodules are not
# fetched, so the parts that need them are left out (ffi, btree, ssl, and
# the frozen micropython-lib packages; asyncio stays frozen in).
set -euo pipefail
src=${1:?usage: tools/build_micropython.sh MICROPYTHON_SOURCE}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/mpydos
tree=$cache/micropython-src
mkdir -p "$cache"
if [ -d "$src/objects" ] && [ ! -d "$src/.git" ]; then
  rm -rf "$tree" && mkdir -p "$tree"
  git --git-dir="$src" archive HEAD | tar -x -C "$tree"
else
  tree=$(cd "$src" && pwd)
fi
# py/manifest.mk refuses to run without the submodule; the manifest below
# does not use it.
[ -e "$tree/lib/micropython-lib/README.md" ] ||
  echo "not fetched: the manifest below does not use it" > "$tree/lib/micropython-lib/README.md"
echo 'include("$(MPY_DIR)/extmod/asyncio")' > "$cache/micropython-manifest.py"
make -C "$tree/mpy-cross" -j2
make -C "$tree/ports/unix" -j2 VARIANT=standard MICROPY_PY_FFI=0 MICROPY_PY_BTREE=0 \
  MICROPY_PY_SSL=0 MICROPY_SSL_MBEDTLS=0 FROZEN_MANIFEST="$cache/micropython-manifest.py"
cp "$tree/ports/unix/build-standard/micropython" "$cache/micropython"
echo "built $cache/micropython"
