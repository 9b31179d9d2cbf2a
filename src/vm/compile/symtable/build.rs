//! First symbol-table step: walk the AST, open a scope per def, class,
//! lambda and comprehension, and record how each name is used there.
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::flags::*;
use super::{mangle, Scope, ScopeId, ScopeKind, SymbolTable};
use crate::vm::compile::error::{check_memory, error_at, CompileResult, Nesting};
use crate::vm::compile::shapes::{annotated_params, if_chain};
use crate::vm::syntax::ast::*;

pub(super) fn build(
    module: &Mod,
    source: &str,
    string_annotations: bool,
) -> CompileResult<SymbolTable> {
    let mut b = Builder {
        source,
        string_annotations,
        table: SymbolTable {
            scopes: Vec::new(),
            by_node: BTreeMap::new(),
        },
        current: 0,
        class_names: Vec::new(),
        nesting: Nesting::default(),
    };
    b.table.scopes.push(Scope::new(
        ScopeKind::Module,
        String::from("top"),
        Loc::default(),
        None,
    ));
    match module {
        Mod::Module { body } | Mod::Interactive { body } => b.stmts(body)?,
        Mod::Expression { body } => b.expr(body)?,
    }
    Ok(b.table)
}

pub(super) struct Builder<'a> {
    pub(super) source: &'a str,
    pub(super) table: SymbolTable,
    pub(super) current: ScopeId,
    /// Enclosing class names, innermost last (for private-name mangling).
    pub(super) class_names: Vec<String>,
    pub(super) nesting: Nesting,
    /// Annotations are strings (`from __future__ import annotations`).
    string_annotations: bool,
}

impl Builder<'_> {
    pub(super) fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    pub(super) fn mangled(&self, name: &str) -> String {
        mangle(self.class_names.last().map(String::as_str), name)
    }

    pub(super) fn add_def(&mut self, name: &str, flag: u16, loc: Loc) -> CompileResult<()> {
        let name = self.mangled(name);
        if flag & DEF_PARAM != 0 && self.scope().flags_of(&name) & DEF_PARAM != 0 {
            let msg = format!("duplicate argument '{name}' in function definition");
            return Err(error_at(self.source, loc, msg));
        }
        self.scope().add_flag(&name, flag);
        Ok(())
    }

    pub(super) fn enter(&mut self, kind: ScopeKind, name: &str, loc: Loc, node: usize) {
        let parent = self.current;
        let nested =
            self.table.scopes[parent].is_function_like() || self.table.scopes[parent].is_nested;
        let mut scope = Scope::new(kind, String::from(name), loc, Some(parent));
        scope.is_nested = nested;
        let id = self.table.scopes.len();
        self.table.scopes.push(scope);
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(node, id);
        self.current = id;
    }

    pub(super) fn leave(&mut self) -> CompileResult<()> {
        let scope = &self.table.scopes[self.current];
        if let (true, true, Some(loc)) = (
            scope.is_coroutine,
            scope.is_generator,
            scope.return_with_value,
        ) {
            return Err(error_at(
                self.source,
                loc,
                String::from("'return' with value in async generator"),
            ));
        }
        self.current = scope.parent.unwrap_or(0);
        Ok(())
    }

    pub(super) fn stmts(&mut self, body: &[Stmt]) -> CompileResult<()> {
        body.iter().try_for_each(|s| {
            check_memory()?;
            self.stmt(s)
        })
    }

    pub(super) fn exprs(&mut self, exprs: &[Expr]) -> CompileResult<()> {
        exprs.iter().try_for_each(|e| self.expr(e))
    }

    fn stmt(&mut self, s: &Stmt) -> CompileResult<()> {
        self.nesting.enter(self.source, s.loc)?;
        self.stmt_kind(s)?;
        self.nesting.leave();
        Ok(())
    }

    fn stmt_kind(&mut self, s: &Stmt) -> CompileResult<()> {
        match &s.node {
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    self.opt_expr(&case.guard)?;
                    self.stmts(&case.body)?;
                }
                Ok(())
            }
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
            } => {
                self.add_def(name, DEF_LOCAL, s.loc)?;
                self.defaults(args)?;
                self.annotations(args, returns.as_deref())?;
                self.exprs(decorator_list)?;
                self.enter(ScopeKind::Function, name, s.loc, s as *const Stmt as usize);
                self.scope().is_coroutine = matches!(s.node, StmtKind::AsyncFunctionDef { .. });
                self.params(args)?;
                self.stmts(body)?;
                self.leave()
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add_def(name, DEF_LOCAL, s.loc)?;
                self.exprs(bases)?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                self.exprs(decorator_list)?;
                self.enter(ScopeKind::Class, name, s.loc, s as *const Stmt as usize);
                self.class_names.push(name.clone());
                self.stmts(body)?;
                self.class_names.pop();
                self.leave()
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.scope().return_with_value.get_or_insert(s.loc);
                    self.expr(v)?;
                }
                Ok(())
            }
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets)?;
                self.expr(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let (true, ExprKind::Name { id, .. }) = (*simple, &target.node) {
                    self.add_def(id, DEF_LOCAL | DEF_ANNOT, target.loc)?;
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                value.as_deref().map_or(Ok(()), |v| self.expr(v))
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::If { .. } => {
                let (clauses, last_else) = if_chain(s);
                for clause in clauses {
                    self.expr(clause.test)?;
                    self.stmts(clause.body)?;
                }
                self.stmts(last_else)
            }
            StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(exc)?;
                self.opt_expr(cause)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    self.opt_expr(&h.r#type)?;
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt_expr(msg)
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => self.imports(names),
            StmtKind::Global { names } => self.declare(names, s.loc, DEF_GLOBAL),
            StmtKind::Nonlocal { names } => {
                if self.scope().kind == ScopeKind::Module {
                    let msg = String::from("nonlocal declaration not allowed at module level");
                    return Err(error_at(self.source, s.loc, msg));
                }
                self.declare(names, s.loc, DEF_NONLOCAL)
            }
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
        }
    }

    fn imports(&mut self, names: &[Alias]) -> CompileResult<()> {
        for alias in names {
            if alias.name == "*" {
                if self.scope().kind != ScopeKind::Module {
                    let msg = String::from("import * only allowed at module level");
                    return Err(error_at(self.source, alias.loc, msg));
                }
                continue;
            }
            let bound = match &alias.asname {
                Some(asname) => asname.as_str(),
                None => alias.name.split('.').next().unwrap_or(&alias.name),
            };
            self.add_def(bound, DEF_LOCAL | DEF_IMPORT, alias.loc)?;
        }
        Ok(())
    }

    /// `global` / `nonlocal` statements, with CPython's ordering errors.
    fn declare(&mut self, names: &[String], loc: Loc, flag: u16) -> CompileResult<()> {
        let what = if flag == DEF_GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        for raw in names {
            let name = self.mangled(raw);
            let cur = self.scope().flags_of(&name);
            let problem = if cur & DEF_PARAM != 0 {
                Some(format!("name '{raw}' is parameter and {what}"))
            } else if cur & USE != 0 {
                Some(format!("name '{raw}' is used prior to {what} declaration"))
            } else if cur & DEF_ANNOT != 0 {
                Some(format!("annotated name '{raw}' can't be {what}"))
            } else if cur & DEF_LOCAL != 0 {
                Some(format!(
                    "name '{raw}' is assigned to before {what} declaration"
                ))
            } else {
                None
            };
            if let Some(msg) = problem {
                return Err(error_at(self.source, loc, msg));
            }
            self.scope().add_flag(&name, flag);
            self.scope().directives.entry(name).or_insert(loc);
        }
        Ok(())
    }

    /// Defaults are evaluated in the enclosing scope.
    pub(super) fn defaults(&mut self, args: &Arguments) -> CompileResult<()> {
        self.exprs(&args.defaults)?;
        args.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|e| self.expr(e))
    }

    /// A def's annotations, evaluated in the enclosing scope.
    fn annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> CompileResult<()> {
        for (_, annotation) in annotated_params(args) {
            self.annotation(annotation)?;
        }
        returns.map_or(Ok(()), |r| self.annotation(r))
    }

    fn annotation(&mut self, annotation: &Expr) -> CompileResult<()> {
        match self.string_annotations {
            true => Ok(()),
            false => self.expr(annotation),
        }
    }

    pub(super) fn params(&mut self, args: &Arguments) -> CompileResult<()> {
        let positional = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs);
        for a in positional {
            self.param(a)?;
        }
        if let Some(a) = &args.vararg {
            self.param(a)?;
            self.scope().has_varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.param(a)?;
            self.scope().has_varkeywords = true;
        }
        Ok(())
    }

    fn param(&mut self, a: &Arg) -> CompileResult<()> {
        self.add_def(&a.arg, DEF_PARAM, a.loc)?;
        let name = self.mangled(&a.arg);
        self.scope().params.push(name);
        Ok(())
    }
}
