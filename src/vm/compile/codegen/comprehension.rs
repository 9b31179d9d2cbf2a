//! List/set/dict comprehensions and generator expressions, compiled as
//! nested functions called with the outermost iterator (CPython 3.11).
use alloc::string::String;

use super::Compiler;
use crate::vm::bytecode::Opcode;
use crate::vm::compile::error::CompileResult;
use crate::vm::syntax::ast::{Comprehension, Expr, ExprKind};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    List,
    Set,
    Dict,
    Generator,
}

impl<'a> Compiler<'a> {
    #[inline(never)] // keeps the recursive expr() frame small (see error.rs)
    pub(super) fn comprehension(&mut self, e: &'a Expr) -> CompileResult<()> {
        let (name, kind, generators, elt, value) = match &e.node {
            ExprKind::ListComp { elt, generators } => {
                ("<listcomp>", Kind::List, generators, &**elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                ("<setcomp>", Kind::Set, generators, &**elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                ("<genexpr>", Kind::Generator, generators, &**elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => ("<dictcomp>", Kind::Dict, generators, &**key, Some(&**value)),
            _ => return Err(self.error(e.loc, "internal compiler error: not a comprehension")),
        };
        if generators.is_empty() {
            return Err(self.error(
                e.loc,
                "internal compiler error: comprehension without 'for'",
            ));
        }
        let scope = self.table.scope_of(e);
        let is_async = self.table.scopes[scope].is_coroutine;
        if is_async && kind != Kind::Generator && !self.in_coroutine() {
            return Err(self.error(
                e.loc,
                "asynchronous comprehension outside of an asynchronous function",
            ));
        }
        self.enter_unit(scope, String::from(name), e.loc.lineno);
        self.set_loc(e.loc);
        self.unit().arg_count = 1;
        match kind {
            Kind::List => self.emit(Opcode::BuildList, 0),
            Kind::Set => self.emit(Opcode::BuildSet, 0),
            Kind::Dict => self.emit(Opcode::BuildMap, 0),
            Kind::Generator => {}
        }
        self.comprehension_loop(generators, 0, kind, elt, value)?;
        if kind == Kind::Generator {
            self.return_none();
        } else {
            self.emit(Opcode::ReturnValue, 0);
        }
        let code = self.leave_unit()?;
        self.make_function(code, 0, e.loc)?;
        let outermost = &generators[0];
        self.expr(&outermost.iter)?;
        self.emit(
            if outermost.is_async {
                Opcode::GetAiter
            } else {
                Opcode::GetIter
            },
            0,
        );
        self.emit(Opcode::CallFunction, 1);
        if is_async && kind != Kind::Generator {
            self.emit(Opcode::GetAwaitable, 0);
            self.await_tos();
        }
        Ok(())
    }

    /// The `index`-th `for` clause with its `if`s, and inside it the rest.
    fn comprehension_loop(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        kind: Kind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CompileResult<()> {
        let clause = &generators[index];
        let (start, end, next) = (self.new_label(), self.new_label(), self.new_label());
        if index == 0 {
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.expr(&clause.iter)?;
            self.emit(
                if clause.is_async {
                    Opcode::GetAiter
                } else {
                    Opcode::GetIter
                },
                0,
            );
        }
        self.bind(start);
        if clause.is_async {
            self.emit_jump(Opcode::SetupFinally, end);
            self.emit(Opcode::GetAnext, 0);
            self.await_tos();
            self.emit(Opcode::PopBlock, 0);
        } else {
            self.emit_jump(Opcode::ForIter, end);
        }
        self.store(&clause.target)?;
        for cond in &clause.ifs {
            self.jump_if(cond, next, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_loop(generators, index + 1, kind, elt, value)?;
        } else {
            self.comprehension_element(kind, generators.len() as u32 + 1, elt, value)?;
        }
        self.bind(next);
        self.emit_jump(Opcode::JumpBackward, start);
        self.bind(end);
        if clause.is_async {
            self.emit(Opcode::EndAsyncFor, 0);
        }
        Ok(())
    }

    /// Adds one element to the result (at stack depth `depth`) or yields it.
    fn comprehension_element(
        &mut self,
        kind: Kind,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CompileResult<()> {
        self.expr(elt)?;
        match (kind, value) {
            (Kind::Generator, _) => {
                self.emit(Opcode::YieldValue, 0);
                self.emit(Opcode::PopTop, 0);
            }
            (Kind::List, _) => self.emit(Opcode::ListAppend, depth),
            (Kind::Set, _) => self.emit(Opcode::SetAdd, depth),
            (Kind::Dict, Some(value)) => {
                self.expr(value)?;
                self.emit(Opcode::MapAdd, depth);
            }
            (Kind::Dict, None) => {
                return Err(self.error(
                    elt.loc,
                    "internal compiler error: dict comprehension without value",
                ))
            }
        }
        Ok(())
    }
}
