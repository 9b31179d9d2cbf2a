//! The symbol table: which scope every name belongs to.
//!
//! Built in two steps like CPython's symtable.c: `build` walks the AST and
//! records, per scope (module, class, function, lambda, comprehension), how
//! each name is used; `analyze` then resolves every name to local, cell,
//! free, explicit global or implicit global, and reports the scoping
//! SyntaxErrors with CPython's messages.
mod analyze;
mod build;
mod expressions;

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use super::error::CompileResult;
use crate::vm::syntax::ast::{Loc, Mod};

/// Index of a scope in [`SymbolTable::scopes`].
pub type ScopeId = usize;

/// What kind of block a scope is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    /// A def or a lambda.
    Function,
    /// A list/set/dict comprehension or generator expression (a nested
    /// function taking the outermost iterator as `.0`, as in CPython 3.11).
    Comprehension,
}

/// Where a name lives once analysed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NameScope {
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: globals, then builtins.
    GlobalImplicit,
    /// Bound in an enclosing function, reached through the closure.
    Free,
    /// Local, and captured by an inner scope.
    Cell,
}

/// How a name is used in one scope (bit set).
pub mod flags {
    pub const DEF_GLOBAL: u16 = 1;
    pub const DEF_LOCAL: u16 = 2;
    pub const DEF_PARAM: u16 = 4;
    pub const DEF_NONLOCAL: u16 = 8;
    pub const USE: u16 = 16;
    /// Free in a nested scope while the class body binds it too.
    pub const DEF_FREE_CLASS: u16 = 32;
    pub const DEF_IMPORT: u16 = 64;
    pub const DEF_COMP_ITER: u16 = 128;
    pub const DEF_ANNOT: u16 = 256;
    /// Any binding in this scope.
    pub const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}

/// One name of one scope.
#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u16,
    pub scope: NameScope,
}

/// One block of code with its own names.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub loc: Loc,
    /// Symbols in order of first appearance.
    pub symbols: Vec<Symbol>,
    index: BTreeMap<String, usize>,
    /// Parameter names in CPython order (posonly, args, kwonly, *, **).
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub parent: Option<ScopeId>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// A class whose methods use `super()` or `__class__`.
    pub needs_class_closure: bool,
    /// Inside a function (sets the NESTED code flag).
    pub is_nested: bool,
    /// First `return <value>`, to reject it in async generators.
    return_with_value: Option<Loc>,
    /// Where each `global`/`nonlocal` name was declared (error positions).
    directives: BTreeMap<String, Loc>,
    /// Inside the outermost iterable of a comprehension being built.
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, loc: Loc, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name,
            loc,
            symbols: Vec::new(),
            index: BTreeMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            has_varargs: false,
            has_varkeywords: false,
            needs_class_closure: false,
            is_nested: false,
            return_with_value: None,
            directives: BTreeMap::new(),
            comp_iter_expr: 0,
        }
    }

    /// True for def, lambda and comprehension scopes (fast locals).
    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Comprehension)
    }

    /// The symbol for `name` (already mangled), if the scope uses it.
    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    fn flags_of(&self, name: &str) -> u16 {
        self.symbol(name).map_or(0, |s| s.flags)
    }

    /// Adds `flag` to `name`'s usage (creating the symbol).
    fn add_flag(&mut self, name: &str, flag: u16) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags |= flag,
            None => {
                self.index.insert(String::from(name), self.symbols.len());
                self.symbols.push(Symbol {
                    name: String::from(name),
                    flags: flag,
                    scope: NameScope::GlobalImplicit,
                });
            }
        }
    }

    /// Names with the given resolved scope, sorted (CPython's cell/free order).
    pub fn names_with_scope(&self, scope: NameScope) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| {
                s.scope == scope
                    || (scope == NameScope::Free && s.flags & flags::DEF_FREE_CLASS != 0)
            })
            .map(|s| s.name.clone())
            .collect();
        names.sort();
        names.dedup();
        names
    }
}

/// Every scope of one module, with the AST node each was made from.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Address of the defining AST node (Stmt or Expr) → its scope.
    by_node: BTreeMap<usize, ScopeId>,
}

impl SymbolTable {
    /// Builds and analyses the table for a parsed module.
    /// `string_annotations`: `from __future__ import annotations` is on, so
    /// annotations are never evaluated and use no names.
    pub fn new(module: &Mod, source: &str, string_annotations: bool) -> CompileResult<SymbolTable> {
        let mut table = build::build(module, source, string_annotations)?;
        analyze::analyze(&mut table, source)?;
        Ok(table)
    }

    /// The scope created for the def/class/lambda/comprehension `node`.
    pub fn scope_of<T>(&self, node: &T) -> ScopeId {
        self.by_node[&(node as *const T as usize)]
    }
}

/// CPython's private-name mangling: `__x` inside class `C` is `_C__x`.
pub fn mangle(class_name: Option<&str>, name: &str) -> String {
    let Some(class_name) = class_name else {
        return String::from(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return String::from(name);
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return String::from(name);
    }
    let mut out = String::with_capacity(1 + stripped.len() + name.len());
    out.push('_');
    out.push_str(stripped);
    out.push_str(name);
    out
}
