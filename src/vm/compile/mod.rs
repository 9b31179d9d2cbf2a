//! The compiler: AST (from `vm::syntax`) → bytecode (`vm::bytecode`).
//!
//! Two passes as in CPython: `symtable` resolves every name's scope, then
//! `codegen` emits one [`Unit`](unit::Unit) per scope, which `assemble`
//! turns into a [`CodeObject`] (labels bound, stack depths computed).
//!
//! Covered: every statement and expression of CPython 3.11's AST except
//! `match` and `try/except*` (each a SyntaxError saying it is
//! unsupported). Annotations are neither evaluated nor stored
//! (`__annotations__` does not exist).
mod assemble;
mod codegen;
mod error;
mod fblock;
mod shapes;
pub mod symtable;
mod unit;

use crate::vm::bytecode::CodeObject;
use crate::vm::syntax::ast::Mod;
pub use error::CompileResult;
use symtable::SymbolTable;

/// Compile-time switches.
#[derive(Clone, Copy, Default, Debug)]
pub struct Options {
    /// Like `python -O`: drop asserts, `__debug__` is False.
    pub optimize: bool,
}

/// Compiles a parsed module (`Mod::Module`), REPL entry (`Mod::Interactive`:
/// expression statements print their value) or expression
/// (`Mod::Expression`: the code returns its value). `source` is the text
/// the AST came from (for SyntaxError lines); `filename` goes into the
/// code objects for tracebacks.
pub fn compile(
    module: &Mod,
    source: &str,
    filename: &str,
    options: Options,
) -> CompileResult<CodeObject> {
    let table = SymbolTable::new(module, source)?;
    codegen::Compiler::new(source, filename, table, options.optimize).module(module)
}
