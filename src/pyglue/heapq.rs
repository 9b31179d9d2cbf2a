//! The `heapq` module: the heap operations on a list are native
//! (heappush, heappop, heapify, heapreplace, heappushpop: CPython's sift
//! algorithms, by swaps, so a comparison that changes the list cannot
//! break the Rust side); merge, nlargest and nsmallest are frozen Python
//! (frozen/heapq.py) run into the same module over them.

use core::cell::RefCell;

use alloc::format;
use alloc::vec::Vec;

use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::list::less;
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

type Heap = RefCell<Vec<Value>>;

/// The heap argument of `name` (a list), with CPython's message.
fn heap_arg<'a>(vm: &mut Vm, v: &'a Value, name: &str, one: bool) -> PyResult<&'a Heap> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::List(l)) => Ok(l),
        _ => {
            let which = if one { "" } else { " 1" };
            let m = format!(
                "{name}() argument{which} must be list, not {}",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}

fn no_keywords(vm: &mut Vm, args: Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!("_heapq.{name}() takes no keyword arguments")))
}

/// (heap, item) of the two-argument functions.
fn heap_and_item<'a>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<(&'a Heap, Value)> {
    no_keywords(vm, args, name)?;
    super::expect_args(vm, name, args.vals.len(), 2, 2)?;
    let h = heap_arg(vm, &args.vals[0], name, false)?;
    Ok((h, args.vals[1].clone()))
}

/// The heap of the one-argument functions.
fn heap_only<'a>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<&'a Heap> {
    no_keywords(vm, args, name)?;
    if args.vals.len() != 1 {
        let m = format!(
            "_heapq.{name}() takes exactly one argument ({} given)",
            args.vals.len()
        );
        return Err(vm.type_error(m));
    }
    heap_arg(vm, &args.vals[0], name, true)
}

/// `heap[i] < heap[j]`, the list having kept its size `n`.
fn lt_at(vm: &mut Vm, heap: &Heap, n: usize, i: usize, j: usize) -> PyResult<bool> {
    let pair = {
        let h = heap.borrow();
        (h.len() == n).then(|| (h[i].clone(), h[j].clone()))
    };
    let Some((a, b)) = pair else {
        return Err(changed(vm));
    };
    let r = less(vm, &a, &b)?;
    if heap.borrow().len() != n {
        return Err(changed(vm));
    }
    Ok(r)
}

fn changed(vm: &mut Vm) -> crate::vm::object::ObjRef {
    vm.new_exc(Exc::RuntimeError, "list changed size during iteration")
}

/// Move the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down(vm: &mut Vm, heap: &Heap, start: usize, mut pos: usize) -> PyResult<()> {
    let n = heap.borrow().len();
    while pos > start {
        let parent = (pos - 1) >> 1;
        if !lt_at(vm, heap, n, pos, parent)? {
            break;
        }
        heap.borrow_mut().swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

/// Move the smaller child up from `pos` to a leaf, then the item there
/// back down into place (CPython's bottom-up sift).
fn sift_up(vm: &mut Vm, heap: &Heap, mut pos: usize) -> PyResult<()> {
    let n = heap.borrow().len();
    let start = pos;
    while pos < n / 2 {
        let mut child = 2 * pos + 1;
        if child + 1 < n && !lt_at(vm, heap, n, child, child + 1)? {
            child += 1;
        }
        heap.borrow_mut().swap(pos, child);
        pos = child;
    }
    sift_down(vm, heap, start, pos)
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, item) = heap_and_item(vm, args, "heappush")?;
    let n = {
        let mut h = heap.borrow_mut();
        h.push(item);
        h.len()
    };
    sift_down(vm, heap, 0, n - 1)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let heap = heap_only(vm, args, "heappop")?;
    let (last, empty) = {
        let mut h = heap.borrow_mut();
        (h.pop(), h.is_empty())
    };
    let Some(last) = last else {
        return Err(vm.new_exc(Exc::IndexError, "index out of range"));
    };
    if empty {
        return Ok(last);
    }
    let top = core::mem::replace(&mut heap.borrow_mut()[0], last);
    sift_up(vm, heap, 0)?;
    Ok(top)
}

/// Put `item` at the top and sift it into place; the old top.
fn replace_top(vm: &mut Vm, heap: &Heap, item: Value) -> PyResult<Value> {
    let top = core::mem::replace(&mut heap.borrow_mut()[0], item);
    sift_up(vm, heap, 0)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, item) = heap_and_item(vm, args, "heapreplace")?;
    if heap.borrow().is_empty() {
        return Err(vm.new_exc(Exc::IndexError, "index out of range"));
    }
    replace_top(vm, heap, item)
}

fn heappushpop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, item) = heap_and_item(vm, args, "heappushpop")?;
    let Some(top) = heap.borrow().first().cloned() else {
        return Ok(item);
    };
    if !less(vm, &top, &item)? {
        return Ok(item);
    }
    if heap.borrow().is_empty() {
        return Err(vm.new_exc(Exc::IndexError, "index out of range"));
    }
    replace_top(vm, heap, item)
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let heap = heap_only(vm, args, "heapify")?;
    let n = heap.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(vm, heap, i)?;
    }
    Ok(Value::None)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("heappush", heappush),
    ("heappop", heappop),
    ("heapify", heapify),
    ("heapreplace", heapreplace),
    ("heappushpop", heappushpop),
];

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    super::add_fns(vm, d, FUNCTIONS);
    super::frozen_code::run(vm, d, "heapq")
}
