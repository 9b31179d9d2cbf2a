//! A task's step, native, for the common case: the task is pending, not
//! being cancelled, and was woken by a future that finished with a result
//! (or by nothing: a bare yield). The coroutine is resumed here, and what it
//! hands back is handled here when it is the usual thing (None: step again
//! next pass; a sleep: park on the timer; a pending future of this loop:
//! park on it). The rest stays in
//! `Task` (tasks.py): `_step` itself when a precondition fails (nothing has
//! been done yet then), `_park_on` for an unusual yield, `_returned` (when
//! the end is not the plain case either) and `_step_failed`. Settling a
//! future is in settle.rs.

use crate::vm::eval::run::Exit;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::names::names;
use super::ready::list_arg;
use super::settle::settle_finished;

/// `obj.name`, read straight from the instance's own attributes, else
/// looked up as usual. The loop's objects keep their state as attributes,
/// and like CPython's C Task (whose state is in struct fields) the loop
/// reads and writes it without going through descriptors or `__setattr__`.
pub fn field(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<Value> {
    if let Some(Kind::Instance(i)) = obj.as_obj().map(|o| &**o) {
        if let Some(v) = i.get(name) {
            return Ok(v);
        }
    }
    vm.get_attr(obj, name)
}

/// `obj.name = v`, into the instance's own attributes (see [`field`]).
pub fn set_field(vm: &mut Vm, obj: &Value, name: &ObjRef, v: Value) -> PyResult<()> {
    match obj.as_obj().map(|o| &**o) {
        Some(Kind::Instance(i)) => {
            i.set(name, v);
            Ok(())
        }
        _ => vm.set_attr(obj, name, v),
    }
}

/// The class argument of the loop's natives (`what` names the function).
pub fn class_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<ObjRef> {
    match v.as_obj().filter(|c| matches!(&***c, Kind::Class(_))) {
        Some(class) => Ok(class.clone()),
        None => Err(vm.type_error(alloc::format!("{what}() needs a class"))),
    }
}

pub fn call_method(vm: &mut Vm, obj: &Value, name: &ObjRef, args: &[Value]) -> PyResult<Value> {
    let method = vm.get_attr(obj, name)?;
    vm.call(&method, args)
}

/// `obj.name is True` for a flag the loop's classes set at class level
/// (`_is_step`, `Handle._cancelled`): the instance dict, then the class's
/// MRO, with no descriptor machinery (see [`field`]).
pub fn is_true_attr(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<bool> {
    Ok(matches!(field_opt(vm, obj, name)?, Some(Value::Bool(true))))
}

/// As [`field`], None when there is no such attribute.
pub fn field_opt(vm: &mut Vm, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
    if let Some(Kind::Instance(i)) = obj.as_obj().map(|o| &**o) {
        if let Some(v) = i.get(name) {
            return Ok(Some(v));
        }
        let class = i.class().clone();
        if let Some(v) = vm.lookup(&class, name) {
            if matches!(v, Value::Bool(_) | Value::None) {
                return Ok(Some(v));
            }
        }
    }
    vm.get_attr_opt(obj, name)
}

/// The coroutine returned (its value is in `_result`): finish the task as
/// `Task._returned` does when no cancel request came meanwhile and only
/// tasks wait on it; false, with nothing done, otherwise.
fn finish_task(vm: &mut Vm, loop_: &Value, task: &Value) -> PyResult<bool> {
    let n = names();
    if !matches!(field(vm, task, &n.must_cancel)?, Value::Bool(false)) {
        return Ok(false);
    }
    if !settle_finished(vm, loop_, task)? {
        return Ok(false);
    }
    // Task._forget: the loop's live tasks no longer include it.
    let tasks = field(vm, loop_, &n.tasks)?;
    if let Some(tasks) = tasks.as_obj().filter(|d| matches!(&***d, Kind::Dict(_))) {
        vm.dict_del(tasks, task)?;
    }
    Ok(true)
}

fn is_pending(state: &Value) -> bool {
    str_of(state) == Some("PENDING")
}

/// Whether the task can step here: pending, no cancel request, and its
/// waiter (if any) a sleep not cancelled, or a future pending or finished
/// with a result. Returns the coroutine.
fn plain_step(vm: &mut Vm, task: &Value) -> PyResult<Option<ObjRef>> {
    let n = names();
    if !is_pending(&field(vm, task, &n.state)?) {
        return Ok(None);
    }
    if !matches!(field(vm, task, &n.must_cancel)?, Value::Bool(false)) {
        return Ok(None);
    }
    let waiter = field(vm, task, &n.fut_waiter)?;
    if super::sleep::is_sleep(&waiter) {
        if super::sleep::cancelled(&waiter).is_some() {
            return Ok(None);
        }
    } else if !waiter.is_none() {
        let state = field(vm, &waiter, &n.state)?;
        let ok = is_pending(&state)
            || (str_of(&state) == Some("FINISHED") && field(vm, &waiter, &n.exception)?.is_none());
        if !ok {
            return Ok(None);
        }
    }
    let coro = field(vm, task, &n.coro)?;
    Ok(coro
        .as_obj()
        .filter(|g| matches!(&***g, Kind::Gen(_)))
        .cloned())
}

/// Park the task on `fut` as `Task._park_on` does for a pending future of
/// the same loop; false (nothing done) for anything else.
fn park(vm: &mut Vm, loop_: &Value, task: &Value, fut: &Value) -> PyResult<bool> {
    let n = names();
    let blocking = n.asyncio_future_blocking.clone();
    if !matches!(field_opt(vm, fut, &blocking)?, Some(Value::Bool(true))) || fut.is(task) {
        return Ok(false);
    }
    if !field(vm, fut, &n.loop_)?.is(loop_) || !is_pending(&field(vm, fut, &n.state)?) {
        return Ok(false);
    }
    if !matches!(field(vm, task, &n.must_cancel)?, Value::Bool(false)) {
        return Ok(false);
    }
    let callbacks = field(vm, fut, &n.callbacks)?;
    match callbacks.as_obj().map(|o| &**o) {
        // The first callback: the list is made now (Future._callbacks).
        None if callbacks.is_none() => {
            let list = vm.new_list(alloc::vec![task.clone()]);
            set_field(vm, fut, &n.callbacks, list)?;
        }
        Some(Kind::List(list)) => list.borrow_mut().push(task.clone()),
        _ => return Ok(false),
    }
    set_field(vm, fut, &n.asyncio_future_blocking, Value::Bool(false))?;
    set_field(vm, task, &n.fut_waiter, fut.clone())?;
    Ok(true)
}

/// What the step's resume gave back, handled while the task is current.
fn after_resume(vm: &mut Vm, loop_: &Value, task: &Value, outcome: PyResult<Exit>) -> PyResult<()> {
    let n = names();
    match outcome {
        Ok(Exit::Yield(Value::None)) => {
            let ready = field(vm, loop_, &n.ready)?;
            list_arg(vm, &ready)?.borrow_mut().push(task.clone());
        }
        Ok(Exit::Yield(fut)) => {
            if !super::sleep::park(vm, loop_, task, &fut)? && !park(vm, loop_, task, &fut)? {
                call_method(vm, task, &n.park_on, &[fut])?;
            }
        }
        Ok(Exit::Return(v)) => {
            set_field(vm, task, &n.result, v)?;
            if !finish_task(vm, loop_, task)? {
                call_method(vm, task, &n.returned, &[])?;
            }
        }
        Err(e) => {
            let fatal = call_method(vm, task, &n.step_failed, &[Value::Obj(e.clone())])?;
            if matches!(fatal, Value::Bool(true)) {
                return Err(e);
            }
        }
    }
    Ok(())
}

/// Run the task's next step; the Python `_step` runs it instead when it is
/// not the plain case (see the module doc).
pub fn step(vm: &mut Vm, loop_: &Value, task: &Value) -> PyResult<()> {
    let n = names();
    let Some(coro) = plain_step(vm, task)? else {
        call_method(vm, task, &n.step, &[])?;
        return Ok(());
    };
    set_field(vm, task, &n.fut_waiter, Value::None)?;
    set_field(vm, loop_, &n.current_task, task.clone())?;
    let outcome = vm.gen_resume(&coro, Value::None, None);
    let handled = after_resume(vm, loop_, task, outcome);
    set_field(vm, loop_, &n.current_task, Value::None)?;
    handled
}
