//! The tokenizer: newline-normalised source → [`Token`]s, with CPython's
//! INDENT/DEDENT rules, bracket matching and tokenizer error messages.
//!
//! The whole file is tokenized up front. A tokenizer error ends the token
//! list and is kept in [`Lexed::error`]; the parser reports it when it
//! reaches that point, so earlier parse errors win as in CPython.

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::error::{ErrorKind, SyntaxError, TOO_DEEP};
use super::numbers::{scan_number, NumberError};
use super::tokens::{Kw, Op, Pos, StrTok, TokKind, Token};

/// CPython's limits: bracket nesting (MAXLEVEL) and indentation (MAXINDENT).
const MAX_PAREN_LEVEL: usize = 200;
const MAX_INDENT_LEVEL: usize = 100;
const TAB_SIZE: u32 = 8;

/// The result of tokenizing a whole source.
pub struct Lexed {
    pub tokens: Vec<Token>,
    /// A tokenizer error found after the last token in `tokens`.
    pub error: Option<SyntaxError>,
    /// The innermost bracket still open at the end of input, if any.
    pub unclosed: Option<(u8, Pos)>,
}

/// Turns CRLF and lone CR line endings into LF (as CPython's reader does)
/// and drops a leading UTF-8 byte order mark.
pub fn normalize_newlines(src: &str) -> Cow<'_, str> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    if !src.contains('\r') {
        return Cow::Borrowed(src);
    }
    Cow::Owned(src.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Tokenizes `src`, which must already be newline-normalised.
pub fn tokenize(src: &str) -> Lexed {
    Lexer::new(src, src.len(), 0, 1, 0).lex()
}

/// Tokenizes `src[start..end]` as if inside parentheses (an f-string's
/// embedded expression), keeping real source positions: `line` is the line
/// of `start` and `line_start` that line's first byte.
pub fn tokenize_region(src: &str, start: usize, end: usize, line: u32, line_start: usize) -> Lexed {
    let mut lexer = Lexer::new(src, end, start, line, line_start);
    lexer.parens.push((b'(', lexer.here()));
    lexer.base_parens = 1;
    lexer.lex()
}

struct Lexer<'a> {
    src: &'a str,
    /// Brackets open before the first token (1 for an f-string expression).
    base_parens: usize,
    bytes: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    /// Indentation stack: (column with tabs to 8, column with tabs as 1).
    indents: Vec<(u32, u32)>,
    parens: Vec<(u8, Pos)>,
    tokens: Vec<Token>,
}

type LexResult<T = ()> = Result<T, SyntaxError>;

impl<'a> Lexer<'a> {
    fn new(src: &'a str, end: usize, pos: usize, line: u32, line_start: usize) -> Lexer<'a> {
        Lexer {
            src,
            base_parens: 0,
            bytes: &src.as_bytes()[..end],
            pos,
            line,
            line_start,
            indents: alloc::vec![(0, 0)],
            parens: Vec::new(),
            tokens: Vec::new(),
        }
    }

    fn lex(mut self) -> Lexed {
        let error = self.run().err();
        let unclosed = (self.parens.len() > self.base_parens)
            .then(|| self.parens.last().copied())
            .flatten();
        Lexed {
            tokens: self.tokens,
            error,
            unclosed,
        }
    }

    fn peek(&self) -> u8 {
        self.bytes.get(self.pos).copied().unwrap_or(0)
    }

    fn peek_at(&self, ahead: usize) -> u8 {
        self.bytes.get(self.pos + ahead).copied().unwrap_or(0)
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    fn here(&self) -> Pos {
        self.pos_of(self.pos)
    }

    fn pos_of(&self, offset: usize) -> Pos {
        Pos {
            line: self.line,
            col: (offset - self.line_start) as u32,
        }
    }

    fn push(&mut self, kind: TokKind, start: usize, start_pos: Pos) {
        self.tokens.push(Token {
            kind,
            start: start_pos,
            end: self.here(),
            span: (start as u32, self.pos as u32),
        });
    }

    fn new_line(&mut self) {
        self.line += 1;
        self.line_start = self.pos;
    }

    /// An error on the current line; `offset` is a 1-based byte column.
    fn error(&self, kind: ErrorKind, msg: String, offset: usize, end_offset: i32) -> SyntaxError {
        SyntaxError::at_line(self.src, kind, msg, self.line, offset, end_offset)
    }

    fn run(&mut self) -> LexResult {
        let mut at_line_start = true;
        loop {
            if at_line_start && self.parens.is_empty() {
                if !self.indentation()? {
                    continue;
                }
                at_line_start = false;
            }
            while matches!(self.peek(), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            if self.at_eof() {
                break;
            }
            let start = self.pos;
            let start_pos = self.here();
            match self.peek() {
                b'#' => self.skip_comment(),
                b'\\' => self.line_continuation()?,
                b'\n' => {
                    if self.parens.is_empty() {
                        // Zero width, as in CPython (errors at it end there).
                        self.push(TokKind::Newline, start, start_pos);
                        at_line_start = true;
                    }
                    self.pos += 1;
                    self.new_line();
                }
                b'0'..=b'9' => self.number(start, start_pos)?,
                b'.' if self.peek_at(1).is_ascii_digit() => self.number(start, start_pos)?,
                b'\'' | b'"' => self.string(start, start_pos, StrPrefix::default())?,
                c if is_ident_start(c) => self.name_or_string(start, start_pos)?,
                _ => self.operator(start, start_pos)?,
            }
        }
        if self.parens.len() == self.base_parens {
            self.finish();
        }
        Ok(())
    }

    /// Measures a new line's indentation and emits INDENT/DEDENT. Returns
    /// false for a blank or comment-only line (consumed, no tokens).
    fn indentation(&mut self) -> LexResult<bool> {
        let (mut col, mut alt) = (0u32, 0u32);
        loop {
            match self.peek() {
                b' ' => (col, alt) = (col + 1, alt + 1),
                b'\t' => (col, alt) = ((col / TAB_SIZE + 1) * TAB_SIZE, alt + 1),
                b'\x0c' => (col, alt) = (0, 0),
                _ => break,
            }
            self.pos += 1;
        }
        match self.peek() {
            b'#' => {
                self.skip_comment();
                return Ok(self.blank_line_end());
            }
            b'\n' => return Ok(self.blank_line_end()),
            0 if self.at_eof() => return Ok(true),
            _ => {}
        }
        let start_pos = self.pos_of(self.line_start);
        let (top_col, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
        if col > top_col {
            if self.indents.len() >= MAX_INDENT_LEVEL {
                let msg = "too many levels of indentation".into();
                return Err(self.error(ErrorKind::IndentationError, msg, 1, 0));
            }
            if alt <= top_alt {
                return Err(self.tab_error());
            }
            self.indents.push((col, alt));
            self.push(TokKind::Indent, self.line_start, start_pos);
        } else {
            while col < self.indents.last().map_or(0, |i| i.0) {
                self.indents.pop();
                self.push(TokKind::Dedent, self.pos, self.here());
            }
            let (top_col, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            if col != top_col {
                let line_end = self.src[self.pos..]
                    .find('\n')
                    .map_or(self.src.len(), |n| self.pos + n);
                let offset = line_end - self.line_start + 1;
                let msg = "unindent does not match any outer indentation level".into();
                return Err(self.error(ErrorKind::IndentationError, msg, offset, -1));
            }
            if alt != top_alt {
                return Err(self.tab_error());
            }
        }
        Ok(true)
    }

    /// After a blank line: consume its newline. Returns false (no tokens).
    fn blank_line_end(&mut self) -> bool {
        if self.peek() == b'\n' {
            self.pos += 1;
            self.new_line();
        }
        false
    }

    fn tab_error(&self) -> SyntaxError {
        let msg = "inconsistent use of tabs and spaces in indentation".into();
        self.error(ErrorKind::TabError, msg, 1, 0)
    }

    fn skip_comment(&mut self) {
        while !self.at_eof() && self.peek() != b'\n' {
            self.pos += 1;
        }
    }

    fn line_continuation(&mut self) -> LexResult {
        self.pos += 1;
        match self.peek() {
            b'\n' => {
                self.pos += 1;
                self.new_line();
                if self.at_eof() {
                    return Err(self.error(
                        ErrorKind::SyntaxError,
                        "unexpected EOF while parsing".into(),
                        1,
                        -1,
                    ));
                }
                Ok(())
            }
            0 if self.at_eof() => {
                let offset = self.pos - self.line_start + 1;
                Err(self.error(
                    ErrorKind::SyntaxError,
                    "unexpected EOF while parsing".into(),
                    offset,
                    -1,
                ))
            }
            _ => {
                let offset = self.pos - self.line_start + 1;
                let msg = "unexpected character after line continuation character".into();
                Err(self.error(ErrorKind::SyntaxError, msg, offset, 0))
            }
        }
    }

    /// At the end of input: the final NEWLINE, the closing DEDENTs, ENDMARKER
    /// (which CPython places at the end of the last line).
    fn finish(&mut self) {
        let end = self.end_of_last_line();
        let span = (self.pos as u32, self.pos as u32);
        let push = |lexer: &mut Self, kind| {
            lexer.tokens.push(Token {
                kind,
                start: end,
                end,
                span,
            })
        };
        if self.base_parens == 0 {
            let needs_newline = !matches!(
                self.tokens.last().map(|t| &t.kind),
                None | Some(TokKind::Newline | TokKind::Dedent | TokKind::Indent)
            );
            if needs_newline {
                push(self, TokKind::Newline);
            }
            while self.indents.len() > 1 {
                self.indents.pop();
                push(self, TokKind::Dedent);
            }
        }
        push(self, TokKind::EndMarker);
    }

    fn end_of_last_line(&self) -> Pos {
        if self.pos > self.line_start || self.line == 1 {
            return self.here();
        }
        let prev_start = self.src[..self.line_start - 1]
            .rfind('\n')
            .map_or(0, |n| n + 1);
        Pos {
            line: self.line - 1,
            col: (self.line_start - 1 - prev_start) as u32,
        }
    }

    fn number(&mut self, start: usize, start_pos: Pos) -> LexResult {
        match scan_number(self.bytes, start) {
            Ok((value, end)) => {
                self.pos = end;
                self.push(TokKind::Number(value), start, start_pos);
                Ok(())
            }
            Err(NumberError {
                msg,
                offset,
                end_offset,
            }) => {
                let base = self.line_start;
                let end = end_offset.unwrap_or(offset) - base;
                Err(self.error(ErrorKind::SyntaxError, msg, offset - base, end as i32))
            }
        }
    }

    fn name_or_string(&mut self, start: usize, start_pos: Pos) -> LexResult {
        while !self.at_eof() && is_ident_continue(self.peek()) {
            self.pos += 1;
        }
        let text = &self.src[start..self.pos];
        if !text.is_ascii() {
            self.check_identifier(start, text)?;
        }
        if matches!(self.peek(), b'\'' | b'"') {
            if let Some(prefix) = StrPrefix::parse(text) {
                return self.string(start, start_pos, prefix);
            }
        }
        let kind = match Kw::from_name(text) {
            Some(kw) => TokKind::Keyword(kw),
            None => TokKind::Name,
        };
        self.push(kind, start, start_pos);
        Ok(())
    }

    /// Non-ASCII identifiers: letters and digits of any script are allowed
    /// (an approximation of XID_Start/XID_Continue without NFKC).
    fn check_identifier(&self, start: usize, text: &str) -> LexResult {
        for (i, c) in text.char_indices() {
            let ok = c.is_ascii() || c.is_alphabetic() || (i > 0 && c.is_alphanumeric());
            if !ok {
                let offset = self.src[self.line_start..start + i].chars().count() + 1;
                let msg = format!("invalid character '{}' (U+{:04X})", c, c as u32);
                return Err(SyntaxError::at_line_chars(
                    self.src,
                    ErrorKind::SyntaxError,
                    msg,
                    self.line,
                    offset,
                ));
            }
        }
        Ok(())
    }

    fn string(&mut self, start: usize, start_pos: Pos, prefix: StrPrefix) -> LexResult {
        let quote = self.peek();
        let triple = self.peek_at(1) == quote && self.peek_at(2) == quote;
        let quote_len = if triple { 3 } else { 1 };
        self.pos += quote_len;
        let body_start = self.pos;
        let body_end = loop {
            if self.at_eof() {
                return Err(self.unterminated(start, start_pos, triple));
            }
            match self.peek() {
                b'\\' => {
                    self.pos += 1;
                    if self.at_eof() {
                        continue;
                    }
                    if self.peek() == b'\n' {
                        self.pos += 1;
                        self.new_line();
                    } else {
                        self.pos += 1;
                    }
                }
                b'\n' if !triple => return Err(self.unterminated(start, start_pos, triple)),
                b'\n' => {
                    self.pos += 1;
                    self.new_line();
                }
                c if c == quote
                    && (!triple || (self.peek_at(1) == quote && self.peek_at(2) == quote)) =>
                {
                    break self.pos;
                }
                _ => self.pos += 1,
            }
        };
        self.pos += quote_len;
        let tok = StrTok {
            raw: prefix.raw,
            bytes: prefix.bytes,
            fmt: prefix.fmt,
            unicode: prefix.unicode_lower,
            body: (body_start as u32, body_end as u32),
        };
        self.push(TokKind::Str(tok), start, start_pos);
        Ok(())
    }

    fn unterminated(&self, start: usize, start_pos: Pos, triple: bool) -> SyntaxError {
        let detected = if self.at_eof() && self.pos > self.line_start || !self.at_eof() {
            self.line
        } else {
            self.line - 1
        };
        let what = if triple {
            "unterminated triple-quoted string literal"
        } else {
            "unterminated string literal"
        };
        let msg = format!("{what} (detected at line {detected})");
        let line_start = start - start_pos.col as usize;
        let offset = self.src[line_start..start].chars().count() + 1;
        SyntaxError::at_line_chars(
            self.src,
            ErrorKind::SyntaxError,
            msg,
            start_pos.line,
            offset,
        )
    }

    fn operator(&mut self, start: usize, start_pos: Pos) -> LexResult {
        let rest = &self.bytes[self.pos..];
        let Some(op) = Op::ALL
            .iter()
            .copied()
            .find(|op| rest.starts_with(op.text().as_bytes()))
        else {
            return Err(self.bad_character(start));
        };
        self.pos += op.text().len();
        match op {
            Op::LPar | Op::LSqb | Op::LBrace => {
                if self.parens.len() >= MAX_PAREN_LEVEL {
                    let offset = self.pos - self.line_start;
                    return Err(self.error(
                        ErrorKind::TooDeep,
                        TOO_DEEP.into(),
                        offset,
                        offset as i32,
                    ));
                }
                self.parens.push((op.text().as_bytes()[0], start_pos));
            }
            Op::RPar | Op::RSqb | Op::RBrace => self.close_bracket(op)?,
            _ => {}
        }
        self.push(TokKind::Op(op), start, start_pos);
        Ok(())
    }

    fn close_bracket(&mut self, op: Op) -> LexResult {
        let close = op.text().as_bytes()[0] as char;
        let offset = self.pos - self.line_start;
        let Some((open, open_pos)) = self.parens.pop() else {
            return Err(self.error(
                ErrorKind::SyntaxError,
                format!("unmatched '{close}'"),
                offset,
                offset as i32,
            ));
        };
        let expected = match open {
            b'(' => ')',
            b'[' => ']',
            _ => '}',
        };
        if expected == close {
            return Ok(());
        }
        let open = open as char;
        let msg = if open_pos.line == self.line {
            format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
        } else {
            format!(
                "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {}",
                open_pos.line
            )
        };
        Err(self.error(ErrorKind::SyntaxError, msg, offset, offset as i32))
    }

    /// A character that starts no token: CPython's message for non-ASCII
    /// characters, plain "invalid syntax" (at the character) for ASCII ones.
    fn bad_character(&self, start: usize) -> SyntaxError {
        let c = self.src[start..].chars().next().unwrap_or('\0');
        let chars_before = self.src[self.line_start..start].chars().count();
        if c.is_ascii() {
            let msg = "invalid syntax".into();
            let err = SyntaxError::at_line_chars(
                self.src,
                ErrorKind::SyntaxError,
                msg,
                self.line,
                chars_before + 1,
            );
            return err.with_end_offset(chars_before as i32 + 2);
        }
        let msg = format!("invalid character '{}' (U+{:04X})", c, c as u32);
        SyntaxError::at_line_chars(
            self.src,
            ErrorKind::SyntaxError,
            msg,
            self.line,
            chars_before + 1,
        )
    }
}

/// The letters before a string literal's quote.
#[derive(Clone, Copy, Default)]
struct StrPrefix {
    raw: bool,
    bytes: bool,
    fmt: bool,
    unicode: bool,
    /// A lowercase `u` (CPython sets Constant.kind only for that).
    unicode_lower: bool,
}

impl StrPrefix {
    /// Accepts CPython's prefixes (r, u, b, f, br, rb, fr, rf; any case).
    fn parse(text: &str) -> Option<StrPrefix> {
        let mut prefix = StrPrefix::default();
        if text.len() > 2 {
            return None;
        }
        prefix.unicode_lower = text.starts_with('u');
        for c in text.bytes() {
            let flag = match c.to_ascii_lowercase() {
                b'r' => &mut prefix.raw,
                b'b' => &mut prefix.bytes,
                b'f' => &mut prefix.fmt,
                b'u' => &mut prefix.unicode,
                _ => return None,
            };
            if *flag {
                return None;
            }
            *flag = true;
        }
        let valid = !(prefix.unicode && text.len() > 1 || prefix.bytes && prefix.fmt);
        valid.then_some(prefix)
    }
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

fn is_ident_continue(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}
