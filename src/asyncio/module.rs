//! The `asyncio` module: the native core the frozen Python source builds
//! on (clock, idle wait, timer heap, I/O poll hook, exception printing),
//! then the Python source itself (asyncio/*.py, written here from the
//! asyncio documentation), executed into the module's namespace.

use super::ready::{list_arg, timer_key};
use super::timer_heap;
use crate::platform::platform;
use crate::vm::builtins::{add_fn, arg_count};
use crate::vm::eval::run::Exit;
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The Python half (frozen modules `asyncio.NAME`, src/pyglue/frozen_code.rs),
/// in load order: each part sees the names of the ones before.
const PARTS: [&str; 9] = [
    "asyncio.structures",
    "asyncio.futures",
    "asyncio.tasks",
    "asyncio.events",
    "asyncio.funcs",
    "asyncio.locks",
    "asyncio.queues",
    "asyncio.timeouts",
    "asyncio.taskgroups",
];

fn now_us() -> u64 {
    platform().monotonic_us()
}

/// `_monotonic()`: the loop's clock in seconds.
fn monotonic(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_monotonic", 0, 0)?;
    Ok(Value::Float(now_us() as f64 / 1e6))
}

/// `_interrupted()`: take the Ctrl-C flag.
fn interrupted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_interrupted", 0, 0)?;
    Ok(Value::Bool(platform().take_interrupt()))
}

/// `_heappush(heap, (when, seq, handle))`.
fn heappush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_heappush", 2, 2)?;
    let list = list_arg(vm, &args.vals[0])?;
    timer_heap::push(&mut list.borrow_mut(), args.vals[1].clone(), timer_key);
    Ok(Value::None)
}

/// `_heappop(heap)`: the earliest entry.
fn heappop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_heappop", 1, 1)?;
    let list = list_arg(vm, &args.vals[0])?;
    let top = timer_heap::pop(&mut list.borrow_mut(), timer_key);
    match top {
        Some(v) => Ok(v),
        None => Err(vm.new_exc(
            crate::vm::builtins::exc_table::Exc::IndexError,
            "index out of range",
        )),
    }
}

/// `_refcount(obj)`: references to `obj`, this call's own included. The
/// loop uses it to see when nobody but itself holds a failed future any
/// more (where CPython's `Future.__del__` reports unretrieved exceptions).
fn refcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_refcount", 1, 1)?;
    Ok(Value::Int(
        args.vals[0].as_obj().map_or(0, |o| o.refcount()) as i64,
    ))
}

/// `_print_exception(exc)`: the traceback as an uncaught exception prints it.
fn print_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_print_exception", 1, 1)?;
    if let Some(e) = args.vals[0]
        .as_obj()
        .filter(|_| vm.is_exception(&args.vals[0]))
    {
        let e = e.clone();
        vm.print_exception(&e);
    }
    Ok(Value::None)
}

/// `_drop_step_frame(exc)`: remove the outermost traceback entry (the
/// loop's own `Task._step`), so a task's traceback starts at its coroutine
/// as in CPython, whose step is native.
fn drop_step_frame(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_drop_step_frame", 1, 1)?;
    if let Some(d) = args.vals[0].as_obj().and_then(|e| vm.exc_data(e)) {
        let mut d = d.borrow_mut();
        let next = match d.traceback.as_obj().map(|t| &**t) {
            Some(Kind::Traceback(_, next)) => Some(next.clone()),
            _ => None,
        };
        if let Some(next) = next {
            d.traceback = next;
        }
    }
    Ok(Value::None)
}

/// `_resume(coro, exc, task)`: one step of a task's coroutine, sending None
/// or throwing `exc`. Returns what the coroutine yielded; when it returns
/// instead, stores the value in `task._result` and returns `coro` itself
/// (no StopIteration is made, and no `send` method looked up).
fn resume(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_resume", 3, 3)?;
    let [coro, exc, task] = [&args.vals[0], &args.vals[1], &args.vals[2]];
    let Some(gen) = coro.as_obj().filter(|g| matches!(&***g, Kind::Gen(_))) else {
        return Err(vm.type_error("_resume() needs a coroutine"));
    };
    let throw = match exc {
        Value::None => None,
        e => Some(vm.make_raisable(e.clone(), None)?),
    };
    match vm.gen_resume(gen, Value::None, throw)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => {
            let name = vm.intern("_result");
            vm.set_attr(task, &name, v)?;
            Ok(coro.clone())
        }
    }
}

pub fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    add_fn(vm, dict, "_monotonic", monotonic);
    add_fn(vm, dict, "_interrupted", interrupted);
    add_fn(vm, dict, "_heappush", heappush);
    add_fn(vm, dict, "_heappop", heappop);
    super::ready::init(vm, dict);
    super::pass::init(vm, dict);
    super::settle::init(vm, dict);
    super::sleep::init(vm, dict);
    super::task::init(vm, dict);
    super::future::init(vm, dict);
    super::waiters::init(vm, dict);
    add_fn(vm, dict, "_refcount", refcount);
    add_fn(vm, dict, "_print_exception", print_exception);
    add_fn(vm, dict, "_drop_step_frame", drop_step_frame);
    add_fn(vm, dict, "_resume", resume);
    for name in PARTS {
        crate::pyglue::frozen_code::run(vm, dict, name)?;
    }
    super::streams::init(vm, dict)
}
