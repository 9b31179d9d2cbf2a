//! Slices against lengths of any size (CPython's `_PySlice_GetLongIndices`):
//! `slice.indices(n)` for any int `n`, and slicing a range whose length
//! does not fit a machine word. Bounds are ints of any size, computed with
//! the interpreter's int arithmetic; sequences held in memory use the
//! machine-word `resolve_slice` instead.

use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::{BinaryOp, CompareOp};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `a < b` for two ints of any size.
    pub(super) fn int_less(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.compare(CompareOp::Lt, a, b)?;
        self.truthy(&r)
    }

    /// `a op b` for two ints of any size.
    pub(super) fn int_op(&mut self, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.binary_op(op as u32, a, b)
    }

    /// A slice bound as an int of any size (`__index__` for instances).
    fn slice_bound(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => return Ok(v.clone()),
            Value::Bool(b) => return Ok(Value::Int(*b as i64)),
            Value::Obj(o) if matches!(&**o, Kind::BigInt(_)) => return Ok(v.clone()),
            _ => {}
        }
        if let Some(i) = crate::vm::eval::ops::as_int(v) {
            return Ok(Value::Int(i));
        }
        if matches!(v.as_obj().map(|o| &**o), Some(Kind::Instance(_))) {
            if let Some(r) = self.call_special(v, &self.names.index.clone(), &[])? {
                return Ok(r);
            }
        }
        Err(self.type_error("slice indices must be integers or None or have an __index__ method"))
    }

    /// `start`, `stop` and `step` of `slice` fitted to a sequence of `len`
    /// items (`len` a non-negative int of any size), as `slice.indices`.
    pub fn long_slice_indices(&mut self, slice: &ObjRef, len: &Value) -> PyResult<[Value; 3]> {
        let Kind::Slice(a, b, c) = &**slice else {
            return Ok([Value::Int(0), Value::Int(0), Value::Int(1)]);
        };
        let (a, b, c) = (a.clone(), b.clone(), c.clone());
        let step = match c.is_none() {
            true => Value::Int(1),
            false => self.slice_bound(&c)?,
        };
        if matches!(step, Value::Int(0)) {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let zero = Value::Int(0);
        let backwards = self.int_less(&step, &zero)?;
        let (lower, upper) = match backwards {
            true => {
                let upper = self.int_op(BinaryOp::Subtract, len, &Value::Int(1))?;
                (Value::Int(-1), upper)
            }
            false => (zero, len.clone()),
        };
        let fit = |vm: &mut Vm, v: &Value, default: &Value| -> PyResult<Value> {
            if v.is_none() {
                return Ok(default.clone());
            }
            let mut i = vm.slice_bound(v)?;
            if vm.int_less(&i, &Value::Int(0))? {
                i = vm.int_op(BinaryOp::Add, &i, len)?;
                if vm.int_less(&i, &lower)? {
                    i = lower.clone();
                }
            } else if vm.int_less(&upper, &i)? {
                i = upper.clone();
            }
            Ok(i)
        };
        let (start_def, stop_def) = match backwards {
            true => (upper.clone(), lower.clone()),
            false => (lower.clone(), upper.clone()),
        };
        let start = fit(self, &a, &start_def)?;
        let stop = fit(self, &b, &stop_def)?;
        Ok([start, stop, step])
    }

    /// `slice.indices(n)`: ValueError for a negative length, as CPython.
    pub fn slice_indices_of(&mut self, slice: &ObjRef, len: &Value) -> PyResult<Value> {
        let len = match crate::vm::eval::ops::as_int(len) {
            Some(n) => Value::Int(n),
            None if matches!(len.as_obj().map(|o| &**o), Some(Kind::BigInt(_))) => len.clone(),
            None => Value::Int(super::int_arg(self, len)?),
        };
        if self.int_less(&len, &Value::Int(0))? {
            return Err(self.new_exc(Exc::ValueError, "length should not be negative"));
        }
        let parts = self.long_slice_indices(slice, &len)?;
        Ok(self.new_tuple(parts.into()))
    }
}
