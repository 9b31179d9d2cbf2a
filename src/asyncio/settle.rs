//! Finishing a future natively, as `Future._settle` does for the FINISHED
//! state: the state changes and each done callback is queued, a waiting
//! task as itself (its next step) and any other callback in a `Handle`
//! made here (the class registered by futures.py), with no Python frame;
//! [`settle_pending`] for the loop's own wake-ups (sockets).

use core::cell::RefCell;

use super::names::names;
use super::ready::list_arg;
use super::step::{call_method, class_arg, field, is_true_attr, set_field};
use crate::global::Global;
use crate::vm::builtins::{add_fn, arg_count};
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// `Handle` (futures.py), for the callbacks queued here.
static HANDLE_CLASS: Global<RefCell<Option<ObjRef>>> = Global::new(RefCell::new(None));

/// `_native_handle_class(Handle)`: the class of the handles made here.
fn register_handle_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_native_handle_class", 1, 1)?;
    let class = class_arg(vm, &args.vals[0], "_native_handle_class")?;
    *HANDLE_CLASS.borrow_mut() = Some(class);
    Ok(Value::None)
}

/// `Handle(callback, (fut,), loop)`, made as `Handle.__init__` would.
fn callback_handle(
    vm: &mut Vm,
    class: &ObjRef,
    callback: &Value,
    fut: &Value,
    loop_: &Value,
) -> PyResult<Value> {
    let n = names();
    let handle = vm.new_instance(class);
    set_field(vm, &handle, &n.callback, callback.clone())?;
    let args = vm.new_tuple(alloc::vec![fut.clone()]);
    set_field(vm, &handle, &n.args, args)?;
    set_field(vm, &handle, &n.loop_, loop_.clone())?;
    Ok(handle)
}

/// Put a pending future whose result is set into the FINISHED state and
/// queue its done callbacks, as `Future._settle` does. False, with nothing
/// done, where only `Future._settle` can (a loop that is closed, or no
/// `Handle` class registered while a callback needs one).
pub fn settle_finished(vm: &mut Vm, loop_: &Value, fut: &Value) -> PyResult<bool> {
    let n = names();
    let callbacks = field(vm, fut, &n.callbacks)?;
    let waiters = match callbacks.as_obj().map(|o| &**o) {
        None if callbacks.is_none() => alloc::vec::Vec::new(),
        Some(Kind::List(callbacks)) => callbacks.borrow().clone(),
        _ => return Ok(false),
    };
    let mut queued = alloc::vec::Vec::with_capacity(waiters.len());
    if !waiters.is_empty() {
        let closed = field(vm, loop_, &n.closed)?;
        if vm.truthy(&closed)? {
            return Ok(false); // Future._settle raises the RuntimeError
        }
        let handle_class = HANDLE_CLASS.borrow().clone();
        for waiter in &waiters {
            if is_true_attr(vm, waiter, &n.is_step)? {
                queued.push(waiter.clone());
            } else if let Some(class) = &handle_class {
                queued.push(callback_handle(vm, class, waiter, fut, loop_)?);
            } else {
                return Ok(false);
            }
        }
    }
    let finished = Value::Obj(n.finished.clone());
    set_field(vm, fut, &n.state, finished)?;
    if !queued.is_empty() {
        set_field(vm, fut, &n.callbacks, Value::None)?;
        let ready = field(vm, loop_, &n.ready)?;
        list_arg(vm, &ready)?.borrow_mut().extend(queued);
    }
    Ok(true)
}

/// Give a future `result` if it is still pending (a cancelled one is left
/// alone), natively or, where only `Future._settle` can, by `set_result`.
pub fn settle_pending(vm: &mut Vm, loop_: &Value, fut: &Value, result: &Value) -> PyResult<()> {
    let n = names();
    if str_of(&field(vm, fut, &n.state)?) != Some("PENDING") {
        return Ok(());
    }
    set_field(vm, fut, &n.result, result.clone())?;
    if !settle_finished(vm, loop_, fut)? {
        call_method(vm, fut, &n.set_result, core::slice::from_ref(result))?;
    }
    Ok(())
}

pub fn init(vm: &mut Vm, dict: &ObjRef) {
    add_fn(vm, dict, "_native_handle_class", register_handle_class);
}
