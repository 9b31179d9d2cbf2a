//! `list`: construction and methods, and the stable sort shared with `sorted()`.

use crate::vm::eval::room::push_with_room;
use alloc::format;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::{add_method, bound_arg, int_arg, method_args};
use crate::vm::bytecode::CompareOp;
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, Value};
use crate::vm::{PyResult, Vm};

/// The list behind `self`.
fn this<'a>(
    vm: &mut Vm,
    args: Args<'a>,
    name: &str,
) -> PyResult<&'a core::cell::RefCell<Vec<Value>>> {
    match args.vals.first().and_then(|v| v.as_obj()).map(|o| &**o) {
        Some(Kind::List(l)) => Ok(l),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'list' object"))),
    }
}

/// `a < b` for sorting.
pub(crate) fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        _ => {
            let r = vm.compare(CompareOp::Lt, a, b)?;
            vm.truthy(&r)
        }
    }
}

/// Stable merge sort with Python comparisons (which may fail). Hand-written
/// because `slice::sort_by` cannot stop on an error and may panic when a
/// user `__lt__` is inconsistent.
fn merge_sort(vm: &mut Vm, keys: &mut [(Value, usize)], reverse: bool) -> PyResult<()> {
    let n = keys.len();
    if n < 2 {
        return Ok(());
    }
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 {
                let before = if reverse {
                    less(vm, &keys[j - 1].0, &keys[j].0)?
                } else {
                    less(vm, &keys[j].0, &keys[j - 1].0)?
                };
                if !before {
                    break;
                }
                keys.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(vm, &mut keys[..mid], reverse)?;
    merge_sort(vm, &mut keys[mid..], reverse)?;
    let left: Vec<(Value, usize)> = keys[..mid].to_vec();
    let right: Vec<(Value, usize)> = keys[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        let take_right = if reverse {
            less(vm, &left[i].0, &right[j].0)?
        } else {
            less(vm, &right[j].0, &left[i].0)?
        };
        if take_right {
            keys[k] = right[j].clone();
            j += 1;
        } else {
            keys[k] = left[i].clone();
            i += 1;
        }
        k += 1;
    }
    for x in left[i..].iter().chain(right[j..].iter()) {
        keys[k] = x.clone();
        k += 1;
    }
    Ok(())
}

/// Sort `items` in place by `key` (None: the items themselves).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<()> {
    let mut keyed: Vec<(Value, usize)> = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        let k = if key.is_none() {
            it.clone()
        } else {
            vm.call(key, core::slice::from_ref(it))?
        };
        keyed.push((k, i));
    }
    merge_sort(vm, &mut keyed, reverse)?;
    let old = core::mem::take(items);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    for (_, i) in keyed {
        items.push(slots[i].take().unwrap_or(Value::None));
    }
    Ok(())
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let items = match pos.first() {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    Ok(vm.new_list(items))
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "list.append", 1, 1)?;
    let l = this(vm, args, "append")?;
    if push_with_room(&mut l.borrow_mut(), args.vals[1].clone()).is_err() {
        return Err(vm.no_memory());
    }
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "list.extend", 1, 1)?;
    let l = this(vm, args, "extend")?;
    let items = vm.collect(&args.vals[1])?;
    vm.list_extend(l, items)?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "insert", 2, 2)?;
    let l = this(vm, args, "insert")?;
    let i = int_arg(vm, &args.vals[1])?;
    let n = l.borrow().len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    vm.grow_cell(l, 1)?;
    l.borrow_mut().insert(at as usize, args.vals[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "pop", 0, 1)?;
    let l = this(vm, args, "pop")?;
    let n = l.borrow().len();
    if n == 0 {
        return Err(vm.new_exc(Exc::IndexError, "pop from empty list"));
    }
    let i = match args.vals.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let j = vm.seq_index(i, n, "pop")?;
    Ok(l.borrow_mut().remove(j))
}

/// Position of the first item equal to `x` (Python `==`).
fn position(
    vm: &mut Vm,
    l: &core::cell::RefCell<Vec<Value>>,
    x: &Value,
    start: usize,
    end: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = match l.borrow().get(i) {
            Some(v) if i < end => v.clone(),
            _ => return Ok(None),
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "list.remove", 1, 1)?;
    let l = this(vm, args, "remove")?;
    match position(vm, l, &args.vals[1], 0, usize::MAX)? {
        Some(i) => {
            let old = l.borrow_mut().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

/// The `start` and `end` arguments of list.index and tuple.index, as
/// positions in `n` items (clamped as slice bounds).
pub(super) fn index_span(vm: &mut Vm, args: Args, n: usize) -> PyResult<(usize, usize)> {
    let n = n as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let start = match args.vals.get(2) {
        Some(v) => norm(bound_arg(vm, v)?),
        None => 0,
    };
    let end = match args.vals.get(3) {
        Some(v) => norm(bound_arg(vm, v)?),
        None => n as usize,
    };
    Ok((start, end))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "index", 1, 3)?;
    let l = this(vm, args, "index")?;
    let n = l.borrow().len();
    let (start, end) = index_span(vm, args, n)?;
    match position(vm, l, &args.vals[1], start, end)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr_string(&args.vals[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "list.count", 1, 1)?;
    let l = this(vm, args, "count")?;
    let items = l.borrow().clone();
    let mut n = 0;
    for it in &items {
        if vm.eq(it, &args.vals[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    super::funcs::check_kwargs(vm, args, "sort", &["key", "reverse"])?;
    let l = this(vm, args, "sort")?;
    let key = args.kwarg("key").cloned().unwrap_or(Value::None);
    let reverse = match args.kwarg("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let mut items = core::mem::take(&mut *l.borrow_mut());
    let r = sort_values(vm, &mut items, &key, reverse);
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = items;
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "list.reverse", 0, 0)?;
    this(vm, args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "list.copy", 0, 0)?;
    let items = this(vm, args, "copy")?.borrow().clone();
    Ok(vm.new_list(items))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "list.clear", 0, 0)?;
    let old = core::mem::take(&mut *this(vm, args, "clear")?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "list.__len__", 0, 0)?;
    Ok(Value::Int(this(vm, args, "__len__")?.borrow().len() as i64))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.list.clone();
    let methods: &[(&'static str, crate::vm::object::func::NativeFn)] = &[
        ("__new__", list_new),
        ("__len__", list_len),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("sort", sort),
        ("reverse", reverse),
        ("copy", copy),
        ("clear", clear),
    ];
    for (name, f) in methods {
        add_method(vm, &t, name, *f);
    }
}
