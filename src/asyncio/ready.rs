//! The event loop's hot path, native: scheduling timer entries, moving due
//! ones to the ready queue, and running one pass of that queue (task steps
//! and callbacks).
//!
//! Timer entries are tuples in the loop's `_scheduled` heap, keyed on
//! `(when, seq)`, `when` in whole microseconds of the platform clock (an
//! int: no float arithmetic on the loop's path, which DOS does in
//! software): `(when, seq, handle)` for `call_at()`; a task parked on
//! `asyncio.sleep()` has the sleep's awaitable as its entry, keyed the same
//! (sleep.rs): no `TimerHandle`, no future, no tuple; when it is due, the
//! task is queued.

use core::cell::{Cell, RefCell};

use alloc::vec::Vec;

use super::names::names;
use super::step::{call_method, field, is_true_attr, set_field};
use super::timer_heap;
use crate::global::Global;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::{add_fn, arg_count};
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The sequence number of the last timer entry made: it keeps equal
/// deadlines in the order they were scheduled.
static SEQUENCE: Global<Cell<i64>> = Global::new(Cell::new(0));

pub fn list_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::List(l)) => Ok(l),
        _ => Err(vm.type_error("heap argument must be a list")),
    }
}

/// The entry's fields as a slice (empty for anything but a tuple).
fn entry_fields(entry: &Value) -> &[Value] {
    match entry.as_obj().map(|o| &**o) {
        Some(Kind::Tuple(t)) => t,
        _ => &[],
    }
}

/// Timer entries are keyed on `(when, seq)`.
pub fn timer_key(v: &Value) -> (i64, i64) {
    if let Some(key) = super::sleep::key(v) {
        return key;
    }
    let fields = entry_fields(v);
    let when = match fields.first() {
        Some(Value::Int(i)) => *i,
        _ => i64::MAX,
    };
    let seq = match fields.get(1) {
        Some(Value::Int(i)) => *i,
        _ => 0,
    };
    (when, seq)
}

/// `_schedule(heap, when, handle)` or `_schedule(heap, when, future,
/// result)`: push a timer entry with the next sequence number.
fn schedule(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_schedule", 3, 4)?;
    let heap = list_arg(vm, &args.vals[0])?;
    let when = micros_from_secs(crate::pyglue::number_arg(vm, &args.vals[1], "a float")?);
    let entry = timer_entry(vm, when, &args.vals[2..]);
    timer_heap::push(&mut heap.borrow_mut(), entry, timer_key);
    Ok(Value::None)
}

/// Seconds (loop time) as clock microseconds, rounded up: the timer is
/// due at the first clock reading at or past it. Saturates far out.
pub fn micros_from_secs(secs: f64) -> i64 {
    let micros = secs * 1e6;
    let whole = micros as i64;
    whole.saturating_add(i64::from((whole as f64) < micros))
}

/// The clock in microseconds, as timer entries hold it.
pub fn now_micros() -> i64 {
    crate::platform::platform().monotonic_us() as i64
}

/// The sequence number of a new timer entry.
pub fn next_sequence() -> i64 {
    SEQUENCE.set(SEQUENCE.get() + 1);
    SEQUENCE.get()
}

/// `(when, seq, *rest)` with the next sequence number.
fn timer_entry(vm: &mut Vm, when: i64, rest: &[Value]) -> Value {
    let mut fields = Vec::with_capacity(2 + rest.len());
    fields.push(Value::Int(when));
    fields.push(Value::Int(next_sequence()));
    fields.extend(rest.iter().cloned());
    vm.new_tuple(fields)
}

/// Move every timer entry due by `end_time` (microseconds) to the `ready` list, in
/// deadline order: a handle (marked no longer scheduled) or a sleeping
/// task. Returns the earliest remaining deadline.
pub fn move_due(
    vm: &mut Vm,
    heap: &RefCell<Vec<Value>>,
    ready: &RefCell<Vec<Value>>,
    end_time: i64,
) -> PyResult<Option<i64>> {
    let n = names();
    loop {
        let next = heap.borrow().first().map(timer_key);
        match next {
            Some((when, _)) if when <= end_time => {
                let Some(entry) = timer_heap::pop(&mut heap.borrow_mut(), timer_key) else {
                    return Ok(None);
                };
                if super::sleep::is_sleep(&entry) {
                    // A sleep: its task, unless cancelled meanwhile.
                    if let Some(task) = super::sleep::wake(&entry) {
                        ready.borrow_mut().push(task);
                    }
                    continue;
                }
                let [_, _, handle] = entry_fields(&entry) else {
                    return Err(vm.type_error("timer entries are (when, seq, handle)"));
                };
                let handle = handle.clone();
                set_field(vm, &handle, &n.scheduled, Value::Bool(false))?;
                ready.borrow_mut().push(handle);
            }
            Some((when, _)) => return Ok(Some(when)),
            None => return Ok(None),
        }
    }
}

/// Call a handle's callback; an error other than SystemExit and
/// KeyboardInterrupt goes to `handle._report` (the loop's exception handler).
fn run_handle(vm: &mut Vm, handle: &Value) -> PyResult<()> {
    let n = names();
    let callback = field(vm, handle, &n.callback)?;
    let args = field(vm, handle, &n.args)?;
    let outcome = match args.as_obj().map(|o| &**o) {
        Some(Kind::Tuple(args)) => vm.call(&callback, args),
        _ => return Err(vm.type_error("a handle's arguments must be a tuple")),
    };
    match outcome {
        Err(e) if !vm.exc_is(&e, Exc::SystemExit) && !vm.exc_is(&e, Exc::KeyboardInterrupt) => {
            call_method(vm, handle, &n.report, &[Value::Obj(e)])?;
            Ok(())
        }
        other => other.map(drop),
    }
}

/// Run one ready item: a task's next step (see step.rs) or a handle's
/// callback (unless cancelled).
fn run_item(vm: &mut Vm, loop_: &Value, item: &Value) -> PyResult<()> {
    let n = names();
    let is_step = n.is_step.clone();
    if is_true_attr(vm, item, &is_step)? {
        super::step::step(vm, loop_, item)?;
    } else {
        let cancelled = n.cancelled.clone();
        if !is_true_attr(vm, item, &cancelled)? {
            run_handle(vm, item)?;
        }
    }
    Ok(())
}

/// Run the items of one loop pass in order. If one raises, the items after
/// it go back to the front of `loop._ready` (they run first next pass) and
/// the exception propagates.
pub fn run_batch(vm: &mut Vm, loop_: &Value, batch: &[Value]) -> PyResult<()> {
    let n = names();
    for (done, item) in batch.iter().enumerate() {
        if let Err(e) = run_item(vm, loop_, item) {
            let ready = field(vm, loop_, &n.ready)?;
            let mut rest: Vec<Value> = batch[done + 1..].to_vec();
            rest.extend(list_arg(vm, &ready)?.borrow().iter().cloned());
            let rest = vm.new_list(rest);
            set_field(vm, loop_, &n.ready, rest)?;
            return Err(e);
        }
    }
    Ok(())
}

/// `_timer_cancelled(entry)`: whether a timer entry is dead weight: a
/// cancelled `call_at()` handle, or a sleep whose task was cancelled.
fn timer_cancelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_timer_cancelled", 1, 1)?;
    if let Some(stale) = super::sleep::is_stale(&args.vals[0]) {
        return Ok(Value::Bool(stale));
    }
    let [_, _, handle] = entry_fields(&args.vals[0]) else {
        return Err(vm.type_error("timer entries are (when, seq, handle)"));
    };
    let handle = handle.clone();
    Ok(Value::Bool(is_true_attr(vm, &handle, &names().cancelled)?))
}

pub fn init(vm: &mut Vm, dict: &ObjRef) {
    super::names::init(vm);
    add_fn(vm, dict, "_schedule", schedule);
    add_fn(vm, dict, "_timer_cancelled", timer_cancelled);
}
