//! The attributes of function objects (`__name__`, `__defaults__`,
//! `__closure__`...), the `__name__` of native functions, and of slices.

use super::{add_getset, add_method};
use crate::vm::object::func::{Args, FuncObj};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn func(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match v.as_obj() {
        Some(o) if matches!(&**o, Kind::Func(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'function' object")),
    }
}

/// Read or write one `RefCell<Value>` field of a function.
fn field(
    vm: &mut Vm,
    v: &Value,
    pick: fn(&FuncObj) -> &core::cell::RefCell<Value>,
    new: Option<Value>,
) -> PyResult<Value> {
    let o = func(vm, v)?;
    let Kind::Func(f) = &*o else {
        return Ok(Value::None);
    };
    match new {
        Some(x) => {
            let old = pick(f).replace(x);
            drop(old);
            Ok(Value::None)
        }
        None => Ok(pick(f).borrow().clone()),
    }
}

macro_rules! rw_field {
    ($get:ident, $set:ident, $field:ident) => {
        fn $get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
            field(vm, v, |f| &f.$field, None)
        }
        fn $set(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
            field(vm, v, |f| &f.$field, Some(x)).map(|_| ())
        }
    };
}

rw_field!(name_get, name_set, name);
rw_field!(defaults_get, defaults_set, defaults);
rw_field!(kwdefaults_get, kwdefaults_set, kwdefaults);
rw_field!(module_get, module_set, module);

/// `__qualname__` and `__doc__` come from the code until assigned (see
/// `FuncObj::qualname`): read through their methods.
fn qualname_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match &*func(vm, v)? {
        Kind::Func(f) => f.qualname(),
        _ => Value::None,
    })
}

fn qualname_set(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    field(vm, v, |f| &f.qualname, Some(x)).map(|_| ())
}

fn doc_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match &*func(vm, v)? {
        Kind::Func(f) => f.doc(),
        _ => Value::None,
    })
}

fn doc_set(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    field(vm, v, |f| &f.doc, Some(x)).map(|_| ())
}

/// `f.__annotations__`: kept in the function's `__dict__`, made empty on first read.
fn annotations_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = vm
        .instance_dict(v)
        .ok_or_else(|| vm.type_error("not a function"))?;
    let k = vm.intern("__annotations__");
    if let Some(a) = vm.dict_get_str_quiet(&d, &k) {
        return Ok(a);
    }
    let a = Value::Obj(crate::vm::eval::mapping::new_dict());
    vm.dict_set_str(&d, k, a.clone());
    Ok(a)
}

fn annotations_set(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let d = vm
        .instance_dict(v)
        .ok_or_else(|| vm.type_error("not a function"))?;
    let k = vm.intern("__annotations__");
    vm.dict_set_str(&d, k, x);
    Ok(())
}

fn closure_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = func(vm, v)?;
    let Kind::Func(f) = &*o else {
        return Ok(Value::None);
    };
    let cells: alloc::vec::Vec<Value> = f
        .closure
        .borrow()
        .iter()
        .map(|c| Value::Obj(c.clone()))
        .collect();
    if cells.is_empty() {
        return Ok(Value::None);
    }
    Ok(vm.new_tuple(cells))
}

fn globals_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = func(vm, v)?;
    let Kind::Func(f) = &*o else {
        return Ok(Value::None);
    };
    Ok(Value::Obj(f.globals.clone()))
}

fn code_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = func(vm, v)?;
    let Kind::Func(f) = &*o else {
        return Ok(Value::None);
    };
    Ok(Value::Obj(ObjRef::new(Kind::Code(f.code.clone()))))
}

fn cell_contents(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Cell(c)) => match &*c.borrow() {
            Value::Null => Err(vm.value_error("Cell is empty")),
            x => Ok(x.clone()),
        },
        _ => Ok(Value::None),
    }
}

fn code_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Code(c)) => Ok(Value::Obj(c.name.clone())),
        _ => Err(vm.type_error("not a code object")),
    }
}

fn code_argcount(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.as_obj().map(|o| &**o) {
        Some(Kind::Code(c)) => Value::Int(c.raw.arg_count as i64),
        _ => Value::None,
    })
}

fn code_flags(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.as_obj().map(|o| &**o) {
        Some(Kind::Code(c)) => Value::Int(c.raw.flags.0 as i64),
        _ => Value::None,
    })
}

fn code_varnames(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let names: alloc::vec::Vec<alloc::string::String> = match v.as_obj().map(|o| &**o) {
        Some(Kind::Code(c)) => c.raw.varnames.iter().map(|n| (&**n).into()).collect(),
        _ => return Ok(Value::None),
    };
    let items = names.into_iter().map(|n| vm.new_str_value(n)).collect();
    Ok(vm.new_tuple(items))
}

fn code_filename(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.as_obj().map(|o| &**o) {
        Some(Kind::Code(c)) => Value::Obj(c.filename.clone()),
        _ => Value::None,
    })
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let (a, b, c) = match pos.len() {
        1 => (Value::None, pos[0].clone(), Value::None),
        2 => (pos[0].clone(), pos[1].clone(), Value::None),
        3 => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
        n => {
            let m = alloc::format!("slice expected at least 1 argument, got {n}");
            return Err(vm.type_error(m));
        }
    };
    Ok(Value::Obj(ObjRef::new(Kind::Slice(a, b, c))))
}

fn slice_part(v: &Value, i: usize) -> Value {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Slice(a, b, c)) => [a, b, c][i].clone(),
        _ => Value::None,
    }
}

fn slice_start(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_part(v, 0))
}

fn slice_stop(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_part(v, 1))
}

fn slice_step(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_part(v, 2))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "indices", 1, 1)?;
    let Some(s) = args.vals[0].as_obj().cloned() else {
        return Ok(Value::None);
    };
    vm.slice_indices_of(&s, &args.vals[1])
}

/// `len.__name__`, `[].append.__name__`: a native function's name.
fn builtin_name_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Builtin(b)) => Ok(vm.new_str_value(b.name.into())),
        _ => Err(vm.type_error("descriptor requires a 'builtin_function_or_method' object")),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.builtin_function.clone();
    add_getset(vm, &t, "__name__", builtin_name_get, None);
    let t = vm.types.function.clone();
    add_getset(vm, &t, "__name__", name_get, Some(name_set));
    add_getset(vm, &t, "__qualname__", qualname_get, Some(qualname_set));
    add_getset(vm, &t, "__defaults__", defaults_get, Some(defaults_set));
    add_getset(
        vm,
        &t,
        "__kwdefaults__",
        kwdefaults_get,
        Some(kwdefaults_set),
    );
    add_getset(vm, &t, "__doc__", doc_get, Some(doc_set));
    add_getset(vm, &t, "__module__", module_get, Some(module_set));
    add_getset(vm, &t, "__closure__", closure_get, None);
    add_getset(
        vm,
        &t,
        "__annotations__",
        annotations_get,
        Some(annotations_set),
    );
    add_getset(vm, &t, "__globals__", globals_get, None);
    add_getset(vm, &t, "__code__", code_get, None);
    let cell = vm.types.cell.clone();
    add_getset(vm, &cell, "cell_contents", cell_contents, None);
    let code = vm.types.code.clone();
    add_getset(vm, &code, "co_name", code_name, None);
    add_getset(vm, &code, "co_argcount", code_argcount, None);
    add_getset(vm, &code, "co_flags", code_flags, None);
    add_getset(vm, &code, "co_varnames", code_varnames, None);
    add_getset(vm, &code, "co_filename", code_filename, None);
    let s = vm.types.slice.clone();
    add_method(vm, &s, "__new__", slice_new);
    add_method(vm, &s, "indices", slice_indices);
    add_getset(vm, &s, "start", slice_start, None);
    add_getset(vm, &s, "stop", slice_stop, None);
    add_getset(vm, &s, "step", slice_step, None);
}
