//! AST shapes that the symbol table and the code generator walk the same
//! way: chains that nest without bound in real code (`a + b + c + …`,
//! `if … elif …`), flattened so both passes loop instead of recursing once
//! per link (the DOS stack is 256 KiB); and a def's annotated parameters.
use alloc::vec::Vec;

use crate::vm::syntax::ast::{Arguments, Expr, ExprKind, Stmt, StmtKind};

/// The annotated parameters of a def in `__annotations__` order
/// (positional, `*args`, keyword-only, `**kwargs`), with their annotation.
pub fn annotated_params(args: &Arguments) -> Vec<(&str, &Expr)> {
    let positional = args.posonlyargs.iter().chain(&args.args);
    let star = args.vararg.as_deref().into_iter();
    let keyword = args.kwonlyargs.iter().chain(args.kwarg.as_deref());
    positional
        .chain(star)
        .chain(keyword)
        .filter_map(|a| Some((a.arg.as_str(), a.annotation.as_deref()?)))
        .collect()
}

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

/// True when a module or class body has an annotated assignment of its
/// own (inside compound statements, not inside nested defs or classes).
pub fn has_annotations(body: &[Stmt]) -> bool {
    let mut pending = alloc::vec![body];
    while let Some(stmts) = pending.pop() {
        for s in stmts {
            if matches!(s.node, StmtKind::AnnAssign { .. }) {
                return true;
            }
            pending.extend(child_blocks(s, false));
        }
    }
    false
}

/// The statement lists directly inside compound statement `s`; with
/// `into_scopes`, the bodies of defs and classes too.
pub fn child_blocks(s: &Stmt, into_scopes: bool) -> Vec<&[Stmt]> {
    match &s.node {
        StmtKind::FunctionDef { body, .. }
        | StmtKind::AsyncFunctionDef { body, .. }
        | StmtKind::ClassDef { body, .. } => match into_scopes {
            true => alloc::vec![&body[..]],
            false => Vec::new(),
        },
        StmtKind::With { body, .. } | StmtKind::AsyncWith { body, .. } => alloc::vec![&body[..]],
        StmtKind::For { body, orelse, .. }
        | StmtKind::AsyncFor { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => alloc::vec![&body[..], &orelse[..]],
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        }
        | StmtKind::TryStar {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            let mut blocks = alloc::vec![&body[..], &orelse[..], &finalbody[..]];
            blocks.extend(handlers.iter().map(|h| &h.body[..]));
            blocks
        }
        StmtKind::Match { cases, .. } => cases.iter().map(|c| &c.body[..]).collect(),
        _ => Vec::new(),
    }
}
