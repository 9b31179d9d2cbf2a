//! First symbol-table step: walk the AST, open a scope per def, class,
//! lambda and comprehension, and record how each name is used there.
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::flags::*;
use super::{mangle, Scope, ScopeId, ScopeKind, SymbolTable};
use crate::vm::compile::error::{error_at, CompileResult, Nesting};
use crate::vm::compile::shapes::{annotated_params, binop_chain, if_chain};
use crate::vm::syntax::ast::*;

pub(super) fn build(module: &Mod, source: &str) -> CompileResult<SymbolTable> {
    let mut b = Builder {
        source,
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

struct Builder<'a> {
    source: &'a str,
    table: SymbolTable,
    current: ScopeId,
    /// Enclosing class names, innermost last (for private-name mangling).
    class_names: Vec<String>,
    nesting: Nesting,
}

impl Builder<'_> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.class_names.last().map(String::as_str), name)
    }

    fn add_def(&mut self, name: &str, flag: u16, loc: Loc) -> CompileResult<()> {
        let name = self.mangled(name);
        if flag & DEF_PARAM != 0 && self.scope().flags_of(&name) & DEF_PARAM != 0 {
            let msg = format!("duplicate argument '{name}' in function definition");
            return Err(error_at(self.source, loc, msg));
        }
        self.scope().add_flag(&name, flag);
        Ok(())
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, loc: Loc, node: usize) {
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

    fn leave(&mut self) -> CompileResult<()> {
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

    fn stmts(&mut self, body: &[Stmt]) -> CompileResult<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs(&mut self, exprs: &[Expr]) -> CompileResult<()> {
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
            // Refused by the code generator (not supported yet).
            StmtKind::Match { .. } => Ok(()),
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
                self.expr(annotation)?;
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
    fn defaults(&mut self, args: &Arguments) -> CompileResult<()> {
        self.exprs(&args.defaults)?;
        args.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|e| self.expr(e))
    }

    /// A def's annotations, evaluated in the enclosing scope.
    fn annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> CompileResult<()> {
        for (_, annotation) in annotated_params(args) {
            self.expr(annotation)?;
        }
        returns.map_or(Ok(()), |r| self.expr(r))
    }

    fn params(&mut self, args: &Arguments) -> CompileResult<()> {
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

    fn opt_expr(&mut self, e: &Option<Box<Expr>>) -> CompileResult<()> {
        e.as_deref().map_or(Ok(()), |e| self.expr(e))
    }

    fn expr(&mut self, e: &Expr) -> CompileResult<()> {
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
