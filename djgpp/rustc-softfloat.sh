#!/bin/bash
# RUSTC_WRAPPER of the DOS build (mk/dos.mk): keeps x87 instructions out of
# core, compiler_builtins and libm, so MPYDOS.EXE runs on a 486SX (no FPU).
#
# Why: our target does every float operation in software (+soft-float,
# djgpp/i486-pc-msdos.json), so results are correctly rounded IEEE doubles.
# These three crates assume that an x86 without SSE2 computes floats on the
# x87, with its 80-bit excess precision, and work around that with inline
# x87 assembly the soft-float code generator cannot see: core's float parsing
# sets the precision with fnstcw/fldcw; libm's floor/ceil use frndint and its
# exp family f2xm1/fscale. They choose these paths by `target_feature =
# "sse2"`/"sse" (core, libm's floor/ceil) and by the `x86_no_sse` and
# `arch_enabled` cfgs their build scripts emit (libm's exp family, its
# arch-specific code). No switch reaches them: libm's `force-soft-floats`
# leaves the "required" x87 paths in, and core and compiler_builtins are
# built by -Zbuild-std. So for these crates only, this wrapper states the
# fact that matters (no x87 excess precision: the same as SSE2's arithmetic)
# as the cfgs they test. It changes cfgs, not code generation: LLVM still
# sees -sse,-sse2,+soft-float and emits no FPU or SSE instruction. The build
# check (tools/fpuscan.py, make test-dos-nofpu) proves the result.
set -euo pipefail
rustc=$1
shift
case " $* " in
  *" --crate-name core "* | *" --crate-name compiler_builtins "* | *" --crate-name libm "*) ;;
  *) exec "$rustc" "$@" ;;
esac
case " $* " in
  *i486-pc-msdos*) ;;
  *) exec "$rustc" "$@" ;;
esac
# Cargo passes a build script's cfg as two arguments: --cfg NAME.
args=()
for arg in "$@"; do
  if [[ $arg == x86_no_sse || $arg == arch_enabled ]] && [[ ${args[-1]:-} == --cfg ]]; then
    unset 'args[-1]'
    continue
  fi
  args+=("$arg")
done
exec "$rustc" "${args[@]}" \
  --cfg 'target_feature="sse"' --cfg 'target_feature="sse2"' \
  -A explicit_builtin_cfgs_in_flags
