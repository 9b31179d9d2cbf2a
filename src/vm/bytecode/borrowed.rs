//! Deserializing a code object's strings (and line table) as borrows of the input, which
//! must live for the whole program: the frozen modules' blob
//! (src/pyglue/frozen_code.rs) is a static of the DOS build, and a few
//! thousand string allocations (and their frees, once the VM has interned
//! them) were most of the time it took to load asyncio.
use alloc::borrow::Cow;
use alloc::vec::Vec;
use core::fmt;

use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::CodeStr;

/// One string (`#[serde(deserialize_with = "borrowed::string")]`).
pub fn string<'de: 'static, D: Deserializer<'de>>(d: D) -> Result<CodeStr, D::Error> {
    <&'de str>::deserialize(d).map(Cow::Borrowed)
}

/// Bytes.
pub fn bytes<'de: 'static, D: Deserializer<'de>>(d: D) -> Result<Cow<'static, [u8]>, D::Error> {
    <&'de [u8]>::deserialize(d).map(Cow::Borrowed)
}

/// An optional string.
pub fn option<'de: 'static, D: Deserializer<'de>>(d: D) -> Result<Option<CodeStr>, D::Error> {
    Option::<&'de str>::deserialize(d).map(|s| s.map(Cow::Borrowed))
}

/// A list of strings.
pub fn list<'de: 'static, D: Deserializer<'de>>(d: D) -> Result<Vec<CodeStr>, D::Error> {
    d.deserialize_seq(ListVisitor)
}

struct ListVisitor;

impl<'de: 'static> Visitor<'de> for ListVisitor {
    type Value = Vec<CodeStr>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of strings")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<CodeStr>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(s) = seq.next_element::<&'de str>()? {
            out.push(Cow::Borrowed(s));
        }
        Ok(out)
    }
}
