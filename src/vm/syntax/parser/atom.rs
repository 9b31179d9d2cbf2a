//! Atoms: names, literals, strings (with implicit concatenation and
//! f-strings), parenthesised forms, list/set/dict displays and
//! comprehensions.

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::{room, PResult, Parser};
use crate::vm::syntax::ast::{Comprehension, Constant, Expr, ExprContext, ExprKind};
use crate::vm::syntax::error::ErrorKind;
use crate::vm::syntax::fstring::StringPieces;
use crate::vm::syntax::tokens::{Kw, Op, Pos, TokKind};

impl Parser<'_> {
    pub(super) fn atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        let constant = match self.kind() {
            TokKind::Name => {
                let id = self.name()?;
                return Ok(self.expr_at(
                    ExprKind::Name {
                        id,
                        ctx: ExprContext::Load,
                    },
                    start,
                ));
            }
            TokKind::Number(value) => value.clone(),
            TokKind::Keyword(Kw::None) => Constant::None,
            TokKind::Keyword(Kw::True) => Constant::Bool(true),
            TokKind::Keyword(Kw::False) => Constant::Bool(false),
            TokKind::Op(Op::Ellipsis) => Constant::Ellipsis,
            TokKind::Str(_) => return self.strings(),
            TokKind::Op(Op::LPar) => return self.bracketed(Self::paren_form),
            TokKind::Op(Op::LSqb) => return self.bracketed(Self::list_form),
            TokKind::Op(Op::LBrace) => return self.bracketed(Self::brace_form),
            _ => return Err(self.invalid_syntax()),
        };
        self.advance();
        Ok(self.expr_at(
            ExprKind::Constant {
                value: constant,
                kind: None,
            },
            start,
        ))
    }

    /// Runs `form` for a bracketed atom under the nesting-depth guard.
    #[inline(never)]
    fn bracketed(&mut self, form: fn(&mut Self, Pos) -> PResult<Expr>) -> PResult<Expr> {
        self.enter()?;
        let start = self.start();
        self.advance();
        let result = form(self, start);
        self.leave();
        result
    }

    /// Adjacent string literals, concatenated into one Constant or JoinedStr.
    #[inline(never)]
    fn strings(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut pieces = StringPieces::default();
        let mut first = true;
        let mut mixed = false;
        while let TokKind::Str(tok) = *self.kind() {
            mixed |= !first && tok.bytes != pieces.is_bytes();
            if first && tok.unicode {
                pieces.mark_unicode();
            }
            first = false;
            let token = self.tok().clone();
            self.advance();
            pieces.add(self, &token, tok)?;
        }
        if mixed {
            return Err(self.error_here("cannot mix bytes and nonbytes literals"));
        }
        let loc = self.loc_from(start);
        pieces.finish(loc)
    }

    /// After `(`: `()`, a group, a tuple, a generator expression or a
    /// parenthesised yield.
    fn paren_form(&mut self, start: Pos) -> PResult<Expr> {
        if self.eat_op(Op::RPar) {
            return Ok(self.expr_at(
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        if self.at_kw(Kw::Yield) {
            let value = self.yield_expr()?;
            self.expect_op(Op::RPar)?;
            return Ok(value);
        }
        let first = self.star_named_expression()?;
        if self.at_comprehension() {
            let generators = self.comprehension_clauses()?;
            self.expect_op(Op::RPar)?;
            let node = ExprKind::GeneratorExp {
                elt: Box::new(first),
                generators,
            };
            return Ok(self.expr_at(node, start));
        }
        if self.eat_op(Op::RPar) {
            if matches!(first.node, ExprKind::Starred { .. }) {
                return Err(self.error_at_expr(&first, "cannot use starred expression here"));
            }
            return Ok(first);
        }
        let elts = self.display_items(first, Op::RPar)?;
        Ok(self.expr_at(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// After `[`: a list display or a list comprehension.
    fn list_form(&mut self, start: Pos) -> PResult<Expr> {
        if self.eat_op(Op::RSqb) {
            return Ok(self.expr_at(
                ExprKind::List {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        let first = self.star_named_expression()?;
        if self.at_comprehension() {
            let generators = self.comprehension_clauses()?;
            self.expect_op(Op::RSqb)?;
            let node = ExprKind::ListComp {
                elt: Box::new(first),
                generators,
            };
            return Ok(self.expr_at(node, start));
        }
        let elts = self.display_items(first, Op::RSqb)?;
        Ok(self.expr_at(
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// The rest of a comma-separated display after its first item, up to
    /// and including the closing bracket.
    fn display_items(&mut self, first: Expr, close: Op) -> PResult<Vec<Expr>> {
        let mut elts = alloc::vec![first];
        loop {
            if self.eat_op(close) {
                return Ok(elts);
            }
            if !self.eat_op(Op::Comma) {
                return Err(self.missing_comma(elts.last()));
            }
            if self.eat_op(close) {
                return Ok(elts);
            }
            room(&mut elts)?;
            elts.push(self.star_named_expression()?);
        }
    }

    /// "Perhaps you forgot a comma?" when two expressions sit side by side
    /// inside brackets, else the generic error.
    #[cold]
    #[inline(never)]
    pub(super) fn missing_comma(
        &self,
        previous: Option<&Expr>,
    ) -> crate::vm::syntax::error::SyntaxError {
        match previous {
            Some(prev) if self.starts_expression() && !self.at_op(Op::Star) => {
                let end = self.tok().end;
                let start = Pos {
                    line: prev.loc.lineno,
                    col: prev.loc.col_offset,
                };
                self.error_span(
                    ErrorKind::SyntaxError,
                    "invalid syntax. Perhaps you forgot a comma?",
                    start,
                    end,
                )
            }
            _ => self.invalid_syntax(),
        }
    }

    /// After `{`: dict or set display, dict or set comprehension.
    fn brace_form(&mut self, start: Pos) -> PResult<Expr> {
        if self.eat_op(Op::RBrace) {
            let node = ExprKind::Dict {
                keys: Vec::new(),
                values: Vec::new(),
            };
            return Ok(self.expr_at(node, start));
        }
        if self.at_op(Op::DoubleStar) {
            return self.dict_display(start, Vec::new(), Vec::new());
        }
        let first = self.star_named_expression()?;
        if self.eat_op(Op::Colon) {
            let value = self.dict_value()?;
            if self.at_comprehension() {
                let generators = self.comprehension_clauses()?;
                self.expect_op(Op::RBrace)?;
                let node = ExprKind::DictComp {
                    key: Box::new(first),
                    value: Box::new(value),
                    generators,
                };
                return Ok(self.expr_at(node, start));
            }
            return self.dict_display(start, alloc::vec![Some(first)], alloc::vec![value]);
        }
        if self.at_comprehension() {
            let generators = self.comprehension_clauses()?;
            self.expect_op(Op::RBrace)?;
            let node = ExprKind::SetComp {
                elt: Box::new(first),
                generators,
            };
            return Ok(self.expr_at(node, start));
        }
        let elts = self.display_items(first, Op::RBrace)?;
        Ok(self.expr_at(ExprKind::Set { elts }, start))
    }

    /// The remaining `key: value` / `**mapping` items of a dict display.
    fn dict_display(
        &mut self,
        start: Pos,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> PResult<Expr> {
        loop {
            if !keys.is_empty() {
                if self.eat_op(Op::RBrace) {
                    break;
                }
                self.expect_op(Op::Comma)?;
            }
            if self.eat_op(Op::RBrace) {
                break;
            }
            room(&mut keys)?;
            room(&mut values)?;
            if self.eat_op(Op::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
                continue;
            }
            let key = self.expression()?;
            if !self.eat_op(Op::Colon) {
                if self.at_op(Op::Comma) || self.at_op(Op::RBrace) {
                    return Err(self.error_after_key(&key));
                }
                return Err(self.invalid_syntax());
            }
            keys.push(Some(key));
            values.push(self.dict_value()?);
        }
        Ok(self.expr_at(ExprKind::Dict { keys, values }, start))
    }

    /// The value after `key:`, with CPython's message when it is missing.
    fn dict_value(&mut self) -> PResult<Expr> {
        if self.at_op(Op::RBrace) || self.at_op(Op::Comma) {
            let colon = self.tokens[self.pos - 1].clone();
            return Err(
                self.error_at_token(&colon, "expression expected after dictionary key and ':'")
            );
        }
        self.expression()
    }

    /// CPython locates a missing `:` after a dict key at the key's last column.
    fn error_after_key(&self, key: &Expr) -> crate::vm::syntax::error::SyntaxError {
        let at = Pos {
            line: key.loc.end_lineno,
            col: key.loc.end_col_offset.saturating_sub(1),
        };
        let msg = "':' expected after dictionary key";
        self.error_span(ErrorKind::SyntaxError, msg, at, at)
            .with_end_offset(0)
    }

    pub(super) fn at_comprehension(&self) -> bool {
        self.at_kw(Kw::For)
            || (self.at_kw(Kw::Async) && matches!(self.kind_at(1), TokKind::Keyword(Kw::For)))
    }

    /// `for_if_clauses`: one or more `[async] for targets in iter [if cond]*`.
    #[inline(never)]
    pub(super) fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_comprehension() {
            let is_async = self.eat_kw(Kw::Async);
            self.advance();
            let target = self.target_list(Kw::In)?;
            if !self.eat_kw(Kw::In) {
                return Err(self.invalid_syntax());
            }
            let iter = self.disjunction_for_clause()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                ifs.push(self.disjunction_for_clause()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(generators)
    }

    /// The `disjunction` of a comprehension clause (no bare conditional or
    /// lambda, so that a following `if` starts a condition).
    fn disjunction_for_clause(&mut self) -> PResult<Expr> {
        self.disjunction()
    }
}
