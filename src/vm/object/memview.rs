//! The `memoryview` object: a window (start, step, length) on the memory of
//! a bytes, bytearray or array, of items in a format (bytes unless cast:
//! memformat.rs). Slicing a view makes another window on the same memory,
//! never a copy; writes through a bytearray's view change it.

use alloc::vec::Vec;
use core::cell::{Cell, Ref};

use super::bytes_like::{with_buffer, ByteView};
use super::memformat::Format;
use super::{Kind, Value};

pub struct MemView {
    /// The bytes, bytearray or array whose memory this views (never a memoryview:
    /// a view of a view points at the same base).
    pub base: Value,
    /// Byte offset of the first item.
    pub start: usize,
    /// Bytes from one item to the next.
    pub step: isize,
    /// Number of items.
    pub len: usize,
    pub readonly: bool,
    pub format: Format,
    released: Cell<bool>,
}

impl MemView {
    /// A view of `len` items of `base` from `start`, `step` apart; a
    /// bytearray or array base counts it as an export until it is released.
    pub fn new(base: Value, start: usize, step: isize, len: usize, readonly: bool) -> MemView {
        with_buffer(&base, |b| b.export(true));
        MemView {
            base,
            start,
            step,
            len,
            readonly,
            format: Format::BYTES,
            released: Cell::new(false),
        }
    }

    /// The same view with items in `format`.
    pub fn with_format(mut self, format: Format) -> MemView {
        self.format = format;
        self
    }

    /// Bytes of one item.
    pub fn itemsize(&self) -> usize {
        self.format.size()
    }

    /// Bytes of all items (`nbytes`).
    pub fn nbytes(&self) -> usize {
        self.len * self.itemsize()
    }

    /// A whole-buffer view of a bytes, bytearray or array (an array's view
    /// has its items: its format and length); `None` for other types.
    pub fn of(base: &Value) -> Option<MemView> {
        if let Some(a) = super::array_buf::array_of(base) {
            let (format, size, len) = (a.format, a.itemsize(), a.len());
            drop(a);
            let view = MemView::new(base.clone(), 0, size as isize, len, false);
            return Some(view.with_format(format));
        }
        let (len, readonly) = match base.as_obj().map(|o| &**o) {
            Some(Kind::Bytes(b)) => (b.len(), true),
            Some(Kind::ByteArray(b)) => (b.borrow().len(), false),
            _ => return None,
        };
        Some(MemView::new(base.clone(), 0, 1, len, readonly))
    }

    pub fn is_released(&self) -> bool {
        self.released.get()
    }

    /// `release()`: stop exporting the base's memory (idempotent).
    pub fn release(&self) {
        if !self.released.replace(true) {
            with_buffer(&self.base, |b| b.export(false));
        }
    }

    /// The base offset of item `i`.
    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// Is the view one run of adjacent bytes?
    pub fn contiguous(&self) -> bool {
        self.step == self.itemsize() as isize || self.len <= 1
    }

    /// The viewed bytes, or `None` once released.
    pub fn view(&self) -> Option<ByteView<'_>> {
        if self.is_released() {
            return None;
        }
        let run = self.start..self.start + self.nbytes();
        match self.base.as_obj().map(|o| &**o) {
            Some(Kind::Bytes(b)) if self.contiguous() => {
                Some(ByteView::Fixed(b.get(run).unwrap_or(&[])))
            }
            Some(Kind::ByteArray(b)) if self.contiguous() => {
                Some(ByteView::Cell(Ref::map(b.borrow(), |v| {
                    v.get(run).unwrap_or(&[])
                })))
            }
            Some(Kind::Bytes(b)) => Some(ByteView::Owned(self.gather(b))),
            Some(Kind::ByteArray(b)) => Some(ByteView::Owned(self.gather(&b.borrow()))),
            // An array's buffer sits behind its object's cell: copied out.
            _ => with_buffer(&self.base, |b| {
                let data = b.borrow();
                ByteView::Owned(match self.contiguous() {
                    true => data.get(run).unwrap_or(&[]).to_vec(),
                    false => self.gather(&data),
                })
            }),
        }
    }

    fn gather(&self, data: &[u8]) -> Vec<u8> {
        (0..self.nbytes())
            .filter_map(|j| data.get(self.byte_offset(j)).copied())
            .collect()
    }

    /// The base offset of byte `j` of the view's bytes.
    fn byte_offset(&self, j: usize) -> usize {
        let size = self.itemsize();
        self.offset(j / size) + j % size
    }

    /// The bytes of item `i` (already checked to be below `len`).
    pub fn item_bytes(&self, i: usize) -> Vec<u8> {
        let run = self.offset(i)..self.offset(i) + self.itemsize();
        match self.base.as_obj().map(|o| &**o) {
            Some(Kind::Bytes(b)) => b.get(run).unwrap_or(&[]).to_vec(),
            _ => with_buffer(&self.base, |b| b.borrow().get(run).unwrap_or(&[]).to_vec())
                .unwrap_or_default(),
        }
    }

    /// Set byte `j` (below `nbytes()`) of a writable view.
    pub fn set_byte(&self, j: usize, c: u8) {
        with_buffer(&self.base, |b| {
            if let Some(slot) = b.borrow_mut().get_mut(self.byte_offset(j)) {
                *slot = c;
            }
        });
    }

    /// Write `data` (as long as the view) into a writable view's memory.
    pub fn write(&self, data: &[u8]) {
        self.write_at(0, data);
    }

    /// Write `data` into a writable view's memory from view byte `at`
    /// (bytes past the view's end are dropped): one copy when the view is
    /// contiguous.
    pub fn write_at(&self, at: usize, data: &[u8]) {
        let end = at.saturating_add(data.len()).min(self.nbytes());
        let Some(data) = data.get(..end.saturating_sub(at)) else {
            return;
        };
        if self.contiguous() {
            let start = self.start + at;
            with_buffer(&self.base, |b| {
                if let Some(dst) = b.borrow_mut().get_mut(start..start + data.len()) {
                    dst.copy_from_slice(data);
                }
            });
            return;
        }
        for (j, c) in data.iter().enumerate() {
            self.set_byte(at + j, *c);
        }
    }
}

impl Drop for MemView {
    fn drop(&mut self) {
        self.release();
    }
}
