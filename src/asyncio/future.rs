//! `Future.done`, `cancelled`, `result` and `exception`, native (installed
//! on the class by futures.py): the loop's combinators and callbacks call
//! them for every child and waiter. A future that is not finished goes to
//! `Future._raise_not_finished` (futures.py), which raises the right error.

use super::names::names;
use super::step::{call_method, class_arg, field, set_field};
use crate::vm::builtins::{add_fn, add_method, arg_count};
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn state_is(vm: &mut Vm, fut: &Value, state: &str) -> PyResult<bool> {
    Ok(str_of(&field(vm, fut, &names().state)?) == Some(state))
}

fn done(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "done", 1, 1)?;
    Ok(Value::Bool(!state_is(vm, &args.vals[0], "PENDING")?))
}

fn cancelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "cancelled", 1, 1)?;
    Ok(Value::Bool(state_is(vm, &args.vals[0], "CANCELLED")?))
}

/// The exception of a finished future (None if it has a result), now
/// retrieved; an unfinished one raises (`_raise_not_finished(missing)`).
fn finished_exception(vm: &mut Vm, fut: &Value, missing: &str) -> PyResult<Value> {
    let n = names();
    if !state_is(vm, fut, "FINISHED")? {
        let missing = Value::Obj(crate::vm::object::str::new_str(missing));
        call_method(vm, fut, &n.raise_not_finished, &[missing])?;
    }
    set_field(vm, fut, &n.log_traceback, Value::Bool(false))?;
    field(vm, fut, &n.exception)
}

fn result(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "result", 1, 1)?;
    let fut = &args.vals[0];
    let exc = finished_exception(vm, fut, "Result is not set.")?;
    if !exc.is_none() {
        return Err(vm.make_raisable(exc, None)?);
    }
    field(vm, fut, &names().result)
}

fn exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "exception", 1, 1)?;
    finished_exception(vm, &args.vals[0], "Exception is not set.")
}

/// `_native_future_methods(Future)`.
fn install(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_native_future_methods", 1, 1)?;
    let class = class_arg(vm, &args.vals[0], "_native_future_methods")?;
    add_method(vm, &class, "done", done);
    add_method(vm, &class, "cancelled", cancelled);
    add_method(vm, &class, "result", result);
    add_method(vm, &class, "exception", exception);
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, dict: &ObjRef) {
    add_fn(vm, dict, "_native_future_methods", install);
}
