//! Class statements: `__build_class__(body_function, name, *bases, **kw)`;
//! the body function fills the namespace and returns the `__class__` cell
//! when methods use zero-argument `super()` or `__class__`.
use alloc::string::String;

use super::{Compiler, NameCtx};
use crate::vm::bytecode::{Const, Opcode};
use crate::vm::compile::error::CompileResult;
use crate::vm::syntax::ast::{Expr, Keyword, Stmt};

impl<'a> Compiler<'a> {
    pub(super) fn class_def(
        &mut self,
        s: &'a Stmt,
        name: &str,
        bases: &'a [Expr],
        keywords: &'a [Keyword],
        body: &'a [Stmt],
        decorator_list: &'a [Expr],
    ) -> CompileResult<()> {
        for d in decorator_list {
            self.expr(d)?;
        }
        self.set_loc(s.loc);
        self.emit(Opcode::LoadBuildClass, 0);
        let first_line = decorator_list
            .first()
            .map_or(s.loc.lineno, |d| d.loc.lineno);
        self.enter_unit(self.table.scope_of(s), String::from(name), first_line);
        let module = self.unit().name_index("__name__");
        self.emit(Opcode::LoadName, module);
        let dunder_module = self.unit().name_index("__module__");
        self.emit(Opcode::StoreName, dunder_module);
        let qualname = self.unit_ref().qualname.clone();
        self.load_const(Const::Str(qualname.into()));
        let dunder_qualname = self.unit().name_index("__qualname__");
        self.emit(Opcode::StoreName, dunder_qualname);
        self.body_with_docstring(body, true)?;
        if self.table.scopes[self.unit_ref().scope].needs_class_closure {
            let cell = self
                .unit_ref()
                .deref_index("__class__")
                .expect("class closure cell exists");
            self.emit(Opcode::LoadClosure, cell);
            self.emit(Opcode::Copy, 1);
            let classcell = self.unit().name_index("__classcell__");
            self.emit(Opcode::StoreName, classcell);
            self.emit(Opcode::ReturnValue, 0);
        } else {
            self.return_none();
        }
        let code = self.leave_unit()?;
        self.set_loc(s.loc);
        self.make_function(code, 0, s.loc)?;
        self.load_const(Const::Str(String::from(name).into()));
        self.call_helper(2, bases, keywords, false)?;
        for _ in decorator_list {
            self.emit(Opcode::CallFunction, 1);
        }
        self.name_op(name, NameCtx::Store, s.loc)
    }
}
