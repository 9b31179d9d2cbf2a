//! import, import as, from-import (absolute, relative, `*`).
use alloc::string::String;
use alloc::vec::Vec;

use super::{Compiler, NameCtx};
use crate::vm::bytecode::{Const, Opcode};
use crate::vm::compile::error::CompileResult;
use crate::vm::syntax::ast::Alias;

impl<'a> Compiler<'a> {
    pub(super) fn import(&mut self, names: &'a [Alias]) -> CompileResult<()> {
        // Every instruction has the statement's position, as in CPython 3.11
        // (so a failing import shows no caret line).
        for alias in names {
            self.load_const(Const::Int(0));
            self.load_const(Const::None);
            let module = self.unit().name_index(&alias.name);
            self.emit(Opcode::ImportName, module);
            match &alias.asname {
                // `import a.b.c as d` binds the submodule c.
                Some(asname) => {
                    for part in alias.name.split('.').skip(1) {
                        let n = self.unit().name_index(part);
                        self.emit(Opcode::ImportFrom, n);
                        self.emit(Opcode::Swap, 2);
                        self.emit(Opcode::PopTop, 0);
                    }
                    self.name_op(asname, NameCtx::Store, alias.loc)?;
                }
                // `import a.b.c` binds the top-level package a.
                None => {
                    let top = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.name_op(top, NameCtx::Store, alias.loc)?;
                }
            }
        }
        Ok(())
    }

    pub(super) fn import_from(
        &mut self,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> CompileResult<()> {
        self.load_const(Const::Int(level as i64));
        let fromlist: Vec<Const> = names
            .iter()
            .map(|a| Const::Str(a.name.clone().into()))
            .collect();
        self.load_const(Const::Tuple(fromlist));
        let module_name = self.unit().name_index(module.unwrap_or(""));
        self.emit(Opcode::ImportName, module_name);
        if names.len() == 1 && names[0].name == "*" {
            self.emit(Opcode::ImportStar, 0);
            return Ok(());
        }
        for alias in names {
            let n = self.unit().name_index(&alias.name);
            self.emit(Opcode::ImportFrom, n);
            let bound: &str = alias.asname.as_deref().unwrap_or(&alias.name);
            self.name_op(&String::from(bound), NameCtx::Store, alias.loc)?;
        }
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }
}
