//! Operators on `bytes` and `bytearray`: `+`, `*` (and their in-place
//! forms, which grow a bytearray where it is), `in`, indexing, and the item
//! and slice assignment/deletion of a bytearray.

use alloc::format;
use alloc::vec::Vec;

use crate::vm::builtins::bytes::find_in;
use crate::vm::builtins::bytes_new::bytes_from;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::BinaryOp;
use crate::vm::object::bytes_like::{byte_view, bytes_like, ByteArrayBuf, ByteView};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::ops::as_int;

impl Vm {
    /// BufferError when a memoryview holds the bytearray's memory, which
    /// must then keep its length.
    pub fn check_resizable(&mut self, buf: &ByteArrayBuf) -> PyResult<()> {
        if buf.resizable() {
            return Ok(());
        }
        let m = "Existing exports of data: object cannot be re-sized";
        Err(self.new_exc(Exc::BufferError, m))
    }

    /// An int in range(256), as one byte.
    pub fn byte_value(&mut self, v: &Value) -> PyResult<u8> {
        match self.index_value(v)? {
            Some(n @ 0..=255) => Ok(n as u8),
            Some(_) => Err(self.value_error("byte must be in range(0, 256)")),
            None => {
                let m = format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                );
                Err(self.type_error(m))
            }
        }
    }

    /// `a + b` and `a * n` with a bytes or bytearray on the left; `None`
    /// when the right operand does not fit (the caller reports the TypeError).
    pub(super) fn bytes_binop(
        &mut self,
        op: BinaryOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> Option<PyResult<Value>> {
        if let (true, BinaryOp::Add, Some(Kind::ByteArray(cell))) =
            (inplace, op, a.as_obj().map(|o| &**o))
        {
            return Some(self.bytearray_extend_by(a, cell, b));
        }
        let left = byte_view(a)?;
        let built = match op {
            BinaryOp::Add => self.concat_vec(&left, &byte_view(b)?),
            _ => {
                let n = as_int(b)?;
                let too_long = match &**a.as_obj()? {
                    Kind::Bytes(_) => Some("repeated bytes are too long"),
                    _ => None,
                };
                self.repeat_size(left.len(), n, too_long)
                    .and_then(|total| self.vec_with_room(total))
                    .map(|mut out| {
                        for _ in 0..crate::vm::object::int::clamp_size(n) {
                            out.extend_from_slice(&left);
                        }
                        out
                    })
            }
        };
        drop(left);
        let data = match built {
            Ok(data) => data,
            Err(e) => return Some(Err(e)),
        };
        if let (true, Some(Kind::ByteArray(cell))) = (inplace, a.as_obj().map(|o| &**o)) {
            if data.len() != cell.borrow().len() {
                if let Err(e) = self.check_resizable(cell) {
                    return Some(Err(e));
                }
            }
            *cell.borrow_mut() = data;
            return Some(Ok(a.clone()));
        }
        Some(Ok(bytes_like(a, data)))
    }

    /// `ba += b`: grow the bytearray where it is (no copy of its contents).
    fn bytearray_extend_by(
        &mut self,
        a: &Value,
        cell: &ByteArrayBuf,
        b: &Value,
    ) -> PyResult<Value> {
        // A bytes is appended straight from its memory; anything else is
        // copied first: `b` may be this very bytearray, or a view on it.
        let more = match b.as_obj().map(|o| &**o) {
            Some(Kind::Bytes(data)) => ByteView::Fixed(data),
            _ => match byte_view(b) {
                Some(m) => ByteView::Owned(m.to_vec()),
                None => {
                    let m = format!("can't concat {} to bytearray", self.type_name(b));
                    return Err(self.type_error(m));
                }
            },
        };
        if !more.is_empty() {
            self.check_resizable(cell)?;
        }
        if cell.borrow_mut().try_reserve(more.len()).is_err() {
            return Err(self.new_exc_empty(Exc::MemoryError));
        }
        cell.borrow_mut().extend_from_slice(&more);
        Ok(a.clone())
    }

    /// `item in container` for a bytes or bytearray container.
    pub(super) fn bytes_contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(sub) = byte_view(item) {
            let hay = byte_view(container);
            return Ok(hay.is_some_and(|h| find_in(&h, &sub, false).is_some()));
        }
        if self.index_value(item)?.is_none() {
            let m = format!(
                "a bytes-like object is required, not '{}'",
                self.type_name(item)
            );
            return Err(self.type_error(m));
        }
        let c = self.byte_value(item)?;
        Ok(byte_view(container).is_some_and(|h| h.contains(&c)))
    }

    /// `o[k]` for a bytes or bytearray: an int, or a slice of the same type.
    pub(super) fn bytes_getitem(&mut self, o: &Value, k: &Value) -> PyResult<Value> {
        // Python code may run while the index is resolved: borrow after.
        let n = byte_view(o).map_or(0, |b| b.len());
        if let Some(Kind::Slice(..)) = k.as_obj().map(|x| &**x) {
            let s = self.resolve_slice(k.as_obj().expect("slice"), n)?;
            let data = match byte_view(o) {
                Some(b) => s.pick(self, &b)?,
                None => Vec::new(),
            };
            return Ok(bytes_like(o, data));
        }
        match self.index_value(k)? {
            Some(i) => {
                let j = self.seq_index(i, n, "")?;
                let c = byte_view(o).and_then(|b| b.get(j).copied());
                Ok(Value::Int(c.unwrap_or(0) as i64))
            }
            None => {
                let what = if matches!(o.as_obj().map(|x| &**x), Some(Kind::ByteArray(_))) {
                    "bytearray"
                } else {
                    "byte"
                };
                Err(self.index_type_error(what, k))
            }
        }
    }

    /// `ba[k] = v` for a bytearray.
    pub(super) fn bytearray_setitem(&mut self, o: &ObjRef, k: &Value, v: &Value) -> PyResult<()> {
        let Kind::ByteArray(cell) = &**o else {
            return Ok(());
        };
        let n = cell.borrow().len();
        let Some(Kind::Slice(..)) = k.as_obj().map(|x| &**x) else {
            let Some(i) = self.index_value(k)? else {
                return Err(self.index_type_error("bytearray", k));
            };
            let j = self.seq_index(i, n, "bytearray")?;
            let c = self.byte_value(v)?;
            cell.borrow_mut()[j] = c;
            return Ok(());
        };
        if as_int(v).is_some() || !self.is_iterable(v) {
            return Err(self.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        let items = bytes_from(self, v)?;
        let s = self.resolve_slice(k.as_obj().expect("slice"), n)?;
        if s.step == 1 {
            let start = s.start.clamp(0, n as i64) as usize;
            let end = (start + s.len).min(n);
            if items.len() != end - start {
                self.check_resizable(cell)?;
            }
            cell.borrow_mut().splice(start..end, items);
            return Ok(());
        }
        if items.len() != s.len {
            let m = format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                items.len(),
                s.len
            );
            return Err(self.value_error(m));
        }
        let mut data = cell.borrow_mut();
        for (i, c) in s.indices().zip(items) {
            data[i] = c;
        }
        Ok(())
    }

    /// `del ba[k]` for a bytearray.
    pub(super) fn bytearray_delitem(&mut self, o: &ObjRef, k: &Value) -> PyResult<()> {
        let Kind::ByteArray(cell) = &**o else {
            return Ok(());
        };
        let n = cell.borrow().len();
        if let Some(Kind::Slice(..)) = k.as_obj().map(|x| &**x) {
            let s = self.resolve_slice(k.as_obj().expect("slice"), n)?;
            if s.len != 0 {
                self.check_resizable(cell)?;
            }
            if let Some(run) = s.run() {
                let mut data = cell.borrow_mut();
                let end = run.end.min(data.len());
                data.drain(run.start.min(end)..end);
                return Ok(());
            }
            let mut idx: Vec<usize> = s.indices().collect();
            idx.sort_unstable();
            let mut data = cell.borrow_mut();
            for i in idx.into_iter().rev() {
                data.remove(i);
            }
            return Ok(());
        }
        let Some(i) = self.index_value(k)? else {
            return Err(self.index_type_error("bytearray", k));
        };
        let j = self.seq_index(i, n, "bytearray")?;
        self.check_resizable(cell)?;
        cell.borrow_mut().remove(j);
        Ok(())
    }
}
