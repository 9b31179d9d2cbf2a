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

impl SyntaxError {
    /// An error on line `line` of `src`, at 1-based character column `offset`.
    pub fn at_line_chars(
        src: &str,
        kind: ErrorKind,
        msg: String,
        line: u32,
        offset: usize,
    ) -> SyntaxError {
        SyntaxError {
            kind,
            msg,
            lineno: line,
            offset: offset as u32,
            end_lineno: line,
            end_offset: offset as u32,
            text: line_text(src, line).into(),
        }
    }

    /// An error on line `line` of `src`, at 1-based UTF-8 byte columns
    /// (0 = unknown), converted to the character columns CPython reports.
    pub fn at_line(
        src: &str,
        kind: ErrorKind,
        msg: String,
        line: u32,
        offset: usize,
        end_offset: usize,
    ) -> SyntaxError {
        let text = line_text(src, line);
        SyntaxError {
            kind,
            msg,
            lineno: line,
            offset: byte_to_char_column(text, offset),
            end_lineno: line,
            end_offset: byte_to_char_column(text, end_offset),
            text: text.into(),
        }
    }
}

/// Line `line` (1-based) of `src`, without its newline ("" past the end).
pub fn line_text(src: &str, line: u32) -> &str {
    src.split('\n')
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("")
}

/// A 1-based byte column of `text` as a 1-based character column (0 stays 0;
/// columns past the end count the excess bytes as characters).
pub fn byte_to_char_column(text: &str, column: usize) -> u32 {
    if column == 0 {
        return 0;
    }
    let before = column - 1;
    let counted = text
        .get(..before.min(text.len()))
        .map_or(before, |s| s.chars().count());
    (counted + before.saturating_sub(text.len()) + 1) as u32
}
