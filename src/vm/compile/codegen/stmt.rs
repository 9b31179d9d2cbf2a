//! Statement dispatch and the simple statements (expression statements,
//! assignments).
use super::{is_constant, Compiler};
use crate::vm::bytecode::Const;
use crate::vm::bytecode::Opcode;
use crate::vm::compile::error::CompileResult;
use crate::vm::compile::symtable::ScopeKind;
use crate::vm::syntax::ast::{Expr, ExprKind, Stmt, StmtKind};

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
                returns,
            }
            | StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => self.function_def(s, name, args, body, decorator_list, returns.as_deref()),
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
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple),
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
            } => self.try_stmt(body, handlers, orelse, finalbody, false),
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody, true),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Assert { test, msg } => self.assert(test, msg.as_deref()),
            StmtKind::Import { names } => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level),
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

    /// `target: annotation [= value]`. Module and class bodies record a
    /// plain name's annotation in `__annotations__` (other targets only
    /// evaluate it); function bodies never evaluate annotations.
    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CompileResult<()> {
        if let Some(value) = value {
            self.expr(value)?;
            self.store(target)?;
        }
        let module_or_class = matches!(self.unit_ref().kind, ScopeKind::Module | ScopeKind::Class);
        match &target.node {
            ExprKind::Name { id, .. } if simple && module_or_class => {
                self.annotation(annotation)?;
                let annotations = self.unit().name_index("__annotations__");
                self.emit(Opcode::LoadName, annotations);
                let key = self.mangle(id);
                self.load_const(Const::Str(key.into()));
                self.emit(Opcode::StoreSubscr, 0);
                return Ok(());
            }
            // Without a value the target's parts are still evaluated.
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.evaluate_and_drop(obj)?
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } if value.is_none() => {
                self.evaluate_and_drop(obj)?;
                self.evaluate_and_drop(slice)?;
            }
            _ => {}
        }
        if module_or_class && !self.string_annotations {
            self.evaluate_and_drop(annotation)?;
        }
        Ok(())
    }

    fn evaluate_and_drop(&mut self, e: &'a Expr) -> CompileResult<()> {
        self.expr(e)?;
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }
}
