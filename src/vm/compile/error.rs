//! SyntaxErrors found by the compiler (symbol table and code generation),
//! positioned like CPython's: the offending node's lines and 1-based
//! character columns.
use alloc::string::String;

use crate::vm::syntax::ast::Loc;
use crate::vm::syntax::error::{ErrorKind, SyntaxError};

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
        offset: char_column(text, loc.col_offset),
        end_lineno: loc.end_lineno,
        end_offset: char_column(end_text, loc.end_col_offset),
        text: String::from(text),
    }
}

/// Line `line` (1-based) of `source`, without its line ending.
fn line_text(source: &str, line: u32) -> &str {
    let text = source
        .split('\n')
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("");
    text.strip_suffix('\r').unwrap_or(text)
}

/// A 0-based UTF-8 byte column as CPython's 1-based character column.
fn char_column(text: &str, byte_col: u32) -> u32 {
    let byte_col = byte_col as usize;
    let chars = text
        .get(..byte_col.min(text.len()))
        .map_or(byte_col, |s| s.chars().count());
    (chars + byte_col.saturating_sub(text.len()) + 1) as u32
}
