//! The standard modules that live above the interpreter (`time`, `os`,
//! `math`, `json`, `struct`, ...; `asyncio` has its own home,
//! [`crate::asyncio`]), the helpers they share, and [`find_module`], which
//! the import system asks before searching `sys.path`. A module split in
//! parts has a folder (`json/`, `math/`, `os/`, `time/`); modules written in
//! Python are frozen (see [`frozen_code`]).
#![forbid(unsafe_code)]

mod array;
mod binascii;
mod bisect;
mod datetime;
mod errno;
mod frozen;
pub mod frozen_code;
mod functools;
mod hashlib;
mod heapq;
mod itertools;
mod json;
mod math;
mod operator;
mod os;
mod random;
mod re;
mod socket;
mod struct_module;
mod time;
mod traceback_module;
mod weakref;
mod zlib;

use alloc::string::String;
use alloc::vec::Vec;

use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::modules::new_module;
use crate::vm::builtins::types::new_class;
use crate::vm::builtins::{add_fn, add_method, add_value};
use crate::vm::object::class::Layout;
use crate::vm::object::func::NativeFn;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The built-in module `name`, created on first import; None if there is
/// no such built-in module (the import system then searches `sys.path`).
pub fn find_module(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    if frozen::PLAIN.contains(&name) {
        return Some(new_builtin_module(vm, name, &|vm, d| {
            frozen_code::run(vm, d, name)
        }));
    }
    let init: fn(&mut Vm, &ObjRef) -> PyResult<()> = match name {
        "asyncio" => crate::asyncio::module::init,
        "array" => array::init,
        "time" => time::init,
        "binascii" => binascii::init,
        "collections" => frozen::init_collections,
        "errno" => errno::init,
        "hashlib" => hashlib::init,
        "functools" => functools::init,
        "heapq" => heapq::init,
        "bisect" => bisect::init,
        "itertools" => itertools::init,
        "zlib" => zlib::init,
        "re" => re::init,
        "io" => frozen::init_io,
        "json" => json::init,
        "math" => math::init,
        "operator" => operator::init,
        "cmath" => math::cmath::init,
        "os" => os::init,
        "random" => random::init,
        "socket" => socket::init,
        "struct" => struct_module::init,
        "traceback" => traceback_module::init,
        "weakref" => weakref::init,
        "_sysinfo" => crate::vm::builtins::sys_lazy::init_sysinfo,
        "_datetime" => datetime::init,
        _ => return None,
    };
    Some(new_builtin_module(vm, name, &init))
}

/// Make module `name` (entered in `sys.modules`) and fill its namespace
/// with `init`; if that fails, the module is taken out again.
fn new_builtin_module(
    vm: &mut Vm,
    name: &str,
    init: &dyn Fn(&mut Vm, &ObjRef) -> PyResult<()>,
) -> PyResult<Value> {
    let module = new_module(vm, name);
    let dict = match &*module {
        Kind::Module(m) => m.dict.clone(),
        _ => return Ok(Value::Obj(module)),
    };
    match init(vm, &dict) {
        Ok(()) => Ok(Value::Obj(module)),
        Err(e) => {
            let mods = vm.modules.clone();
            let key = vm.new_str_value(name.into());
            let _ = vm.dict_del(&mods, &key);
            Err(e)
        }
    }
}

/// A float-or-int argument as f64, with CPython's TypeError otherwise.
pub(crate) fn number_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => {
            let m = alloc::format!(
                "'{}' object cannot be interpreted as {what}",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}

/// A new `bytes` object.
fn bytes_value(data: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(Kind::Bytes(data.into())))
}

/// A bytes-like argument's contents, with CPython's TypeError otherwise.
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match crate::vm::object::bytes_like::byte_view(v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let m = alloc::format!("a bytes-like object is required, not '{}'", vm.type_name(v));
            Err(vm.type_error(m))
        }
    }
}

/// Define `module.name`, an exception class deriving from `base`.
fn module_exception(vm: &mut Vm, d: &ObjRef, module: &str, name: &str, base: Exc) {
    let base = vm.exc_class(base);
    let cls = new_class(name, &[base], Layout::Exception);
    if let Kind::Class(c) = &*cls {
        let m = vm.new_str_value(module.into());
        add_value(vm, &c.dict, "__module__", m);
    }
    add_value(vm, d, name, Value::Obj(cls));
}

/// The attribute `name` of the already imported module `module`.
fn module_attr(vm: &mut Vm, module: &str, name: &str) -> Option<Value> {
    let mods = vm.modules.clone();
    let key = vm.new_str_value(module.into());
    match vm.dict_get(&mods, &key) {
        Ok(Some(Value::Obj(m))) => match &*m {
            Kind::Module(m) => {
                let k = vm.intern(name);
                vm.dict_get_str_quiet(&m.dict, &k)
            }
            _ => None,
        },
        _ => None,
    }
}

/// A new instance of the exception class `module.name` (made by
/// [`module_exception`]) with the message `msg`.
fn raise_in(vm: &mut Vm, module: &str, name: &str, msg: String) -> ObjRef {
    match module_attr(vm, module, name) {
        Some(Value::Obj(c)) => {
            let s = vm.new_str_value(msg);
            vm.exception_instance(&c, alloc::vec![s])
        }
        _ => vm.value_error(msg),
    }
}

/// A class for the native state objects of `module` (never seen by
/// scripts: the module's Python half wraps them), kept as `module._State`.
fn add_state_class(vm: &mut Vm, d: &ObjRef) {
    let object = vm.types.object.clone();
    let cls = new_class("_State", &[object], Layout::Native);
    add_value(vm, d, "_State", Value::Obj(cls));
}

/// A new native state object of `module` (see [`add_state_class`]).
fn new_state<T: core::any::Any>(vm: &mut Vm, module: &str, data: T) -> PyResult<Value> {
    match module_attr(vm, module, "_State") {
        Some(Value::Obj(cls)) => Ok(crate::vm::object::native::new_native(&cls, data)),
        _ => Err(vm.new_exc(
            Exc::ImportError,
            alloc::format!("{module} is not initialised"),
        )),
    }
}

/// The data of a native state argument, or TypeError.
fn state_arg<'a, T: core::any::Any>(
    vm: &mut Vm,
    v: &'a Value,
) -> PyResult<core::cell::RefMut<'a, T>> {
    match crate::vm::object::native::native_mut::<T>(v) {
        Some(d) => Ok(d),
        None => Err(vm.type_error("expected a native state object")),
    }
}

/// Register module-level natives from a (name, function) table.
fn add_fns(vm: &mut Vm, d: &ObjRef, fns: &[(&'static str, NativeFn)]) {
    for &(name, f) in fns {
        add_fn(vm, d, name, f);
    }
}

/// Register a class's native methods from a (name, function) table.
fn add_methods(vm: &mut Vm, cls: &ObjRef, fns: &[(&'static str, NativeFn)]) {
    for &(name, f) in fns {
        add_method(vm, cls, name, f);
    }
}

/// Check that a native got `min..=max` positional arguments, with the
/// message CPython's argument unpacking gives ("add expected 2 arguments,
/// got 1").
pub(crate) fn expect_args(
    vm: &mut Vm,
    name: &str,
    n: usize,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let s = |k: usize| if k == 1 { "" } else { "s" };
    let m = if min == max {
        alloc::format!("{name} expected {min} argument{}, got {n}", s(min))
    } else if n < min {
        alloc::format!("{name} expected at least {min} argument{}, got {n}", s(min))
    } else {
        alloc::format!("{name} expected at most {max} argument{}, got {n}", s(max))
    };
    Err(vm.type_error(m))
}

/// The arguments of a native with parameters `names`, given positionally
/// (`pos`, at most `npos` of them) or by keyword (`args`' keywords), the
/// first `required` of them needed; CPython's messages for the rest.
pub(crate) fn parse_params(
    vm: &mut Vm,
    pos: &[Value],
    args: crate::vm::object::func::Args,
    name: &str,
    names: &[&str],
    required: usize,
    npos: usize,
) -> PyResult<Vec<Option<Value>>> {
    if pos.len() > npos {
        // Argument Clinic checks the count of all parameters first.
        let (most, what) = if pos.len() > names.len() || npos == names.len() {
            (names.len(), "")
        } else {
            (npos, " positional")
        };
        let s = if most == 1 { "" } else { "s" };
        let m = alloc::format!(
            "{name}() takes at most {most}{what} argument{s} ({} given)",
            pos.len()
        );
        return Err(vm.type_error(m));
    }
    let mut out: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in args.kw() {
        let key = crate::vm::object::str_of(k).unwrap_or("?");
        match names.iter().position(|p| *p == key) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                let m = alloc::format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                );
                return Err(vm.type_error(m));
            }
            None => {
                let m = alloc::format!("'{key}' is an invalid keyword argument for {name}()");
                return Err(vm.type_error(m));
            }
        }
    }
    if let Some(i) = out[..required].iter().position(Option::is_none) {
        let m = alloc::format!(
            "{name}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        );
        return Err(vm.type_error(m));
    }
    Ok(out)
}
