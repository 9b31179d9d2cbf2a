//! Code generation: AST → [`Unit`]s → code objects, one unit per scope.
//!
//! The pieces: `stmt` (simple statements), `expr` (expressions), `call`,
//! `target` (assignment/augmented/del targets), `control` (if/loops/break/
//! continue/return), `exceptions` (try/raise/assert), `with`, `function`,
//! `class`, `comprehension`, `import`.
mod call;
mod class;
mod comprehension;
mod control;
mod exceptions;
mod expr;
mod function;
mod import;
mod pattern;
mod stmt;
mod target;
mod try_star;
mod with;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::assemble::assemble;
use super::error::{check_memory, error_at, CompileResult, Nesting};
use super::shapes::has_annotations;
use super::symtable::{mangle, NameScope, ScopeId, ScopeKind, SymbolTable};
use super::unit::{Label, Unit};
use crate::vm::bytecode::{CodeFlags, CodeObject, Const, Location, Opcode};
use crate::vm::syntax::ast::{Expr, ExprKind, Loc, Mod, Stmt, StmtKind};
use crate::vm::syntax::error::SyntaxError;

/// How a name is read, written or deleted.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum NameCtx {
    Load,
    Store,
    Del,
}

pub(super) struct Compiler<'a> {
    source: &'a str,
    filename: &'a str,
    table: SymbolTable,
    units: Vec<Unit<'a>>,
    /// REPL input: top-level expression statements print their value.
    interactive: bool,
    /// `-O`: asserts are dropped and `__debug__` is False.
    optimize: bool,
    /// `from __future__ import annotations`: annotations are source strings.
    string_annotations: bool,
    nesting: Nesting,
}

impl<'a> Compiler<'a> {
    pub(super) fn new(
        source: &'a str,
        filename: &'a str,
        table: SymbolTable,
        optimize: bool,
    ) -> Self {
        Compiler {
            source,
            filename,
            table,
            units: Vec::new(),
            interactive: false,
            optimize,
            string_annotations: false,
            nesting: Nesting::default(),
        }
    }

    /// Keeps annotations as their source text instead of evaluating them.
    pub(super) fn string_annotations(mut self, on: bool) -> Self {
        self.string_annotations = on;
        self
    }

    /// Pushes an annotation's value: evaluated, or with `from __future__
    /// import annotations` its source text (whitespace runs collapsed;
    /// CPython re-prints the expression, which differs only in spacing).
    fn annotation(&mut self, annotation: &'a Expr) -> CompileResult<()> {
        if !self.string_annotations {
            return self.expr(annotation);
        }
        let loc = annotation.loc;
        let lines: Vec<&str> = self.source.split('\n').collect();
        let (first, last) = (loc.lineno as usize - 1, loc.end_lineno as usize - 1);
        let mut text = String::new();
        for (i, line) in lines.iter().enumerate().take(last + 1).skip(first) {
            let end = if i == last {
                loc.end_col_offset as usize
            } else {
                line.len()
            };
            let start = if i == first {
                loc.col_offset as usize
            } else {
                0
            };
            text.push_str(line.get(start..end.min(line.len())).unwrap_or(""));
            text.push(' ');
        }
        let collapsed: Vec<&str> = text.split_whitespace().collect();
        self.load_const(Const::Str(collapsed.join(" ").into()));
        Ok(())
    }

    /// Compiles a whole module (or REPL entry, or eval expression).
    pub(super) fn module(mut self, module: &'a Mod) -> CompileResult<CodeObject> {
        self.enter_unit(0, String::from("<module>"), 1);
        match module {
            Mod::Module { body } => {
                self.body_with_docstring(body, true)?;
                self.return_none();
            }
            Mod::Interactive { body } => {
                self.interactive = true;
                self.setup_annotations(body);
                self.stmts(body)?;
                self.return_none();
            }
            Mod::Expression { body } => {
                self.expr(body)?;
                self.emit(Opcode::ReturnValue, 0);
            }
        }
        self.leave_unit()
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always open while compiling")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a unit is always open while compiling")
    }

    fn emit(&mut self, op: Opcode, arg: u32) {
        self.unit().emit(op, arg);
    }

    fn emit_jump(&mut self, op: Opcode, label: Label) {
        self.unit().emit_jump(op, label);
    }

    fn new_label(&mut self) -> Label {
        self.unit().new_label()
    }

    fn bind(&mut self, label: Label) {
        self.unit().bind(label);
    }

    fn load_const(&mut self, c: Const) {
        self.unit().load_const(c);
    }

    fn error(&self, loc: Loc, msg: impl Into<String>) -> SyntaxError {
        error_at(self.source, loc, msg.into())
    }

    /// Gives the following instructions the position of `loc`; returns
    /// the previous position.
    fn set_loc(&mut self, loc: Loc) -> Location {
        let new = Location {
            line: loc.lineno,
            end_line: loc.end_lineno,
            col: loc.col_offset,
            end_col: loc.end_col_offset,
        };
        core::mem::replace(&mut self.unit().loc, new)
    }

    /// The position of the statement or expression being compiled.
    fn current_loc(&self) -> Loc {
        let loc = self.unit_ref().loc;
        Loc {
            lineno: loc.line,
            col_offset: loc.col,
            end_lineno: loc.end_line,
            end_col_offset: loc.end_col,
        }
    }

    fn restore_loc(&mut self, saved: Location) {
        self.unit().loc = saved;
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.unit_ref().private.as_deref(), name)
    }

    /// Opens a code unit for `scope` (the symbol table gives its names).
    fn enter_unit(&mut self, scope_id: ScopeId, name: String, first_line: u32) {
        let scope = &self.table.scopes[scope_id];
        let qualname = self.qualname_for(scope_id, &name);
        let mut unit = Unit::new(scope_id, scope.kind, name, qualname, first_line);
        unit.private = match scope.kind {
            ScopeKind::Class => Some(scope.name.clone()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let mut flags = 0;
        if scope.is_function_like() {
            flags |= CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
            for p in &scope.params {
                unit.varname_index(p);
            }
            for sym in &scope.symbols {
                if sym.scope == NameScope::Local {
                    unit.varname_index(&sym.name);
                }
            }
        }
        unit.cellvars = scope.names_with_scope(NameScope::Cell);
        if scope.needs_class_closure {
            unit.cellvars.push(String::from("__class__"));
            unit.cellvars.sort();
        }
        unit.freevars = scope.names_with_scope(NameScope::Free);
        if scope.has_varargs {
            flags |= CodeFlags::VARARGS;
        }
        if scope.has_varkeywords {
            flags |= CodeFlags::VARKEYWORDS;
        }
        if scope.is_nested {
            flags |= CodeFlags::NESTED;
        }
        flags |= match (scope.is_coroutine, scope.is_generator) {
            (true, true) => CodeFlags::ASYNC_GENERATOR,
            (true, false) => CodeFlags::COROUTINE,
            (false, true) => CodeFlags::GENERATOR,
            (false, false) => 0,
        };
        if unit.cellvars.is_empty() && unit.freevars.is_empty() {
            flags |= CodeFlags::NOFREE;
        }
        unit.flags = CodeFlags(flags);
        self.units.push(unit);
        self.copy_params_into_cells();
    }

    /// Parameters captured by inner scopes start life in their cell.
    fn copy_params_into_cells(&mut self) {
        let unit = self.unit_ref();
        let moves: Vec<(u32, u32)> = unit
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(cell, name)| {
                let param = self.table.scopes[unit.scope]
                    .params
                    .iter()
                    .position(|p| p == name)?;
                Some((param as u32, cell as u32))
            })
            .collect();
        for (param, cell) in moves {
            self.emit(Opcode::LoadFast, param);
            self.emit(Opcode::StoreDeref, cell);
        }
    }

    /// CPython's `__qualname__` rule.
    fn qualname_for(&self, scope_id: ScopeId, name: &str) -> String {
        let Some(parent) = self.units.last().filter(|u| u.kind != ScopeKind::Module) else {
            return String::from(name);
        };
        let kind = self.table.scopes[scope_id].kind;
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            let parent_scope = &self.table.scopes[parent.scope];
            if parent_scope
                .symbol(&mangled)
                .is_some_and(|s| s.scope == NameScope::GlobalExplicit)
            {
                return String::from(name);
            }
        }
        if parent.kind == ScopeKind::Function {
            format!("{}.<locals>.{name}", parent.qualname)
        } else {
            format!("{}.{name}", parent.qualname)
        }
    }

    /// Closes the innermost unit and returns its code object.
    fn leave_unit(&mut self) -> CompileResult<CodeObject> {
        let unit = self.units.pop().expect("leave_unit without enter_unit");
        let line = unit.first_line;
        assemble(unit, self.filename).map_err(|bug| {
            let loc = Loc {
                lineno: line,
                end_lineno: line,
                ..Loc::default()
            };
            self.error(loc, format!("internal compiler error: {bug}"))
        })
    }

    fn return_none(&mut self) {
        if !self.unit_ref().end_is_unreachable() {
            self.load_const(Const::None);
            self.emit(Opcode::ReturnValue, 0);
        }
    }

    /// A body whose leading string literal is the docstring. Modules and
    /// classes store it as `__doc__`; functions keep it on the code object.
    fn body_with_docstring(&mut self, body: &'a [Stmt], store_doc: bool) -> CompileResult<()> {
        if store_doc {
            self.setup_annotations(body);
        }
        let rest = match docstring(body) {
            Some(doc) => {
                if store_doc {
                    self.set_loc(body[0].loc);
                    self.load_const(Const::Str(String::from(doc).into()));
                    self.name_op("__doc__", NameCtx::Store, body[0].loc)?;
                }
                self.unit().doc = Some(String::from(doc));
                &body[1..]
            }
            None => body,
        };
        self.stmts(rest)
    }

    /// Module and class bodies with annotated assignments get a fresh
    /// `__annotations__` dict first.
    fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            self.emit(Opcode::SetupAnnotations, 0);
        }
    }

    fn stmts(&mut self, body: &'a [Stmt]) -> CompileResult<()> {
        body.iter().try_for_each(|s| {
            self.stmt(s)?;
            if self.unit().out_of_memory {
                return Err(SyntaxError::out_of_memory());
            }
            check_memory()
        })
    }

    /// Emits the load, store or delete of a variable by its resolved scope.
    #[inline(never)] // keeps the recursive expr() frame small (see error.rs)
    fn name_op(&mut self, id: &str, ctx: NameCtx, loc: Loc) -> CompileResult<()> {
        if id == "__debug__" {
            if ctx == NameCtx::Load {
                self.load_const(Const::Bool(!self.optimize));
                return Ok(());
            }
            let verb = if ctx == NameCtx::Store {
                "assign to"
            } else {
                "delete"
            };
            return Err(self.error(loc, format!("cannot {verb} __debug__")));
        }
        let name = self.mangle(id);
        let unit = self.unit_ref();
        let scope = self.table.scopes[unit.scope].symbol(&name).map(|s| s.scope);
        let function_like = matches!(unit.kind, ScopeKind::Function | ScopeKind::Comprehension);
        use Opcode::*;
        let (op, arg) = match scope {
            Some(NameScope::Free) | Some(NameScope::Cell) => {
                let Some(slot) = unit.deref_index(&name) else {
                    return Err(self.error(
                        loc,
                        format!("internal compiler error: no cell for '{name}'"),
                    ));
                };
                let op = match ctx {
                    NameCtx::Load if unit.kind == ScopeKind::Class => LoadClassDeref,
                    NameCtx::Load => LoadDeref,
                    NameCtx::Store => StoreDeref,
                    NameCtx::Del => DeleteDeref,
                };
                (op, slot)
            }
            Some(NameScope::Local) if function_like => {
                let op = pick(ctx, LoadFast, StoreFast, DeleteFast);
                (op, self.unit().varname_index(&name))
            }
            Some(NameScope::GlobalExplicit) | Some(NameScope::GlobalImplicit) if function_like => (
                pick(ctx, LoadGlobal, StoreGlobal, DeleteGlobal),
                self.unit().name_index(&name),
            ),
            Some(NameScope::GlobalExplicit) => (
                pick(ctx, LoadGlobal, StoreGlobal, DeleteGlobal),
                self.unit().name_index(&name),
            ),
            _ => (
                pick(ctx, LoadName, StoreName, DeleteName),
                self.unit().name_index(&name),
            ),
        };
        self.emit(op, arg);
        Ok(())
    }
}

fn pick(ctx: NameCtx, load: Opcode, store: Opcode, del: Opcode) -> Opcode {
    match ctx {
        NameCtx::Load => load,
        NameCtx::Store => store,
        NameCtx::Del => del,
    }
}

/// The docstring of a body: its first statement, when a string literal.
pub(super) fn docstring(body: &[Stmt]) -> Option<&str> {
    let StmtKind::Expr { value } = &body.first()?.node else {
        return None;
    };
    match &value.node {
        ExprKind::Constant {
            value: crate::vm::syntax::ast::Constant::Str(s),
            ..
        } => Some(s),
        _ => None,
    }
}

/// True for expressions whose evaluation has no effect (dropped statements).
fn is_constant(e: &Expr) -> bool {
    matches!(e.node, ExprKind::Constant { .. })
}
