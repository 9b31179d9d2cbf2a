//! `with` and `async with`: the `__enter__`/`__exit__` protocol, including
//! exception suppression when `__exit__` returns a true value.
use super::Compiler;
use crate::vm::bytecode::{Const, Opcode};
use crate::vm::compile::error::CompileResult;
use crate::vm::compile::fblock::FBlock;
use crate::vm::syntax::ast::{Stmt, WithItem};

impl<'a> Compiler<'a> {
    pub(super) fn with_stmt(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CompileResult<()> {
        if is_async && !self.in_coroutine() {
            return Err(self.error(s.loc, "'async with' outside async function"));
        }
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let (on_error, end, cleanup, suppress) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        self.expr(&item.context_expr)?;
        self.set_loc(s.loc);
        if is_async {
            self.emit(Opcode::BeforeAsyncWith, 0);
            self.emit(Opcode::GetAwaitable, 0);
            self.await_tos();
        } else {
            self.emit(Opcode::BeforeWith, 0);
        }
        // [exit, enter_result]: the handler keeps exit, drops the result.
        self.emit_jump(Opcode::SetupCleanup, on_error);
        match &item.optional_vars {
            Some(target) => self.store(target)?,
            None => self.emit(Opcode::PopTop, 0),
        }
        self.unit().fblocks.push(FBlock::With { is_async });
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_stmt(s, rest, body, is_async)?;
        }
        self.unit().fblocks.pop();
        self.set_loc(s.loc);
        self.emit(Opcode::PopBlock, 0);
        self.call_exit_with_nones(is_async);
        self.emit_jump(Opcode::Jump, end);

        // [exit, exc]: call exit(type, exc, tb); a true result suppresses.
        self.bind(on_error);
        self.emit(Opcode::PushExcInfo, 0);
        self.emit_jump(Opcode::SetupCleanup, cleanup);
        self.emit(Opcode::WithExceptStart, 0);
        if is_async {
            self.emit(Opcode::GetAwaitable, 0);
            self.await_tos();
        }
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 0);
        self.bind(suppress);
        self.emit(Opcode::PopBlock, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, end);
        // [exit, prev, exc]: exit itself raised, or did not suppress.
        self.restore_and_reraise(cleanup);
        self.bind(end);
        Ok(())
    }

    /// `[exit] → []`: `exit(None, None, None)` (awaited for async with).
    pub(super) fn call_exit_with_nones(&mut self, is_async: bool) {
        for _ in 0..3 {
            self.load_const(Const::None);
        }
        self.emit(Opcode::CallFunction, 3);
        if is_async {
            self.emit(Opcode::GetAwaitable, 0);
            self.await_tos();
        }
        self.emit(Opcode::PopTop, 0);
    }
}
