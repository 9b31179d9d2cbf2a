//! Expressions from `star_expressions` down to `primary` (operators,
//! comparisons, boolean logic, conditional, lambda, walrus, await), with
//! precedence climbing for the binary operators.

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::targets::expr_name;
use super::{PResult, Parser};
use crate::vm::syntax::ast::{BoolOp, CmpOp, Expr, ExprContext, ExprKind, Operator, UnaryOp};
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
            return Ok(self.expr_at(ExprKind::NamedExpr { target, value }, start));
        }
        let expr = self.expression()?;
        if self.at_op(Op::ColonEq) {
            let msg = alloc::format!(
                "cannot use assignment expressions with {}",
                expr_name(&expr)
            );
            return Err(self.error_at_expr(&expr, &msg));
        }
        Ok(expr)
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
        self.advance();
        let test = Box::new(self.disjunction()?);
        if !self.eat_kw(Kw::Else) {
            return Err(self.error_at_expr(&body, "expected 'else' after 'if' expression"));
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

    pub(super) fn disjunction(&mut self) -> PResult<Expr> {
        self.bool_op(Kw::Or, BoolOp::Or, Self::conjunction)
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        self.bool_op(Kw::And, BoolOp::And, Self::inversion)
    }

    fn bool_op(
        &mut self,
        kw: Kw,
        op: BoolOp,
        operand: fn(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let start = self.start();
        let first = operand(self)?;
        if !self.at_kw(kw) {
            return Ok(first);
        }
        let mut values = alloc::vec![first];
        while self.eat_kw(kw) {
            values.push(operand(self)?);
        }
        Ok(self.expr_at(ExprKind::BoolOp { op, values }, start))
    }

    /// `not`* comparison, built without recursion.
    fn inversion(&mut self) -> PResult<Expr> {
        let mut nots = Vec::new();
        while self.at_kw(Kw::Not) {
            nots.push(self.start());
            self.advance();
        }
        let mut expr = self.comparison()?;
        for start in nots.into_iter().rev() {
            let node = ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand: Box::new(expr),
            };
            expr = self.expr_at(node, start);
        }
        Ok(expr)
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.start();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.compare_op() {
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        let node = ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        };
        Ok(self.expr_at(node, start))
    }

    /// Consumes a comparison operator (one or two tokens) if present.
    fn compare_op(&mut self) -> Option<CmpOp> {
        let op = match self.kind() {
            TokKind::Op(Op::EqEq) => CmpOp::Eq,
            TokKind::Op(Op::NotEq) => CmpOp::NotEq,
            TokKind::Op(Op::Less) => CmpOp::Lt,
            TokKind::Op(Op::LessEq) => CmpOp::LtE,
            TokKind::Op(Op::Greater) => CmpOp::Gt,
            TokKind::Op(Op::GreaterEq) => CmpOp::GtE,
            TokKind::Keyword(Kw::In) => CmpOp::In,
            TokKind::Keyword(Kw::Not) if matches!(self.kind_at(1), TokKind::Keyword(Kw::In)) => {
                self.advance();
                CmpOp::NotIn
            }
            TokKind::Keyword(Kw::Is) => {
                if matches!(self.kind_at(1), TokKind::Keyword(Kw::Not)) {
                    self.advance();
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            _ => return None,
        };
        self.advance();
        Some(op)
    }

    /// `bitwise_or`: all binary operators, by precedence climbing.
    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    fn binary(&mut self, min_precedence: u8) -> PResult<Expr> {
        let start = self.start();
        let mut left = self.factor()?;
        while let Some((op, precedence)) = self.binary_operator() {
            if precedence < min_precedence {
                break;
            }
            self.advance();
            let right = Box::new(self.binary(precedence + 1)?);
            left = self.expr_at(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right,
                },
                start,
            );
        }
        Ok(left)
    }

    fn binary_operator(&self) -> Option<(Operator, u8)> {
        let TokKind::Op(op) = self.kind() else {
            return None;
        };
        Some(match op {
            Op::VBar => (Operator::BitOr, 1),
            Op::Circumflex => (Operator::BitXor, 2),
            Op::Amper => (Operator::BitAnd, 3),
            Op::LShift => (Operator::LShift, 4),
            Op::RShift => (Operator::RShift, 4),
            Op::Plus => (Operator::Add, 5),
            Op::Minus => (Operator::Sub, 5),
            Op::Star => (Operator::Mult, 6),
            Op::Slash => (Operator::Div, 6),
            Op::DoubleSlash => (Operator::FloorDiv, 6),
            Op::Percent => (Operator::Mod, 6),
            Op::At => (Operator::MatMult, 6),
            _ => return None,
        })
    }

    /// `factor`: unary `+ - ~` (collected, then applied innermost first).
    fn factor(&mut self) -> PResult<Expr> {
        let mut unary = Vec::new();
        loop {
            let op = match self.kind() {
                TokKind::Op(Op::Plus) => UnaryOp::UAdd,
                TokKind::Op(Op::Minus) => UnaryOp::USub,
                TokKind::Op(Op::Tilde) => UnaryOp::Invert,
                _ => break,
            };
            unary.push((op, self.start()));
            self.advance();
        }
        let mut expr = self.power()?;
        for (op, start) in unary.into_iter().rev() {
            expr = self.expr_at(
                ExprKind::UnaryOp {
                    op,
                    operand: Box::new(expr),
                },
                start,
            );
        }
        Ok(expr)
    }

    /// `power`: `await_primary ['**' factor]`.
    fn power(&mut self) -> PResult<Expr> {
        let start = self.start();
        let base = self.await_primary()?;
        if !self.eat_op(Op::DoubleStar) {
            return Ok(base);
        }
        self.enter()?;
        let exponent = Box::new(self.factor()?);
        self.leave();
        let node = ExprKind::BinOp {
            left: Box::new(base),
            op: Operator::Pow,
            right: exponent,
        };
        Ok(self.expr_at(node, start))
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if !self.at_kw(Kw::Await) {
            return self.primary();
        }
        let start = self.start();
        self.advance();
        let value = Box::new(self.primary()?);
        Ok(self.expr_at(ExprKind::Await { value }, start))
    }

    /// `primary`: an atom followed by attribute access, calls, subscripts.
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut expr = self.atom()?;
        loop {
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
                _ => return Ok(expr),
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
