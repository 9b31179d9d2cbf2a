//! The combinatoric itertools iterators: `product`, `permutations`,
//! `combinations`, `combinations_with_replacement`. Their inputs are read
//! into tuples (pools) once; each step moves index counters (CPython's
//! documented algorithms) and builds the next tuple, without calling
//! Python code. State: vals [pools...], nums [phase (0 first, 1 going,
//! 2 done), then the counters].

use core::cell::RefCell;

use alloc::vec;
use alloc::vec::Vec;

use super::{class_arg, make, params, with};
use crate::vm::object::func::Args;
use crate::vm::object::iter::{IterState, ModIter};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

type Cell = RefCell<IterState>;

const FIRST: i64 = 0;
const GOING: i64 = 1;
const DONE: i64 = 2;

fn pool_of(v: &Value) -> &[Value] {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Tuple(t)) => t,
        _ => &[],
    }
}

/// `tuple(iterable)` as a pool value.
fn pool(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = vm.collect(v)?;
    Ok(vm.new_tuple(items))
}

/// Run one step of a combinatoric iterator: `advance` moves the counters
/// (false when there are no more) and `items` picks the tuple's items.
fn step_with(
    vm: &mut Vm,
    cell: &Cell,
    advance: fn(&mut ModIter) -> bool,
    items: fn(&ModIter) -> Vec<Value>,
) -> PyResult<Option<Value>> {
    let out = with(cell, |m| {
        let phase = m.nums[0];
        match phase {
            FIRST => m.nums[0] = GOING,
            GOING if advance(m) => {}
            _ => {
                m.nums[0] = DONE;
                return None;
            }
        }
        Some(items(m))
    })
    .flatten();
    Ok(out.map(|v| vm.new_tuple(v)))
}

// product(*iterables, repeat=1): vals [pools], nums [phase, index per pool].
pub fn product_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(vm, args)?;
    let mut repeat = 1;
    for (k, v) in args.kw() {
        if crate::vm::object::str_of(k) != Some("repeat") {
            let m = alloc::format!(
                "'{}' is an invalid keyword argument for product()",
                crate::vm::object::str_of(k).unwrap_or("?")
            );
            return Err(vm.type_error(m));
        }
        repeat = crate::vm::builtins::int_arg(vm, v)?;
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::new();
    for v in &args.pos()[1..] {
        pools.push(pool(vm, v)?);
    }
    let mut vals = Vec::new();
    for _ in 0..repeat {
        vals.extend(pools.iter().cloned());
    }
    let empty = vals.iter().any(|p| pool_of(p).is_empty());
    let mut nums = vec![if empty { DONE } else { FIRST }];
    nums.resize(vals.len() + 1, 0);
    Ok(make(&cls, product_step, vals, nums))
}

fn product_advance(m: &mut ModIter) -> bool {
    for i in (0..m.vals.len()).rev() {
        m.nums[i + 1] += 1;
        if (m.nums[i + 1] as usize) < pool_of(&m.vals[i]).len() {
            return true;
        }
        m.nums[i + 1] = 0;
    }
    false
}

fn product_items(m: &ModIter) -> Vec<Value> {
    m.vals
        .iter()
        .zip(&m.nums[1..])
        .map(|(p, &i)| pool_of(p)[i as usize].clone())
        .collect()
}

fn product_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    step_with(vm, cell, product_advance, product_items)
}

/// The pool and `r` of permutations/combinations, with CPython's errors:
/// nums [phase, n, r] (phase DONE when r > n).
fn pool_and_r(
    vm: &mut Vm,
    args: Args,
    name: &str,
    r_required: bool,
) -> PyResult<(ObjRef, Value, Vec<i64>)> {
    let cls = class_arg(vm, args)?;
    let p = params(
        vm,
        args,
        name,
        &["iterable", "r"],
        1 + r_required as usize,
        2,
    )?;
    let pool = pool(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let n = pool_of(&pool).len() as i64;
    let r = match &p[1] {
        Some(v) if !v.is_none() => match vm.index_value(v)? {
            Some(r) => r,
            None if !r_required => return Err(vm.type_error("Expected int as r")),
            None => crate::vm::builtins::int_arg(vm, v)?,
        },
        _ => n,
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok((cls, pool, vec![if r > n { DONE } else { FIRST }, n, r]))
}

// permutations(iterable, r=None): nums [phase, n, r, indices (n), cycles (r)].
pub fn permutations_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, pool, mut nums) = pool_and_r(vm, args, "permutations", false)?;
    let (n, r) = (nums[1], nums[2]);
    nums.extend(0..n);
    nums.extend((n - r.min(n) + 1..=n).rev());
    Ok(make(&cls, permutations_step, vec![pool], nums))
}

fn permutations_advance(m: &mut ModIter) -> bool {
    let (n, r) = (m.nums[1] as usize, m.nums[2] as usize);
    let (idx, cyc) = m.nums[3..].split_at_mut(n);
    for i in (0..r).rev() {
        cyc[i] -= 1;
        if cyc[i] == 0 {
            idx[i..].rotate_left(1);
            cyc[i] = (n - i) as i64;
        } else {
            let j = n - cyc[i] as usize;
            idx.swap(i, j);
            return true;
        }
    }
    false
}

/// The pool's items at the first r indices (nums from 3).
fn picked(m: &ModIter) -> Vec<Value> {
    let pool = pool_of(&m.vals[0]);
    m.nums[3..3 + m.nums[2] as usize]
        .iter()
        .map(|&i| pool[i as usize].clone())
        .collect()
}

fn permutations_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    step_with(vm, cell, permutations_advance, picked)
}

// combinations(iterable, r): nums [phase, n, r, indices (r)].
pub fn combinations_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, pool, mut nums) = pool_and_r(vm, args, "combinations", true)?;
    nums.extend(0..nums[2]);
    Ok(make(&cls, combinations_step, vec![pool], nums))
}

fn combinations_advance(m: &mut ModIter) -> bool {
    let (n, r) = (m.nums[1], m.nums[2] as usize);
    let idx = &mut m.nums[3..];
    let Some(i) = (0..r).rev().find(|&i| idx[i] != i as i64 + n - r as i64) else {
        return false;
    };
    idx[i] += 1;
    for j in i + 1..r {
        idx[j] = idx[j - 1] + 1;
    }
    true
}

fn combinations_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    step_with(vm, cell, combinations_advance, picked)
}

// combinations_with_replacement(iterable, r): nums [phase, n, r, indices (r)].
pub fn combinations_with_replacement_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, pool, mut nums) = pool_and_r(vm, args, "combinations_with_replacement", true)?;
    let (n, r) = (nums[1], nums[2]);
    nums[0] = if n == 0 && r > 0 { DONE } else { FIRST };
    nums.resize(3 + r as usize, 0);
    Ok(make(&cls, cwr_step, vec![pool], nums))
}

fn cwr_advance(m: &mut ModIter) -> bool {
    let (n, r) = (m.nums[1], m.nums[2] as usize);
    let idx = &mut m.nums[3..];
    let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
        return false;
    };
    let v = idx[i] + 1;
    idx[i..r].iter_mut().for_each(|x| *x = v);
    true
}

fn cwr_step(vm: &mut Vm, _me: &ObjRef, cell: &Cell) -> PyResult<Option<Value>> {
    step_with(vm, cell, cwr_advance, picked)
}
