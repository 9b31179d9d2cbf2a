//! The `weakref` module's native half: registering a weak reference (an
//! ordinary object of the Python half's `ref` class, frozen/weakref.py)
//! with the VM's weak registry (`vm::object::weak`), reading its target,
//! and counting the references to an object. The Python half builds
//! `ref`, `proxy`, the weak containers and `finalize` on these.

use alloc::format;

use crate::vm::builtins::{add_fn, arg_count};
use crate::vm::object::func::Args;
use crate::vm::object::{weak, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Whether CPython lets a weak reference point at `o`: instances of
/// classes (and of subclasses of the containers), classes, functions,
/// methods, sets, generators, modules, files, code; not ints, strs,
/// tuples, bytes, lists or dicts, nor subclasses of the immutable ones.
fn weakrefable(o: &ObjRef) -> bool {
    match &**o {
        Kind::List(_) | Kind::Dict(_) | Kind::ByteArray(_) => o.ext().is_some(),
        Kind::Instance(_)
        | Kind::Class(_)
        | Kind::Func(_)
        | Kind::Builtin(_)
        | Kind::Method(..)
        | Kind::Set(..)
        | Kind::Gen(_)
        | Kind::Module(_)
        | Kind::File(_)
        | Kind::Code(_)
        | Kind::Property(_)
        | Kind::Native(_) => true,
        _ => false,
    }
}

/// `ob` as an object a weak reference may point at, or CPython's TypeError.
fn referent(vm: &mut Vm, ob: &Value) -> PyResult<ObjRef> {
    match ob {
        Value::Obj(o) if weakrefable(o) => Ok(o.clone()),
        _ => {
            let m = format!(
                "cannot create weak reference to '{}' object",
                vm.type_name(ob)
            );
            Err(vm.type_error(m))
        }
    }
}

/// _register(ref, ob, has_callback): make `ref` a weak reference to `ob`.
fn register(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_register", 3, 3)?;
    let target = referent(vm, &args.vals[1])?;
    let Value::Obj(r) = &args.vals[0] else {
        return Err(vm.type_error("a weak reference object is required"));
    };
    let has_callback = vm.truthy(&args.vals[2])?;
    weak::register(r, &target, has_callback);
    Ok(Value::None)
}

/// _target(ref): the object `ref` points at, or None once it died.
fn target(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_target", 1, 1)?;
    Ok(match &args.vals[0] {
        Value::Obj(r) => weak::target(r).map_or(Value::None, Value::Obj),
        _ => Value::None,
    })
}

/// _refs(ob): the live weak references to `ob` (TypeError if it cannot have any).
fn refs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_refs", 1, 1)?;
    let ob = referent(vm, &args.vals[0])?;
    let list = weak::refs_to(&ob).into_iter().map(Value::Obj).collect();
    Ok(vm.new_list(list))
}

/// getweakrefcount(ob): how many weak references point at `ob`.
fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "getweakrefcount", 1, 1)?;
    Ok(Value::Int(match &args.vals[0] {
        Value::Obj(o) => weak::refs_to(o).len() as i64,
        _ => 0,
    }))
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    add_fn(vm, d, "_register", register);
    add_fn(vm, d, "_target", target);
    add_fn(vm, d, "_refs", refs);
    add_fn(vm, d, "getweakrefcount", count);
    super::frozen_code::run(vm, d, "weakref")
}
