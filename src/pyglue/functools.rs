//! The native half of `functools`: `partial` (a class whose instances keep
//! `func`, `args` and `keywords` as attributes and call through one native
//! `__call__`, nesting flattened as CPython does) and `reduce`. The rest of
//! the module is frozen Python (frozen/functools.py), run into the same
//! namespace afterwards.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::vm::builtins::types::new_class;
use crate::vm::builtins::{add_method, add_value};
use crate::vm::eval::mapping::new_dict;
use crate::vm::object::class::Layout;
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// (func, args tuple, keywords dict) of a partial object.
fn parts(vm: &mut Vm, p: &Value) -> Option<(Value, Value, Value)> {
    let Some(Kind::Instance(i)) = p.as_obj().map(|o| &**o) else {
        return None;
    };
    let [f, a, k] = ["func", "args", "keywords"].map(|n| vm.intern(n));
    Some((i.get(&f)?, i.get(&a)?, i.get(&k)?))
}

fn tuple_items(v: &Value) -> &[Value] {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Tuple(t)) => t,
        _ => &[],
    }
}

/// The (key, value) pairs of a dict value.
fn dict_pairs(v: &Value) -> Vec<(Value, Value)> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Dict(d)) => d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether `f` is a partial object that calls as `partial` does (so a
/// partial of it can call its function directly).
fn is_plain_partial(vm: &mut Vm, f: &Value, cls: &ObjRef) -> bool {
    let call = vm.names.call.clone();
    matches!(f.as_obj().map(|o| &**o), Some(Kind::Instance(_)))
        && match (vm.special(f, &call), vm.lookup(cls, &call)) {
            (Some(Value::Obj(a)), Some(Value::Obj(b))) => a.ptr_eq(&b),
            _ => false,
        }
}

fn partial_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.vals.first().and_then(|v| v.as_obj()) {
        Some(c) if matches!(&**c, Kind::Class(_)) => c.clone(),
        _ => return Err(vm.type_error("partial.__new__(X): X is not a type object")),
    };
    let pos = &args.pos()[1..];
    let Some(func) = pos.first() else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    if !vm.is_callable(func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let base = super::module_attr(vm, "functools", "partial");
    let nested = match base.as_ref().and_then(|b| b.as_obj()) {
        Some(b) if is_plain_partial(vm, func, &b.clone()) => parts(vm, func),
        _ => None,
    };
    let (func, mut all, mut kw) = match nested {
        Some((f, a, k)) => (f, tuple_items(&a).to_vec(), dict_pairs(&k)),
        None => (func.clone(), Vec::new(), Vec::new()),
    };
    all.extend_from_slice(&pos[1..]);
    let keywords = Value::Obj(new_dict());
    for (k, v) in kw.drain(..).chain(args.kw().map(|(k, v)| (k.clone(), v.clone()))) {
        if let Value::Obj(d) = &keywords {
            vm.dict_set(d, k, v)?;
        }
    }
    let obj = vm.new_instance(&cls);
    let args_tuple = vm.new_tuple(all);
    for (name, v) in [("func", func), ("args", args_tuple), ("keywords", keywords)] {
        let k = vm.intern(name);
        vm.set_attr(&obj, &k, v)?;
    }
    Ok(obj)
}

fn partial_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((func, pargs, pkw)) = args.vals.first().and_then(|p| parts(vm, p)) else {
        return Err(vm.type_error("descriptor '__call__' requires a 'partial' object"));
    };
    let call_pos = &args.pos()[1..];
    let mut vals = tuple_items(&pargs).to_vec();
    vals.extend_from_slice(call_pos);
    let stored = dict_pairs(&pkw);
    if stored.is_empty() {
        vals.extend(args.kw().map(|(_, v)| v.clone()));
        let call = Args {
            vals: &vals,
            kwnames: args.kwnames,
        };
        return vm.call_args(&func, call);
    }
    // The stored keywords, overridden by the call's, then the call's others.
    let mut names: Vec<Value> = Vec::with_capacity(stored.len() + args.kwnames.len());
    for (k, v) in stored {
        let given = args.kw().find(|(n, _)| crate::vm::object::str_of(n) == crate::vm::object::str_of(&k));
        vals.push(given.map_or(v, |(_, g)| g.clone()));
        names.push(k);
    }
    for (k, v) in args.kw() {
        let s = crate::vm::object::str_of(k);
        if !names.iter().any(|n| crate::vm::object::str_of(n) == s) {
            names.push(k.clone());
            vals.push(v.clone());
        }
    }
    let call = Args {
        vals: &vals,
        kwnames: &names,
    };
    vm.call_args(&func, call)
}

fn partial_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.vals.first().cloned().unwrap_or(Value::None);
    let Some((func, pargs, pkw)) = parts(vm, &me) else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'partial' object"));
    };
    let cls = vm.type_of(&me);
    let base = super::module_attr(vm, "functools", "partial");
    let mut out = match base {
        Some(Value::Obj(b)) if b.ptr_eq(&cls) => String::from("functools.partial("),
        _ => format!("{}(", vm.class_name(&cls)),
    };
    vm.repr_into(&mut out, &func)?;
    for v in tuple_items(&pargs).to_vec() {
        out.push_str(", ");
        vm.repr_into(&mut out, &v)?;
    }
    for (k, v) in dict_pairs(&pkw) {
        out.push_str(&format!(", {}=", crate::vm::object::str_of(&k).unwrap_or("?")));
        vm.repr_into(&mut out, &v)?;
    }
    out.push(')');
    Ok(vm.new_str_value(out))
}

fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("reduce() takes no keyword arguments"));
    }
    super::expect_args(vm, "reduce", args.vals.len(), 2, 3)?;
    let f = &args.vals[0];
    let it = match vm.get_iter(&args.vals[1]) {
        Ok(it) => it,
        Err(e) if vm.exc_is(&e, crate::vm::builtins::exc_table::Exc::TypeError) => {
            return Err(vm.type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = match args.vals.get(2) {
        Some(v) => v.clone(),
        None => match vm.next(&it)? {
            Some(v) => v,
            None => {
                return Err(vm.type_error("reduce() of empty iterable with no initial value"))
            }
        },
    };
    while let Some(x) = vm.next(&it)? {
        acc = vm.call(f, &[acc, x])?;
    }
    Ok(acc)
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let object = vm.types.object.clone();
    // A plain class (Layout::Object): Python classes derive from it freely.
    let cls = new_class("partial", core::slice::from_ref(&object), Layout::Object);
    if let Kind::Class(c) = &*cls {
        let m = vm.new_str_value("functools".into());
        add_value(vm, &c.dict, "__module__", m);
    }
    add_method(vm, &cls, "__new__", partial_new);
    add_method(vm, &cls, "__call__", partial_call);
    add_method(vm, &cls, "__repr__", partial_repr);
    add_value(vm, d, "partial", Value::Obj(cls));
    super::add_fns(vm, d, &[("reduce", reduce)]);
    super::frozen_code::run(vm, d, "functools")
}
