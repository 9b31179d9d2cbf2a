//! The simple itertools iterators (count, cycle, repeat, accumulate, chain,
//! compress, dropwhile, takewhile, filterfalse, islice, pairwise, starmap,
//! zip_longest): each one's `__new__` and step. A step never holds its
//! state's borrow while it calls Python code (`with`, `val`, `set_val`).

use core::cell::RefCell;

use alloc::format;
use alloc::vec;
use alloc::vec::Vec;

use super::{class_arg, count_arg, make, params, positional, set_val, val, with};
use crate::vm::builtins::add_method;
use crate::vm::bytecode::BinaryOp;
use crate::vm::object::func::Args;
use crate::vm::object::iter::IterState;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

type Cell = RefCell<IterState>;

/// The next item of the iterator in value `i` of `cell`; at its end the
/// slot is cleared (so the source is released) and None returned.
fn next_of(vm: &mut Vm, cell: &Cell, i: usize) -> PyResult<Option<Value>> {
    let it = val(cell, i);
    if matches!(it, Value::Null) {
        return Ok(None);
    }
    let r = vm.next(&it)?;
    if r.is_none() {
        set_val(cell, i, Value::Null);
    }
    Ok(r)
}

fn num(cell: &Cell, i: usize) -> i64 {
    with(cell, |m| m.nums[i]).unwrap_or(0)
}

fn set_num(cell: &Cell, i: usize, n: i64) {
    with(cell, |m| m.nums[i] = n);
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_))
        || matches!(
            v.as_obj().map(|o| &**o),
            Some(Kind::BigInt(_) | Kind::Complex(..) | Kind::NumSub(_))
        )
}

// count(start=0, step=1): vals [next, step].
pub fn count_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let p = params(vm, args, "count", &["start", "step"], 0, 2)?;
    let start = p[0].clone().unwrap_or(Value::Int(0));
    let step = p[1].clone().unwrap_or(Value::Int(1));
    let numeric = |vm: &mut Vm, v: &Value| {
        is_number(v)
            || vm.special(v, &vm.names.index.clone()).is_some()
            || vm.special(v, &vm.names.float.clone()).is_some()
    };
    if !numeric(vm, &start) || !numeric(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(make(&cls, count_step, vec![start, step], Vec::new()))
}

fn count_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    let (n, step) = (val(cell, 0), val(cell, 1));
    let next = match (&n, &step) {
        (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
        _ => vm.binary_op(BinaryOp::Add as u32, &n, &step)?,
    };
    set_val(cell, 0, next);
    Ok(Some(n))
}

fn count_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = self_cell(vm, args)?;
    let (n, step) = (val(cell, 0), val(cell, 1));
    let mut out = format!("{}(", vm.type_name(&args.vals[0]));
    vm.repr_into(&mut out, &n)?;
    if !matches!(step, Value::Int(1)) {
        out.push_str(", ");
        vm.repr_into(&mut out, &step)?;
    }
    out.push(')');
    Ok(vm.new_str_value(out))
}

/// The state of the module iterator a method was called on.
fn self_cell<'a>(vm: &mut Vm, args: Args<'a>) -> PyResult<&'a Cell> {
    match args.vals.first().and_then(super::cell_of) {
        Some(c) => Ok(c),
        None => Err(vm.type_error("descriptor requires an itertools object")),
    }
}

// cycle(iterable): vals [iterator, saved list], nums [next index].
pub fn cycle_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let pos = positional(vm, args, "cycle", 1, 1)?;
    let it = vm.get_iter(&pos[0])?;
    let saved = vm.new_list(Vec::new());
    Ok(make(&cls, cycle_step, vec![it, saved], vec![0]))
}

fn cycle_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    let saved = val(cell, 1);
    let Some(Kind::List(l)) = saved.as_obj().map(|o| &**o) else {
        return Ok(None);
    };
    if let Some(v) = next_of(vm, cell, 0)? {
        l.borrow_mut().push(v.clone());
        return Ok(Some(v));
    }
    let l = l.borrow();
    if l.is_empty() {
        return Ok(None);
    }
    let i = num(cell, 0) as usize % l.len();
    set_num(cell, 0, (i + 1) as i64);
    Ok(Some(l[i].clone()))
}

// repeat(object, times=None): vals [object], nums [times left, -1 = forever].
pub fn repeat_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let p = params(vm, args, "repeat", &["object", "times"], 1, 2)?;
    let times = match &p[1] {
        Some(t) => count_arg(vm, t, None)?,
        None => -1,
    };
    let obj = p[0].clone().unwrap_or(Value::None);
    Ok(make(&cls, repeat_step, vec![obj], vec![times]))
}

fn repeat_step(_vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    Ok(with(cell, |m| match m.nums[0] {
        0 => None,
        n => {
            m.nums[0] = if n > 0 { n - 1 } else { n };
            Some(m.vals[0].clone())
        }
    })
    .flatten())
}

fn repeat_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = self_cell(vm, args)?;
    let mut out = format!("{}(", vm.type_name(&args.vals[0]));
    vm.repr_into(&mut out, &val(cell, 0))?;
    match num(cell, 0) {
        n if n >= 0 => out.push_str(&format!(", {n})")),
        _ => out.push(')'),
    }
    Ok(vm.new_str_value(out))
}

fn repeat_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cell = self_cell(vm, args)?;
    match num(cell, 0) {
        n if n >= 0 => Ok(Value::Int(n)),
        _ => Err(vm.type_error("len() of unsized object")),
    }
}

// accumulate(iterable, func=None, *, initial=None):
// vals [iterator, func, total (Null before the first)], nums [initial pending].
pub fn accumulate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let p = params(
        vm,
        args,
        "accumulate",
        &["iterable", "func", "initial"],
        1,
        2,
    )?;
    let it = vm.get_iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let func = p[1].clone().unwrap_or(Value::None);
    let (total, pending) = match &p[2] {
        Some(v) if !v.is_none() => (v.clone(), 1),
        _ => (Value::Null, 0),
    };
    Ok(make(
        &cls,
        accumulate_step,
        vec![it, func, total],
        vec![pending],
    ))
}

fn accumulate_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    if num(cell, 0) == 1 {
        set_num(cell, 0, 0);
        return Ok(Some(val(cell, 2)));
    }
    let Some(v) = next_of(vm, cell, 0)? else {
        return Ok(None);
    };
    let total = match val(cell, 2) {
        Value::Null => v,
        t => match val(cell, 1) {
            f if f.is_none() => vm.binary_op(BinaryOp::Add as u32, &t, &v)?,
            f => vm.call(&f, &[t, v])?,
        },
    };
    set_val(cell, 2, total.clone());
    Ok(Some(total))
}

// chain(*iterables) and chain.from_iterable(iterable):
// vals [iterator over the iterables, current iterator (Null between)].
pub fn chain_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let pos = positional(vm, args, "chain", 0, usize::MAX)?;
    let all = vm.new_tuple(pos.to_vec());
    let source = vm.get_iter(&all)?;
    Ok(make(
        &cls,
        chain_step,
        vec![source, Value::Null],
        Vec::new(),
    ))
}

fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    if args.vals.len() != 2 || !args.kwnames.is_empty() {
        let m = format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            args.vals.len() - 1
        );
        return Err(vm.type_error(m));
    }
    let source = vm.get_iter(&args.vals[1])?;
    Ok(make(
        &cls,
        chain_step,
        vec![source, Value::Null],
        Vec::new(),
    ))
}

fn chain_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    loop {
        if let Some(v) = next_of(vm, cell, 1)? {
            return Ok(Some(v));
        }
        let Some(next) = next_of(vm, cell, 0)? else {
            return Ok(None);
        };
        let it = vm.get_iter(&next)?;
        set_val(cell, 1, it);
    }
}

// compress(data, selectors): vals [data iterator, selector iterator].
pub fn compress_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let p = params(vm, args, "compress", &["data", "selectors"], 2, 2)?;
    let data = vm.get_iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let sel = vm.get_iter(p[1].as_ref().unwrap_or(&Value::None))?;
    Ok(make(&cls, compress_step, vec![data, sel], Vec::new()))
}

fn compress_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    loop {
        let Some(d) = next_of(vm, cell, 0)? else {
            return Ok(None);
        };
        let Some(s) = next_of(vm, cell, 1)? else {
            return Ok(None);
        };
        if vm.truthy(&s)? {
            return Ok(Some(d));
        }
    }
}

/// `(predicate, iterator)` of dropwhile/takewhile/filterfalse/starmap:
/// vals [function, iterator], nums [done flag].
fn func_and_iter(vm: &mut Vm, args: Args, name: &str, step: super::StepFn) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let pos = positional(vm, args, name, 2, 2)?;
    let it = vm.get_iter(&pos[1])?;
    Ok(make(&cls, step, vec![pos[0].clone(), it], vec![0]))
}

/// `function(item)`'s truth; `item`'s own when the function is None.
fn test(vm: &mut Vm, f: &Value, item: &Value) -> PyResult<bool> {
    if f.is_none() {
        return vm.truthy(item);
    }
    let r = vm.call(f, core::slice::from_ref(item))?;
    vm.truthy(&r)
}

pub fn dropwhile_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    func_and_iter(vm, args, "dropwhile", dropwhile_step)
}

fn dropwhile_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    let f = val(cell, 0);
    loop {
        let Some(v) = next_of(vm, cell, 1)? else {
            return Ok(None);
        };
        if num(cell, 0) == 1 || !test(vm, &f, &v)? {
            set_num(cell, 0, 1);
            return Ok(Some(v));
        }
    }
}

pub fn takewhile_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    func_and_iter(vm, args, "takewhile", takewhile_step)
}

fn takewhile_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    if num(cell, 0) == 1 {
        return Ok(None);
    }
    let Some(v) = next_of(vm, cell, 1)? else {
        return Ok(None);
    };
    if test(vm, &val(cell, 0), &v)? {
        return Ok(Some(v));
    }
    set_num(cell, 0, 1);
    Ok(None)
}

pub fn filterfalse_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    func_and_iter(vm, args, "filterfalse", filterfalse_step)
}

fn filterfalse_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    let f = val(cell, 0);
    while let Some(v) = next_of(vm, cell, 1)? {
        if !test(vm, &f, &v)? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

pub fn starmap_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    func_and_iter(vm, args, "starmap", starmap_step)
}

fn starmap_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    let Some(a) = next_of(vm, cell, 1)? else {
        return Ok(None);
    };
    let f = val(cell, 0);
    let a = match a.as_obj().map(|o| &**o) {
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => vm.collect(&a)?,
    };
    vm.call(&f, &a).map(Some)
}

// islice(iterable, stop) / islice(iterable, start, stop[, step]):
// vals [iterator], nums [next index to yield, stop (-1: none), step, count].
pub fn islice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let pos = positional(vm, args, "islice", 2, 4)?;
    let index = |vm: &mut Vm, v: &Value, what: &str| -> PyResult<i64> {
        if v.is_none() {
            return Ok(-1);
        }
        match vm.index_value(v) {
            Ok(Some(i)) if i >= 0 => Ok(i),
            _ => Err(vm.value_error(format!(
                "{what} for islice() must be None or an integer: 0 <= x <= sys.maxsize."
            ))),
        }
    };
    let (start, stop, step) = if pos.len() == 2 {
        (0, index(vm, &pos[1], "Stop argument")?, 1)
    } else {
        let start = index(vm, &pos[1], "Indices")?.max(0);
        let stop = index(vm, &pos[2], "Indices")?;
        let step = match pos.get(3) {
            None => 1,
            Some(s) if s.is_none() => 1,
            Some(s) => match vm.index_value(s) {
                Ok(Some(i)) if i > 0 => i,
                _ => {
                    return Err(
                        vm.value_error("Step for islice() must be a positive integer or None.")
                    )
                }
            },
        };
        (start, stop, step)
    };
    let it = vm.get_iter(&pos[0])?;
    Ok(make(
        &cls,
        islice_step,
        vec![it],
        vec![start, stop, step, 0],
    ))
}

fn islice_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    let [next, stop, step, _] =
        with(cell, |m| [m.nums[0], m.nums[1], m.nums[2], m.nums[3]]).unwrap_or([0, 0, 1, 0]);
    while num(cell, 3) < next {
        if next_of(vm, cell, 0)?.is_none() {
            return Ok(None);
        }
        set_num(cell, 3, num(cell, 3) + 1);
    }
    if stop != -1 && num(cell, 3) >= stop {
        set_val(cell, 0, Value::Null);
        return Ok(None);
    }
    let Some(v) = next_of(vm, cell, 0)? else {
        return Ok(None);
    };
    set_num(cell, 3, num(cell, 3) + 1);
    let mut after = next.saturating_add(step);
    if stop != -1 && after > stop {
        after = stop;
    }
    set_num(cell, 0, after);
    Ok(Some(v))
}

// pairwise(iterable): vals [iterator, previous item (Null at start)].
pub fn pairwise_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let pos = positional(vm, args, "pairwise", 1, 1)?;
    let it = vm.get_iter(&pos[0])?;
    Ok(make(&cls, pairwise_step, vec![it, Value::Null], Vec::new()))
}

fn pairwise_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    let old = match val(cell, 1) {
        Value::Null => match next_of(vm, cell, 0)? {
            Some(v) => v,
            None => return Ok(None),
        },
        v => v,
    };
    let Some(new) = next_of(vm, cell, 0)? else {
        set_val(cell, 1, Value::Null);
        return Ok(None);
    };
    set_val(cell, 1, new.clone());
    Ok(Some(vm.new_tuple(vec![old, new])))
}

// zip_longest(*iterables, fillvalue=None):
// vals [fillvalue, iterators (Null once done)...], nums [active count].
pub fn zip_longest_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let mut fill = Value::None;
    for (k, v) in args.kw() {
        if crate::vm::object::str_of(k) != Some("fillvalue") {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = v.clone();
    }
    let mut vals = vec![fill];
    for v in &args.pos()[1..] {
        vals.push(vm.get_iter(v)?);
    }
    let n = vals.len() as i64 - 1;
    Ok(make(&cls, zip_longest_step, vals, vec![n]))
}

fn zip_longest_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    let n = with(cell, |m| m.vals.len()).unwrap_or(0);
    if num(cell, 0) == 0 || n < 2 {
        return Ok(None);
    }
    let fill = val(cell, 0);
    let mut out = Vec::with_capacity(n - 1);
    for i in 1..n {
        let item = if matches!(val(cell, i), Value::Null) {
            None
        } else {
            let r = next_of(vm, cell, i)?;
            if r.is_none() {
                let left = num(cell, 0) - 1;
                set_num(cell, 0, left);
                if left == 0 {
                    return Ok(None);
                }
            }
            r
        };
        out.push(item.unwrap_or_else(|| fill.clone()));
    }
    Ok(Some(vm.new_tuple(out)))
}

/// The methods beyond the iterator protocol: reprs, `__length_hint__`,
/// `chain.from_iterable`.
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let count = super::class_named(vm, "count")?;
    add_method(vm, &count, "__repr__", count_repr);
    let repeat = super::class_named(vm, "repeat")?;
    add_method(vm, &repeat, "__repr__", repeat_repr);
    add_method(vm, &repeat, "__length_hint__", repeat_length_hint);
    let chain = super::class_named(vm, "chain")?;
    let f = crate::vm::builtins::native(vm, "from_iterable", chain_from_iterable, false);
    let cm = Value::Obj(ObjRef::new(Kind::ClassMethod(f)));
    if let Kind::Class(c) = &*chain {
        crate::vm::builtins::add_value(vm, &c.dict, "from_iterable", cm);
    }
    Ok(())
}
