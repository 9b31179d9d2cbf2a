//! `Units`: what the engines need from str vs bytes, so one `%`-formatting
//! engine serves both `str % x` (code points) and `bytes % x` (bytes).

use alloc::string::String;
use alloc::vec::Vec;
use core::ops::Range;

/// A text type (`str` or `[u8]`) and its growable buffer.
pub trait Units {
    type Buf: Default;
    /// True for bytes: messages and `%c` differ.
    const IS_BYTES: bool;
    fn bytes(&self) -> &[u8];
    /// A byte range that starts and ends at ASCII characters or the ends.
    fn slice(&self, range: Range<usize>) -> &Self;
    /// Length in characters (str) or bytes.
    fn unit_len(&self) -> usize;
    /// The first `n` characters (str) or bytes.
    fn take_units(&self, n: usize) -> &Self;
    /// The character (str) or byte starting at byte `at`.
    fn unit_at(&self, at: usize) -> u32;
    /// The index in characters (str) or bytes of byte offset `at`.
    fn unit_index(&self, at: usize) -> usize;
    fn from_ascii(ascii: &str) -> &Self;
    /// `code` as one unit (U+FFFD for a surrogate); `None` if it does not
    /// fit (bytes > 255).
    fn encode_unit(code: u32, buf: &mut [u8; 4]) -> Option<&Self>;
    fn view(buf: &Self::Buf) -> &Self;
    fn push(buf: &mut Self::Buf, part: &Self);
    fn push_repeat(buf: &mut Self::Buf, ascii: u8, count: usize);
    fn clear(buf: &mut Self::Buf);
    /// Makes room for `additional` bytes; false if memory is short.
    fn try_reserve(buf: &mut Self::Buf, additional: usize) -> bool;
}

impl Units for str {
    type Buf = String;
    const IS_BYTES: bool = false;
    fn bytes(&self) -> &[u8] {
        self.as_bytes()
    }
    fn slice(&self, range: Range<usize>) -> &str {
        &self[range]
    }
    fn unit_len(&self) -> usize {
        self.chars().count()
    }
    fn take_units(&self, n: usize) -> &str {
        match self.char_indices().nth(n) {
            Some((cut, _)) => &self[..cut],
            None => self,
        }
    }
    fn unit_at(&self, at: usize) -> u32 {
        self[at..].chars().next().map_or(0, u32::from)
    }
    fn unit_index(&self, at: usize) -> usize {
        self[..at].chars().count()
    }
    fn from_ascii(ascii: &str) -> &str {
        ascii
    }
    fn encode_unit(code: u32, buf: &mut [u8; 4]) -> Option<&str> {
        // A lone surrogate (e.g. '%c' % 0xd800) cannot live in UTF-8.
        let c = char::from_u32(code).unwrap_or('\u{fffd}');
        Some(c.encode_utf8(buf))
    }
    fn view(buf: &String) -> &str {
        buf
    }
    fn push(buf: &mut String, part: &str) {
        buf.push_str(part);
    }
    fn push_repeat(buf: &mut String, ascii: u8, count: usize) {
        buf.extend(core::iter::repeat_n(char::from(ascii), count));
    }
    fn clear(buf: &mut String) {
        buf.clear();
    }
    fn try_reserve(buf: &mut String, additional: usize) -> bool {
        buf.try_reserve(additional).is_ok()
    }
}

impl Units for [u8] {
    type Buf = Vec<u8>;
    const IS_BYTES: bool = true;
    fn bytes(&self) -> &[u8] {
        self
    }
    fn slice(&self, range: Range<usize>) -> &[u8] {
        &self[range]
    }
    fn unit_len(&self) -> usize {
        self.len()
    }
    fn take_units(&self, n: usize) -> &[u8] {
        &self[..n.min(self.len())]
    }
    fn unit_at(&self, at: usize) -> u32 {
        u32::from(self[at])
    }
    fn unit_index(&self, at: usize) -> usize {
        at
    }
    fn from_ascii(ascii: &str) -> &[u8] {
        ascii.as_bytes()
    }
    fn encode_unit(code: u32, buf: &mut [u8; 4]) -> Option<&[u8]> {
        buf[0] = u8::try_from(code).ok()?;
        Some(&buf[..1])
    }
    fn view(buf: &Vec<u8>) -> &[u8] {
        buf
    }
    fn push(buf: &mut Vec<u8>, part: &[u8]) {
        buf.extend_from_slice(part);
    }
    fn push_repeat(buf: &mut Vec<u8>, ascii: u8, count: usize) {
        buf.resize(buf.len() + count, ascii);
    }
    fn clear(buf: &mut Vec<u8>) {
        buf.clear();
    }
    fn try_reserve(buf: &mut Vec<u8>, additional: usize) -> bool {
        buf.try_reserve(additional).is_ok()
    }
}
