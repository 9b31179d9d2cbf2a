//! Methods of generators and coroutines (`send`, `throw`, `close`,
//! `__next__`, `__await__`) and of native iterators (`__next__`, `__iter__`).

use alloc::format;

use super::{add_getset, add_method};
use crate::vm::eval::run::Exit;
use crate::vm::object::func::Args;
use crate::vm::object::iter::{FirstStep, IterState};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn this(vm: &mut Vm, args: Args, name: &str) -> PyResult<ObjRef> {
    match args.vals.first().and_then(|v| v.as_obj()) {
        Some(o) if matches!(&**o, Kind::Gen(_)) => Ok(o.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a generator object"))),
    }
}

fn finish(vm: &mut Vm, r: Exit) -> PyResult<Value> {
    match r {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "send", 1, 1)?;
    let g = this(vm, args, "send")?;
    let r = vm.gen_resume(&g, args.vals[1].clone(), None)?;
    finish(vm, r)
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, args, "__next__")?;
    let r = vm.gen_resume(&g, Value::None, None)?;
    finish(vm, r)
}

fn throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "throw", 1, 3)?;
    let g = this(vm, args, "throw")?;
    let typ = args.vals[1].clone();
    let exc = match (args.vals.get(2), vm.is_exception(&typ)) {
        (_, true) => typ,
        (Some(v), false) if !v.is_none() => {
            if vm.is_exception(v) {
                v.clone()
            } else {
                vm.call(&typ, core::slice::from_ref(v))?
            }
        }
        _ => typ,
    };
    let e = vm.make_raisable(exc, None)?;
    if let Some(tb) = args.vals.get(3) {
        if let Some(d) = vm.exc_data(&e) {
            d.borrow_mut().traceback = tb.clone();
        }
    }
    let r = vm.gen_resume(&g, Value::None, Some(e))?;
    finish(vm, r)
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, args, "close")?;
    vm.gen_close(&g)
}

fn identity(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.vals.first().cloned().unwrap_or(Value::None))
}

fn name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.as_obj().map(|o| &**o) {
        Some(Kind::Gen(g)) => g.name.clone(),
        _ => Value::None,
    })
}

fn qualname(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.as_obj().map(|o| &**o) {
        Some(Kind::Gen(g)) => g.qualname.clone(),
        _ => Value::None,
    })
}

fn asend_of(
    vm: &mut Vm,
    args: Args,
    first: Option<Value>,
    throw: Option<Value>,
    closing: bool,
) -> PyResult<Value> {
    let g = args.vals.first().cloned().unwrap_or(Value::None);
    if !matches!(g.as_obj().map(|o| &**o), Some(Kind::Gen(_))) {
        return Err(vm.type_error("descriptor requires an 'async_generator' object"));
    }
    let first = match (first, throw) {
        (_, Some(e)) => FirstStep::Throw(e),
        (Some(v), None) => FirstStep::Send(v),
        (None, None) => FirstStep::Resume,
    };
    Ok(crate::vm::eval::iterate::new_iter(IterState::AsyncGenSend(
        g, first, closing,
    )))
}

fn anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    asend_of(vm, args, None, None, false)
}

fn asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "asend", 1, 1)?;
    let v = args.vals[1].clone();
    asend_of(vm, args, Some(v), None, false)
}

fn athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "athrow", 1, 3)?;
    let e = args.vals[1].clone();
    asend_of(vm, args, None, Some(e), false)
}

fn aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let started = match args.vals.first().and_then(|v| v.as_obj()).map(|o| &**o) {
        Some(Kind::Gen(g)) => g.started.get() && g.frame.borrow().is_some(),
        _ => false,
    };
    if !started {
        if let Some(Kind::Gen(g)) = args.vals.first().and_then(|v| v.as_obj()).map(|o| &**o) {
            g.frame.borrow_mut().take();
        }
    }
    let e = Value::Obj(vm.exc_class(super::exc_table::Exc::GeneratorExit));
    asend_of(vm, args, None, if started { Some(e) } else { None }, true)
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    for cls in [&t.generator, &t.coroutine] {
        add_method(vm, cls, "send", send);
        add_method(vm, cls, "throw", throw);
        add_method(vm, cls, "close", close);
        add_getset(vm, cls, "__name__", name, None);
        add_getset(vm, cls, "__qualname__", qualname, None);
    }
    add_method(vm, &t.generator, "__next__", gen_next);
    add_method(vm, &t.generator, "__iter__", identity);
    add_method(vm, &t.coroutine, "__await__", identity);
    add_method(vm, &t.async_generator, "__aiter__", identity);
    add_method(vm, &t.async_generator, "__anext__", anext);
    add_method(vm, &t.async_generator, "asend", asend);
    add_method(vm, &t.async_generator, "athrow", athrow);
    add_method(vm, &t.async_generator, "aclose", aclose);
    add_getset(vm, &t.async_generator, "__name__", name, None);
    add_getset(vm, &t.async_generator, "__qualname__", qualname, None);
}
