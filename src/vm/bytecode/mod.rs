//! Bytecode: the contract between the compiler (`vm::compile`) and the VM.
//!
//! # Shape
//! * An instruction is one 32-bit word ([`Instr`]): an 8-bit [`Opcode`] and a
//!   24-bit argument. No `EXTENDED_ARG`: 16 M constants/names/jump targets is
//!   more than any DOS-sized program needs, and the eval loop decodes every
//!   instruction with two loads and no branch.
//! * Jump arguments are absolute instruction indices. `JUMP_BACKWARD` is the
//!   only backward jump (loops); the VM checks Ctrl-C / pending interrupts
//!   there, so `while True: pass` can be interrupted.
//! * Inline caches: `LOAD_GLOBAL` is cached per name (its argument, a `names`
//!   index, is also the cache slot: every site reading one global in a code
//!   object shares the entry). `LOAD_ATTR`, `STORE_ATTR` and `LOAD_METHOD` are
//!   cached per site: their argument is a slot in [`CodeObject::attr_sites`],
//!   which gives the `names` index; the VM keeps one cache entry per slot.
//! * Method calls: `LOAD_METHOD` + `CALL_METHOD` avoid creating a bound method.
//!
//! # Exceptions: a block stack (not CPython 3.11's exception table)
//! `SETUP_FINALLY`/`SETUP_CLEANUP` push a handler block (target, stack level)
//! on the frame's block stack and `POP_BLOCK` pops it. When an exception is
//! raised the VM pops the innermost block, truncates the value stack to the
//! block's level, pushes the exception object and jumps to the handler; with
//! no block left the frame is unwound. Why not the zero-cost table: a block
//! push/pop is two stores per `try`/`with` entry — noise next to a call —
//! while the table needs a whole-function stack-depth pass to build and a
//! search per raise. The block stack lives in the heap frame, so generators
//! and coroutines suspend with it for free. `CodeObject::max_blocks` lets the
//! VM size it once per frame. Handled-exception state (`sys.exc_info`) is
//! explicit as in 3.11: `PUSH_EXC_INFO` / `POP_EXCEPT`.
//!
//! # Generators and coroutines
//! A code object with the `GENERATOR`, `COROUTINE` or `ASYNC_GENERATOR` flag
//! is not run when called: the VM builds the frame (arguments bound) and wraps
//! it in a generator/coroutine object. Each resume pushes the sent value
//! (except the first, which must send None) and continues at the saved pc.
//! `YIELD_VALUE` suspends after itself; `YIELD_FROM` suspends *at* itself so
//! that it runs again with the next sent value (the delegate, for
//! `throw`/`close`, is the value below the top of the suspended stack).
//!
//! The doc comment of each [`Opcode`] gives its stack effect.
// Denied, not forbidden: `Instr::op` (instr.rs) reads its opcode byte
// without a check, its one exception.
#![deny(unsafe_code)]
pub mod carets;
mod code;
pub mod dis;
mod instr;
mod lines;
mod opcode;
pub mod pack;

pub use code::{CodeFlags, CodeObject, CodeStr, Const};
pub use instr::{Instr, MAX_ARG};
pub use lines::{LineTable, Location};
pub use opcode::{BinaryOp, CompareOp, Opcode};
