//! `set` and `frozenset` (basic: the common methods and operators).
//! Iteration order is insertion order, not CPython's hash order.

use core::cell::RefCell;

use alloc::format;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::{add_method, method_args};
use crate::vm::bytecode::{BinaryOp, CompareOp};
use crate::vm::object::dict::Dict;
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn members(v: &Value) -> Vec<Value> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Set(d, _)) => d.borrow().iter().map(|e| e.key.clone()).collect(),
        _ => Vec::new(),
    }
}

fn new_set(frozen: bool) -> Value {
    Value::Obj(ObjRef::new(Kind::Set(RefCell::new(Dict::new()), frozen)))
}

fn is_frozen(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &**o), Some(Kind::Set(_, true)))
}

fn contains(vm: &mut Vm, s: &Value, x: &Value) -> PyResult<bool> {
    match s.as_obj() {
        Some(o) => Ok(vm.dict_get(o, x)?.is_some()),
        None => Ok(false),
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` on sets.
pub fn set_binop(
    vm: &mut Vm,
    op: BinaryOp,
    a: &Value,
    b: &Value,
    inplace: bool,
) -> PyResult<Value> {
    let out = if inplace {
        a.clone()
    } else {
        new_set(is_frozen(a))
    };
    let (xa, xb) = (members(a), members(b));
    let keep: Vec<Value> = match op {
        BinaryOp::Or => xa.into_iter().chain(xb).collect(),
        BinaryOp::And => {
            let mut r = Vec::new();
            for x in xa {
                if contains(vm, b, &x)? {
                    r.push(x);
                }
            }
            r
        }
        BinaryOp::Subtract => {
            let mut r = Vec::new();
            for x in xa {
                if !contains(vm, b, &x)? {
                    r.push(x);
                }
            }
            r
        }
        _ => {
            let mut r = Vec::new();
            for x in xa {
                if !contains(vm, b, &x)? {
                    r.push(x);
                }
            }
            for x in xb {
                if !contains(vm, a, &x)? {
                    r.push(x);
                }
            }
            r
        }
    };
    if inplace {
        if let Some(Kind::Set(d, _)) = out.as_obj().map(|o| &**o) {
            let old = core::mem::take(&mut *d.borrow_mut());
            drop(old);
        }
    }
    for x in keep {
        vm.set_add(&out, x)?;
    }
    Ok(out)
}

fn subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    for x in members(a) {
        if !contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons (subset/superset order).
pub fn set_compare(vm: &mut Vm, op: CompareOp, x: &ObjRef, y: &ObjRef) -> PyResult<bool> {
    let (a, b) = (Value::Obj(x.clone()), Value::Obj(y.clone()));
    let (na, nb) = (members(&a).len(), members(&b).len());
    Ok(match op {
        CompareOp::Eq => na == nb && subset(vm, &a, &b)?,
        CompareOp::Ne => !(na == nb && subset(vm, &a, &b)?),
        CompareOp::Le => subset(vm, &a, &b)?,
        CompareOp::Lt => na < nb && subset(vm, &a, &b)?,
        CompareOp::Ge => subset(vm, &b, &a)?,
        CompareOp::Gt => na > nb && subset(vm, &b, &a)?,
    })
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let frozen = matches!(args.vals.first(), Some(Value::Obj(c)) if c.ptr_eq(&vm.types.frozenset));
    let s = new_set(frozen);
    if let Some(src) = args.pos().get(1) {
        for x in vm.collect(src)? {
            vm.set_add(&s, x)?;
        }
    }
    Ok(s)
}

fn this(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    match args.vals.first() {
        Some(v) if matches!(v.as_obj().map(|o| &**o), Some(Kind::Set(..))) => Ok(v.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'set' object"))),
    }
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "set.add", 1, 1)?;
    let s = this(vm, args, "add")?;
    vm.set_add(&s, args.vals[1].clone())?;
    Ok(Value::None)
}

fn discard_impl(vm: &mut Vm, args: Args, name: &str, must: bool) -> PyResult<Value> {
    method_args(vm, args, name, 1, 1)?;
    let s = this(vm, args, name)?;
    let removed = match s.as_obj() {
        Some(o) => vm.dict_del(o, &args.vals[1])?.is_some(),
        None => false,
    };
    if must && !removed {
        return Err(vm.key_error(args.vals[1].clone()));
    }
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    discard_impl(vm, args, "set.remove", true)
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    discard_impl(vm, args, "set.discard", false)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "set.pop", 0, 0)?;
    let s = this(vm, args, "pop")?;
    if let Some(Kind::Set(d, _)) = s.as_obj().map(|o| &**o) {
        let first = d.borrow().next_from(0).map(|(p, _)| p);
        if let Some(p) = first {
            return Ok(d.borrow_mut().remove_at(p).key);
        }
    }
    Err(vm.new_exc(Exc::KeyError, "pop from an empty set"))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "set.clear", 0, 0)?;
    let s = this(vm, args, "clear")?;
    if let Some(Kind::Set(d, _)) = s.as_obj().map(|o| &**o) {
        let old = core::mem::take(&mut *d.borrow_mut());
        drop(old);
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "set.copy", 0, 0)?;
    let s = this(vm, args, "copy")?;
    if is_frozen(&s) {
        return Ok(s);
    }
    set_binop(vm, BinaryOp::Or, &s, &new_set(false), false)
}

/// `s.union(*others)` and friends: fold the operator over the arguments.
fn fold(vm: &mut Vm, args: Args, name: &str, op: BinaryOp, inplace: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    let mut acc = if inplace {
        s
    } else {
        set_binop(vm, BinaryOp::Or, &s, &new_set(false), false)?
    };
    for other in &args.pos()[1..] {
        let o = new_set(false);
        for x in vm.collect(other)? {
            vm.set_add(&o, x)?;
        }
        acc = set_binop(vm, op, &acc, &o, true)?;
    }
    Ok(if inplace { Value::None } else { acc })
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, "union", BinaryOp::Or, false)
}

fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, "intersection", BinaryOp::And, false)
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, "difference", BinaryOp::Subtract, false)
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, "symmetric_difference", BinaryOp::Xor, false)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, "update", BinaryOp::Or, true)
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, "intersection_update", BinaryOp::And, true)
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, "difference_update", BinaryOp::Subtract, true)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, "symmetric_difference_update", BinaryOp::Xor, true)
}

fn other_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let o = new_set(false);
    for x in vm.collect(v)? {
        vm.set_add(&o, x)?;
    }
    Ok(o)
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "issubset", 1, 1)?;
    let s = this(vm, args, "issubset")?;
    let o = other_set(vm, &args.vals[1])?;
    Ok(Value::Bool(subset(vm, &s, &o)?))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "issuperset", 1, 1)?;
    let s = this(vm, args, "issuperset")?;
    let o = other_set(vm, &args.vals[1])?;
    Ok(Value::Bool(subset(vm, &o, &s)?))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "isdisjoint", 1, 1)?;
    let s = this(vm, args, "isdisjoint")?;
    for x in vm.collect(&args.vals[1])? {
        if contains(vm, &s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, crate::vm::object::func::NativeFn)] = &[
        ("__new__", set_new),
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
    ];
    let (set, frozen) = (vm.types.set.clone(), vm.types.frozenset.clone());
    for (name, f) in methods {
        add_method(vm, &set, name, *f);
        add_method(vm, &frozen, name, *f);
    }
    let mutators: &[(&'static str, crate::vm::object::func::NativeFn)] = &[
        ("add", add),
        ("remove", remove),
        ("discard", discard),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
    ];
    for (name, f) in mutators {
        add_method(vm, &set, name, *f);
    }
}
