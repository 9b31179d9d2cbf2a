//! `try: … except* T as name: …` (PEP 654): each clause takes the part
//! of the exception (group) that matches its type; what the clauses raise
//! and what none of them matched is re-raised at the end as one group.
//!
//! Stack while the clauses run: `[prev, orig, raised, rest]` — the handled
//! exception before the try, the original exception, the list of
//! exceptions raised by the clauses, the part not matched yet.
use super::exceptions::HandlerEntry;
use super::{Compiler, NameCtx};
use crate::vm::bytecode::{Const, Opcode};
use crate::vm::compile::error::CompileResult;
use crate::vm::compile::fblock::FBlock;
use crate::vm::compile::unit::Label;
use crate::vm::syntax::ast::{ExceptHandler, Stmt};

impl<'a> Compiler<'a> {
    pub(super) fn try_except_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CompileResult<()> {
        let HandlerEntry { end, cleanup } = self.try_body(body, orelse)?;
        self.emit(Opcode::Copy, 1);
        self.emit(Opcode::BuildList, 0);
        self.emit(Opcode::Swap, 2);
        for handler in handlers {
            self.star_clause(handler)?;
        }
        // [prev, orig, raised, rest] → [prev, exc or None]
        self.emit(Opcode::ListAppend, 1);
        self.emit(Opcode::PrepReraiseStar, 0);
        let reraise = self.new_label();
        self.emit(Opcode::Copy, 1);
        self.jump_if_none(reraise, false);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopBlock, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit_jump(Opcode::Jump, end);
        self.bind(reraise);
        self.emit(Opcode::Reraise, 0);
        self.restore_and_reraise(cleanup);
        self.bind(end);
        Ok(())
    }

    /// One `except* T [as name]:` clause.
    fn star_clause(&mut self, handler: &'a ExceptHandler) -> CompileResult<()> {
        self.set_loc(handler.loc);
        let (no_match, raised, next) = (self.new_label(), self.new_label(), self.new_label());
        let Some(ty) = &handler.r#type else {
            return Err(self.error(handler.loc, "expected one or more exception types"));
        };
        self.expr(ty)?;
        self.emit(Opcode::CheckEgMatch, 0);
        self.emit(Opcode::Copy, 1);
        self.jump_if_none(no_match, true);
        match &handler.name {
            Some(name) => self.name_op(name, NameCtx::Store, handler.loc)?,
            None => self.emit(Opcode::PopTop, 0),
        }
        self.emit_jump(Opcode::SetupFinally, raised);
        self.unit().fblocks.push(FBlock::ExceptStarHandler);
        self.stmts(&handler.body)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::PopBlock, 0);
        self.clear_star_name(handler)?;
        self.emit_jump(Opcode::Jump, next);
        // The clause raised X: [.., raised, rest, X] → remember X.
        self.bind(raised);
        self.clear_star_name(handler)?;
        self.emit(Opcode::ListAppend, 2);
        self.emit_jump(Opcode::Jump, next);
        self.bind(no_match);
        self.emit(Opcode::PopTop, 0);
        self.bind(next);
        Ok(())
    }

    fn clear_star_name(&mut self, handler: &ExceptHandler) -> CompileResult<()> {
        match &handler.name {
            Some(name) => self.clear_handler_name(name),
            None => Ok(()),
        }
    }

    /// `[v] → []`, jumping to `target` when `v is None` equals `when_none`.
    fn jump_if_none(&mut self, target: Label, when_none: bool) {
        self.load_const(Const::None);
        self.emit(Opcode::IsOp, 0);
        let op = if when_none {
            Opcode::PopJumpIfTrue
        } else {
            Opcode::PopJumpIfFalse
        };
        self.emit_jump(op, target);
    }
}
