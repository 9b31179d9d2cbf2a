//! Calls: positional, keyword, `*args`/`**kwargs`, and the LOAD_METHOD /
//! CALL_METHOD fast path for `obj.name(...)`.
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::expr::Display;
use super::Compiler;
use crate::vm::bytecode::{Const, Opcode};
use crate::vm::compile::error::CompileResult;
use crate::vm::syntax::ast::{Expr, ExprKind, Keyword};

impl<'a> Compiler<'a> {
    #[inline(never)] // keeps the recursive expr() frame small (see error.rs)
    pub(super) fn call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CompileResult<()> {
        match &func.node {
            ExprKind::Attribute { value, attr, .. } if !unpacks(args, keywords) => {
                self.expr(value)?;
                let saved = self.set_loc(func.loc);
                let site = self.attr_site(attr);
                self.emit(Opcode::LoadMethod, site);
                self.restore_loc(saved);
                self.call_helper(0, args, keywords, true)
            }
            _ => {
                self.expr(func)?;
                self.call_helper(0, args, keywords, false)
            }
        }
    }

    /// Pushes the arguments and emits the call, the callable (or method
    /// pair) and `pushed` positional arguments being on the stack already.
    #[inline(never)] // keeps the recursive expr() frame small (see error.rs)
    pub(super) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        is_method: bool,
    ) -> CompileResult<()> {
        self.check_keywords(keywords)?;
        if unpacks(args, keywords) {
            let has_kwargs = self.call_ex_args(pushed, args, keywords)?;
            self.emit(Opcode::CallFunctionEx, has_kwargs as u32);
            return Ok(());
        }
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        let count = pushed + (args.len() + keywords.len()) as u32;
        let op = match (is_method, keywords.is_empty()) {
            (true, true) => Opcode::CallMethod,
            (true, false) => Opcode::CallMethodKw,
            (false, true) => Opcode::CallFunction,
            (false, false) => Opcode::CallFunctionKw,
        };
        if !keywords.is_empty() {
            let names = keywords
                .iter()
                .map(|k| Const::Str(k.arg.clone().unwrap_or_default().into()))
                .collect();
            self.load_const(Const::Tuple(names));
        }
        self.emit(op, count);
        Ok(())
    }

    /// Pushes the positional tuple and, when there are keywords, the
    /// keyword dict for CALL_FUNCTION_EX; returns whether the dict exists.
    fn call_ex_args(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CompileResult<bool> {
        match (pushed, args) {
            // `f(*x)`: x goes as it is (CALL_FUNCTION_EX makes the tuple and
            // reports "f() argument after * must be an iterable").
            (
                0,
                [Expr {
                    node: ExprKind::Starred { value, .. },
                    ..
                }],
            ) => self.expr(value)?,
            _ => self.display_after(pushed, args, Display::Tuple)?,
        }
        if keywords.is_empty() {
            return Ok(false);
        }
        let (mut pending, mut built) = (0u32, false);
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Const::Str(name.clone().into()));
                    self.expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    self.flush_pairs(&mut pending, &mut built, Opcode::DictMerge);
                    if !built {
                        self.emit(Opcode::BuildMap, 0);
                        built = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Opcode::DictMerge, 1);
                }
            }
        }
        self.flush_pairs(&mut pending, &mut built, Opcode::DictMerge);
        Ok(true)
    }

    fn check_keywords(&self, keywords: &[Keyword]) -> CompileResult<()> {
        let mut seen: Vec<&String> = Vec::new();
        for k in keywords {
            if let Some(name) = &k.arg {
                if seen.contains(&name) {
                    return Err(self.error(k.loc, format!("keyword argument repeated: {name}")));
                }
                seen.push(name);
            }
        }
        Ok(())
    }
}

/// True when a call has `*args` or `**kwargs` (needs CALL_FUNCTION_EX).
fn unpacks(args: &[Expr], keywords: &[Keyword]) -> bool {
    args.iter()
        .any(|a| matches!(a.node, ExprKind::Starred { .. }))
        || keywords.iter().any(|k| k.arg.is_none())
}
