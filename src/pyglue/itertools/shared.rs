//! The itertools iterators whose objects share state: `tee` (its iterators
//! read one buffer) and `groupby` (its `_grouper`s read the groupby's
//! current item).

use core::cell::RefCell;

use alloc::vec;
use alloc::vec::Vec;

use super::{cell_of, class_arg, class_named, count_arg, make, params, set_val, val, with};
use crate::vm::builtins::add_method;
use crate::vm::object::func::Args;
use crate::vm::object::iter::IterState;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

type Cell = RefCell<IterState>;

/// `__new__` of the classes scripts never construct (`_tee`, `_grouper`).
pub fn no_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let m = alloc::format!("cannot create '{}' instances", vm.class_name(&cls));
    Err(vm.type_error(m))
}

// tee: the items read from the source are kept in blocks, lists of
// [source iterator, next block (None until made), up to BLOCK items]; each
// `_tee` holds vals [its block], nums [its index in it]. A block nobody
// still reads is freed by counting, as the iterators move on.
const BLOCK: usize = 16;

fn new_block(vm: &mut Vm, it: Value) -> Value {
    vm.new_list(vec![it, Value::None])
}

fn new_tee(vm: &mut Vm, block: Value, index: i64) -> PyResult<Value> {
    let cls = class_named(vm, "_tee")?;
    Ok(make(&cls, tee_step, vec![block], vec![index]))
}

/// `tee(iterable, n=2)`.
fn tee(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("tee() takes no keyword arguments"));
    }
    let pos = args.vals;
    if pos.is_empty() || pos.len() > 2 {
        let m = match pos.len() {
            0 => "tee expected at least 1 argument, got 0".into(),
            n => alloc::format!("tee expected at most 2 arguments, got {n}"),
        };
        return Err(vm.type_error(m));
    }
    let n = match pos.get(1) {
        Some(v) => count_arg(vm, v, Some("n must be >= 0"))?,
        None => 2,
    };
    let it = vm.get_iter(&pos[0])?;
    let tee_cls = class_named(vm, "_tee")?;
    let first = if vm.isinstance(&it, &tee_cls) {
        it
    } else {
        let block = new_block(vm, it);
        new_tee(vm, block, 0)?
    };
    let mut out = Vec::new();
    for i in 0..n {
        out.push(if i == 0 {
            first.clone()
        } else {
            tee_copy_of(vm, &first)?
        });
    }
    Ok(vm.new_tuple(out))
}

fn tee_copy_of(vm: &mut Vm, t: &Value) -> PyResult<Value> {
    let cell = cell_of(t).ok_or_else(|| vm.type_error("not a _tee"))?;
    let (block, index) = with(cell, |m| (m.vals[0].clone(), m.nums[0])).unwrap_or((Value::None, 0));
    new_tee(vm, block, index)
}

fn tee_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins::method_args(vm, args, "__copy__", 0, 0)?;
    tee_copy_of(vm, &args.vals[0])
}

fn tee_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    let mut block = val(cell, 0);
    let mut index = with(cell, |m| m.nums[0]).unwrap_or(0) as usize;
    if index == BLOCK {
        let next = match block.as_obj().map(|o| &**o) {
            Some(Kind::List(l)) => l.borrow()[1].clone(),
            _ => return Ok(None),
        };
        let next = if next.is_none() {
            let it = match block.as_obj().map(|o| &**o) {
                Some(Kind::List(l)) => l.borrow()[0].clone(),
                _ => return Ok(None),
            };
            let nb = new_block(vm, it);
            if let Some(Kind::List(l)) = block.as_obj().map(|o| &**o) {
                l.borrow_mut()[1] = nb.clone();
            }
            nb
        } else {
            next
        };
        block = next;
        index = 0;
        set_val(cell, 0, block.clone());
        with(cell, |m| m.nums[0] = 0);
    }
    let Some(Kind::List(l)) = block.as_obj().map(|o| &**o) else {
        return Ok(None);
    };
    if index + 2 >= l.borrow().len() {
        let it = l.borrow()[0].clone();
        let Some(v) = vm.next(&it)? else {
            return Ok(None);
        };
        let mut items = l.borrow_mut();
        if index + 2 >= items.len() {
            items.push(v);
        }
    }
    let v = l.borrow().get(index + 2).cloned();
    with(cell, |m| m.nums[0] = index as i64 + 1);
    Ok(v)
}

// groupby(iterable, key=None): vals [iterator, key function, target key,
// current key, current item] (Null when unset), nums [the current
// grouper's number]. A `_grouper` holds vals [its groupby, its key], nums
// [its number]: it reads items while it is the current grouper and the
// current key equals its key.
pub fn groupby_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let p = params(vm, args, "groupby", &["iterable", "key"], 1, 2)?;
    let it = vm.get_iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let key = p[1].clone().unwrap_or(Value::None);
    let vals = vec![it, key, Value::Null, Value::Null, Value::Null];
    Ok(make(&cls, groupby_step, vals, vec![0]))
}

/// Read the groupby's next item and its key; false at the end.
fn groupby_advance(vm: &mut Vm, cell: &Cell) -> PyResult<bool> {
    let Some(v) = vm.next(&val(cell, 0))? else {
        return Ok(false);
    };
    let key = match val(cell, 1) {
        f if f.is_none() => v.clone(),
        f => vm.call(&f, core::slice::from_ref(&v))?,
    };
    set_val(cell, 4, v);
    set_val(cell, 3, key);
    Ok(true)
}

fn groupby_step(vm: &mut Vm, me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    let id = with(cell, |m| {
        m.nums[0] += 1;
        m.nums[0]
    })
    .unwrap_or(0);
    loop {
        let cur = val(cell, 3);
        if !matches!(cur, Value::Null) {
            let target = val(cell, 2);
            if matches!(target, Value::Null) || !vm.eq(&target, &cur)? {
                break;
            }
        }
        if !groupby_advance(vm, cell)? {
            return Ok(None);
        }
    }
    let key = val(cell, 3);
    set_val(cell, 2, key.clone());
    let cls = class_named(vm, "_grouper")?;
    let me = Value::Obj(me.clone());
    let grouper = make(&cls, grouper_step, vec![me, key.clone()], vec![id]);
    Ok(Some(vm.new_tuple(vec![key, grouper])))
}

fn grouper_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    let (parent, target, id) =
        match with(cell, |m| (m.vals[0].clone(), m.vals[1].clone(), m.nums[0])) {
            Some(x) => x,
            None => return Ok(None),
        };
    let Some(pc) = cell_of(&parent) else {
        return Ok(None);
    };
    if with(pc, |m| m.nums[0]) != Some(id) {
        return Ok(None);
    }
    if matches!(val(pc, 4), Value::Null) && !groupby_advance(vm, pc)? {
        return Ok(None);
    }
    if !vm.eq(&target, &val(pc, 3))? {
        return Ok(None);
    }
    let v = val(pc, 4);
    set_val(pc, 4, Value::Null);
    Ok(Some(v))
}

pub fn install(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    crate::vm::builtins::add_fn(vm, d, "tee", tee);
    let t = class_named(vm, "_tee")?;
    add_method(vm, &t, "__copy__", tee_copy);
    Ok(())
}
