//! The recursive-descent parser: tokens → AST, following the structure of
//! CPython 3.11's grammar (python.gram) and its error messages.
//!
//! This module owns the token cursor, locations, error construction and the
//! entry points; the grammar lives in `stmt`, `compound`, `expr`, `atom`,
//! `args` and `targets`.

mod args;
mod atom;
mod compound;
mod expr;
mod operators;
mod patterns;
mod stmt;
mod targets;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

use super::ast::{Expr, Loc, Mod};
use super::error::{byte_to_char_column, line_text, ErrorKind, SyntaxError, TOO_DEEP};
use super::lexer::{normalize_newlines, tokenize};
use super::tokens::{Kw, Op, Pos, TokKind, Token};

/// What kind of input to parse (`ast.parse`'s `mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Single,
    Eval,
}

/// Deepest nesting (brackets, blocks, nested conditionals, lambdas, `**`)
/// the parser recurses into; beyond it the source is rejected with
/// "too many nested parentheses" instead of overflowing the stack. CPython
/// allows 200 brackets; at 100 the parser needs at most ~300 KiB of stack
/// on x86-64 (2-3 KiB per level; see tests/syntax/main.rs).
const MAX_DEPTH: u32 = 100;

/// Deepest AST the parser builds, counting chains built by loops too
/// (`a+b+c...`, `-----x`, `a.b.c...`): code that walks the tree recursively
/// (drop, the compiler, `dump`) can rely on it. CPython gives up on such
/// chains at a few thousand levels.
pub const MAX_AST_DEPTH: u32 = 1000;

/// Nesting counters: `calls` is the parser's own recursion (bounded by
/// MAX_DEPTH), `nodes` the depth of the tree being built (MAX_AST_DEPTH).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Depth {
    calls: u32,
    nodes: u32,
}

pub type PResult<T> = Result<T, SyntaxError>;

/// Parses `source` in `mode`.
pub fn parse(source: &str, mode: Mode) -> PResult<Mod> {
    let src = normalize_newlines(source);
    let lexed = tokenize(&src);
    let mut parser = Parser::new(&src, lexed.tokens, Depth::default());
    let result = match mode {
        Mode::Exec => parser.file(),
        Mode::Single => parser.interactive(),
        Mode::Eval => parser.eval(),
    };
    resolve_errors(&src, result, &parser, lexed.error, lexed.unclosed)
}

/// Chooses the error CPython would report when the tokenizer also failed:
/// a tokenizer error the parser reached wins, and so does one later in the
/// file over a plain "invalid syntax", except that an unclosed bracket on an earlier line than the
/// parser's error is reported as "'(' was never closed".
fn resolve_errors(
    src: &str,
    result: PResult<Mod>,
    parser: &Parser,
    lex_error: Option<SyntaxError>,
    unclosed: Option<(u8, Pos)>,
) -> PResult<Mod> {
    if !parser.truncated {
        return result;
    }
    // As CPython, judge by the line of the furthest token the parser read.
    let reached = parser.reached.get();
    let reached_end = reached + 1 >= parser.tokens.len();
    let parse_error_line = match &result {
        Err(_) if !reached_end => Some(parser.tokens[reached].start.line),
        _ => None,
    };
    if let (Some((open, pos)), Some(line)) = (unclosed, parse_error_line) {
        if line > pos.line {
            return Err(unclosed_error(src, open, pos));
        }
    }
    // CPython's tokenizer runs ahead of its parser only to explain a plain
    // "invalid syntax": a more specific error (an unexpected indent) found
    // before the tokenizer's stands. Our depth limit is not one of them:
    // CPython's tokenizer rejects the 201st bracket before any such limit.
    let specific = matches!(&result, Err(e)
        if e.kind != ErrorKind::TooDeep && e.msg != "invalid syntax");
    match (lex_error, parse_error_line, unclosed) {
        (Some(_), Some(_), _) if specific => result,
        (Some(e), _, _) => Err(e),
        (None, None, Some((open, pos))) => Err(unclosed_error(src, open, pos)),
        _ => result,
    }
}

fn unclosed_error(src: &str, open: u8, pos: Pos) -> SyntaxError {
    let msg = format!("'{}' was never closed", open as char);
    let text = line_text(src, pos.line);
    SyntaxError::at_line_chars(
        src,
        ErrorKind::SyntaxError,
        msg,
        pos.line,
        byte_to_char_column(text, pos.col as usize + 1) as usize,
    )
    .with_end_offset(0)
}

/// The parser state: the token list, a cursor and the nesting depth.
pub struct Parser<'a> {
    src: &'a str,
    tokens: Vec<Token>,
    pos: usize,
    /// The furthest token index looked at (to tell whether the parser ran
    /// into the point where the tokenizer stopped).
    reached: Cell<usize>,
    /// The token list ends early (tokenizer error or EOF inside brackets).
    truncated: bool,
    depth: Depth,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str, mut tokens: Vec<Token>, depth: Depth) -> Parser<'a> {
        let truncated = !matches!(tokens.last().map(|t| &t.kind), Some(TokKind::EndMarker));
        if truncated {
            let end = tokens.last().map(|t| (t.end, t.span.1)).unwrap_or_default();
            tokens.push(Token {
                kind: TokKind::EndMarker,
                start: end.0,
                end: end.0,
                span: (end.1, end.1),
            });
        }
        Parser {
            src,
            tokens,
            pos: 0,
            reached: Cell::new(0),
            truncated,
            depth,
        }
    }

    /// A parser over the tokens of an f-string's embedded expression.
    pub(crate) fn for_fstring(src: &'a str, tokens: Vec<Token>, depth: Depth) -> Parser<'a> {
        Parser::new(src, tokens, depth)
    }

    // ---- source access (for string literals) ----

    pub(crate) fn source(&self) -> &'a str {
        self.src
    }

    pub(crate) fn source_bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    pub(crate) fn source_slice(&self, span: (u32, u32)) -> &'a str {
        &self.src[span.0 as usize..span.1 as usize]
    }

    pub(crate) fn depth(&self) -> Depth {
        self.depth
    }

    /// The first byte of the line holding byte `offset`.
    pub(crate) fn line_start_of(&self, offset: usize) -> usize {
        self.src[..offset].rfind('\n').map_or(0, |n| n + 1)
    }

    /// The line and column of byte `offset`.
    pub(crate) fn position_of(&self, offset: usize) -> Pos {
        let line_start = self.line_start_of(offset);
        let line = 1 + self.src[..offset].bytes().filter(|&b| b == b'\n').count() as u32;
        Pos {
            line,
            col: (offset - line_start) as u32,
        }
    }

    /// The line number of byte `offset` inside string token `token`.
    pub(crate) fn line_of(&self, offset: usize, token: &Token) -> u32 {
        let inside = &self.src[token.span.0 as usize..offset];
        token.start.line + inside.bytes().filter(|&b| b == b'\n').count() as u32
    }

    // ---- token cursor ----

    fn token_at(&self, index: usize) -> &Token {
        let index = index.min(self.tokens.len() - 1);
        if index > self.reached.get() {
            self.reached.set(index);
        }
        &self.tokens[index]
    }

    fn tok(&self) -> &Token {
        self.token_at(self.pos)
    }

    fn kind(&self) -> &TokKind {
        &self.tok().kind
    }

    fn kind_at(&self, ahead: usize) -> &TokKind {
        &self.token_at(self.pos + ahead).kind
    }

    fn start(&self) -> Pos {
        self.tok().start
    }

    /// The start of the last consumed token.
    fn prev_start(&self) -> Pos {
        self.tokens[self.pos.saturating_sub(1)].start
    }

    /// The end of the last consumed token.
    fn prev_end(&self) -> Pos {
        match self.pos {
            0 => self.tokens[0].start,
            n => self.tokens[n - 1].end,
        }
    }

    fn loc_from(&self, start: Pos) -> Loc {
        let end = self.prev_end();
        Loc {
            lineno: start.line,
            col_offset: start.col,
            end_lineno: end.line,
            end_col_offset: end.col,
        }
    }

    fn advance(&mut self) -> Token {
        let token = self.tok().clone();
        if self.pos < self.tokens.len() - 1 {
            self.pos += 1;
        }
        token
    }

    fn at_op(&self, op: Op) -> bool {
        matches!(self.kind(), TokKind::Op(o) if *o == op)
    }

    fn at_kw(&self, kw: Kw) -> bool {
        matches!(self.kind(), TokKind::Keyword(k) if *k == kw)
    }

    fn eat_op(&mut self, op: Op) -> bool {
        let found = self.at_op(op);
        if found {
            self.advance();
        }
        found
    }

    fn eat_kw(&mut self, kw: Kw) -> bool {
        let found = self.at_kw(kw);
        if found {
            self.advance();
        }
        found
    }

    /// The text of the current token.
    fn text(&self) -> &'a str {
        let (start, end) = self.tok().span;
        &self.src[start as usize..end as usize]
    }

    fn at_name(&self) -> bool {
        matches!(self.kind(), TokKind::Name)
    }

    /// Whether the current token is the name `name` (for soft keywords).
    fn current_name_is(&self, name: &str) -> bool {
        self.at_name() && self.text() == name
    }

    /// A NAME token's text, consumed; "invalid syntax" otherwise.
    fn name(&mut self) -> PResult<String> {
        if !self.at_name() {
            return Err(self.invalid_syntax());
        }
        let text = String::from(self.text());
        self.advance();
        Ok(text)
    }

    /// Consumes `op` or fails with "invalid syntax".
    fn expect_op(&mut self, op: Op) -> PResult<()> {
        if self.eat_op(op) {
            return Ok(());
        }
        Err(self.invalid_syntax())
    }

    /// `':'` after a compound statement header: "expected ':'" located at
    /// the end of the previous token, as CPython reports it.
    fn expect_colon(&mut self) -> PResult<()> {
        if self.eat_op(Op::Colon) {
            return Ok(());
        }
        if matches!(self.kind(), TokKind::Newline) || self.at_op(Op::Equal) {
            return Err(self.error_after_prev("expected ':'"));
        }
        Err(self.invalid_syntax())
    }

    // ---- depth guards ----

    /// Before recursing into a nested construct.
    fn enter(&mut self) -> PResult<()> {
        self.depth.calls += 1;
        if self.depth.calls > MAX_DEPTH {
            return Err(self.error_at_current(ErrorKind::TooDeep, TOO_DEEP));
        }
        self.grow_tree(1)
    }

    fn leave(&mut self) {
        self.depth.calls -= 1;
        self.shrink_tree(1);
    }

    /// Before a loop nests `levels` more nodes (operator, unary and
    /// trailer chains); undone by `shrink_tree` when the chain is built.
    fn grow_tree(&mut self, levels: u32) -> PResult<()> {
        self.depth.nodes += levels;
        if self.depth.nodes > MAX_AST_DEPTH {
            let msg = "too many nested expressions (more than 1000 levels)";
            return Err(self.error_at_current(ErrorKind::SyntaxError, msg));
        }
        Ok(())
    }

    fn shrink_tree(&mut self, levels: u32) {
        self.depth.nodes -= levels;
    }

    /// A backtracking point: the cursor and the depth counters.
    fn mark(&self) -> (usize, Depth) {
        (self.pos, self.depth)
    }

    fn reset(&mut self, mark: (usize, Depth)) {
        (self.pos, self.depth) = mark;
    }

    // ---- errors ----

    /// An error spanning `start..end` (0-based byte columns on `start.line`).
    #[cold]
    #[inline(never)]
    fn error_span(&self, kind: ErrorKind, msg: &str, start: Pos, end: Pos) -> SyntaxError {
        let err = SyntaxError::at_line(
            self.src,
            kind,
            msg.into(),
            start.line,
            start.col as usize + 1,
            0,
        );
        let end_offset =
            byte_to_char_column(line_text(self.src, end.line), end.col as usize + 1) as i32;
        let mut err = err.with_end_offset(end_offset);
        err.end_lineno = end.line;
        err
    }

    /// A SyntaxError at the current token (used for string literal errors,
    /// which CPython reports at the token after the literal).
    #[cold]
    #[inline(never)]
    pub(crate) fn error_here(&self, msg: &str) -> SyntaxError {
        self.error_at_current(ErrorKind::SyntaxError, msg)
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn error_at_token(&self, token: &Token, msg: &str) -> SyntaxError {
        self.error_span(ErrorKind::SyntaxError, msg, token.start, token.end)
    }

    #[cold]
    #[inline(never)]
    fn error_at_current(&self, kind: ErrorKind, msg: &str) -> SyntaxError {
        let tok = self.tok();
        let err = self.error_span(kind, msg, tok.start, tok.end);
        // At the end of input CPython has no end position.
        if tok.kind == TokKind::EndMarker {
            return SyntaxError {
                at_end_of_input: true,
                ..err.with_end_offset(-1)
            };
        }
        err
    }

    /// An error located at an expression node.
    #[cold]
    #[inline(never)]
    fn error_at_expr(&self, expr: &Expr, msg: &str) -> SyntaxError {
        self.error_at_loc(expr.loc, msg)
    }

    #[cold]
    #[inline(never)]
    fn error_at_loc(&self, loc: Loc, msg: &str) -> SyntaxError {
        let start = Pos {
            line: loc.lineno,
            col: loc.col_offset,
        };
        let end = Pos {
            line: loc.end_lineno,
            col: loc.end_col_offset,
        };
        self.error_span(ErrorKind::SyntaxError, msg, start, end)
    }

    #[cold]
    #[inline(never)]
    fn error_after_prev(&self, msg: &str) -> SyntaxError {
        let end = self.prev_end();
        self.error_span(ErrorKind::SyntaxError, msg, end, end)
    }

    /// The generic error at the current token, with CPython's special
    /// cases for an unexpected INDENT/DEDENT.
    #[cold]
    #[inline(never)]
    fn invalid_syntax(&self) -> SyntaxError {
        let tok = self.tok();
        match tok.kind {
            TokKind::Indent => {
                let err = SyntaxError::at_line(
                    self.src,
                    ErrorKind::IndentationError,
                    "unexpected indent".into(),
                    tok.start.line,
                    tok.end.col as usize,
                    -1,
                );
                SyntaxError {
                    end_offset: -1,
                    ..err
                }
            }
            TokKind::Dedent => {
                self.error_at_current(ErrorKind::IndentationError, "unexpected unindent")
            }
            _ => self.error_at_current(ErrorKind::SyntaxError, "invalid syntax"),
        }
    }
}
