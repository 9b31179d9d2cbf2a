//! The operators from `or` down to `**`, parsed by precedence climbing in
//! one function, so that each level of bracket nesting costs a few stack
//! frames instead of one per grammar level (the DOS stack is small).

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::{PResult, Parser};
use crate::vm::syntax::ast::{BoolOp, CmpOp, Expr, ExprKind, Operator, UnaryOp};
use crate::vm::syntax::tokens::{Kw, Op, Pos, TokKind};

/// Binding strength, loosest first (Python's operator precedence table).
const OR: u8 = 1;
const AND: u8 = 2;
const NOT: u8 = 3;
const COMPARE: u8 = 4;
const BIT_OR: u8 = 5;

/// An operator between two operands.
enum Infix {
    Bool(Kw, BoolOp),
    Compare,
    Binary(Operator),
}

impl Parser<'_> {
    /// `disjunction`: a full operator expression.
    pub(super) fn disjunction(&mut self) -> PResult<Expr> {
        self.operators(OR)
    }

    /// `bitwise_or`: no boolean operators or comparisons at the top.
    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.operators(BIT_OR)
    }

    /// Operands joined by operators binding at least as tightly as `min`.
    fn operators(&mut self, min: u8) -> PResult<Expr> {
        let start = self.start();
        let mut left = self.prefixed(min)?;
        let mut levels = 0;
        while let Some((infix, precedence)) = self.infix() {
            if precedence < min {
                break;
            }
            self.grow_tree(1)?;
            levels += 1;
            left = self.infix_operation(left, infix, precedence, start)?;
        }
        self.shrink_tree(levels);
        Ok(left)
    }

    /// `left OP right` (or a whole `and`/`or`/comparison chain).
    #[inline(never)]
    fn infix_operation(
        &mut self,
        left: Expr,
        infix: Infix,
        precedence: u8,
        start: Pos,
    ) -> PResult<Expr> {
        let node = match infix {
            Infix::Bool(kw, op) => {
                let mut values = alloc::vec![left];
                while self.eat_kw(kw) {
                    values.push(self.operators(precedence + 1)?);
                }
                ExprKind::BoolOp { op, values }
            }
            Infix::Compare => {
                let (mut ops, mut comparators) = (Vec::new(), Vec::new());
                while let Some(op) = self.compare_op() {
                    ops.push(op);
                    comparators.push(self.operators(BIT_OR)?);
                }
                ExprKind::Compare {
                    left: Box::new(left),
                    ops,
                    comparators,
                }
            }
            Infix::Binary(op) => {
                self.advance();
                let right = Box::new(self.operators(precedence + 1)?);
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right,
                }
            }
        };
        Ok(self.expr_at(node, start))
    }

    /// The operator at the cursor (not consumed) and its precedence.
    fn infix(&self) -> Option<(Infix, u8)> {
        let binary = |op, precedence| Some((Infix::Binary(op), precedence));
        match self.kind() {
            TokKind::Keyword(Kw::Or) => Some((Infix::Bool(Kw::Or, BoolOp::Or), OR)),
            TokKind::Keyword(Kw::And) => Some((Infix::Bool(Kw::And, BoolOp::And), AND)),
            TokKind::Keyword(Kw::In | Kw::Is) => Some((Infix::Compare, COMPARE)),
            TokKind::Keyword(Kw::Not) if matches!(self.kind_at(1), TokKind::Keyword(Kw::In)) => {
                Some((Infix::Compare, COMPARE))
            }
            TokKind::Op(op) => match op {
                Op::EqEq | Op::NotEq | Op::Less | Op::LessEq | Op::Greater | Op::GreaterEq => {
                    Some((Infix::Compare, COMPARE))
                }
                Op::VBar => binary(Operator::BitOr, 5),
                Op::Circumflex => binary(Operator::BitXor, 6),
                Op::Amper => binary(Operator::BitAnd, 7),
                Op::LShift => binary(Operator::LShift, 8),
                Op::RShift => binary(Operator::RShift, 8),
                Op::Plus => binary(Operator::Add, 9),
                Op::Minus => binary(Operator::Sub, 9),
                Op::Star => binary(Operator::Mult, 10),
                Op::Slash => binary(Operator::Div, 10),
                Op::DoubleSlash => binary(Operator::FloorDiv, 10),
                Op::Percent => binary(Operator::Mod, 10),
                Op::At => binary(Operator::MatMult, 10),
                _ => None,
            },
            _ => None,
        }
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

    /// An operand with its prefix operators: `not` (where `min` allows a
    /// comparison under it) or unary `+ - ~`.
    fn prefixed(&mut self, min: u8) -> PResult<Expr> {
        if min <= NOT && self.at_kw(Kw::Not) {
            return self.not_chain();
        }
        if matches!(self.kind(), TokKind::Op(Op::Plus | Op::Minus | Op::Tilde)) {
            return self.unary_chain();
        }
        self.power()
    }

    /// `not not ... comparison`, applied innermost first.
    #[inline(never)]
    fn not_chain(&mut self) -> PResult<Expr> {
        let mut nots = Vec::new();
        while self.at_kw(Kw::Not) {
            nots.push(self.start());
            self.advance();
        }
        self.grow_tree(nots.len() as u32)?;
        let mut expr = self.operators(COMPARE)?;
        self.shrink_tree(nots.len() as u32);
        for start in nots.into_iter().rev() {
            expr = self.expr_at(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(expr),
                },
                start,
            );
        }
        Ok(expr)
    }

    /// `factor`: unary `+ - ~` over a power, applied innermost first.
    #[inline(never)]
    fn unary_chain(&mut self) -> PResult<Expr> {
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
        self.grow_tree(unary.len() as u32)?;
        let mut expr = self.power()?;
        self.shrink_tree(unary.len() as u32);
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

    /// `power`: `[await] primary ['**' factor]`.
    fn power(&mut self) -> PResult<Expr> {
        let start = self.start();
        let base = if self.at_kw(Kw::Await) {
            self.await_expr()?
        } else {
            self.primary()?
        };
        if !self.at_op(Op::DoubleStar) {
            return Ok(base);
        }
        self.exponent(base, start)
    }

    #[inline(never)]
    fn await_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        let value = Box::new(self.primary()?);
        Ok(self.expr_at(ExprKind::Await { value }, start))
    }

    /// `base ** factor`; the cursor is at `**`.
    #[inline(never)]
    fn exponent(&mut self, base: Expr, start: Pos) -> PResult<Expr> {
        self.advance();
        self.enter()?;
        let exponent = Box::new(self.prefixed(NOT + 1)?);
        self.leave();
        let node = ExprKind::BinOp {
            left: Box::new(base),
            op: Operator::Pow,
            right: exponent,
        };
        Ok(self.expr_at(node, start))
    }
}
