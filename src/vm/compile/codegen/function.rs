//! def, async def and lambda: defaults, closures, decorators and the body.
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use super::{Compiler, NameCtx};
use crate::vm::bytecode::{CodeObject, Const, Opcode};
use crate::vm::compile::error::CompileResult;
use crate::vm::compile::shapes::annotated_params;
use crate::vm::syntax::ast::{Arguments, Expr, ExprKind, Loc, Stmt};

/// MAKE_FUNCTION flag bits.
pub(super) const HAS_DEFAULTS: u32 = 1;
pub(super) const HAS_KWDEFAULTS: u32 = 2;
pub(super) const HAS_ANNOTATIONS: u32 = 4;
pub(super) const HAS_CLOSURE: u32 = 8;

impl<'a> Compiler<'a> {
    pub(super) fn function_def(
        &mut self,
        s: &'a Stmt,
        name: &str,
        args: &'a Arguments,
        body: &'a [Stmt],
        decorator_list: &'a [Expr],
        returns: Option<&'a Expr>,
    ) -> CompileResult<()> {
        for d in decorator_list {
            self.expr(d)?;
        }
        let flags = self.push_defaults(args)? | self.push_annotations(args, returns)?;
        let first_line = decorator_list
            .first()
            .map_or(s.loc.lineno, |d| d.loc.lineno);
        self.enter_unit(self.table.scope_of(s), String::from(name), first_line);
        self.set_arg_counts(args);
        self.body_with_docstring(body, false)?;
        self.return_none();
        let code = self.leave_unit()?;
        self.set_loc(s.loc);
        self.make_function(code, flags, s.loc)?;
        for _ in decorator_list {
            self.emit(Opcode::CallFunction, 1);
        }
        self.name_op(name, NameCtx::Store, s.loc)
    }

    #[inline(never)] // keeps the recursive expr() frame small (see error.rs)
    pub(super) fn lambda(
        &mut self,
        e: &'a Expr,
        args: &'a Arguments,
        body: &'a Expr,
    ) -> CompileResult<()> {
        let flags = self.push_defaults(args)?;
        self.enter_unit(
            self.table.scope_of(e),
            String::from("<lambda>"),
            e.loc.lineno,
        );
        self.set_arg_counts(args);
        self.expr(body)?;
        if self.table.scopes[self.unit_ref().scope].is_generator {
            self.emit(Opcode::PopTop, 0);
            self.load_const(Const::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.leave_unit()?;
        self.make_function(code, flags, e.loc)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let unit = self.unit();
        unit.posonly_arg_count = args.posonlyargs.len() as u32;
        unit.arg_count = (args.posonlyargs.len() + args.args.len()) as u32;
        unit.kwonly_arg_count = args.kwonlyargs.len() as u32;
    }

    /// Pushes the defaults tuple and keyword-only defaults dict (when
    /// present) and returns the matching MAKE_FUNCTION flags.
    fn push_defaults(&mut self, args: &'a Arguments) -> CompileResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BuildTuple, args.defaults.len() as u32);
            flags |= HAS_DEFAULTS;
        }
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                self.expr(default)?;
                keys.push(Const::Str(self.mangle(&arg.arg).into()));
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Const::Tuple(keys));
            self.emit(Opcode::BuildConstKeyMap, n);
            flags |= HAS_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes the `__annotations__` dict of a def, if it has annotations,
    /// and returns the matching MAKE_FUNCTION flag.
    fn push_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CompileResult<u32> {
        let mut keys = Vec::new();
        for (name, annotation) in annotated_params(args) {
            match &annotation.node {
                // `*args: *Ts` (PEP 646) stores the one item of `[*Ts]`.
                ExprKind::Starred { value, .. } if !self.string_annotations => {
                    self.expr(value)?;
                    self.emit(Opcode::UnpackSequence, 1);
                }
                _ => self.annotation(annotation)?,
            }
            keys.push(Const::Str(self.mangle(name).into()));
        }
        if let Some(returns) = returns {
            self.annotation(returns)?;
            keys.push(Const::Str(String::from("return").into()));
        }
        if keys.is_empty() {
            return Ok(0);
        }
        let n = keys.len() as u32;
        self.load_const(Const::Tuple(keys));
        self.emit(Opcode::BuildConstKeyMap, n);
        Ok(HAS_ANNOTATIONS)
    }

    /// `[defaults…] → [function]`: adds the closure cells `code` needs.
    pub(super) fn make_function(
        &mut self,
        code: CodeObject,
        mut flags: u32,
        loc: Loc,
    ) -> CompileResult<()> {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let Some(slot) = self.unit_ref().deref_index(name) else {
                    return Err(self.error(
                        loc,
                        format!("internal compiler error: no cell for free variable '{name}'"),
                    ));
                };
                self.emit(Opcode::LoadClosure, slot);
            }
            self.emit(Opcode::BuildTuple, code.freevars.len() as u32);
            flags |= HAS_CLOSURE;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Opcode::MakeFunction, flags);
        Ok(())
    }
}
