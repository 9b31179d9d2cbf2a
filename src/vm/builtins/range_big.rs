//! `range` objects whose bounds do not fit 64 bits (`range(2**64)`, as
//! CPython allows): the three ints are kept as values and every answer
//! is computed with the interpreter's int arithmetic. Rare, so simple;
//! the common case stays `Kind::Range` with machine integers (`range.rs`).
//! Iteration goes by index (`IterState::Seq`), through [`Vm::big_range_item`].
//! The same int-valued answers serve a machine-integer range whose length
//! or index passes the machine word (`range(2**32)[2**31 + 5]` on DOS).

use alloc::boxed::Box;
use alloc::format;

use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::BinaryOp;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A range of any ints (`start`, `stop`, `step`; `step` is not zero).
pub fn new_big_range(parts: [Value; 3]) -> Value {
    Value::Obj(ObjRef::new(Kind::BigRange(Box::new(parts))))
}

/// The three ints of either kind of range, as values.
fn parts(o: &ObjRef) -> [Value; 3] {
    match &**o {
        Kind::BigRange(p) => (**p).clone(),
        Kind::Range(a, b, c) => [Value::Int(*a), Value::Int(*b), Value::Int(*c)],
        _ => [Value::Int(0), Value::Int(0), Value::Int(1)],
    }
}

/// A range from three ints of any size: a machine-integer range when
/// all fit.
fn range_of(p: [Value; 3]) -> Value {
    match p {
        [Value::Int(a), Value::Int(b), Value::Int(c)] => {
            Value::Obj(ObjRef::new(Kind::Range(a, b, c)))
        }
        _ => new_big_range(p),
    }
}

impl Vm {
    fn big(&mut self, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.int_op(op, a, b)
    }

    fn less(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        self.int_less(a, b)
    }

    /// The number of items, as an int of any size (CPython's
    /// `compute_range_length`).
    pub fn big_range_len(&mut self, o: &ObjRef) -> PyResult<Value> {
        let [start, stop, step] = parts(o);
        let zero = Value::Int(0);
        let (lo, hi, step) = if self.less(&zero, &step)? {
            (start, stop, step)
        } else {
            let neg = self.big(BinaryOp::Subtract, &zero, &step)?;
            (stop, start, neg)
        };
        if !self.less(&lo, &hi)? {
            return Ok(zero);
        }
        let span = self.big(BinaryOp::Subtract, &hi, &lo)?;
        let span = self.big(BinaryOp::Subtract, &span, &Value::Int(1))?;
        let n = self.big(BinaryOp::FloorDivide, &span, &step)?;
        self.big(BinaryOp::Add, &n, &Value::Int(1))
    }

    /// `len()` of a big range: OverflowError past `sys.maxsize`, as CPython.
    pub fn big_range_size(&mut self, o: &ObjRef) -> PyResult<usize> {
        let len = self.big_range_len(o)?;
        self.size_of_len(&len)
    }

    /// A range's length as `len()` gives it: OverflowError past
    /// `sys.maxsize` (on DOS 2**31 - 1), never wrapped.
    pub(super) fn size_of_len(&mut self, len: &Value) -> PyResult<usize> {
        match len {
            Value::Int(n) if usize::try_from(*n).is_ok_and(|n| n <= isize::MAX as usize) => {
                Ok(*n as usize)
            }
            _ => Err(self.new_exc(
                Exc::OverflowError,
                "Python int too large to convert to C ssize_t",
            )),
        }
    }

    /// `r[i]` for an int `i` (negative counts from the end).
    pub fn big_range_item(&mut self, o: &ObjRef, i: &Value) -> PyResult<Value> {
        let [start, _, step] = parts(o);
        let len = self.big_range_len(o)?;
        let zero = Value::Int(0);
        let i = if self.less(i, &zero)? {
            self.big(BinaryOp::Add, i, &len)?
        } else {
            i.clone()
        };
        if self.less(&i, &zero)? || !self.less(&i, &len)? {
            return Err(self.new_exc(Exc::IndexError, "range object index out of range"));
        }
        let off = self.big(BinaryOp::Multiply, &i, &step)?;
        self.big(BinaryOp::Add, &start, &off)
    }

    /// `r[k]` for either kind of range, `k` an int of any size (or with
    /// `__index__`) or a slice: CPython's `range_subscript`, whose answers
    /// never depend on the machine word.
    pub fn any_range_getitem(&mut self, o: &ObjRef, k: &Value) -> PyResult<Value> {
        if let Some(Kind::Slice(..)) = k.as_obj().map(|x| &**x) {
            let [start, _, step] = parts(o);
            let len = self.big_range_len(o)?;
            let [a, b, c] = self.long_slice_indices(k.as_obj().expect("slice"), &len)?;
            let at = |vm: &mut Vm, i: &Value| -> PyResult<Value> {
                let off = vm.big(BinaryOp::Multiply, i, &step)?;
                vm.big(BinaryOp::Add, &start, &off)
            };
            let (first, end) = (at(self, &a)?, at(self, &b)?);
            let by = self.big(BinaryOp::Multiply, &step, &c)?;
            return Ok(range_of([first, end, by]));
        }
        let is_int = |v: &Value| {
            crate::vm::eval::ops::as_int(v).is_some()
                || matches!(v.as_obj().map(|o| &**o), Some(Kind::BigInt(_)))
        };
        let i = if is_int(k) {
            k.clone()
        } else {
            let index = self.names.index.clone();
            match k.as_obj().map(|x| &**x) {
                Some(Kind::Instance(_)) => self.call_special(k, &index, &[])?,
                _ => None,
            }
            .filter(is_int)
            .ok_or_else(|| {
                let m = format!(
                    "range indices must be integers or slices, not {}",
                    self.type_name(k)
                );
                self.type_error(m)
            })?
        };
        let i = match crate::vm::eval::ops::as_int(&i) {
            Some(n) => Value::Int(n),
            None => i,
        };
        self.big_range_item(o, &i)
    }

    /// `r.index(n)` for an int `n` of any size, either kind of range.
    pub fn any_range_index(&mut self, o: &ObjRef, n: &Value) -> PyResult<Option<Value>> {
        if !self.big_range_contains(o, n)? {
            return Ok(None);
        }
        let [start, _, step] = parts(o);
        let off = self.big(BinaryOp::Subtract, n, &start)?;
        self.big(BinaryOp::FloorDivide, &off, &step).map(Some)
    }

    /// `n in r` for an int `n`.
    pub fn big_range_contains(&mut self, o: &ObjRef, n: &Value) -> PyResult<bool> {
        let [start, stop, step] = parts(o);
        let zero = Value::Int(0);
        let inside = if self.less(&zero, &step)? {
            !self.less(n, &start)? && self.less(n, &stop)?
        } else {
            !self.less(&start, n)? && self.less(&stop, n)?
        };
        if !inside {
            return Ok(false);
        }
        let off = self.big(BinaryOp::Subtract, n, &start)?;
        let rem = self.big(BinaryOp::Remainder, &off, &step)?;
        Ok(matches!(rem, Value::Int(0)))
    }

    /// `start`, `stop` or `step` (0, 1, 2).
    pub fn big_range_part(&self, o: &ObjRef, which: usize) -> Value {
        parts(o)[which].clone()
    }
}
