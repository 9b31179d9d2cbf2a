//! `range` objects whose bounds do not fit 64 bits (`range(2**64)`, as
//! CPython allows): the three ints are kept as values and every answer
//! is computed with the interpreter's int arithmetic. Rare, so simple;
//! the common case stays `Kind::Range` with machine integers (`range.rs`).
//! Iteration goes by index (`IterState::Seq`), through [`Vm::big_range_item`].

use alloc::boxed::Box;

use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::{BinaryOp, CompareOp};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A range of any ints (`start`, `stop`, `step`; `step` is not zero).
pub fn new_big_range(parts: [Value; 3]) -> Value {
    Value::Obj(ObjRef::new(Kind::BigRange(Box::new(parts))))
}

fn parts(o: &ObjRef) -> [Value; 3] {
    match &**o {
        Kind::BigRange(p) => (**p).clone(),
        _ => [Value::Int(0), Value::Int(0), Value::Int(1)],
    }
}

impl Vm {
    fn big(&mut self, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.binary_op(op as u32, a, b)
    }

    fn less(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.compare(CompareOp::Lt, a, b)?;
        self.truthy(&r)
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
