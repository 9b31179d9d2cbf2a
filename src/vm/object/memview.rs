//! The `memoryview` object: a window (start, step, length) on the memory of
//! a bytes or bytearray. Slicing a view makes another window on the same
//! memory, never a copy; writes through a bytearray's view change it.

use alloc::vec::Vec;
use core::cell::{Cell, Ref};

use super::bytes_like::ByteView;
use super::{Kind, Value};

pub struct MemView {
    /// The bytes or bytearray whose memory this views (never a memoryview:
    /// a view of a view points at the same base).
    pub base: Value,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub readonly: bool,
    released: Cell<bool>,
}

impl MemView {
    /// A view of `len` items of `base` from `start`, `step` apart; a
    /// bytearray base counts it as an export until it is released.
    pub fn new(base: Value, start: usize, step: isize, len: usize, readonly: bool) -> MemView {
        if let Some(Kind::ByteArray(b)) = base.as_obj().map(|o| &**o) {
            b.export(true);
        }
        MemView {
            base,
            start,
            step,
            len,
            readonly,
            released: Cell::new(false),
        }
    }

    /// A whole-buffer view of a bytes or bytearray (`None` for other types).
    pub fn of(base: &Value) -> Option<MemView> {
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
            if let Some(Kind::ByteArray(b)) = self.base.as_obj().map(|o| &**o) {
                b.export(false);
            }
        }
    }

    /// The base offset of item `i`.
    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// Is the view one run of adjacent bytes?
    pub fn contiguous(&self) -> bool {
        self.step == 1 || self.len <= 1
    }

    /// The viewed bytes, or `None` once released.
    pub fn view(&self) -> Option<ByteView<'_>> {
        if self.is_released() {
            return None;
        }
        let run = self.start..self.start + self.len;
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
            _ => None,
        }
    }

    fn gather(&self, data: &[u8]) -> Vec<u8> {
        (0..self.len)
            .filter_map(|i| data.get(self.offset(i)).copied())
            .collect()
    }

    /// Item `i` (already checked to be below `len`).
    pub fn get(&self, i: usize) -> u8 {
        let at = self.offset(i);
        match self.base.as_obj().map(|o| &**o) {
            Some(Kind::Bytes(b)) => b.get(at).copied().unwrap_or(0),
            Some(Kind::ByteArray(b)) => b.borrow().get(at).copied().unwrap_or(0),
            _ => 0,
        }
    }

    /// Set item `i` (below `len`) of a writable view.
    pub fn set(&self, i: usize, c: u8) {
        if let Some(Kind::ByteArray(b)) = self.base.as_obj().map(|o| &**o) {
            if let Some(slot) = b.borrow_mut().get_mut(self.offset(i)) {
                *slot = c;
            }
        }
    }

    /// Write `data` (as long as the view) into a writable view's memory.
    pub fn write(&self, data: &[u8]) {
        for (i, c) in data.iter().enumerate().take(self.len) {
            self.set(i, *c);
        }
    }
}

impl Drop for MemView {
    fn drop(&mut self) {
        self.release();
    }
}
