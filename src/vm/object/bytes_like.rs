//! Reading the bytes of a `bytes` or `bytearray` value through one view,
//! so the byte methods, comparisons and operators serve both types.

use alloc::vec::Vec;
use core::cell::Ref;
use core::ops::Deref;

use super::{Kind, Value};

/// The contents of a bytes (borrowed) or a bytearray (a short-lived borrow).
pub enum ByteView<'a> {
    Fixed(&'a [u8]),
    Cell(Ref<'a, Vec<u8>>),
}

impl Deref for ByteView<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            ByteView::Fixed(b) => b,
            ByteView::Cell(b) => b,
        }
    }
}

/// The bytes of `v` if it is a bytes or bytearray.
pub fn byte_view(v: &Value) -> Option<ByteView<'_>> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Bytes(b)) => Some(ByteView::Fixed(b)),
        Some(Kind::ByteArray(b)) => Some(ByteView::Cell(b.borrow())),
        _ => None,
    }
}

/// A new value of the same type as `like` (bytearray stays bytearray).
pub fn bytes_like(like: &Value, data: Vec<u8>) -> Value {
    let is_array = matches!(like.as_obj().map(|o| &**o), Some(Kind::ByteArray(_)));
    let kind = if is_array {
        Kind::ByteArray(core::cell::RefCell::new(data))
    } else {
        Kind::Bytes(data.into())
    };
    Value::Obj(super::ObjRef::new(kind))
}
