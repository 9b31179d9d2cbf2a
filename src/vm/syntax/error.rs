//! The SyntaxError value the front end reports: CPython's message, position
//! and source line, ready for the runtime to raise or print.

use alloc::string::String;

/// Which built-in exception class the error is (`IndentationError` and
/// `TabError` are subclasses of `SyntaxError` in CPython).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorKind {
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error with the attributes CPython's SyntaxError carries.
/// `offset`/`end_offset` are 1-based columns counted in characters, as
/// CPython reports them (0 when unknown); `text` is the offending source
/// line without its line ending.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    pub text: String,
}
