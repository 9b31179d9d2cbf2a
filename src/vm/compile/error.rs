//! SyntaxErrors found by the compiler (symbol table and code generation),
//! positioned like CPython's, and the nesting limit that keeps both passes
//! within the DOS stack.
use alloc::string::String;

use crate::vm::syntax::ast::Loc;
use crate::vm::syntax::error::SyntaxError;

/// The result type of every compiler pass.
pub type CompileResult<T> = Result<T, SyntaxError>;

/// How deeply statements and expressions may nest. Both passes recurse
/// once per level, up to ~1.2 KiB of stack per level (measured on x86-64:
/// 140 nested lambdas need 167 KiB; the helpers that `expr` dispatches to
/// are `#[inline(never)]` to keep the recursive frame small). The DOS stack
/// is 256 KiB without probes: deeper input is refused instead of crashing.
/// Long `+` and `elif` chains are walked iteratively and do not count; the
/// parser already caps brackets at 100 levels.
const MAX_NESTING: u32 = 150;

/// MemoryError once an allocation needed the memory reserve: the passes
/// check between statements and symbols, so a source too big for memory
/// stops before the reserve is used up (an allocation failing then would
/// end the program).
pub fn check_memory() -> CompileResult<()> {
    if crate::mem_reserve::memory_low() {
        return Err(SyntaxError::out_of_memory());
    }
    Ok(())
}

/// The nesting counter of one compiler pass.
#[derive(Default)]
pub struct Nesting(u32);

impl Nesting {
    /// Enters one level for the node at `loc`; fails past [`MAX_NESTING`].
    pub fn enter(&mut self, source: &str, loc: Loc) -> CompileResult<()> {
        self.0 += 1;
        if self.0 > MAX_NESTING {
            return Err(error_at(
                source,
                loc,
                String::from("too many nested expressions or blocks"),
            ));
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.0 -= 1;
    }
}

/// A SyntaxError with message `msg` at the node located at `loc`
/// (CPython's compiler reports byte columns + 1).
pub fn error_at(source: &str, loc: Loc, msg: String) -> SyntaxError {
    SyntaxError::at_loc(source, loc, msg)
}
