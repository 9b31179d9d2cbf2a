//! Flattening of the AST shapes that nest without bound in real code
//! (`a + b + c + …`, `if … elif … elif …`), so that the symbol table and
//! the code generator walk them with a loop instead of one Rust stack
//! frame per link (the DOS stack is 256 KiB).
use alloc::vec::Vec;

use crate::vm::syntax::ast::{Expr, ExprKind, Stmt, StmtKind};

/// A left-nested chain of binary operations: the leftmost operand, then
/// each BinOp node from the innermost (evaluated first) outwards.
pub fn binop_chain(e: &Expr) -> (&Expr, Vec<&Expr>) {
    let mut nodes = Vec::new();
    let mut leftmost = e;
    while let ExprKind::BinOp { left, .. } = &leftmost.node {
        nodes.push(leftmost);
        leftmost = left;
    }
    nodes.reverse();
    (leftmost, nodes)
}

/// One `if`/`elif` clause: the statement, its test and its body.
pub struct IfClause<'a> {
    pub stmt: &'a Stmt,
    pub test: &'a Expr,
    pub body: &'a [Stmt],
}

/// The clauses of an `if`/`elif` chain starting at `s` (an If statement)
/// and the final `else` body (empty when there is none). An `elif` is an
/// If that is alone in the previous clause's `orelse`.
pub fn if_chain(s: &Stmt) -> (Vec<IfClause<'_>>, &[Stmt]) {
    let mut clauses = Vec::new();
    let mut next = Some(s);
    let mut last_else: &[Stmt] = &[];
    while let Some(
        stmt @ Stmt {
            node: StmtKind::If { test, body, orelse },
            ..
        },
    ) = next
    {
        clauses.push(IfClause { stmt, test, body });
        next = match &orelse[..] {
            [only @ Stmt {
                node: StmtKind::If { .. },
                ..
            }] => Some(only),
            _ => {
                last_else = orelse;
                None
            }
        };
    }
    (clauses, last_else)
}
