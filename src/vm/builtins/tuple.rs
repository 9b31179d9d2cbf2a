//! `tuple`: construction and methods.

use alloc::format;

use super::{add_method, method_args};
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, Value};
use crate::vm::{PyResult, Vm};

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    match pos.first() {
        None => Ok(Value::Obj(vm.empty_tuple.clone())),
        // An exact tuple is its own copy; a subclass's instance is not.
        Some(v)
            if matches!(v.as_obj().map(|o| &**o), Some(Kind::Tuple(_)))
                && vm.type_of(v).ptr_eq(&vm.types.tuple) =>
        {
            Ok(v.clone())
        }
        Some(v) => {
            let items = vm.collect(v)?;
            Ok(vm.new_tuple(items))
        }
    }
}

fn items(vm: &mut Vm, args: Args, name: &str) -> PyResult<alloc::vec::Vec<Value>> {
    match args.vals.first().and_then(|v| v.as_obj()).map(|o| &**o) {
        Some(Kind::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'tuple' object"))),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "index", 1, 3)?;
    let t = items(vm, args, "index")?;
    let (start, end) = super::list::index_span(vm, args, t.len())?;
    for (i, x) in t.iter().enumerate().take(end).skip(start) {
        if vm.eq(x, &args.vals[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "tuple.count", 1, 1)?;
    let t = items(vm, args, "count")?;
    let mut n = 0;
    for x in &t {
        if vm.eq(x, &args.vals[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "tuple.__len__", 0, 0)?;
    Ok(Value::Int(items(vm, args, "__len__")?.len() as i64))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    add_method(vm, &t, "__new__", tuple_new);
    add_method(vm, &t, "__len__", tuple_len);
    add_method(vm, &t, "index", index);
    add_method(vm, &t, "count", count);
}
