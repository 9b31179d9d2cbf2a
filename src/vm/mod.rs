//! The Python interpreter: source text → tokens → AST → bytecode → VM.
//!
//! `syntax` turns source into an AST shaped like CPython's `ast` module;
//! `text` holds the formatting engines (format specs, `%`, float repr).
pub mod bytecode;
pub mod compile;
pub mod syntax;
pub mod text;
