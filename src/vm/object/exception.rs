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

/// One level of a traceback: which code and which instruction (its line is
/// looked up only when the traceback is shown).
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<CodeObj>,
    pub pc: u32,
}

impl TbEntry {
    /// The source line of the entry's instruction.
    pub fn line(&self) -> u32 {
        self.code.raw.lines.line(self.pc)
    }
}
