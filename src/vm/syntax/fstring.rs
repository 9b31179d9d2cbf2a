//! String literal concatenation and f-strings: splits an f-string body
//! into literal text and `{expression!conversion:format_spec}` fields the
//! way CPython 3.11's `fstring_find_literal`/`fstring_find_expr` do, and
//! parses each embedded expression with the ordinary expression parser.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::ast::{Constant, Expr, ExprKind, Loc};
use super::error::SyntaxError;
use super::lexer::tokenize_region;
use super::parser::{PResult, Parser};
use super::strings::{decode_bytes, decode_str};
use super::tokens::{StrTok, Token};

/// Format specs may nest one level (`{x:{width}}`), as in CPython.
const MAX_FSTRING_NESTING: u32 = 2;

/// One piece of a str literal: decoded text or a FormattedValue.
enum Piece {
    Text(String),
    Value(Expr),
}

/// The accumulated value of adjacent string literals.
#[derive(Default)]
pub struct StringPieces {
    bytes: Option<Vec<u8>>,
    pieces: Vec<Piece>,
    unicode: bool,
    has_fstring: bool,
}

impl StringPieces {
    pub fn is_bytes(&self) -> bool {
        self.bytes.is_some()
    }

    /// The first literal had a `u` prefix (Constant.kind = 'u').
    pub fn mark_unicode(&mut self) {
        self.unicode = true;
    }

    /// Adds one literal token (already consumed by the parser).
    pub fn add(&mut self, parser: &Parser, token: &Token, tok: StrTok) -> PResult<()> {
        let body = parser.source_slice(tok.body);
        if tok.bytes {
            let decoded =
                decode_bytes(body, tok.raw).map_err(|msg| string_error(parser, token, msg))?;
            self.bytes
                .get_or_insert_with(Vec::new)
                .extend_from_slice(&decoded);
            return Ok(());
        }
        if !tok.fmt {
            let text = decode_str(body, tok.raw).map_err(|msg| parser.error_here(&msg))?;
            self.pieces.push(Piece::Text(text));
            return Ok(());
        }
        self.has_fstring = true;
        let mut scanner = FStringScanner {
            parser,
            token,
            raw: tok.raw,
            pos: tok.body.0 as usize,
            end: tok.body.1 as usize,
        };
        scanner.fields(0, &mut self.pieces)?;
        Ok(())
    }

    /// The Constant or JoinedStr for the whole concatenation at `loc`.
    pub fn finish(self, loc: Loc) -> PResult<Expr> {
        if let Some(bytes) = self.bytes {
            return Ok(constant(Constant::Bytes(bytes), None, loc));
        }
        if !self.has_fstring {
            let text: String = self
                .pieces
                .into_iter()
                .map(|p| match p {
                    Piece::Text(t) => t,
                    Piece::Value(_) => String::new(),
                })
                .collect();
            let kind = self.unicode.then(|| String::from("u"));
            return Ok(constant(Constant::Str(text), kind, loc));
        }
        let values = join_pieces(self.pieces, loc);
        Ok(Expr {
            node: ExprKind::JoinedStr { values },
            loc,
        })
    }
}

fn constant(value: Constant, kind: Option<String>, loc: Loc) -> Expr {
    Expr {
        node: ExprKind::Constant { value, kind },
        loc,
    }
}

/// Merges adjacent texts and drops empty ones; the Constants and
/// FormattedValues all get `loc` (the whole literal), as in CPython 3.11.
fn join_pieces(pieces: Vec<Piece>, loc: Loc) -> Vec<Expr> {
    let mut values: Vec<Expr> = Vec::new();
    let mut text = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(t) => text.push_str(&t),
            Piece::Value(mut value) => {
                if !text.is_empty() {
                    values.push(constant(
                        Constant::Str(core::mem::take(&mut text)),
                        None,
                        loc,
                    ));
                }
                value.loc = loc;
                values.push(value);
            }
        }
    }
    if !text.is_empty() {
        values.push(constant(Constant::Str(text), None, loc));
    }
    values
}

/// A bad escape: CPython reports it at the token after the literal.
fn string_error(parser: &Parser, token: &Token, msg: String) -> SyntaxError {
    if msg.starts_with("bytes can only") {
        // CPython reports this error's end column in bytes, not characters.
        return parser
            .error_at_token(token, &msg)
            .with_end_offset(token.end.col as i32 + 1);
    }
    parser.error_here(&msg)
}

/// Walks one f-string body (or format spec) in the source.
struct FStringScanner<'p, 'a> {
    parser: &'p Parser<'a>,
    token: &'p Token,
    raw: bool,
    pos: usize,
    end: usize,
}

impl FStringScanner<'_, '_> {
    fn byte(&self, at: usize) -> u8 {
        if at < self.end {
            self.parser.source_bytes()[at]
        } else {
            0
        }
    }

    fn error(&self, msg: &str) -> SyntaxError {
        self.parser.error_here(msg)
    }

    /// Literal text and fields up to the end (level 0) or to the `}`
    /// closing a format spec (level > 0, left unconsumed).
    fn fields(&mut self, level: u32, out: &mut Vec<Piece>) -> PResult<()> {
        let mut literal = String::new();
        let mut literal_start = self.pos;
        while self.pos < self.end {
            match self.byte(self.pos) {
                b'\\' if !self.raw => {
                    let next = self.byte(self.pos + 1);
                    if next == b'N' && self.byte(self.pos + 2) == b'{' {
                        while self.pos < self.end && self.byte(self.pos) != b'}' {
                            self.pos += 1;
                        }
                        self.pos += 1;
                    } else {
                        self.pos += if next == b'\\' { 2 } else { 1 };
                    }
                }
                b'{' if self.byte(self.pos + 1) == b'{' => {
                    self.doubled_brace(&mut literal, &mut literal_start)?
                }
                b'}' if self.byte(self.pos + 1) == b'}' && level == 0 => {
                    self.doubled_brace(&mut literal, &mut literal_start)?
                }
                b'{' => {
                    self.flush(&mut literal, literal_start, self.pos)?;
                    self.field(level, &mut literal, out)?;
                    literal_start = self.pos;
                }
                b'}' if level > 0 => break,
                b'}' => return Err(self.error("f-string: single '}' is not allowed")),
                _ => self.pos += 1,
            }
        }
        self.flush(&mut literal, literal_start, self.pos)?;
        if !literal.is_empty() {
            out.push(Piece::Text(literal));
        }
        Ok(())
    }

    /// `{{` or `}}`: the text so far plus one brace.
    fn doubled_brace(&mut self, literal: &mut String, literal_start: &mut usize) -> PResult<()> {
        self.flush(literal, *literal_start, self.pos + 1)?;
        self.pos += 2;
        *literal_start = self.pos;
        Ok(())
    }

    /// Decodes source text `from..to` onto `literal`.
    fn flush(&self, literal: &mut String, from: usize, to: usize) -> PResult<()> {
        let text = self.parser.source_slice((from as u32, to as u32));
        let decoded = decode_str(text, self.raw).map_err(|msg| self.error(&msg))?;
        literal.push_str(&decoded);
        Ok(())
    }

    /// One `{...}` field; `self.pos` is at the `{`.
    fn field(&mut self, level: u32, literal: &mut String, out: &mut Vec<Piece>) -> PResult<()> {
        if level >= MAX_FSTRING_NESTING {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        self.pos += 1;
        let expr_start = self.pos;
        let expr_end = self.expression_end()?;
        let source = self
            .parser
            .source_slice((expr_start as u32, expr_end as u32));
        if source
            .trim_matches(|c: char| c.is_ascii_whitespace())
            .is_empty()
        {
            return Err(self.error("f-string: empty expression not allowed"));
        }
        let value = self.parse_expression(expr_start, expr_end)?;
        let mut conversion = -1;
        if self.byte(self.pos) == b'=' {
            self.pos += 1;
            while self.byte(self.pos).is_ascii_whitespace() {
                self.pos += 1;
            }
            let text = self
                .parser
                .source_slice((expr_start as u32, self.pos as u32));
            literal.push_str(text);
            out.push(Piece::Text(core::mem::take(literal)));
            conversion = b'r' as i32;
            if matches!(self.byte(self.pos), b'!' | b':') {
                conversion = -1;
            }
        } else if !literal.is_empty() {
            out.push(Piece::Text(core::mem::take(literal)));
        }
        if self.byte(self.pos) == b'!' {
            let c = self.byte(self.pos + 1);
            if self.pos + 1 >= self.end {
                return Err(self.error("f-string: expecting '}'"));
            }
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(
                    self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            conversion = c as i32;
            self.pos += 2;
        }
        let mut format_spec = None;
        if self.byte(self.pos) == b':' {
            self.pos += 1;
            let (start, end) = (self.token.start, self.token.end);
            let mut spec = Vec::new();
            self.fields(level + 1, &mut spec)?;
            // CPython 3.11 gives a format spec its string token's span.
            let loc = Loc {
                lineno: start.line,
                col_offset: start.col,
                end_lineno: end.line,
                end_col_offset: end.col,
            };
            let values = join_pieces(spec, loc);
            format_spec = Some(Box::new(Expr {
                node: ExprKind::JoinedStr { values },
                loc,
            }));
        }
        if self.byte(self.pos) != b'}' {
            return Err(self.error("f-string: expecting '}'"));
        }
        self.pos += 1;
        let node = ExprKind::FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
        };
        out.push(Piece::Value(Expr {
            node,
            loc: Loc::default(),
        }));
        Ok(())
    }

    /// Finds where the embedded expression ends: at `=`, `!`, `:` or `}`
    /// outside brackets and quotes. Rejects `\` and `#` as 3.11 does.
    fn expression_end(&mut self) -> PResult<usize> {
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        loop {
            if self.pos >= self.end {
                let msg = if quote.is_some() {
                    "f-string: unterminated string"
                } else {
                    "f-string: expecting '}'"
                };
                return Err(self.error(msg));
            }
            let c = self.byte(self.pos);
            if c == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if c == q
                    && (!triple || (self.byte(self.pos + 1) == q && self.byte(self.pos + 2) == q))
                {
                    self.pos += if triple { 3 } else { 1 };
                    quote = None;
                } else {
                    self.pos += 1;
                }
                continue;
            }
            let next = self.byte(self.pos + 1);
            match c {
                b'\'' | b'"' => {
                    let triple = next == c && self.byte(self.pos + 2) == c;
                    quote = Some((c, triple));
                    self.pos += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => brackets.push(c),
                b')' | b']' | b'}' if !brackets.is_empty() => {
                    let open = brackets.pop().unwrap_or(b'(');
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        let msg = format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        );
                        return Err(self.error(&msg));
                    }
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                _ if !brackets.is_empty() => {}
                b'=' | b'!' | b'<' | b'>' if next == b'=' => {
                    self.pos += 2;
                    continue;
                }
                b'=' | b'!' | b':' | b'}' => return Ok(self.pos),
                _ => {}
            }
            self.pos += 1;
        }
    }

    /// Parses source `start..end` as `star_expressions` (or a yield).
    fn parse_expression(&self, start: usize, end: usize) -> PResult<Expr> {
        let parser = self.parser;
        let line_start = parser.line_start_of(start);
        let line = parser.line_of(start, self.token);
        let lexed = tokenize_region(parser.source(), start, end, line, line_start);
        if let Some(err) = lexed.error {
            return Err(err);
        }
        let mut sub = Parser::for_fstring(parser.source(), lexed.tokens, parser.depth());
        let mut expr = sub.fstring_expression().map_err(|mut err| {
            if !err.msg.starts_with("f-string") {
                err.msg = format!("f-string: {}", err.msg);
            }
            err
        })?;
        // CPython parses the field as `(expr)`, so a bare tuple's span takes
        // in the `{` and the character after the expression.
        if let ExprKind::Tuple { elts, .. } = &expr.node {
            if elts.first().is_some_and(|e| {
                e.loc.col_offset == expr.loc.col_offset && e.loc.lineno == expr.loc.lineno
            }) {
                let open = parser.position_of(start - 1);
                let close = parser.position_of(end);
                expr.loc = Loc {
                    lineno: open.line,
                    col_offset: open.col,
                    end_lineno: close.line,
                    end_col_offset: close.col + 1,
                };
            }
        }
        Ok(expr)
    }
}
