//! The one error type of the text engines: a Python exception class and its
//! message, which the VM turns into the matching exception object.

use alloc::string::String;

/// The Python exception class an engine error maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    KeyError,
    IndexError,
    AttributeError,
    MemoryError,
}

/// An error raised by a text engine, with CPython's exact message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextError {
    pub kind: ErrorKind,
    pub message: String,
}

impl TextError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        TextError {
            kind,
            message: message.into(),
        }
    }
    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, message)
    }
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::TypeError, message)
    }
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, message)
    }
    /// A width or precision too large for the memory left.
    pub fn no_memory() -> Self {
        Self::new(ErrorKind::MemoryError, "")
    }
}

pub type TextResult<T> = Result<T, TextError>;
