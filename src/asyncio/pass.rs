//! One pass of the event loop, native (`_loop_pass(loop)`, which
//! `EventLoop.run_forever` calls until the loop is stopping): drop the
//! cancelled timers at the heap's top, poll I/O (something is ready) or
//! idle until the next deadline, wake the tasks parked on sockets that
//! changed their way (waiters.rs), move the due timers to the ready queue,
//! report unretrieved failures, then run the batch that is ready (ready.rs). The branches taken
//! rarely call the loop's Python methods (events.py).

use alloc::vec::Vec;
use core::cell::RefCell;

use super::names::names;
use super::ready::{list_arg, move_due, now_micros, run_batch, timer_key};
use super::step::{call_method, field};
use super::{idle_until, poll_io, Wake};
use crate::platform::platform;
use crate::vm::builtins::{add_fn, arg_count};
use crate::vm::object::func::Args;
use crate::vm::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn truthy_field(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<bool> {
    let v = field(vm, obj, name)?;
    vm.truthy(&v)
}

/// Poll I/O when something is ready (or the loop is stopping), else idle
/// until the next timer; Ctrl-C while idle goes to `loop._interrupt()`.
fn wait_or_poll(
    vm: &mut Vm,
    loop_: &Value,
    ready: &RefCell<Vec<Value>>,
    next_when: Option<i64>,
) -> PyResult<()> {
    let n = names();
    if !ready.borrow().is_empty() || truthy_field(vm, loop_, &n.stopping)? {
        poll_io(platform().monotonic_us());
    } else if idle_until(next_when.map(|when| when.max(0) as u64)) == Wake::Interrupt {
        call_method(vm, loop_, &n.interrupt, &[])?;
    }
    Ok(())
}

fn loop_pass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_loop_pass", 1, 1)?;
    let n = names();
    let loop_ = &args.vals[0];
    if truthy_field(vm, loop_, &n.timer_cancelled_count)? {
        call_method(vm, loop_, &n.drop_cancelled_timers, &[])?;
    }
    let scheduled = field(vm, loop_, &n.scheduled)?;
    let heap = list_arg(vm, &scheduled)?;
    let next_when = heap.borrow().first().map(|e| timer_key(e).0);
    // The same list all pass long: callbacks append to it, only close()
    // (never while running) replaces it.
    let ready_list = field(vm, loop_, &n.ready)?;
    let ready = list_arg(vm, &ready_list)?;
    wait_or_poll(vm, loop_, ready, next_when)?;
    super::waiters::wake_changed(vm)?;
    if !heap.borrow().is_empty() {
        move_due(vm, heap, ready, now_micros())?;
    }
    if truthy_field(vm, loop_, &n.unretrieved)? {
        call_method(vm, loop_, &n.report_unretrieved, &[Value::Bool(false)])?;
    }
    // What the batch schedules lands in the emptied list: the next pass.
    let batch = core::mem::take(&mut *ready.borrow_mut());
    run_batch(vm, loop_, &batch)?;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, dict: &ObjRef) {
    add_fn(vm, dict, "_loop_pass", loop_pass);
}
