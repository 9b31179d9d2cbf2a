//! The built-in namespace: functions (`print`, `len`...), the methods of
//! the built-in types (one module per type), the exception classes, and the
//! `sys` and `gc` modules.
#![forbid(unsafe_code)]

/// The number types' binary dunders (`__add__`/`__radd__`...) as native
/// functions over the module's own `binary(vm, args, op, reflected)`,
/// and their table `BINOPS` (complex.rs, number_dunders.rs).
macro_rules! binops {
    ($($name:ident, $rname:ident, $text:literal, $rtext:literal = $op:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                binary(vm, args, BinaryOp::$op, false)
            }
            fn $rname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                binary(vm, args, BinaryOp::$op, true)
            }
        )*
        const BINOPS: &[(&str, &str, NativeFn, NativeFn)] = &[$(($text, $rtext, $name, $rname),)*];
    };
}

pub mod bytearray;
pub mod bytes;
pub mod bytes_new;
pub mod bytes_shape;
pub mod class;
pub mod codecs;
pub mod codecs_wide;
mod codepages;
pub mod complex;
pub mod console_stream;
pub mod dict;
pub mod evalexec;
pub mod exc_group;
pub mod exc_table;
pub mod exception;
pub mod file;
pub mod float;
pub mod func_attrs;
pub mod funcs;
pub mod gen;
pub mod int;
pub mod int_bytes;
pub mod int_ops;
pub mod iter_types;
pub mod list;
pub mod memoryview;
pub mod memoryview_cast;
pub mod metaclass;
pub mod modules;
pub mod number_dunders;
pub mod range;
pub mod range_big;
pub mod set;
pub mod slice_long;
pub mod str;
pub mod subclass;
pub mod syntax_error;
pub mod sys_lazy;
pub mod traceback_obj;
pub mod tuple;
pub mod types;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::vm::eval::subscript::Wide;
use crate::vm::object::func::{Args, BuiltinObj, GetSet, NativeFn};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A native function object.
pub fn native(_vm: &mut Vm, name: &'static str, f: NativeFn, method: bool) -> Value {
    Value::Obj(ObjRef::new(Kind::Builtin(BuiltinObj {
        name,
        f,
        bound: None,
        method,
    })))
}

/// Put a module-level native function into a namespace dict.
pub fn add_fn(vm: &mut Vm, dict: &ObjRef, name: &'static str, f: NativeFn) {
    let v = native(vm, name, f, false);
    let k = vm.intern(name);
    vm.dict_set_str(dict, k, v);
}

pub(crate) fn class_dict(cls: &ObjRef) -> ObjRef {
    match &**cls {
        Kind::Class(c) => c.dict.clone(),
        _ => cls.clone(),
    }
}

/// Add a native method to a class. The native's name is "Class.method" (for reprs and errors).
pub fn add_method(vm: &mut Vm, cls: &ObjRef, name: &'static str, f: NativeFn) {
    let full: &'static str = leak(format!("{}.{}", vm.class_name(cls), name));
    let v = native(vm, full, f, true);
    let k = vm.intern(name);
    vm.dict_set_str(&class_dict(cls), k, v);
}

/// Add a native attribute (getter and optional setter) to a class.
pub fn add_getset(
    vm: &mut Vm,
    cls: &ObjRef,
    name: &'static str,
    get: crate::vm::object::func::Getter,
    set: Option<crate::vm::object::func::Setter>,
) {
    let v = Value::Obj(ObjRef::new(Kind::GetSet(GetSet { name, get, set })));
    let k = vm.intern(name);
    vm.dict_set_str(&class_dict(cls), k, v);
}

/// Set a plain attribute on a class or module.
pub fn add_value(vm: &mut Vm, dict: &ObjRef, name: &str, v: Value) {
    let k = vm.intern(name);
    vm.dict_set_str(dict, k, v);
}

/// Method names built once at start-up live for the whole run.
fn leak(s: String) -> &'static str {
    alloc::boxed::Box::leak(s.into_boxed_str())
}

/// Check the positional argument count of a native and refuse keywords.
pub fn arg_count(vm: &mut Vm, args: Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos().len();
    if !args.kwnames.is_empty() {
        let short = name.rsplit('.').next().unwrap_or(name);
        return Err(vm.type_error(format!("{short}() takes no keyword arguments")));
    }
    if n < min || n > max {
        let short = name.rsplit('.').next().unwrap_or(name);
        let m = if min == max {
            format!(
                "{short}() takes exactly {} argument{} ({n} given)",
                min,
                if min == 1 { "" } else { "s" }
            )
        } else if n < min {
            format!(
                "{short}() takes at least {min} argument{} ({n} given)",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{short}() takes at most {max} argument{} ({n} given)",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(m));
    }
    Ok(())
}

/// Methods count `self`: check `n` user-visible arguments (self excluded in messages).
pub fn method_args(vm: &mut Vm, args: Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos().len().saturating_sub(1);
    if !args.kwnames.is_empty() {
        let short = name.rsplit('.').next().unwrap_or(name);
        let owner = args
            .vals
            .first()
            .map(|v| vm.type_name(v))
            .unwrap_or_default();
        return Err(vm.type_error(format!("{owner}.{short}() takes no keyword arguments")));
    }
    if n < min || n > max {
        let short = name.rsplit('.').next().unwrap_or(name);
        let m = if min == max && min == 0 {
            format!("{name}() takes no arguments ({n} given)")
        } else if min == max {
            format!("{name}() takes exactly one argument ({n} given)")
        } else if n < min {
            format!(
                "{short} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{short} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(m));
    }
    Ok(())
}

/// A positional argument as i64, with CPython's TypeError otherwise and
/// its OverflowError past 64 bits (a `Py_ssize_t` argument).
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    int_arg_as(vm, v, Wide::Size)
}

/// A start or end argument (find, count, index): past 64 bits it is
/// clamped, as CPython's slice indices are.
pub fn bound_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    int_arg_as(vm, v, Wide::Clamp)
}

/// A C `int` argument (CPython's `i` format): OverflowError past 32 bits,
/// on every machine.
pub fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = int_arg_as(vm, v, Wide::Clamp)?;
    i32::try_from(n).map_err(|_| {
        vm.new_exc(
            exc_table::Exc::OverflowError,
            "Python int too large to convert to C int",
        )
    })
}

fn int_arg_as(vm: &mut Vm, v: &Value, wide: Wide) -> PyResult<i64> {
    match vm.index_as(v, wide)? {
        Some(i) => Ok(i),
        None => {
            let m = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}

/// Build the interpreter's global state: types' methods, builtins, sys, gc.
pub fn install(vm: &mut Vm, argv: Vec<String>) {
    class::install(vm);
    exception::install(vm);
    syntax_error::install(vm);
    traceback_obj::install(vm);
    exc_group::install(vm);
    funcs::install(vm);
    iter_types::install(vm);
    func_attrs::install(vm);
    int::install(vm);
    float::install(vm);
    complex::install(vm);
    int_bytes::install(vm);
    number_dunders::install(vm);
    str::install(vm);
    bytes::install(vm);
    bytearray::install(vm);
    memoryview::install(vm);
    list::install(vm);
    tuple::install(vm);
    dict::install(vm);
    set::install(vm);
    range::install(vm);
    gen::install(vm);
    file::install(vm);
    modules::install(vm, argv);
    crate::vm::import::install(vm);
    subclass::install(vm);
    evalexec::install(vm);
    metaclass::install(vm);
    let b = vm.builtins.clone();
    let t = vm.types.clone();
    for (name, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("super", &t.super_),
    ] {
        add_value(vm, &b, name, Value::Obj(cls.clone()));
    }
    for (i, (_, name, _)) in exc_table::TABLE.iter().enumerate() {
        add_value(vm, &b, name, Value::Obj(t.exc[i].clone()));
    }
    let os = Value::Obj(vm.exc_class(exc_table::Exc::OSError));
    add_value(vm, &b, "IOError", os.clone());
    add_value(vm, &b, "EnvironmentError", os);
    add_value(vm, &b, "None", Value::None);
    add_value(
        vm,
        &b,
        "NotImplemented",
        Value::Obj(vm.not_implemented.clone()),
    );
    add_value(vm, &b, "Ellipsis", Value::Obj(vm.ellipsis.clone()));
    add_value(vm, &b, "__debug__", Value::Bool(true));
}
