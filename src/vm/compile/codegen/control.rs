//! if/while/for/async for, and leaving blocks early: break, continue and
//! return unwind the enclosing fblocks (finally bodies run inline).
use super::Compiler;
use crate::vm::bytecode::{Const, Opcode};
use crate::vm::compile::error::CompileResult;
use crate::vm::compile::fblock::FBlock;
use crate::vm::compile::shapes::if_chain;
use crate::vm::compile::symtable::ScopeKind;
use crate::vm::compile::unit::Label;
use crate::vm::syntax::ast::{BoolOp, Expr, ExprKind, Stmt, UnaryOp};

/// The loop an unwinding `break`/`continue` stopped at.
struct LoopTarget {
    start: Label,
    exit: Label,
    has_iterator: bool,
}

impl<'a> Compiler<'a> {
    /// Jumps to `target` when `e` is truthy (`cond`) or falsy (`!cond`),
    /// without materialising `not`/`and`/`or` results.
    #[inline(never)] // keeps the recursive expr() frame small (see error.rs)
    pub(super) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CompileResult<()> {
        match &e.node {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == BoolOp::Or;
                let (last, rest) = values.split_last().expect("BoolOp has values");
                let skip = if is_or != cond {
                    self.new_label()
                } else {
                    target
                };
                for v in rest {
                    self.jump_if(v, skip, is_or)?;
                }
                self.jump_if(last, target, cond)?;
                if skip != target {
                    self.bind(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                let op = if cond {
                    Opcode::PopJumpIfTrue
                } else {
                    Opcode::PopJumpIfFalse
                };
                self.emit_jump(op, target);
                Ok(())
            }
        }
    }

    /// An if statement with its whole elif chain (compiled in a loop).
    pub(super) fn if_stmt(&mut self, s: &'a Stmt) -> CompileResult<()> {
        let (clauses, last_else) = if_chain(s);
        let end = self.new_label();
        let count = clauses.len();
        for (i, clause) in clauses.into_iter().enumerate() {
            self.set_loc(clause.stmt.loc);
            let otherwise = self.new_label();
            self.jump_if(clause.test, otherwise, false)?;
            self.stmts(clause.body)?;
            let more = i + 1 < count || !last_else.is_empty();
            if more && !self.unit_ref().end_is_unreachable() {
                self.emit_jump(Opcode::Jump, end);
            }
            self.bind(otherwise);
        }
        self.stmts(last_else)?;
        self.bind(end);
        Ok(())
    }

    pub(super) fn while_loop(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CompileResult<()> {
        let (start, otherwise, exit) = (self.new_label(), self.new_label(), self.new_label());
        self.bind(start);
        if !is_true_constant(test) {
            self.jump_if(test, otherwise, false)?;
        }
        self.loop_body(FBlock::WhileLoop { start, exit }, body, start)?;
        self.bind(otherwise);
        self.stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    pub(super) fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CompileResult<()> {
        let (start, exhausted, exit) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(iter)?;
        self.emit(Opcode::GetIter, 0);
        self.bind(start);
        self.emit_jump(Opcode::ForIter, exhausted);
        self.store(target)?;
        self.loop_body(FBlock::ForLoop { start, exit }, body, start)?;
        self.bind(exhausted);
        self.stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    pub(super) fn async_for_loop(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CompileResult<()> {
        if !self.in_coroutine() {
            return Err(self.error(s.loc, "'async for' outside async function"));
        }
        let (start, stop, exit) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(iter)?;
        self.emit(Opcode::GetAiter, 0);
        self.bind(start);
        self.emit_jump(Opcode::SetupFinally, stop);
        self.emit(Opcode::GetAnext, 0);
        self.await_tos();
        self.emit(Opcode::PopBlock, 0);
        self.store(target)?;
        self.loop_body(FBlock::ForLoop { start, exit }, body, start)?;
        self.bind(stop);
        self.emit(Opcode::EndAsyncFor, 0);
        self.stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// `[awaitable] → [result]`: drives it with YIELD_FROM.
    pub(super) fn await_tos(&mut self) {
        self.load_const(Const::None);
        self.emit(Opcode::YieldFrom, 0);
    }

    /// True inside `async def` (or an async comprehension).
    pub(super) fn in_coroutine(&self) -> bool {
        self.table.scopes[self.unit_ref().scope].is_coroutine
    }

    fn loop_body(
        &mut self,
        block: FBlock<'a>,
        body: &'a [Stmt],
        start: Label,
    ) -> CompileResult<()> {
        self.unit().fblocks.push(block);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        if !self.unit_ref().end_is_unreachable() {
            self.emit_jump(Opcode::JumpBackward, start);
        }
        Ok(())
    }

    pub(super) fn break_stmt(&mut self, s: &'a Stmt) -> CompileResult<()> {
        let Some(target) = self.unwind_to_loop()? else {
            return Err(self.error(s.loc, "'break' outside loop"));
        };
        if target.has_iterator {
            self.emit(Opcode::PopTop, 0);
        }
        self.emit_jump(Opcode::Jump, target.exit);
        Ok(())
    }

    pub(super) fn continue_stmt(&mut self, s: &'a Stmt) -> CompileResult<()> {
        let Some(target) = self.unwind_to_loop()? else {
            return Err(self.error(s.loc, "'continue' not properly in loop"));
        };
        self.emit_jump(Opcode::JumpBackward, target.start);
        Ok(())
    }

    pub(super) fn return_stmt(
        &mut self,
        s: &'a Stmt,
        value: Option<&'a Expr>,
    ) -> CompileResult<()> {
        if self.unit_ref().kind != ScopeKind::Function {
            return Err(self.error(s.loc, "'return' outside function"));
        }
        let constant = match value {
            None => Some(Const::None),
            Some(v) => self.constant_of(v),
        };
        // As CPython: the unwinding code is positioned at the value.
        if let Some(v) = value {
            self.set_loc(v.loc);
        }
        match constant {
            Some(c) => {
                self.unwind_all(false)?;
                self.load_const(c);
            }
            None => {
                self.expr(value.expect("non-constant return has a value"))?;
                self.unwind_all(true)?;
            }
        }
        self.emit(Opcode::ReturnValue, 0);
        Ok(())
    }

    /// Unwinds every fblock (for return). `preserve_tos`: keep the value
    /// on top of the stack above whatever the blocks drop.
    fn unwind_all(&mut self, preserve_tos: bool) -> CompileResult<()> {
        let Some(top) = self.unit().fblocks.pop() else {
            return Ok(());
        };
        let result = self
            .unwind_one(&top, preserve_tos)
            .and_then(|_| self.unwind_all(preserve_tos));
        self.unit().fblocks.push(top);
        result
    }

    /// Unwinds the fblocks inside the innermost loop (for break/continue).
    fn unwind_to_loop(&mut self) -> CompileResult<Option<LoopTarget>> {
        let Some(top) = self.unit().fblocks.pop() else {
            return Ok(None);
        };
        let result = match &top {
            FBlock::WhileLoop { start, exit } => Ok(Some(LoopTarget {
                start: *start,
                exit: *exit,
                has_iterator: false,
            })),
            FBlock::ForLoop { start, exit } => Ok(Some(LoopTarget {
                start: *start,
                exit: *exit,
                has_iterator: true,
            })),
            _ => self
                .unwind_one(&top, false)
                .and_then(|_| self.unwind_to_loop()),
        };
        self.unit().fblocks.push(top);
        result
    }

    /// The code that leaves one block early (CPython's `compiler_unwind_fblock`).
    fn unwind_one(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> CompileResult<()> {
        let swap_if_preserving = |c: &mut Self| {
            if preserve_tos {
                c.emit(Opcode::Swap, 2);
            }
        };
        match block {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                swap_if_preserving(self);
                self.emit(Opcode::PopTop, 0);
            }
            FBlock::TryExcept => self.emit(Opcode::PopBlock, 0),
            FBlock::FinallyTry { body } => {
                self.emit(Opcode::PopBlock, 0);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                let saved = self.unit_ref().loc;
                self.stmts(body)?;
                self.restore_loc(saved);
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                self.emit(Opcode::PopBlock, 0);
                swap_if_preserving(self);
                self.emit(Opcode::PopTop, 0);
                swap_if_preserving(self);
                self.emit(Opcode::PopExcept, 0);
            }
            FBlock::With { is_async } => {
                self.emit(Opcode::PopBlock, 0);
                swap_if_preserving(self);
                self.call_exit_with_nones(*is_async);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Opcode::PopBlock, 0);
                }
                self.emit(Opcode::PopBlock, 0);
                swap_if_preserving(self);
                self.emit(Opcode::PopExcept, 0);
                if let Some(name) = name {
                    self.clear_handler_name(name)?;
                }
            }
            FBlock::ExceptStarHandler => {
                let msg = "'break', 'continue' and 'return' cannot appear in an except* block";
                return Err(self.error(self.current_loc(), msg));
            }
        }
        Ok(())
    }
}

fn is_true_constant(e: &Expr) -> bool {
    use crate::vm::syntax::ast::Constant;
    match &e.node {
        ExprKind::Constant { value, .. } => match value {
            Constant::Bool(b) => *b,
            Constant::Int(i) => *i != 0,
            Constant::Str(s) => !s.is_empty(),
            _ => false,
        },
        _ => false,
    }
}
