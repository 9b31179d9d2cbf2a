//! The `bisect` module, native: binary search in a sorted sequence
//! (bisect_left/right, insort_left/right and their aliases) with lo, hi
//! and key=, CPython's argument handling and errors.

use crate::vm::builtins::list::less;
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The insertion point of `x` in `a[lo:hi]` (left: before equal items).
/// Returns (point, a, x) for insort.
fn search(vm: &mut Vm, args: Args, name: &str, left: bool) -> PyResult<(usize, Value, Value)> {
    let p = super::parse_params(
        vm,
        args.pos(),
        args,
        name,
        &["a", "x", "lo", "hi", "key"],
        2,
        4,
    )?;
    let a = p[0].clone().unwrap_or(Value::None);
    let x = p[1].clone().unwrap_or(Value::None);
    let mut lo = match &p[2] {
        Some(v) => crate::vm::builtins::int_arg(vm, v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let mut hi = match &p[3] {
        Some(v) if !v.is_none() => crate::vm::builtins::int_arg(vm, v)?,
        _ => crate::vm::builtins::funcs::len_of(vm, &a)? as i64,
    };
    let key = p[4].clone().filter(|k| !k.is_none());
    // insort compares the key of x; bisect is given the key already.
    let kx = match (&key, name.starts_with("insort")) {
        (Some(k), true) => vm.call(k, core::slice::from_ref(&x))?,
        _ => x.clone(),
    };
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let item = match a.as_obj().map(|o| &**o) {
            Some(Kind::List(l)) if a.as_obj().is_some_and(|o| o.ext().is_none()) => {
                l.borrow().get(mid as usize).cloned()
            }
            _ => None,
        };
        let mut item = match item {
            Some(v) => v,
            None => vm.getitem(&a, &Value::Int(mid))?,
        };
        if let Some(k) = &key {
            item = vm.call(k, core::slice::from_ref(&item))?;
        }
        let go_right = if left {
            less(vm, &item, &kx)?
        } else {
            !less(vm, &kx, &item)?
        };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok((lo as usize, a, x))
}

fn bisect_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from(search(vm, args, "bisect_left", true)?.0))
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from(search(vm, args, "bisect_right", false)?.0))
}

/// Insert `x` at the point `search` found: `list.insert` for a list,
/// else the object's own `insert` method.
fn insort(vm: &mut Vm, args: Args, name: &str, left: bool) -> PyResult<Value> {
    let (at, a, x) = search(vm, args, name, left)?;
    match a.as_obj().filter(|o| o.ext().is_none()).map(|o| &**o) {
        Some(Kind::List(l)) => {
            let mut l = l.borrow_mut();
            let at = at.min(l.len());
            l.insert(at, x);
        }
        _ => {
            let k = vm.intern("insert");
            let m = vm.get_attr(&a, &k)?;
            vm.call(&m, &[Value::from(at), x])?;
        }
    }
    Ok(Value::None)
}

fn insort_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, args, "insort_left", true)
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, args, "insort_right", false)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("bisect_left", bisect_left),
    ("bisect_right", bisect_right),
    ("insort_left", insort_left),
    ("insort_right", insort_right),
];

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    super::add_fns(vm, d, FUNCTIONS);
    for (alias, name) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
        let k = vm.intern(name);
        if let Some(f) = vm.dict_get_str_quiet(d, &k) {
            crate::vm::builtins::add_value(vm, d, alias, f);
        }
    }
    Ok(())
}
