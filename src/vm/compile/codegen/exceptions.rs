//! try/except/else/finally, raise and assert (block-stack layout described
//! in bytecode/mod.rs: handler entry pushes the exception; PUSH_EXC_INFO /
//! POP_EXCEPT save and restore the exception being handled).
use super::{Compiler, NameCtx};
use crate::vm::bytecode::{Const, Opcode};
use crate::vm::compile::error::CompileResult;
use crate::vm::compile::fblock::FBlock;
use crate::vm::compile::unit::Label;
use crate::vm::syntax::ast::{ExceptHandler, Expr, ExprKind, Loc, Stmt, UnaryOp};

/// Where a try statement's handlers go: `end` after the statement,
/// `cleanup` the restore-and-reraise exit (see `restore_and_reraise`).
pub(super) struct HandlerEntry {
    pub end: Label,
    pub cleanup: Label,
}

impl<'a> Compiler<'a> {
    /// try statements; `star`: the handlers are `except*` clauses.
    pub(super) fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> CompileResult<()> {
        let try_handlers = |c: &mut Self| match star {
            true => c.try_except_star(body, handlers, orelse),
            false => c.try_except(body, handlers, orelse),
        };
        if finalbody.is_empty() {
            return try_handlers(self);
        }
        let (on_error, end) = (self.new_label(), self.new_label());
        self.emit_jump(Opcode::SetupFinally, on_error);
        self.unit()
            .fblocks
            .push(FBlock::FinallyTry { body: finalbody });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            try_handlers(self)?;
        }
        self.unit().fblocks.pop();
        self.emit(Opcode::PopBlock, 0);
        self.stmts(finalbody)?;
        self.emit_jump(Opcode::Jump, end);

        // Exceptional path: [exc] → run the finally body, re-raise.
        let cleanup = self.new_label();
        self.bind(on_error);
        self.emit(Opcode::PushExcInfo, 0);
        self.emit_jump(Opcode::SetupCleanup, cleanup);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::Reraise, 0);
        self.restore_and_reraise(cleanup);
        self.bind(end);
        Ok(())
    }

    /// `[prev, exc]` at `label`: restore the handled exception, re-raise.
    pub(super) fn restore_and_reraise(&mut self, label: Label) {
        self.bind(label);
        self.emit(Opcode::Copy, 2);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
    }

    /// The protected body and the `else` of a try with handlers, then the
    /// handlers' entry: `[exc]` → `[prev, exc]` under a cleanup block
    /// that restores `prev` (CPython 3.11's layout).
    pub(super) fn try_body(
        &mut self,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CompileResult<HandlerEntry> {
        let (on_error, end, cleanup) = (self.new_label(), self.new_label(), self.new_label());
        self.emit_jump(Opcode::SetupFinally, on_error);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::PopBlock, 0);
        self.stmts(orelse)?;
        self.emit_jump(Opcode::Jump, end);
        self.bind(on_error);
        self.emit(Opcode::PushExcInfo, 0);
        self.emit_jump(Opcode::SetupCleanup, cleanup);
        Ok(HandlerEntry { end, cleanup })
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CompileResult<()> {
        let HandlerEntry { end, cleanup } = self.try_body(body, orelse)?;
        for (i, handler) in handlers.iter().enumerate() {
            self.set_loc(handler.loc);
            let next = self.new_label();
            match &handler.r#type {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Opcode::CheckExcMatch, 0);
                    self.emit_jump(Opcode::PopJumpIfFalse, next);
                }
                None if i + 1 < handlers.len() => {
                    return Err(self.error(handler.loc, "default 'except:' must be last"));
                }
                None => {}
            }
            self.handler_body(handler, end)?;
            self.bind(next);
        }
        // No handler matched: [prev, exc] → re-raise through the cleanup.
        self.emit(Opcode::Reraise, 0);
        self.restore_and_reraise(cleanup);
        self.bind(end);
        Ok(())
    }

    /// One matched handler: `[prev, exc]` on entry; leaves to `end`.
    fn handler_body(&mut self, handler: &'a ExceptHandler, end: Label) -> CompileResult<()> {
        let Some(name) = &handler.name else {
            self.emit(Opcode::PopTop, 0);
            self.unit()
                .fblocks
                .push(FBlock::HandlerCleanup { name: None });
            self.stmts(&handler.body)?;
            self.unit().fblocks.pop();
            self.emit(Opcode::PopBlock, 0);
            self.emit(Opcode::PopExcept, 0);
            self.emit_jump(Opcode::Jump, end);
            return Ok(());
        };
        // `except E as name:` — name is cleared however the body ends.
        let name_cleanup = self.new_label();
        self.name_op(name, NameCtx::Store, handler.loc)?;
        self.emit_jump(Opcode::SetupFinally, name_cleanup);
        self.unit().fblocks.push(FBlock::HandlerCleanup {
            name: Some(name.clone()),
        });
        self.stmts(&handler.body)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::PopBlock, 0);
        self.emit(Opcode::PopBlock, 0);
        self.emit(Opcode::PopExcept, 0);
        self.clear_handler_name(name)?;
        self.emit_jump(Opcode::Jump, end);

        self.bind(name_cleanup);
        self.clear_handler_name(name)?;
        self.emit(Opcode::Reraise, 0);
        Ok(())
    }

    /// `name = None; del name` after an `except ... as name` body.
    pub(super) fn clear_handler_name(&mut self, name: &str) -> CompileResult<()> {
        self.load_const(Const::None);
        self.name_op(name, NameCtx::Store, Loc::default())?;
        self.name_op(name, NameCtx::Del, Loc::default())
    }

    pub(super) fn raise(
        &mut self,
        exc: Option<&'a Expr>,
        cause: Option<&'a Expr>,
    ) -> CompileResult<()> {
        let mut count = 0;
        if let Some(exc) = exc {
            self.expr(exc)?;
            count = 1;
            if let Some(cause) = cause {
                self.expr(cause)?;
                count = 2;
            }
        }
        self.emit(Opcode::RaiseVarargs, count);
        Ok(())
    }

    pub(super) fn assert(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CompileResult<()> {
        if self.optimize {
            return Ok(());
        }
        let end = self.new_label();
        self.jump_if(test, end, true)?;
        // CPython 3.11 leaves the position of the last comparison that its
        // jump_if compiled on the instructions after it: the raise.
        if let Some(loc) = last_tested_compare(test) {
            self.set_loc(loc);
        }
        self.emit(Opcode::LoadAssertionError, 0);
        if let Some(msg) = msg {
            self.expr(msg)?;
            self.emit(Opcode::CallFunction, 1);
        }
        self.emit(Opcode::RaiseVarargs, 1);
        self.bind(end);
        Ok(())
    }
}

/// The last comparison that compiling `test` as a condition reaches through
/// `and`, `or` and `not`.
fn last_tested_compare(test: &Expr) -> Option<Loc> {
    match &test.node {
        ExprKind::Compare { .. } => Some(test.loc),
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => last_tested_compare(operand),
        ExprKind::BoolOp { values, .. } => values.iter().rev().find_map(last_tested_compare),
        _ => None,
    }
}
