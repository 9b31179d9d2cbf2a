//! The compile-time stack of enclosing loops, `try` and `with` blocks that
//! `break`, `continue` and `return` must unwind (CPython's fblocks).
use alloc::string::String;

use super::unit::Label;
use crate::vm::syntax::ast::Stmt;

/// One enclosing block; the comment says what it keeps on the value stack.
pub enum FBlock<'a> {
    /// Nothing on the stack.
    WhileLoop { start: Label, exit: Label },
    /// The iterator (or async iterator) on the stack.
    ForLoop { start: Label, exit: Label },
    /// Body of `try` with `except` handlers: one handler block pushed.
    TryExcept,
    /// Body of `try` with a `finally`: leaving runs `body` inline.
    FinallyTry { body: &'a [Stmt] },
    /// The finally body on the exception path: `[prev, exc]`, cleanup block.
    FinallyEnd,
    /// Body of a `with`: `[exit]` and one handler block.
    With { is_async: bool },
    /// An `except` body: `[prev]`, cleanup block (+ one for the `as` name).
    HandlerCleanup { name: Option<String> },
    /// A value to drop under the returned value (return inside finally).
    PopValue,
    /// An `except*` body: leaving it early is a SyntaxError.
    ExceptStarHandler,
}
