//! `asyncio.sleep()` with no coroutine and no future: `_sleep(delay,
//! result)` makes one small awaitable (`IterState::Sleep`, its own
//! iterator), whose first step yields itself; the task stepping the
//! coroutine then parks on the timer directly ([`park`]): the awaitable,
//! holding the task, goes into the loop's `_scheduled` heap as its own
//! entry (keyed on its deadline and sequence number, see ready.rs) and is
//! the task's `_fut_waiter`. When it is due the task is queued ([`wake`])
//! and its next step gets the result (`iterate::sleep_send`).
//!
//! `Task.cancel()` (tasks.py) wakes a sleeping task at once
//! (`_cancel_sleep`): the awaitable keeps the CancelledError its step throws
//! in, and is a stale heap entry from then on ([`is_stale`]), dropped when
//! it reaches the top or falls due.

use core::cell::{RefCell, RefMut};

use super::names::names;
use super::ready::{list_arg, micros_from_secs, next_sequence, now_micros, timer_key};
use super::step::{field, set_field};
use super::timer_heap;
use crate::vm::builtins::{add_fn, arg_count};
use crate::vm::eval::iterate::new_iter;
use crate::vm::object::func::Args;
use crate::vm::object::iter::{IterState, SleepState};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The iterator state of `v`, if it is a sleep awaitable.
fn sleep_cell(v: &Value) -> Option<&RefCell<IterState>> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Iter(st)) if matches!(&*st.borrow(), IterState::Sleep(_)) => Some(st),
        _ => None,
    }
}

/// The sleep state of `v`, if it is a sleep awaitable.
fn sleep_state(v: &Value) -> Option<RefMut<'_, SleepState>> {
    let st = sleep_cell(v)?.borrow_mut();
    RefMut::filter_map(st, |st| match st {
        IterState::Sleep(s) => Some(&mut **s),
        _ => None,
    })
    .ok()
}

/// Whether `v` is a sleep awaitable.
pub fn is_sleep(v: &Value) -> bool {
    sleep_cell(v).is_some()
}

/// `(when, seq)` of a sleep awaitable (its timer heap key).
pub fn key(v: &Value) -> Option<(i64, i64)> {
    sleep_state(v).map(|s| (s.when, s.seq))
}

/// Park `task` of `loop_` on the sleep awaitable `it` it yielded: schedule
/// it. False (nothing done) if `it` is no fresh timed sleep.
pub fn park(vm: &mut Vm, loop_: &Value, task: &Value, it: &Value) -> PyResult<bool> {
    match sleep_state(it) {
        Some(mut s) if matches!(s.at, Value::Int(_)) => {
            s.at = task.clone();
            s.seq = next_sequence();
        }
        _ => return Ok(false),
    }
    let n = names();
    let scheduled = field(vm, loop_, &n.scheduled)?;
    let heap = list_arg(vm, &scheduled)?;
    timer_heap::push(&mut heap.borrow_mut(), it.clone(), timer_key);
    set_field(vm, task, &n.fut_waiter, it.clone())?;
    Ok(true)
}

/// Take the task parked on sleep awaitable `it` (None if no task waits on
/// it any more), leaving `now` in its place.
fn take_task(it: &Value, now: Value) -> Option<Value> {
    let mut s = sleep_state(it)?;
    matches!(s.at, Value::Obj(_)).then(|| core::mem::replace(&mut s.at, now))
}

/// Whether `v` is a sleep awaitable whose task no longer waits on it
/// (None: `v` is no sleep).
pub fn is_stale(v: &Value) -> Option<bool> {
    sleep_state(v).map(|s| !matches!(s.at, Value::Obj(_)))
}

/// A due sleep: the task to queue (None if stale). The awaitable lets go
/// of the task; its next step gives the result.
pub fn wake(it: &Value) -> Option<Value> {
    take_task(it, Value::Null)
}

/// The CancelledError of a cancelled sleep awaitable, if it is one.
pub fn cancelled(v: &Value) -> Option<Value> {
    let s = sleep_state(v)?;
    matches!(s.at, Value::Bool(true)).then(|| s.result.clone())
}

/// `_sleep(delay, result)`: the awaitable of `asyncio.sleep(delay, result)`
/// (`delay` is 0 for any delay <= 0). The clock is read first, so the time
/// spent making it counts as sleeping.
fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let now = now_micros();
    arg_count(vm, args, "_sleep", 2, 2)?;
    let delay = crate::pyglue::number_arg(vm, &args.vals[0], "a float")?;
    let (when, at) = if delay > 0.0 {
        (now.saturating_add(micros_from_secs(delay)), Value::Int(0))
    } else {
        (now, Value::None)
    };
    let state = SleepState {
        when,
        seq: 0,
        at,
        result: args.vals[1].clone(),
    };
    Ok(new_iter(IterState::Sleep(alloc::boxed::Box::new(state))))
}

/// `_is_sleep(obj)`.
fn is_sleep_native(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_is_sleep", 1, 1)?;
    Ok(Value::Bool(is_sleep(&args.vals[0])))
}

/// `_park_sleep(task, obj)`: [`park`] for `Task._park_on`.
fn park_sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_park_sleep", 2, 2)?;
    let loop_ = field(vm, &args.vals[0], &names().loop_)?;
    Ok(Value::Bool(park(vm, &loop_, &args.vals[0], &args.vals[1])?))
}

/// `_cancel_sleep(sleep, error)`: cancel the sleep a task is parked on:
/// the task is queued at once, and its step throws `error` in. False if
/// no task waits on it any more.
fn cancel_sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_cancel_sleep", 2, 2)?;
    let [it, error] = [&args.vals[0], &args.vals[1]];
    let Some(task) = take_task(it, Value::Bool(true)) else {
        return Ok(Value::Bool(false));
    };
    if let Some(mut s) = sleep_state(it) {
        s.result = error.clone();
    }
    let n = names();
    let loop_ = field(vm, &task, &n.loop_)?;
    let count = match field(vm, &loop_, &n.timer_cancelled_count)? {
        Value::Int(count) => count.saturating_add(1),
        _ => return Err(vm.type_error("loop._timer_cancelled_count must be an int")),
    };
    set_field(vm, &loop_, &n.timer_cancelled_count, Value::Int(count))?;
    let ready = field(vm, &loop_, &n.ready)?;
    list_arg(vm, &ready)?.borrow_mut().push(task);
    Ok(Value::Bool(true))
}

/// `_sleep_cancelled(sleep)`: the error a cancelled sleep throws in, else
/// None.
fn sleep_cancelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_sleep_cancelled", 1, 1)?;
    Ok(cancelled(&args.vals[0]).unwrap_or(Value::None))
}

pub fn init(vm: &mut Vm, dict: &ObjRef) {
    add_fn(vm, dict, "_sleep", sleep);
    add_fn(vm, dict, "_is_sleep", is_sleep_native);
    add_fn(vm, dict, "_park_sleep", park_sleep);
    add_fn(vm, dict, "_cancel_sleep", cancel_sleep);
    add_fn(vm, dict, "_sleep_cancelled", sleep_cancelled);
}
