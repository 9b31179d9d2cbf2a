//! SyntaxErrors found by the compiler (symbol table and code generation),
//! positioned like CPython's: the offending node's lines and 1-based
//! character columns.
use alloc::string::String;

use crate::vm::syntax::ast::Loc;
use crate::vm::syntax::error::SyntaxError;

/// The result type of every compiler pass.
pub type CompileResult<T> = Result<T, SyntaxError>;

/// A SyntaxError with message `msg` at the node located at `loc`.
pub fn error_at(source: &str, loc: Loc, msg: String) -> SyntaxError {
    SyntaxError::at_loc(source, loc, msg)
}
