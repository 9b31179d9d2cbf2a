//! The Python interpreter: source text → tokens → AST → bytecode → VM.
//!
//! `syntax` turns source into an AST shaped like CPython's `ast` module;
//! `compile` turns the AST into `bytecode` (code objects) for the VM;
//! `text` holds the formatting engines (format specs, `%`, float repr).
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod eval;
pub mod import;
pub mod interp;
pub mod object;
pub mod syntax;
pub mod text;
pub mod traceback;

pub use interp::Vm;
pub use object::{ObjRef, Value};

/// The error side of every fallible VM operation: the raised exception instance.
pub type PyErr = ObjRef;
/// Result of a VM operation.
pub type PyResult<T> = Result<T, PyErr>;
