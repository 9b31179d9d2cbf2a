//! Python source → tokens → AST (shaped like CPython 3.11's `ast` module).
//!
//! `parse(source, Mode::Exec)` is `ast.parse(source)`; `dump::dump` prints
//! a tree exactly as CPython's `ast.dump` does.
#![forbid(unsafe_code)]
pub mod ast;
pub mod dump;
pub mod error;
mod fstring;
pub mod lexer;
mod numbers;
mod parser;
pub mod repl;
mod strings;
pub mod tokens;
mod unicode_names;

pub use error::{ErrorKind, SyntaxError};
pub use parser::{parse, Mode};

/// Parses a whole file (`ast.parse(source)`).
pub fn parse_module(source: &str) -> Result<ast::Mod, SyntaxError> {
    parse(source, Mode::Exec)
}
