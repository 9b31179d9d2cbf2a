//! Assignment and deletion targets: turning a parsed expression into a
//! Store/Del target, with CPython's "cannot assign to ..." errors.

use alloc::format;

use super::{PResult, Parser};
use crate::vm::syntax::ast::{Constant, Expr, ExprContext, ExprKind};
use crate::vm::syntax::error::SyntaxError;
use crate::vm::syntax::tokens::{Kw, Op, TokKind};

/// CPython's `_PyPegen_get_expr_name`: how error messages name a node.
pub fn expr_name(expr: &Expr) -> &'static str {
    match &expr.node {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression that cannot be a target (CPython's
/// `_PyPegen_get_invalid_target`), or None if `expr` is a valid target.
pub fn invalid_target(expr: &Expr, deleting: bool) -> Option<&Expr> {
    match &expr.node {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } if !deleting => invalid_target(value, deleting),
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|e| invalid_target(e, deleting))
        }
        _ => Some(expr),
    }
}

/// Sets `ctx` on a target and everything it unpacks into.
pub fn set_context(expr: &mut Expr, new: ExprContext) {
    match &mut expr.node {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { ctx, value } => {
            *ctx = new;
            set_context(value, new);
        }
        ExprKind::List { ctx, elts } | ExprKind::Tuple { ctx, elts } => {
            *ctx = new;
            for elt in elts {
                set_context(elt, new);
            }
        }
        _ => {}
    }
}

impl Parser<'_> {
    /// Makes `expr` a Store target or fails with "cannot assign to X".
    pub(super) fn store_target(&self, mut expr: Expr) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&expr, false) {
            return Err(self.target_error(bad, "assign to"));
        }
        set_context(&mut expr, ExprContext::Store);
        Ok(expr)
    }

    /// Makes `expr` a Del target or fails with "cannot delete X".
    pub(super) fn del_target(&self, mut expr: Expr) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&expr, true) {
            return Err(self.target_error(bad, "delete"));
        }
        set_context(&mut expr, ExprContext::Del);
        Ok(expr)
    }

    pub(super) fn target_error(&self, bad: &Expr, verb: &str) -> SyntaxError {
        self.error_at_expr(bad, &format!("cannot {verb} {}", expr_name(bad)))
    }

    /// `star_targets` up to `stop` (as in `for TARGETS in`): comma-separated
    /// targets, a Tuple if there is a comma.
    pub(super) fn target_list(&mut self, stop: Kw) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_target()?;
        let expr = if self.at_op(Op::Comma) {
            let mut elts = alloc::vec![first];
            while self.eat_op(Op::Comma) {
                if matches!(self.kind(), TokKind::Keyword(kw) if *kw == stop)
                    || !self.starts_expression()
                {
                    break;
                }
                elts.push(self.star_target()?);
            }
            self.expr_at(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                start,
            )
        } else {
            first
        };
        self.store_target(expr)
    }

    /// One target: `*bitwise_or` or `bitwise_or` (not a comparison, so a
    /// following `in` is left alone).
    fn star_target(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.starred(Self::bitwise_or);
        }
        self.bitwise_or()
    }
}
