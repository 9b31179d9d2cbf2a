//! `str` objects: UTF-8 text with a cached character count and hash. An
//! all-ASCII string (the common case) indexes in O(1).

use core::cell::Cell;

use alloc::boxed::Box;
use alloc::string::String;

use super::{Kind, ObjRef};

pub struct StrObj {
    s: Box<str>,
    chars: usize,
    /// Cached hash; 0 means "not computed yet" (a real hash of 0 is stored as 1... see `hash`).
    hash: Cell<u64>,
}

impl StrObj {
    pub fn new(s: Box<str>) -> StrObj {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            s,
            chars,
            hash: Cell::new(0),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// Length in characters (Python's `len`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// FNV-1a over the bytes, cached. (CPython randomises str hashes, so no
    /// script can depend on the exact values.)
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h as i64;
        }
        let mut x: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.s.bytes() {
            x ^= b as u64;
            x = x.wrapping_mul(0x0100_0000_01b3);
        }
        x >>= 2; // keep it positive and never -1
        if x == 0 {
            x = 1;
        }
        self.hash.set(x);
        x as i64
    }

    /// Byte offset of character `i` (which must be < char_len, or == for the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// Character `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
}

/// Make a new str object.
pub fn new_str(s: &str) -> ObjRef {
    ObjRef::new(Kind::Str(StrObj::new(s.into())))
}

/// Make a str object from an owned String without copying.
pub fn from_string(s: String) -> ObjRef {
    ObjRef::new(Kind::Str(StrObj::new(s.into_boxed_str())))
}
