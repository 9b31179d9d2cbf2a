//! The data every exception instance carries beyond its `__dict__`.

use alloc::rc::Rc;

use super::Value;
use crate::vm::eval::code::CodeObj;

#[derive(Default)]
pub struct ExcData {
    /// The `args` tuple.
    pub args: Value,
    /// A traceback object chain or None.
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// `message` and `exceptions` of a BaseExceptionGroup (None otherwise).
    pub group: Option<GroupParts>,
}

/// What `BaseExceptionGroup.__new__` stores: the message (a str) and the
/// sub-exceptions (a non-empty tuple).
pub struct GroupParts {
    pub message: Value,
    pub exceptions: Value,
}

impl ExcData {
    pub(super) fn traverse(&self, v: &mut dyn FnMut(&Value)) {
        v(&self.args);
        v(&self.traceback);
        v(&self.cause);
        v(&self.context);
        if let Some(g) = &self.group {
            v(&g.message);
            v(&g.exceptions);
        }
    }
}

/// One level of a traceback: which code, which line and which instruction
/// (its source position gives the caret line under the source).
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<CodeObj>,
    pub line: u32,
    pub pc: u32,
}
