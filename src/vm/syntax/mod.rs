//! Python source → tokens → AST (shaped like CPython 3.11's `ast` module).
pub mod ast;
pub mod error;
