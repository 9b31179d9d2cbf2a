//! The SyntaxError value the front end reports: CPython's message, position
//! and source line, ready for the runtime to raise or print.

use alloc::string::String;

use super::ast::Loc;

/// Which built-in exception class the error is (`IndentationError` and
/// `TabError` are subclasses of `SyntaxError` in CPython).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// A SyntaxError for nesting beyond what the parser or tokenizer takes
    /// ([`TOO_DEEP`]): kept apart so that choosing between the parser's
    /// and the tokenizer's error need not compare messages.
    TooDeep,
    /// Not a syntax error: no memory to read the source (the runtime
    /// raises a plain MemoryError).
    MemoryError,
}

/// The message of an [`ErrorKind::TooDeep`] error (CPython's tokenizer's).
pub const TOO_DEEP: &str = "too many nested parentheses";

impl ErrorKind {
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError | ErrorKind::TooDeep => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A syntax error with the attributes CPython's SyntaxError carries.
/// `offset`/`end_offset` are 1-based columns counted in characters, as
/// CPython reports them (`end_offset` is 0 or -1 where CPython has no end);
/// `text` is the offending source line without its line ending.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: i32,
    pub text: String,
    /// Raised at the end of input: CPython running a file then reports
    /// offset 0, so no caret is printed (see `caret_lines`).
    pub at_end_of_input: bool,
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
            end_offset: offset as i32,
            text: line_text(src, line).into(),
            at_end_of_input: false,
        }
    }

    /// A SyntaxError at an AST node's location, for errors found after
    /// parsing (the compiler's). CPython's compiler reports these offsets
    /// as the node's byte columns + 1, unlike the parser's character
    /// columns, so `loc` is taken as is.
    pub fn at_loc(source: &str, loc: Loc, msg: String) -> SyntaxError {
        SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg,
            lineno: loc.lineno,
            offset: loc.col_offset + 1,
            end_lineno: loc.end_lineno,
            end_offset: loc.end_col_offset as i32 + 1,
            text: line_text(source, loc.lineno).into(),
            at_end_of_input: false,
        }
    }

    /// The same error with `end_offset` set (CPython's -1/0 for none).
    pub fn with_end_offset(self, end_offset: i32) -> SyntaxError {
        SyntaxError { end_offset, ..self }
    }

    /// An error on line `line` of `src`, at 1-based UTF-8 byte columns,
    /// converted to the character columns CPython reports (an `end_offset`
    /// of 0 or -1, CPython's "no end", is kept as is).
    pub fn at_line(
        src: &str,
        kind: ErrorKind,
        msg: String,
        line: u32,
        offset: usize,
        end_offset: i32,
    ) -> SyntaxError {
        let text = line_text(src, line);
        let end_offset = match end_offset {
            column @ 1.. => byte_to_char_column(text, column as usize) as i32,
            none => none,
        };
        SyntaxError {
            kind,
            msg,
            lineno: line,
            offset: byte_to_char_column(text, offset),
            end_lineno: line,
            end_offset,
            text: text.into(),
            at_end_of_input: false,
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

impl SyntaxError {
    /// The source line and caret line CPython 3.11 prints for this error
    /// when running a file, between `  File "...", line N` and
    /// `SyntaxError: msg` (each ends in a newline; empty without source
    /// text). As CPython's `print_error_text`: indentation stripped, caret
    /// placed by byte column, repeated up to `end_offset` (to the line end
    /// for a multi-line span; once for IndentationError/TabError).
    /// Made for the parser's errors, whose offsets count characters: for
    /// the compiler's (`at_loc`, byte offsets) on a line with non-ASCII
    /// text before the error, CPython's carets sit further left.
    pub fn caret_lines(&self) -> String {
        let text = self.text.as_str();
        if text.is_empty() {
            return String::new();
        }
        let to_bytes = |column: i64| -> i64 {
            let chars = (column - 1).max(0) as usize;
            text.char_indices()
                .nth(chars)
                .map_or(text.len(), |(i, _)| i) as i64
                + 1
        };
        let line_size = text.len() as i64 + 1; // CPython's text ends in '\n'
        let offset = if self.at_end_of_input {
            0
        } else {
            to_bytes(self.offset as i64)
        };
        let end = match self.kind {
            ErrorKind::SyntaxError | ErrorKind::TooDeep if self.end_lineno > self.lineno => {
                line_size
            }
            ErrorKind::SyntaxError | ErrorKind::TooDeep if self.end_offset > 0 => {
                to_bytes(self.end_offset as i64).min(line_size + 1)
            }
            _ => -1,
        };
        let carets = if end > 0 && end > offset {
            (end - offset) as usize
        } else {
            1
        };
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        let column = (offset - 1 - (text.len() - stripped.len()) as i64).min(stripped.len() as i64);
        let mut out = alloc::format!("    {stripped}\n");
        if column >= 0 {
            out.push_str("    ");
            out.extend(core::iter::repeat_n(' ', column as usize));
            out.extend(core::iter::repeat_n('^', carets));
            out.push('\n');
        }
        out
    }
}
