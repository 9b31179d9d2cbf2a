//! Expressions: `star_expressions`, walrus, conditional, lambda, and
//! `primary` (attributes, calls, subscripts, slices), yield. The operators
//! in between are in `operators`.

use alloc::boxed::Box;

use super::targets::expr_name;
use super::{room, PResult, Parser};
use crate::vm::syntax::ast::{Expr, ExprContext, ExprKind};
use crate::vm::syntax::error::{ErrorKind, SyntaxError};
use crate::vm::syntax::tokens::{Kw, Op, Pos, TokKind};

impl Parser<'_> {
    pub(super) fn expr_at(&self, node: ExprKind, start: Pos) -> Expr {
        Expr {
            node,
            loc: self.loc_from(start),
        }
    }

    /// `star_expressions`: one or more (possibly starred) expressions; a
    /// comma makes a Tuple.
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        self.expression_list(Self::star_expression)
    }

    /// `star_named_expressions` without brackets, as in `for x in a, b:`.
    pub(super) fn expression_list(
        &mut self,
        item: fn(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let start = self.start();
        let first = item(self)?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if !self.starts_expression() {
                break;
            }
            room(&mut elts)?;
            elts.push(item(self)?);
        }
        Ok(self.expr_at(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    pub(super) fn star_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.starred(Self::bitwise_or);
        }
        self.expression()
    }

    /// `star_named_expression`: `*bitwise_or` or a named expression.
    pub(super) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.starred(Self::bitwise_or);
        }
        self.named_expression()
    }

    pub(super) fn starred(&mut self, inner: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        let value = Box::new(inner(self)?);
        Ok(self.expr_at(
            ExprKind::Starred {
                value,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// Whether the current token can begin an expression.
    pub(super) fn starts_expression(&self) -> bool {
        match self.kind() {
            TokKind::Name | TokKind::Number(_) | TokKind::Str(_) => true,
            TokKind::Keyword(kw) => matches!(
                kw,
                Kw::None | Kw::True | Kw::False | Kw::Not | Kw::Lambda | Kw::Await | Kw::Yield
            ),
            TokKind::Op(op) => matches!(
                op,
                Op::LPar
                    | Op::LSqb
                    | Op::LBrace
                    | Op::Minus
                    | Op::Plus
                    | Op::Tilde
                    | Op::Star
                    | Op::Ellipsis
            ),
            _ => false,
        }
    }

    /// `named_expression`: `NAME := expression` or an expression.
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        if self.at_name() && matches!(self.kind_at(1), TokKind::Op(Op::ColonEq)) {
            return self.walrus();
        }
        let expr = self.expression()?;
        if self.at_op(Op::ColonEq) {
            return Err(self.walrus_error(&expr));
        }
        Ok(expr)
    }

    // The rarer forms below are kept out of line (`inline(never)`) so the
    // functions every nesting level passes through keep small frames.

    #[inline(never)]
    fn walrus(&mut self) -> PResult<Expr> {
        let start = self.start();
        let id = self.name()?;
        let target = Box::new(self.expr_at(
            ExprKind::Name {
                id,
                ctx: ExprContext::Store,
            },
            start,
        ));
        self.advance();
        let value = Box::new(self.expression()?);
        Ok(self.expr_at(ExprKind::NamedExpr { target, value }, start))
    }

    #[cold]
    #[inline(never)]
    fn walrus_error(&self, expr: &Expr) -> SyntaxError {
        let msg = alloc::format!("cannot use assignment expressions with {}", expr_name(expr));
        self.error_at_expr(expr, &msg)
    }

    /// `expression`: a conditional expression, a lambda or a disjunction.
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Lambda) {
            return self.lambda();
        }
        let start = self.start();
        let body = self.disjunction()?;
        if !self.at_kw(Kw::If) {
            return Ok(body);
        }
        self.conditional(body, start)
    }

    /// `body if test else orelse`; the cursor is at `if`.
    #[inline(never)]
    fn conditional(&mut self, body: Expr, start: Pos) -> PResult<Expr> {
        self.advance();
        let test = Box::new(self.disjunction()?);
        if !self.eat_kw(Kw::Else) {
            let at = Pos {
                line: body.loc.lineno,
                col: body.loc.col_offset,
            };
            let msg = "expected 'else' after 'if' expression";
            return Err(self.error_span(ErrorKind::SyntaxError, msg, at, self.prev_end()));
        }
        self.enter()?;
        let orelse = Box::new(self.expression()?);
        self.leave();
        let node = ExprKind::IfExp {
            test,
            body: Box::new(body),
            orelse,
        };
        Ok(self.expr_at(node, start))
    }

    #[inline(never)]
    fn lambda(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        let args = Box::new(self.parameters(false)?);
        self.expect_op(Op::Colon)?;
        self.enter()?;
        let body = Box::new(self.expression()?);
        self.leave();
        Ok(self.expr_at(ExprKind::Lambda { args, body }, start))
    }

    /// `primary`: an atom followed by attribute access, calls, subscripts.
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let expr = self.atom()?;
        if !matches!(self.kind(), TokKind::Op(Op::Dot | Op::LPar | Op::LSqb)) {
            return Ok(expr);
        }
        self.trailers(expr, start)
    }

    /// `.name`, `(args)` and `[slices]` after an atom.
    #[inline(never)]
    fn trailers(&mut self, mut expr: Expr, start: Pos) -> PResult<Expr> {
        let mut levels = 0;
        loop {
            if matches!(self.kind(), TokKind::Op(Op::Dot | Op::LPar | Op::LSqb)) {
                self.grow_tree(1)?;
                levels += 1;
            }
            expr = match self.kind() {
                TokKind::Op(Op::Dot) => {
                    self.advance();
                    let attr = self.name()?;
                    let node = ExprKind::Attribute {
                        value: Box::new(expr),
                        attr,
                        ctx: ExprContext::Load,
                    };
                    self.expr_at(node, start)
                }
                TokKind::Op(Op::LPar) => self.call(expr, start)?,
                TokKind::Op(Op::LSqb) => self.subscript(expr, start)?,
                _ => {
                    self.shrink_tree(levels);
                    return Ok(expr);
                }
            };
        }
    }

    fn subscript(&mut self, value: Expr, start: Pos) -> PResult<Expr> {
        self.advance();
        self.enter()?;
        let slice = Box::new(self.slices()?);
        self.leave();
        self.expect_op(Op::RSqb)?;
        let node = ExprKind::Subscript {
            value: Box::new(value),
            slice,
            ctx: ExprContext::Load,
        };
        Ok(self.expr_at(node, start))
    }

    /// `slices`: one slice, or a comma-separated Tuple of slices/starred.
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.slice()?;
        let starred = matches!(first.node, ExprKind::Starred { .. });
        if !self.at_op(Op::Comma) && !starred {
            return Ok(first);
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) && !self.at_op(Op::RSqb) {
            room(&mut elts)?;
            elts.push(self.slice()?);
        }
        Ok(self.expr_at(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    fn slice(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.starred(Self::bitwise_or);
        }
        let start = self.start();
        let lower = if self.at_op(Op::Colon) {
            None
        } else {
            Some(self.named_expression()?)
        };
        if !self.eat_op(Op::Colon) {
            return lower.ok_or_else(|| self.invalid_syntax());
        }
        let bound = |p: &mut Self| -> PResult<Option<Box<Expr>>> {
            let ends = p.at_op(Op::Colon) || p.at_op(Op::Comma) || p.at_op(Op::RSqb);
            Ok(if ends {
                None
            } else {
                Some(Box::new(p.expression()?))
            })
        };
        let upper = bound(self)?;
        let step = if self.eat_op(Op::Colon) {
            bound(self)?
        } else {
            None
        };
        let node = ExprKind::Slice {
            lower: lower.map(Box::new),
            upper,
            step,
        };
        Ok(self.expr_at(node, start))
    }

    /// `yield` / `yield from` (the caller has checked for `yield`).
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat_kw(Kw::From) {
            let value = Box::new(self.expression()?);
            return Ok(self.expr_at(ExprKind::YieldFrom { value }, start));
        }
        let value = if self.starts_expression() {
            Some(Box::new(self.star_expressions()?))
        } else {
            None
        };
        Ok(self.expr_at(ExprKind::Yield { value }, start))
    }

    /// `yield_expr | star_expressions`, as on the right of `=`.
    pub(super) fn yield_or_star_expressions(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Yield) {
            return self.yield_expr();
        }
        self.star_expressions()
    }
}
