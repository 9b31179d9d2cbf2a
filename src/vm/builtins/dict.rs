//! `dict`: construction, methods and views.

use alloc::format;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::{add_method, method_args};
use crate::vm::eval::mapping::new_dict;
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn this(vm: &mut Vm, args: Args, name: &str) -> PyResult<ObjRef> {
    match args.vals.first().and_then(|v| v.as_obj()) {
        Some(o) if matches!(&**o, Kind::Dict(_)) => Ok(o.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'dict' object"))),
    }
}

/// `d.update(other, **kw)` semantics, shared with `dict(...)`.
fn update_from(vm: &mut Vm, d: &ObjRef, args: Args, first: usize) -> PyResult<()> {
    let pos = args.pos();
    if pos.len() > first + 1 {
        let m = format!(
            "dict expected at most 1 argument, got {}",
            pos.len() - first
        );
        return Err(vm.type_error(m));
    }
    if let Some(src) = pos.get(first) {
        let is_mapping = matches!(src.as_obj().map(|o| &**o), Some(Kind::Dict(_))) || {
            let k = vm.intern("keys");
            vm.get_attr_opt(src, &k)?.is_some()
        };
        if is_mapping {
            for (k, v) in vm.mapping_items(src)? {
                vm.dict_set(d, k, v)?;
            }
        } else {
            let it = vm.get_iter(src)?;
            let mut i = 0;
            while let Some(pair) = vm.next(&it)? {
                let kv = if vm.is_iterable(&pair) {
                    vm.collect(&pair)?
                } else {
                    Vec::new()
                };
                if kv.len() != 2 {
                    if !vm.is_iterable(&pair) {
                        let m = format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        );
                        return Err(vm.type_error(m));
                    }
                    let m = format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        kv.len()
                    );
                    return Err(vm.value_error(m));
                }
                let mut kv = kv.into_iter();
                let (k, v) = (
                    kv.next().unwrap_or(Value::None),
                    kv.next().unwrap_or(Value::None),
                );
                vm.dict_set(d, k, v)?;
                i += 1;
            }
        }
    }
    for (k, v) in args.kw() {
        vm.dict_set(d, k.clone(), v.clone())?;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = new_dict();
    update_from(vm, &d, args, 1)?;
    Ok(Value::Obj(d))
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, args, "update")?;
    update_from(vm, &d, args, 1)?;
    Ok(Value::None)
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "get", 1, 2)?;
    let d = this(vm, args, "get")?;
    Ok(vm
        .dict_get(&d, &args.vals[1])?
        .unwrap_or_else(|| args.vals.get(2).cloned().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "setdefault", 1, 2)?;
    let d = this(vm, args, "setdefault")?;
    if let Some(v) = vm.dict_get(&d, &args.vals[1])? {
        return Ok(v);
    }
    let v = args.vals.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, args.vals[1].clone(), v.clone())?;
    Ok(v)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "pop", 1, 2)?;
    let d = this(vm, args, "pop")?;
    match vm.dict_del(&d, &args.vals[1])? {
        Some(v) => Ok(v),
        None => match args.vals.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(args.vals[1].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "popitem", 0, 0)?;
    let d = this(vm, args, "popitem")?;
    let Kind::Dict(t) = &*d else {
        return Ok(Value::None);
    };
    let last = t.borrow().last_pos();
    match last {
        Some(p) => {
            let e = t.borrow_mut().remove_at(p);
            Ok(vm.new_tuple(alloc::vec![e.key, e.value]))
        }
        None => Err(vm.new_exc(Exc::KeyError, "popitem(): dictionary is empty")),
    }
}

fn view(vm: &mut Vm, args: Args, which: u8, name: &str) -> PyResult<Value> {
    method_args(vm, args, name, 0, 0)?;
    let d = this(vm, args, name)?;
    Ok(Value::Obj(ObjRef::new(Kind::DictView(which, d))))
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, 0, "dict.keys")
}

fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, 1, "dict.values")
}

fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, 2, "dict.items")
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "dict.copy", 0, 0)?;
    let d = this(vm, args, "copy")?;
    let n = new_dict();
    if let (Kind::Dict(src), Kind::Dict(dst)) = (&*d, &*n) {
        let src = src.borrow();
        let mut dst = dst.borrow_mut();
        for e in src.iter() {
            dst.push(e.hash as i64, e.key.clone(), e.value.clone());
        }
    }
    Ok(Value::Obj(n))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "dict.clear", 0, 0)?;
    let d = this(vm, args, "clear")?;
    if let Kind::Dict(t) = &*d {
        let old = core::mem::take(&mut *t.borrow_mut());
        drop(old);
    }
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 || pos.len() > 3 {
        return Err(vm.type_error("fromkeys expected at least 1 argument"));
    }
    let d = new_dict();
    let v = pos.get(2).cloned().unwrap_or(Value::None);
    for k in vm.collect(&pos[1])? {
        vm.dict_set(&d, k, v.clone())?;
    }
    Ok(Value::Obj(d))
}

fn dict_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "dict.__len__", 0, 0)?;
    let d = this(vm, args, "__len__")?;
    Ok(Value::Int(
        crate::vm::eval::mapping::table(&d).map_or(0, |t| t.borrow().len()) as i64,
    ))
}

fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "dict.__getitem__", 1, 1)?;
    vm.native_getitem(&args.vals[0], &args.vals[1])
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    let methods: &[(&'static str, crate::vm::object::func::NativeFn)] = &[
        ("__new__", dict_new),
        ("__len__", dict_len),
        ("__getitem__", dict_getitem),
        ("update", update),
        ("get", get),
        ("setdefault", setdefault),
        ("pop", pop),
        ("popitem", popitem),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("copy", copy),
        ("clear", clear),
    ];
    for (name, f) in methods {
        add_method(vm, &t, name, *f);
    }
    let fk = super::native(vm, "dict.fromkeys", fromkeys, false);
    let k = vm.intern("fromkeys");
    if let Kind::Class(c) = &*t {
        vm.dict_set_str(&c.dict, k, Value::Obj(ObjRef::new(Kind::ClassMethod(fk))));
    }
}
