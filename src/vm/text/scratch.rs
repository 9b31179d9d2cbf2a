//! `Scratch`: a byte buffer that lives on the stack until it outgrows it, so
//! formatting a number needs no heap allocation in the common case.

use super::error::{TextError, TextResult};
use alloc::vec::Vec;
use core::fmt;

const INLINE: usize = 96;

/// An append-only ASCII/UTF-8 buffer: 96 bytes inline, then the heap.
pub struct Scratch {
    inline: [u8; INLINE],
    len: usize,
    heap: Vec<u8>,
}

impl Default for Scratch {
    fn default() -> Self {
        Self::new()
    }
}

impl Scratch {
    pub const fn new() -> Self {
        Scratch {
            inline: [0; INLINE],
            len: 0,
            heap: Vec::new(),
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        if self.heap.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.heap
        }
    }

    /// The contents as text; every writer of a `Scratch` writes whole UTF-8.
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(self.as_bytes()).unwrap_or("")
    }

    pub fn len(&self) -> usize {
        self.as_bytes().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn clear(&mut self) {
        self.len = 0;
        self.heap.clear();
    }

    pub fn push_bytes(&mut self, bytes: &[u8]) {
        if self.heap.is_empty() && self.len + bytes.len() <= INLINE {
            self.inline[self.len..self.len + bytes.len()].copy_from_slice(bytes);
            self.len += bytes.len();
        } else {
            if self.heap.is_empty() {
                self.heap.reserve(self.len + bytes.len() + INLINE);
                self.heap.extend_from_slice(&self.inline[..self.len]);
            }
            self.heap.extend_from_slice(bytes);
        }
    }

    pub fn truncate(&mut self, len: usize) {
        if self.heap.is_empty() {
            self.len = self.len.min(len);
        } else {
            self.heap.truncate(len);
            if self.heap.is_empty() {
                self.len = 0;
            }
        }
    }

    /// Makes room for `additional` more bytes, or reports MemoryError.
    pub fn try_reserve(&mut self, additional: usize) -> TextResult<()> {
        if self.heap.is_empty() && self.len + additional <= INLINE {
            return Ok(());
        }
        if self.heap.is_empty() {
            self.heap
                .try_reserve(self.len + additional)
                .map_err(|_| TextError::no_memory())?;
            self.heap.extend_from_slice(&self.inline[..self.len]);
            return Ok(());
        }
        self.heap
            .try_reserve(additional)
            .map_err(|_| TextError::no_memory())
    }

    pub fn push(&mut self, byte: u8) {
        self.push_bytes(&[byte]);
    }

    /// Replaces the ASCII lowercase letters with uppercase ones.
    pub fn make_ascii_uppercase(&mut self) {
        if self.heap.is_empty() {
            self.inline[..self.len].make_ascii_uppercase();
        } else {
            self.heap.make_ascii_uppercase();
        }
    }
}

impl fmt::Write for Scratch {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_bytes(s.as_bytes());
        Ok(())
    }
}
