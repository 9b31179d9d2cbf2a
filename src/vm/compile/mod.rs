//! The compiler: AST (from `vm::syntax`) → bytecode (`vm::bytecode`).
//!
//! Two passes as in CPython: `symtable` resolves every name's scope, then
//! `codegen` emits one [`Unit`](unit::Unit) per scope, which `assemble`
//! turns into a [`CodeObject`] (labels bound, stack depths computed).
//!
//! Covered: every statement and expression of CPython 3.11's AST.
//! Deliberate differences: annotations of `from __future__ import
//! annotations` are still evaluated; a failed `case` may leave some of its
//! captures bound (PEP 634 allows it; CPython binds only on success). Annotations are neither evaluated nor stored
//! (`__annotations__` does not exist).
#![forbid(unsafe_code)]
mod assemble;
mod codegen;
mod error;
mod fblock;
mod future;
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
    let future = future::future(module, source)?;
    let table = SymbolTable::new(module, source, future.annotations)?;
    let compiler = codegen::Compiler::new(source, filename, table, options.optimize);
    compiler
        .string_annotations(future.annotations)
        .module(module)
}
