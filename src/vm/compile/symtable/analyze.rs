//! Second symbol-table step: resolve every name of every scope to local,
//! cell, free or global (CPython's `analyze_block`, set for set).
use alloc::collections::{BTreeMap, BTreeSet};
use alloc::format;
use alloc::string::String;

use super::flags::*;
use super::{NameScope, ScopeId, ScopeKind, SymbolTable};
use crate::vm::compile::error::{check_memory, error_at, CompileResult};

type Names = BTreeSet<String>;

pub(super) fn analyze(table: &mut SymbolTable, source: &str) -> CompileResult<()> {
    let mut free = Names::new();
    let mut global = Names::new();
    Analyzer { table, source }.block(0, None, &mut free, &mut global)
}

struct Analyzer<'t, 's> {
    table: &'t mut SymbolTable,
    source: &'s str,
}

impl Analyzer<'_, '_> {
    /// Resolves scope `id`. `bound`: names bound by enclosing functions
    /// (None at module level); `free` receives the names this scope needs
    /// from outside; `global`: names declared global further out.
    fn block(
        &mut self,
        id: ScopeId,
        bound: Option<&Names>,
        free: &mut Names,
        global: &mut Names,
    ) -> CompileResult<()> {
        let kind = self.table.scopes[id].kind;
        let mut bound_here = bound.cloned();
        let mut local = Names::new();
        let mut scopes: BTreeMap<String, NameScope> = BTreeMap::new();
        let symbols: alloc::vec::Vec<(String, u16)> = self.table.scopes[id]
            .symbols
            .iter()
            .map(|s| (s.name.clone(), s.flags))
            .collect();
        for (name, flags) in &symbols {
            check_memory()?;
            let scope = self.name(
                id,
                name,
                *flags,
                bound_here.as_mut(),
                &mut local,
                free,
                global,
            )?;
            scopes.insert(name.clone(), scope);
        }
        let mut new_bound = Names::new();
        let mut new_global = Names::new();
        if kind == ScopeKind::Class {
            new_global.extend(global.iter().cloned());
            new_bound.extend(bound_here.iter().flatten().cloned());
            new_bound.insert(String::from("__class__"));
        } else {
            if kind != ScopeKind::Module {
                new_bound.extend(local.iter().cloned());
            }
            new_bound.extend(bound_here.iter().flatten().cloned());
            new_global.extend(global.iter().cloned());
        }
        let mut new_free = Names::new();
        for child in self.table.scopes[id].children.clone() {
            let mut child_global = new_global.clone();
            self.block(child, Some(&new_bound), &mut new_free, &mut child_global)?;
        }
        match kind {
            ScopeKind::Function | ScopeKind::Comprehension => {
                for (name, scope) in scopes.iter_mut() {
                    if *scope == NameScope::Local && new_free.remove(name) {
                        *scope = NameScope::Cell;
                    }
                }
            }
            ScopeKind::Class => {
                if new_free.remove("__class__") {
                    self.table.scopes[id].needs_class_closure = true;
                }
            }
            ScopeKind::Module => {}
        }
        self.record(id, &scopes, bound_here.as_ref(), &new_free);
        free.extend(new_free);
        Ok(())
    }

    /// CPython's `analyze_name`: the scope of one name of scope `id`.
    #[allow(clippy::too_many_arguments)]
    fn name(
        &mut self,
        id: ScopeId,
        name: &str,
        flags: u16,
        bound: Option<&mut Names>,
        local: &mut Names,
        free: &mut Names,
        global: &mut Names,
    ) -> CompileResult<NameScope> {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(self.at_directive(
                    id,
                    name,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            global.insert(String::from(name));
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(NameScope::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let found = bound.is_some_and(|b| b.contains(name));
            if !found {
                return Err(self.at_directive(
                    id,
                    name,
                    format!("no binding for nonlocal '{name}' found"),
                ));
            }
            free.insert(String::from(name));
            return Ok(NameScope::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(String::from(name));
            global.remove(name);
            return Ok(NameScope::Local);
        }
        if bound.is_some_and(|b| b.contains(name)) {
            free.insert(String::from(name));
            return Ok(NameScope::Free);
        }
        Ok(NameScope::GlobalImplicit)
    }

    fn at_directive(
        &self,
        id: ScopeId,
        name: &str,
        msg: String,
    ) -> crate::vm::syntax::error::SyntaxError {
        let scope = &self.table.scopes[id];
        let loc = scope.directives.get(name).copied().unwrap_or(scope.loc);
        error_at(self.source, loc, msg)
    }

    /// CPython's `update_symbols`: store the scopes, and add the free names
    /// children need that pass through this scope.
    fn record(
        &mut self,
        id: ScopeId,
        scopes: &BTreeMap<String, NameScope>,
        bound: Option<&Names>,
        free: &Names,
    ) {
        let scope = &mut self.table.scopes[id];
        for sym in scope.symbols.iter_mut() {
            sym.scope = scopes[&sym.name];
        }
        let is_class = scope.kind == ScopeKind::Class;
        for name in free {
            if let Some(&i) = scope.index.get(name) {
                let sym = &mut scope.symbols[i];
                if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(name)) {
                continue;
            }
            scope.add_flag(name, 0);
            let i = scope.index[name];
            scope.symbols[i].scope = NameScope::Free;
        }
    }
}
