//! The sequence operators of `array.array`: length, items and slices (read,
//! assigned, deleted), `in`, the comparisons, `+`, `*` and their in-place
//! forms. Iteration is the sequence protocol over `__getitem__`.

use alloc::format;
use alloc::vec::Vec;

use super::{check_resizable, items, sibling, this, values};
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::method_args;
use crate::vm::bytecode::CompareOp;
use crate::vm::object::array_buf::array_of;
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::{Kind, Value};
use crate::vm::{PyResult, Vm};

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__contains__", contains),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
];

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.__len__", 0, 0)?;
    Ok(Value::Int(this(vm, &args.vals[0])?.len() as i64))
}

/// A slice key, or None for an index.
fn slice_key(k: &Value) -> Option<&crate::vm::object::ObjRef> {
    k.as_obj().filter(|o| matches!(&***o, Kind::Slice(..)))
}

/// An index key as i64, or CPython's TypeError.
fn index_key(vm: &mut Vm, k: &Value) -> PyResult<i64> {
    match vm.index_value(k)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error("array indices must be integers")),
    }
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.__getitem__", 1, 1)?;
    let (me, k) = (&args.vals[0], &args.vals[1]);
    let n = this(vm, me)?.len();
    if let Some(s) = slice_key(k) {
        let s = vm.resolve_slice(s, n)?;
        let a = this(vm, me)?;
        let size = a.itemsize();
        let data = a.buf.borrow();
        let mut out = vm.vec_with_room(s.len * size)?;
        match s.run() {
            Some(run) => out.extend_from_slice(&data[run.start * size..run.end * size]),
            None => s
                .indices()
                .for_each(|i| out.extend_from_slice(&data[i * size..(i + 1) * size])),
        }
        return Ok(sibling(me, a.format, out));
    }
    let i = index_key(vm, k)?;
    let j = vm.seq_index(i, n, "array")?;
    let a = this(vm, me)?;
    let size = a.itemsize();
    let item = a.buf.borrow()[j * size..(j + 1) * size].to_vec();
    Ok(items::unpack(vm, a.format, &item))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.__setitem__", 2, 2)?;
    let (me, k, v) = (&args.vals[0], &args.vals[1], &args.vals[2]);
    let n = this(vm, me)?.len();
    if let Some(s) = slice_key(k) {
        let s = vm.resolve_slice(s, n)?;
        return assign_slice(vm, me, s, v);
    }
    let i = index_key(vm, k)?;
    let format = this(vm, me)?.format;
    let mut item = Vec::new();
    items::pack_into(vm, format, v, &mut item)?;
    let n = this(vm, me)?.len();
    let j = index_in(vm, i, n)?;
    let a = this(vm, me)?;
    let size = a.itemsize();
    a.buf.borrow_mut()[j * size..(j + 1) * size].copy_from_slice(&item);
    Ok(Value::None)
}

/// An index of an item to replace or delete, or IndexError.
fn index_in(vm: &mut Vm, i: i64, n: usize) -> PyResult<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        let m = "array assignment index out of range";
        return Err(vm.new_exc(Exc::IndexError, m));
    }
    Ok(j as usize)
}

/// `a[s] = v`: `v` must be an array of the same type code; a plain slice
/// may change the length, an extended one must match it.
fn assign_slice(
    vm: &mut Vm,
    me: &Value,
    s: crate::vm::eval::subscript::SliceIdx,
    v: &Value,
) -> PyResult<Value> {
    let Some(other) = array_of(v) else {
        let m = format!(
            "can only assign array (not \"{}\") to array slice",
            vm.type_name(v)
        );
        return Err(vm.type_error(m));
    };
    let new = other.buf.borrow().clone();
    let other_format = other.format;
    drop(other);
    let a = this(vm, me)?;
    if a.format != other_format {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let size = a.itemsize();
    let count = new.len() / size;
    if s.step == 1 {
        if count != s.len {
            check_resizable(vm, &a)?;
        }
        vm.grow_cell(&a.buf, new.len())?;
        let mut data = a.buf.borrow_mut();
        let at = (s.start.max(0) as usize).min(data.len() / size);
        data.splice(at * size..(at + s.len) * size, new);
        return Ok(Value::None);
    }
    if count != s.len {
        let m = format!(
            "attempt to assign array of size {count} to extended slice of size {}",
            s.len
        );
        return Err(vm.value_error(m));
    }
    let mut data = a.buf.borrow_mut();
    for (n, i) in s.indices().enumerate() {
        data[i * size..(i + 1) * size].copy_from_slice(&new[n * size..(n + 1) * size]);
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.__delitem__", 1, 1)?;
    let (me, k) = (&args.vals[0], &args.vals[1]);
    let n = this(vm, me)?.len();
    let doomed: Vec<usize> = match slice_key(k) {
        Some(s) => vm.resolve_slice(s, n)?.indices().collect(),
        None => {
            let i = index_key(vm, k)?;
            alloc::vec![index_in(vm, i, n)?]
        }
    };
    if doomed.is_empty() {
        return Ok(Value::None);
    }
    let a = this(vm, me)?;
    check_resizable(vm, &a)?;
    let size = a.itemsize();
    let mut data = a.buf.borrow_mut();
    let mut gone = alloc::vec![false; n];
    doomed.iter().for_each(|&i| gone[i] = true);
    let mut item = 0;
    data.retain(|_| {
        let keep = !gone[item / size];
        item += 1;
        keep
    });
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.__contains__", 1, 1)?;
    let found = super::methods::find(vm, &args.vals[0], &args.vals[1], 0, usize::MAX)?;
    Ok(Value::Bool(found.is_some()))
}

/// `a <op> b`: NotImplemented unless `b` is an array; arrays of one integer
/// type code are equal when their bytes are.
fn compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    method_args(vm, args, "array.__eq__", 1, 1)?;
    let (me, other) = (&args.vals[0], &args.vals[1]);
    if array_of(other).is_none() {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let (a, b) = (this(vm, me)?, this(vm, other)?);
    let exact = a.format == b.format && !matches!(a.format.code, b'f' | b'd');
    if exact && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        let same = *a.buf.borrow() == *b.buf.borrow();
        return Ok(Value::Bool(same == (op == CompareOp::Eq)));
    }
    let (x, y) = (values(vm, &a)?, values(vm, &b)?);
    drop((a, b));
    // As CPython: the first items that differ decide, by value (no
    // identity shortcut: a NaN item never equals another), else the lengths.
    for (p, q) in x.iter().zip(&y) {
        let same = vm.compare(CompareOp::Eq, p, q)?;
        if !vm.truthy(&same)? {
            return match op {
                CompareOp::Eq => Ok(Value::Bool(false)),
                CompareOp::Ne => Ok(Value::Bool(true)),
                _ => vm.compare(op, p, q),
            };
        }
    }
    let (m, n) = (Value::Int(x.len() as i64), Value::Int(y.len() as i64));
    vm.compare(op, &m, &n)
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq)
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne)
}

fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt)
}

fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le)
}

fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt)
}

fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge)
}

/// The bytes of the array `other` to join to `me`, or CPython's TypeError.
fn joinable(vm: &mut Vm, me: &Value, other: &Value) -> PyResult<Vec<u8>> {
    let format = this(vm, me)?.format;
    match array_of(other) {
        Some(b) if b.format == format => Ok(b.buf.borrow().clone()),
        Some(_) => Err(vm.type_error("bad argument type for built-in operation")),
        None => {
            let m = format!(
                "can only append array (not \"{}\") to array",
                vm.type_name(other)
            );
            Err(vm.type_error(m))
        }
    }
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.__add__", 1, 1)?;
    let (me, other) = (&args.vals[0], &args.vals[1]);
    let more = joinable(vm, me, other)?;
    let a = this(vm, me)?;
    let data = vm.concat_vec(&a.buf.borrow(), &more)?;
    Ok(sibling(me, a.format, data))
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.__iadd__", 1, 1)?;
    let (me, other) = (&args.vals[0], &args.vals[1]);
    let more = joinable(vm, me, other)?;
    let a = this(vm, me)?;
    if !more.is_empty() {
        check_resizable(vm, &a)?;
    }
    vm.grow_cell(&a.buf, more.len())?;
    a.buf.borrow_mut().extend_from_slice(&more);
    Ok(me.clone())
}

/// The repeat count of `a * n`, or CPython's TypeError.
fn count_arg(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    match vm.index_value(n)? {
        Some(i) if !matches!(n, Value::Float(_)) => Ok(i.max(0) as usize),
        _ => {
            let m = format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(n)
            );
            Err(vm.type_error(m))
        }
    }
}

/// The bytes of `a` repeated `n` times, or MemoryError.
fn repeated(vm: &mut Vm, me: &Value, n: usize) -> PyResult<Vec<u8>> {
    let a = this(vm, me)?;
    let data = a.buf.borrow();
    let total = data.len().checked_mul(n).ok_or_else(|| vm.no_memory())?;
    let mut out = vm.vec_with_room(total)?;
    for _ in 0..n {
        out.extend_from_slice(&data);
    }
    Ok(out)
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.__mul__", 1, 1)?;
    let me = &args.vals[0];
    let n = count_arg(vm, &args.vals[1])?;
    let data = repeated(vm, me, n)?;
    let format = this(vm, me)?.format;
    Ok(sibling(me, format, data))
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.__imul__", 1, 1)?;
    let me = &args.vals[0];
    let n = count_arg(vm, &args.vals[1])?;
    let data = repeated(vm, me, n)?;
    let a = this(vm, me)?;
    if data.len() != a.buf.borrow().len() {
        check_resizable(vm, &a)?;
    }
    *a.buf.borrow_mut() = data;
    Ok(me.clone())
}
