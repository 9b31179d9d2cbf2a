//! A task's step, native, for the common case: the task is pending, not
//! being cancelled, and was woken by a future that finished with a result
//! (or by nothing: a bare yield). The coroutine is resumed here, and what it
//! hands back is handled here when it is the usual thing (None: step again
//! next pass; a pending future of this loop: park on it). The rest stays in
//! `Task` (tasks.py): `_step` itself when a precondition fails (nothing has
//! been done yet then), `_park_on` for an unusual yield, `_returned` and
//! `_step_failed` for the end of the coroutine.

use crate::vm::eval::run::Exit;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::asyncio_ready::list_arg;

/// `obj.name`, read straight from the instance dict when it is there, else
/// looked up as usual. The loop's objects keep their state in their dicts,
/// and like CPython's C Task (whose state is in struct fields) the loop
/// reads and writes it without going through descriptors or `__setattr__`.
pub fn field(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    let name = vm.intern(name);
    if let Some(Kind::Instance(i)) = obj.as_obj().map(|o| &**o) {
        if let Some(v) = vm.dict_get_str_quiet(&i.dict, &name) {
            return Ok(v);
        }
    }
    vm.get_attr(obj, &name)
}

/// `obj.name = v`, into the instance dict (see [`field`]).
pub fn set_field(vm: &mut Vm, obj: &Value, name: &str, v: Value) -> PyResult<()> {
    let name = vm.intern(name);
    match obj.as_obj().map(|o| &**o) {
        Some(Kind::Instance(i)) => {
            vm.dict_set_str(&i.dict, name, v);
            Ok(())
        }
        _ => vm.set_attr(obj, &name, v),
    }
}

pub fn call_method(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let name = vm.intern(name);
    let method = vm.get_attr(obj, &name)?;
    vm.call(&method, args)
}

fn is_pending(state: &Value) -> bool {
    str_of(state) == Some("PENDING")
}

/// Whether the task can step here: pending, no cancel request, and its
/// waiter (if any) pending or finished with a result. Returns the coroutine.
fn plain_step(vm: &mut Vm, task: &Value) -> PyResult<Option<ObjRef>> {
    if !is_pending(&field(vm, task, "_state")?) {
        return Ok(None);
    }
    if !matches!(field(vm, task, "_must_cancel")?, Value::Bool(false)) {
        return Ok(None);
    }
    let waiter = field(vm, task, "_fut_waiter")?;
    if !waiter.is_none() {
        let state = field(vm, &waiter, "_state")?;
        let ok = is_pending(&state)
            || (str_of(&state) == Some("FINISHED") && field(vm, &waiter, "_exception")?.is_none());
        if !ok {
            return Ok(None);
        }
    }
    let coro = field(vm, task, "_coro")?;
    Ok(coro
        .as_obj()
        .filter(|g| matches!(&***g, Kind::Gen(_)))
        .cloned())
}

/// Park the task on `fut` as `Task._park_on` does for a pending future of
/// the same loop; false (nothing done) for anything else.
fn park(vm: &mut Vm, loop_: &Value, task: &Value, fut: &Value) -> PyResult<bool> {
    let blocking = vm.intern("_asyncio_future_blocking");
    if !matches!(vm.get_attr_opt(fut, &blocking)?, Some(Value::Bool(true))) || fut.is(task) {
        return Ok(false);
    }
    if !field(vm, fut, "_loop")?.is(loop_) || !is_pending(&field(vm, fut, "_state")?) {
        return Ok(false);
    }
    if !matches!(field(vm, task, "_must_cancel")?, Value::Bool(false)) {
        return Ok(false);
    }
    let callbacks = field(vm, fut, "_callbacks")?;
    let Some(Kind::List(list)) = callbacks.as_obj().map(|o| &**o) else {
        return Ok(false);
    };
    list.borrow_mut().push(task.clone());
    set_field(vm, fut, "_asyncio_future_blocking", Value::Bool(false))?;
    set_field(vm, task, "_fut_waiter", fut.clone())?;
    Ok(true)
}

/// What the step's resume gave back, handled while the task is current.
fn after_resume(vm: &mut Vm, loop_: &Value, task: &Value, outcome: PyResult<Exit>) -> PyResult<()> {
    match outcome {
        Ok(Exit::Yield(Value::None)) => {
            let ready = field(vm, loop_, "_ready")?;
            list_arg(vm, &ready)?.borrow_mut().push(task.clone());
        }
        Ok(Exit::Yield(fut)) => {
            if !park(vm, loop_, task, &fut)? {
                call_method(vm, task, "_park_on", &[fut])?;
            }
        }
        Ok(Exit::Return(v)) => {
            set_field(vm, task, "_result", v)?;
            call_method(vm, task, "_returned", &[])?;
        }
        Err(e) => {
            let fatal = call_method(vm, task, "_step_failed", &[Value::Obj(e.clone())])?;
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
    let Some(coro) = plain_step(vm, task)? else {
        call_method(vm, task, "_step", &[])?;
        return Ok(());
    };
    set_field(vm, task, "_fut_waiter", Value::None)?;
    set_field(vm, loop_, "_current_task", task.clone())?;
    let outcome = vm.gen_resume(&coro, Value::None, None);
    let handled = after_resume(vm, loop_, task, outcome);
    set_field(vm, loop_, "_current_task", Value::None)?;
    handled
}
