//! Statement dispatch and the simple statements (expression statements,
//! assignments).
use super::{is_constant, Compiler};
use crate::vm::bytecode::Opcode;
use crate::vm::compile::error::CompileResult;
use crate::vm::syntax::ast::{Stmt, StmtKind};

impl<'a> Compiler<'a> {
    pub(super) fn stmt(&mut self, s: &'a Stmt) -> CompileResult<()> {
        self.nesting.enter(self.source, s.loc)?;
        self.stmt_kind(s)?;
        self.nesting.leave();
        Ok(())
    }

    fn stmt_kind(&mut self, s: &'a Stmt) -> CompileResult<()> {
        self.set_loc(s.loc);
        match &s.node {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                ..
            }
            | StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                ..
            } => self.function_def(s, name, args, body, decorator_list),
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => self.class_def(s, name, bases, keywords, body, decorator_list),
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => targets.iter().try_for_each(|t| self.delete(t)),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, target) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.store(target)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            // Annotations are not evaluated or stored (see compile/mod.rs).
            StmtKind::AnnAssign { target, value, .. } => match value {
                Some(value) => {
                    self.expr(value)?;
                    self.store(target)
                }
                None => Ok(()),
            },
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_loop(target, iter, body, orelse),
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => self.async_for_loop(s, target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse),
            StmtKind::If { .. } => self.if_stmt(s),
            StmtKind::With { items, body } => self.with_stmt(s, items, body, false),
            StmtKind::AsyncWith { items, body } => self.with_stmt(s, items, body, true),
            StmtKind::Raise { exc, cause } => self.raise(exc.as_deref(), cause.as_deref()),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody),
            StmtKind::Match { .. } => Err(self.error(s.loc, "'match' is not supported by MPYDOS yet")),
            StmtKind::TryStar { handlers, .. } => {
                let at = handlers.first().map_or(s.loc, |h| h.loc);
                Err(self.error(at, "'except*' is not supported by MPYDOS"))
            }
            StmtKind::Assert { test, msg } => self.assert(test, msg.as_deref()),
            StmtKind::Import { names } => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(s, module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => Ok(()),
            StmtKind::Expr { value } => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(value)?;
                    self.emit(Opcode::PrintExpr, 0);
                } else if !is_constant(value) {
                    self.expr(value)?;
                    self.emit(Opcode::PopTop, 0);
                }
                Ok(())
            }
            StmtKind::Break => self.break_stmt(s),
            StmtKind::Continue => self.continue_stmt(s),
        }
    }
}
