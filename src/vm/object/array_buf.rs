//! The memory of an `array.array` (the module is pyglue/array/): its type
//! code and its items packed little-endian in a bytearray buffer that counts
//! memoryview exports. It lives here, beside bytes and bytearray, so the
//! buffer protocol (bytes_like.rs, memview.rs) reads and writes arrays too.
//! An array is a native object (native.rs) holding one `ArrayBuf`; its
//! outer cell is only ever borrowed shared, the bytes change through `buf`.

use core::cell::Ref;

use super::bytes_like::ByteArrayBuf;
use super::memformat::Format;
use super::{Kind, Value};

pub struct ArrayBuf {
    /// The items' format: the type code, with 'u' a 4-byte code point.
    pub format: Format,
    pub buf: ByteArrayBuf,
}

impl ArrayBuf {
    pub fn itemsize(&self) -> usize {
        self.format.size()
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.buf.borrow().len() / self.itemsize()
    }

    pub fn is_empty(&self) -> bool {
        self.buf.borrow().is_empty()
    }
}

/// The array buffer of `v`, if `v` is an `array.array`.
pub fn array_of(v: &Value) -> Option<Ref<'_, ArrayBuf>> {
    let Value::Obj(o) = v else { return None };
    let Kind::Native(n) = &**o else { return None };
    let data = n.data.try_borrow().ok()?;
    Ref::filter_map(data, |d| d.downcast_ref::<ArrayBuf>()).ok()
}
