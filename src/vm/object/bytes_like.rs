//! Reading the bytes of a `bytes`, `bytearray` or `memoryview` value through
//! one view, so the byte methods, comparisons and operators serve all three
//! (the buffer protocol), and the bytearray buffer that counts its exports.

use alloc::vec::Vec;
use core::cell::{Cell, Ref, RefCell};
use core::ops::Deref;

use super::{Kind, Value};

/// The contents of a bytes (borrowed), a bytearray (a short-lived borrow),
/// or a strided memoryview (copied out).
pub enum ByteView<'a> {
    Fixed(&'a [u8]),
    Cell(Ref<'a, [u8]>),
    Owned(Vec<u8>),
}

impl Deref for ByteView<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            ByteView::Fixed(b) => b,
            ByteView::Cell(b) => b,
            ByteView::Owned(b) => b,
        }
    }
}

/// A bytearray's storage plus the number of live memoryviews on it: while
/// any exist the length must not change (CPython raises BufferError).
pub struct ByteArrayBuf {
    data: RefCell<Vec<u8>>,
    exports: Cell<usize>,
}

impl ByteArrayBuf {
    pub fn new(data: Vec<u8>) -> ByteArrayBuf {
        ByteArrayBuf {
            data: RefCell::new(data),
            exports: Cell::new(0),
        }
    }

    /// May the length change (no memoryview exports it)?
    pub fn resizable(&self) -> bool {
        self.exports.get() == 0
    }

    /// A memoryview starts (`true`) or stops (`false`) exporting this buffer.
    pub fn export(&self, start: bool) {
        let n = self.exports.get();
        self.exports
            .set(if start { n + 1 } else { n.saturating_sub(1) });
    }
}

impl Deref for ByteArrayBuf {
    type Target = RefCell<Vec<u8>>;
    fn deref(&self) -> &RefCell<Vec<u8>> {
        &self.data
    }
}

/// The bytes of `v` if it is a bytes, bytearray or (unreleased) memoryview.
pub fn byte_view(v: &Value) -> Option<ByteView<'_>> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Bytes(b)) => Some(ByteView::Fixed(b)),
        Some(Kind::ByteArray(b)) => Some(ByteView::Cell(Ref::map(b.borrow(), |v| v.as_slice()))),
        Some(Kind::MemView(m)) => m.view(),
        _ => None,
    }
}

/// A new value of the same type as `like` (bytearray stays bytearray).
pub fn bytes_like(like: &Value, data: Vec<u8>) -> Value {
    let is_array = matches!(like.as_obj().map(|o| &**o), Some(Kind::ByteArray(_)));
    let kind = if is_array {
        Kind::ByteArray(ByteArrayBuf::new(data))
    } else {
        Kind::Bytes(data.into())
    };
    Value::Obj(super::ObjRef::new(kind))
}

/// The length of `v` if it is a writable buffer: a bytearray or a writable,
/// unreleased memoryview.
pub fn writable_len(v: &Value) -> Option<usize> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::ByteArray(b)) => Some(b.borrow().len()),
        Some(Kind::MemView(m)) if !m.readonly && !m.is_released() => Some(m.nbytes()),
        _ => None,
    }
}

/// Copy `data` into the writable buffer `v` from `at` (bytes past its
/// length are dropped).
pub fn write_at(v: &Value, at: usize, data: &[u8]) {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::ByteArray(b)) => {
            let mut buf = b.borrow_mut();
            let end = (at + data.len()).min(buf.len());
            if let Some(dst) = buf.get_mut(at..end) {
                dst.copy_from_slice(&data[..end - at]);
            }
        }
        Some(Kind::MemView(m)) => m.write_at(at, data),
        _ => {}
    }
}
