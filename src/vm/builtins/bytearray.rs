//! `bytearray`: the constructor and the methods that change it in place
//! (append/extend/pop/insert/remove/clear/reverse/copy); the methods it
//! shares with bytes live in `bytes.rs`.

use alloc::format;
use alloc::vec::Vec;

use super::bytes_new::{bytes_from, constructor_data};
use super::{add_method, int_arg, method_args};
use crate::vm::object::bytes_like::ByteArrayBuf;
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A new bytearray value.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(Kind::ByteArray(ByteArrayBuf::new(data))))
}

/// The buffer of the `self` bytearray of a method.
fn this<'a>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<&'a ByteArrayBuf> {
    match args.vals.first().and_then(|v| v.as_obj()).map(|o| &**o) {
        Some(Kind::ByteArray(b)) => Ok(b),
        _ => {
            let m = format!("descriptor '{name}' requires a 'bytearray' object");
            Err(vm.type_error(m))
        }
    }
}

/// The buffer of a method that changes the length of the `self` bytearray.
fn this_resizable<'a>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<&'a ByteArrayBuf> {
    let b = this(vm, args, name)?;
    vm.check_resizable(b)?;
    Ok(b)
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = constructor_data(vm, args, "bytearray")?;
    Ok(new_bytearray(data))
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "append", 1, 1)?;
    let b = this_resizable(vm, args, "append")?;
    let c = vm.byte_value(&args.vals[1])?;
    vm.grow_cell(b, 1)?;
    b.borrow_mut().push(c);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "extend", 1, 1)?;
    let b = this_resizable(vm, args, "extend")?;
    let src = &args.vals[1];
    if crate::vm::eval::ops::as_int(src).is_some() || !vm.is_iterable(src) {
        let m = format!("can't extend bytearray with {}", vm.type_name(src));
        return Err(vm.type_error(m));
    }
    let more = bytes_from(vm, src)?;
    vm.grow_cell(b, more.len())?;
    b.borrow_mut().extend(more);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "pop", 0, 1)?;
    let b = this(vm, args, "pop")?;
    let n = b.borrow().len();
    if n == 0 {
        return Err(vm.new_exc(
            super::exc_table::Exc::IndexError,
            "pop from empty bytearray",
        ));
    }
    let i = match args.vals.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let j = vm.seq_index(i, n, "pop")?;
    vm.check_resizable(b)?;
    let c = b.borrow_mut().remove(j);
    Ok(Value::Int(c as i64))
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "insert", 2, 2)?;
    let b = this_resizable(vm, args, "insert")?;
    let i = int_arg(vm, &args.vals[1])?;
    let c = vm.byte_value(&args.vals[2])?;
    let n = b.borrow().len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    vm.grow_cell(b, 1)?;
    b.borrow_mut().insert(at as usize, c);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "remove", 1, 1)?;
    let b = this_resizable(vm, args, "remove")?;
    let c = vm.byte_value(&args.vals[1])?;
    let at = b.borrow().iter().position(|&x| x == c);
    match at {
        Some(i) => {
            b.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "clear", 0, 0)?;
    this_resizable(vm, args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "reverse", 0, 0)?;
    this(vm, args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "copy", 0, 0)?;
    let data = this(vm, args, "copy")?.borrow().clone();
    Ok(new_bytearray(data))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "__setitem__", 2, 2)?;
    this(vm, args, "__setitem__")?;
    let v = &args.vals;
    vm.setitem(&v[0], v[1].clone(), v[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "__delitem__", 1, 1)?;
    this(vm, args, "__delitem__")?;
    vm.delitem(&args.vals[0], &args.vals[1])?;
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.bytearray.clone();
    super::bytes::install_shared(vm, &t, bytearray_new, "bytearray.fromhex");
    let methods: &[(&'static str, NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("pop", pop),
        ("insert", insert),
        ("remove", remove),
        ("clear", clear),
        ("reverse", reverse),
        ("copy", copy),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
    ];
    for (name, f) in methods {
        add_method(vm, &t, name, *f);
    }
}
