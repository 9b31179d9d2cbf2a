//! Making a `Task` natively for `loop.create_task(coro)` (the common case:
//! a coroutine and no name), with the fields `Task.__init__` sets, and the
//! count behind the default names ("Task-1", ...) that both share.

use core::cell::Cell;

use super::names::names;
use super::ready::list_arg;
use super::step::{class_arg, field, set_field};
use crate::global::Global;
use crate::vm::builtins::{add_fn, arg_count};
use crate::vm::object::func::{Args, GenKind};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Tasks made so far: a task's default name is its number.
static TASKS_MADE: Global<Cell<i64>> = Global::new(Cell::new(0));

fn next_number() -> i64 {
    TASKS_MADE.set(TASKS_MADE.get() + 1);
    TASKS_MADE.get()
}

/// `_next_task_number()`: the number of the task being made.
fn next_task_number(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_next_task_number", 0, 0)?;
    Ok(Value::Int(next_number()))
}

/// `_new_task(Task, coro, loop)`: a task of `loop` driving `coro`, queued
/// for its first step and listed in `loop._tasks`, as `Task(coro,
/// loop=loop)` makes it; None (nothing done) when `coro` is not a
/// coroutine, for `Task.__init__` to raise the TypeError.
fn new_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_new_task", 3, 3)?;
    let n = names();
    let [class, coro, loop_] = [&args.vals[0], &args.vals[1], &args.vals[2]];
    let is_coroutine = matches!(coro.as_obj().map(|o| &**o),
        Some(Kind::Gen(g)) if g.kind == GenKind::Coroutine);
    let class = class_arg(vm, class, "_new_task")?;
    if !is_coroutine {
        return Ok(Value::None);
    }
    let task = vm.new_instance(&class);
    set_field(vm, &task, &n.loop_, loop_.clone())?;
    set_field(vm, &task, &n.callbacks, Value::None)?;
    set_field(vm, &task, &n.coro, coro.clone())?;
    set_field(vm, &task, &n.name, Value::Int(next_number()))?;
    let ready = field(vm, loop_, &n.ready)?;
    list_arg(vm, &ready)?.borrow_mut().push(task.clone());
    let tasks = field(vm, loop_, &n.tasks)?;
    match tasks.as_obj().filter(|d| matches!(&***d, Kind::Dict(_))) {
        Some(tasks) => vm.dict_set(tasks, task.clone(), Value::None)?,
        None => return Err(vm.type_error("loop._tasks must be a dict")),
    }
    Ok(task)
}

pub fn init(vm: &mut Vm, dict: &ObjRef) {
    add_fn(vm, dict, "_next_task_number", next_task_number);
    add_fn(vm, dict, "_new_task", new_task);
}
