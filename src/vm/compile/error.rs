//! SyntaxErrors found by the compiler (symbol table and code generation),
//! positioned like CPython's: the offending node's lines and 1-based
//! character columns.
use alloc::string::String;

use crate::vm::syntax::ast::Loc;
use crate::vm::syntax::error::{byte_to_char_column, line_text, ErrorKind, SyntaxError};

/// The result type of every compiler pass.
pub type CompileResult<T> = Result<T, SyntaxError>;

/// A SyntaxError with message `msg` at the node located at `loc`.
pub fn error_at(source: &str, loc: Loc, msg: String) -> SyntaxError {
    let text = line_text(source, loc.lineno);
    let end_text = line_text(source, loc.end_lineno);
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg,
        lineno: loc.lineno,
        offset: byte_to_char_column(text, loc.col_offset as usize + 1),
        end_lineno: loc.end_lineno,
        end_offset: byte_to_char_column(end_text, loc.end_col_offset as usize + 1),
        text: String::from(text),
    }
}
