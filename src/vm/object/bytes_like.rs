//! Reading the bytes of a `bytes`, `bytearray`, `memoryview` or `array`
//! value through one view, so the byte methods, comparisons and operators
//! serve them all (the buffer protocol), and the bytearray buffer that
//! counts its exports (an array keeps its items in one too).

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

/// The bytes of `v` if it is a bytes, bytearray, (unreleased) memoryview
/// or array (copied out: its buffer sits behind the native object's cell).
pub fn byte_view(v: &Value) -> Option<ByteView<'_>> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Bytes(b)) => Some(ByteView::Fixed(b)),
        Some(Kind::ByteArray(b)) => Some(ByteView::Cell(Ref::map(b.borrow(), |v| v.as_slice()))),
        Some(Kind::MemView(m)) => m.view(),
        Some(Kind::Native(_)) => with_buffer(v, |b| ByteView::Owned(b.borrow().clone())),
        _ => None,
    }
}

/// Call `f` with the writable buffer of a bytearray or an array.
pub fn with_buffer<R>(v: &Value, f: impl FnOnce(&ByteArrayBuf) -> R) -> Option<R> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::ByteArray(b)) => Some(f(b)),
        Some(Kind::Native(_)) => super::array_buf::array_of(v).map(|a| f(&a.buf)),
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

/// The length in bytes of `v` if it is a writable buffer: a bytearray, an
/// array or a writable, unreleased memoryview.
pub fn writable_len(v: &Value) -> Option<usize> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::MemView(m)) if !m.readonly && !m.is_released() => Some(m.nbytes()),
        _ => with_buffer(v, |b| b.borrow().len()),
    }
}

/// Copy `data` into the writable buffer `v` from `at` (bytes past its
/// length are dropped).
pub fn write_at(v: &Value, at: usize, data: &[u8]) {
    if let Some(Kind::MemView(m)) = v.as_obj().map(|o| &**o) {
        return m.write_at(at, data);
    }
    with_buffer(v, |b| {
        let mut buf = b.borrow_mut();
        let end = (at + data.len()).min(buf.len());
        if let Some(dst) = buf.get_mut(at..end) {
            dst.copy_from_slice(&data[..end - at]);
        }
    });
}
