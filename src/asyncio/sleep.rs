//! `asyncio.sleep()` with no coroutine and no future: `_sleep(delay,
//! result)` makes one small awaitable (`IterState::Sleep`, its own
//! iterator), whose first step yields itself; the task stepping the
//! coroutine then parks on the timer directly ([`park`]): the awaitable goes
//! into the loop's `_scheduled` heap as `(when, seq, awaitable)`, holding the
//! task, and is the task's `_fut_waiter`. When it is due the task is queued
//! ([`wake`]) and its next step gets the result (`iterate::sleep_send`).
//!
//! `Task.cancel()` (tasks.py) wakes a sleeping task at once
//! (`_cancel_sleep`): the awaitable keeps the CancelledError its step throws
//! in, and its heap entry is stale from then on ([`is_stale`]), dropped when
//! it reaches the top or falls due.
//!
//! The awaitable's first value says where it is: `Int(when)` fresh, None
//! fresh with a zero delay, the task once parked, True once cancelled (the
//! second value is then the error), `Null` once woken.

use super::names::names;
use super::ready::{list_arg, micros_from_secs, now_micros, timer_entry, timer_key};
use super::step::{field, set_field};
use super::timer_heap;
use crate::vm::builtins::{add_fn, arg_count};
use crate::vm::eval::iterate::new_iter;
use crate::vm::object::func::Args;
use crate::vm::object::iter::IterState;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The sleep state of `v`, if it is a sleep awaitable.
fn sleep_state(v: &Value) -> Option<&core::cell::RefCell<IterState>> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Iter(st)) if matches!(&*st.borrow(), IterState::Sleep(..)) => Some(st),
        _ => None,
    }
}

/// Whether `v` is a sleep awaitable.
pub fn is_sleep(v: &Value) -> bool {
    sleep_state(v).is_some()
}

/// Park `task` of `loop_` on the sleep awaitable `it` it yielded: schedule
/// its timer entry. False (nothing done) if `it` is no fresh timed sleep.
pub fn park(vm: &mut Vm, loop_: &Value, task: &Value, it: &Value) -> PyResult<bool> {
    let Some(state) = sleep_state(it) else {
        return Ok(false);
    };
    let when = match &mut *state.borrow_mut() {
        IterState::Sleep(at @ Value::Int(_), _) => {
            let Value::Int(when) = core::mem::replace(at, task.clone()) else {
                return Ok(false);
            };
            when
        }
        _ => return Ok(false),
    };
    let n = names();
    let scheduled = field(vm, loop_, &n.scheduled)?;
    let heap = list_arg(vm, &scheduled)?;
    let entry = timer_entry(vm, when, core::slice::from_ref(it));
    timer_heap::push(&mut heap.borrow_mut(), entry, timer_key);
    set_field(vm, task, &n.fut_waiter, it.clone())?;
    Ok(true)
}

/// Take the task parked on sleep awaitable `it` (None if no task waits on
/// it any more), leaving `now` in its place.
fn take_task(it: &Value, now: Value) -> Option<Value> {
    let mut state = sleep_state(it)?.borrow_mut();
    let IterState::Sleep(at, _) = &mut *state else {
        return None;
    };
    matches!(at, Value::Obj(_)).then(|| core::mem::replace(at, now))
}

/// Whether `v` is a sleep awaitable whose task no longer waits on it
/// (None: `v` is no sleep).
pub fn is_stale(v: &Value) -> Option<bool> {
    match &*sleep_state(v)?.borrow() {
        IterState::Sleep(at, _) => Some(!matches!(at, Value::Obj(_))),
        _ => None,
    }
}

/// A due sleep entry's awaitable: the task to queue (None if stale). The
/// awaitable lets go of the task; its next step gives the result.
pub fn wake(it: &Value) -> Option<Value> {
    take_task(it, Value::Null)
}

/// The CancelledError of a cancelled sleep awaitable, if it is one.
pub fn cancelled(v: &Value) -> Option<Value> {
    match &*sleep_state(v)?.borrow() {
        IterState::Sleep(Value::Bool(true), error) => Some(error.clone()),
        _ => None,
    }
}

/// `_sleep(delay, result)`: the awaitable of `asyncio.sleep(delay, result)`.
/// The clock is read first, so the time spent making it counts as sleeping.
fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let now = now_micros();
    arg_count(vm, args, "_sleep", 2, 2)?;
    let delay = crate::pyglue::number_arg(vm, &args.vals[0], "a float")?;
    let at = if delay > 0.0 {
        Value::Int(now.saturating_add(micros_from_secs(delay)))
    } else {
        Value::None
    };
    Ok(new_iter(IterState::Sleep(at, args.vals[1].clone())))
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
    if let Some(IterState::Sleep(_, slot)) = sleep_state(it).map(|st| st.borrow_mut()).as_deref_mut() {
        *slot = error.clone();
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
