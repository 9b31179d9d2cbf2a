//! First symbol-table step, expressions and `case` patterns: name uses
//! and bindings, the scopes of lambdas and comprehensions, and the rules
//! for `yield` and `:=` there.
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::build::Builder;
use super::flags::*;
use super::ScopeKind;
use crate::vm::compile::error::{error_at, CompileResult};
use crate::vm::compile::shapes::binop_chain;
use crate::vm::syntax::ast::*;

impl Builder<'_> {
    /// A `case` pattern: its captures bind, its values are expressions.
    pub(super) fn pattern(&mut self, p: &Pattern) -> CompileResult<()> {
        self.nesting.enter(self.source, p.loc)?;
        let capture = match &p.node {
            PatternKind::MatchValue { value } => {
                self.expr(value)?;
                None
            }
            PatternKind::MatchSingleton { .. } => None,
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                None
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                rest.as_ref()
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .try_for_each(|p| self.pattern(p))?;
                None
            }
            PatternKind::MatchStar { name } => name.as_ref(),
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = pattern {
                    self.pattern(sub)?;
                }
                name.as_ref()
            }
        };
        if let Some(name) = capture {
            self.add_def(name, DEF_LOCAL, p.loc)?;
        }
        self.nesting.leave();
        Ok(())
    }

    pub(super) fn opt_expr(&mut self, e: &Option<Box<Expr>>) -> CompileResult<()> {
        e.as_deref().map_or(Ok(()), |e| self.expr(e))
    }

    pub(super) fn expr(&mut self, e: &Expr) -> CompileResult<()> {
        self.nesting.enter(self.source, e.loc)?;
        self.expr_kind(e)?;
        self.nesting.leave();
        Ok(())
    }

    fn expr_kind(&mut self, e: &Expr) -> CompileResult<()> {
        match &e.node {
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(id, flag, e.loc)?;
                // A function mentioning `super` may need the `__class__` cell.
                if *ctx == ExprContext::Load
                    && id == "super"
                    && self.scope().kind == ScopeKind::Function
                {
                    self.add_def("__class__", USE, e.loc)?;
                }
                Ok(())
            }
            ExprKind::NamedExpr { target, value } => {
                if self.scope().comp_iter_expr > 0 {
                    let msg = String::from("assignment expression cannot be used in a comprehension iterable expression");
                    return Err(error_at(self.source, e.loc, msg));
                }
                self.expr(value)?;
                self.walrus_target(target)
            }
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                self.enter(
                    ScopeKind::Function,
                    "lambda",
                    e.loc,
                    e as *const Expr as usize,
                );
                self.params(args)?;
                self.expr(body)?;
                self.leave()
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "listcomp", generators, &[elt])
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", generators, &[elt])
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "genexpr", generators, &[elt])
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "dictcomp", generators, &[key, value]),
            ExprKind::Yield { value } => {
                self.yield_here(e)?;
                self.opt_expr(value)
            }
            ExprKind::YieldFrom { value } => {
                self.yield_here(e)?;
                self.expr(value)
            }
            ExprKind::Await { value } => {
                if self.scope().kind == ScopeKind::Comprehension {
                    self.scope().is_coroutine = true;
                }
                self.expr(value)
            }
            _ => self.expr_children(e),
        }
    }

    /// Visits the sub-expressions of a node with no scoping effect.
    fn expr_children(&mut self, e: &Expr) -> CompileResult<()> {
        match &e.node {
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::BinOp { .. } => {
                let (leftmost, nodes) = binop_chain(e);
                self.expr(leftmost)?;
                for node in nodes {
                    if let ExprKind::BinOp { right, .. } = &node.node {
                        self.expr(right)?;
                    }
                }
                Ok(())
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().try_for_each(|k| self.expr(k))?;
                self.exprs(values)
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.exprs(elts)
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                self.opt_expr(format_spec)
            }
            ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower)?;
                self.opt_expr(upper)?;
                self.opt_expr(step)
            }
            _ => Ok(()),
        }
    }

    fn yield_here(&mut self, e: &Expr) -> CompileResult<()> {
        let scope = &self.table.scopes[self.current];
        let msg = match scope.kind {
            ScopeKind::Module | ScopeKind::Class => String::from("'yield' outside function"),
            ScopeKind::Comprehension => {
                format!("'yield' inside {}", comprehension_label(&scope.name))
            }
            ScopeKind::Function => {
                self.scope().is_generator = true;
                return Ok(());
            }
        };
        Err(error_at(self.source, e.loc, msg))
    }

    /// `(x := v)`: inside comprehensions it binds in the enclosing function
    /// (or module) scope, as PEP 572 says.
    fn walrus_target(&mut self, target: &Expr) -> CompileResult<()> {
        let ExprKind::Name { id, .. } = &target.node else {
            return self.expr(target);
        };
        if self.scope().kind != ScopeKind::Comprehension {
            return self.add_def(id, DEF_LOCAL, target.loc);
        }
        let name = self.mangled(id);
        let mut outer = self.current;
        while self.table.scopes[outer].kind == ScopeKind::Comprehension {
            if self.table.scopes[outer].flags_of(&name) & DEF_COMP_ITER != 0 {
                let msg = format!(
                    "assignment expression cannot rebind comprehension iteration variable '{id}'"
                );
                return Err(error_at(self.source, target.loc, msg));
            }
            outer = self.table.scopes[outer].parent.unwrap_or(0);
        }
        let outer_kind = self.table.scopes[outer].kind;
        if outer_kind == ScopeKind::Class {
            let msg = String::from(
                "assignment expression within a comprehension cannot be used in a class body",
            );
            return Err(error_at(self.source, target.loc, msg));
        }
        // As CPython: the comprehension declares the name global (module,
        // or global in the function) or nonlocal; the owner binds it.
        let outer_flags = self.table.scopes[outer].flags_of(&name);
        let global = outer_kind == ScopeKind::Module || outer_flags & DEF_GLOBAL != 0;
        self.scope()
            .add_flag(&name, if global { DEF_GLOBAL } else { DEF_NONLOCAL });
        let owner_flag = if outer_kind == ScopeKind::Module {
            DEF_GLOBAL
        } else {
            DEF_LOCAL
        };
        self.table.scopes[outer].add_flag(&name, owner_flag);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> CompileResult<()> {
        let Some((first, rest)) = generators.split_first() else {
            return Ok(());
        };
        self.scope().comp_iter_expr += 1;
        self.expr(&first.iter)?;
        self.scope().comp_iter_expr -= 1;
        let is_generator = name == "genexpr";
        self.enter(
            ScopeKind::Comprehension,
            name,
            e.loc,
            e as *const Expr as usize,
        );
        if first.is_async || generators.iter().any(|g| g.is_async) {
            self.scope().is_coroutine = true;
        }
        self.scope().is_generator = is_generator;
        self.add_def(".0", DEF_PARAM, e.loc)?;
        self.scope().params.push(String::from(".0"));
        self.comp_target(&first.target)?;
        self.exprs(&first.ifs)?;
        for g in rest {
            self.scope().comp_iter_expr += 1;
            self.expr(&g.iter)?;
            self.scope().comp_iter_expr -= 1;
            self.comp_target(&g.target)?;
            self.exprs(&g.ifs)?;
        }
        for elt in elts {
            self.expr(elt)?;
        }
        let is_async = self.scope().is_coroutine;
        self.leave()?;
        // An async list/set/dict comprehension inside another comprehension
        // makes that one asynchronous too (it must await the inner one).
        if is_async && !is_generator && self.scope().kind == ScopeKind::Comprehension {
            self.scope().is_coroutine = true;
        }
        Ok(())
    }

    fn comp_target(&mut self, target: &Expr) -> CompileResult<()> {
        self.expr(target)?;
        let mut names = Vec::new();
        collect_store_names(target, &mut names);
        for n in names {
            let name = self.mangled(n);
            self.scope().add_flag(&name, DEF_COMP_ITER);
        }
        Ok(())
    }
}

/// "list comprehension" etc., for the yield-in-comprehension message.
fn comprehension_label(scope_name: &str) -> &'static str {
    match scope_name {
        "listcomp" => "list comprehension",
        "setcomp" => "set comprehension",
        "dictcomp" => "dict comprehension",
        _ => "generator expression",
    }
}

fn collect_store_names<'e>(target: &'e Expr, out: &mut Vec<&'e str>) {
    match &target.node {
        ExprKind::Name { id, .. } => out.push(id),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().for_each(|e| collect_store_names(e, out))
        }
        ExprKind::Starred { value, .. } => collect_store_names(value, out),
        _ => {}
    }
}
