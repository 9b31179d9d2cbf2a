//! The `time` module: the clocks (`time`, `monotonic`, `perf_counter`, the
//! `_ns` forms), `sleep`, and MicroPython's `ticks_ms`/`ticks_us`/
//! `ticks_diff`/`ticks_add`/`sleep_ms`. Sleeping goes through the asyncio
//! idle wait, so it does not burn the CPU and Ctrl-C interrupts it.

mod calendar;

use crate::asyncio::{idle_until, Wake};
use crate::platform::platform;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::{add_fn, arg_count, int_arg};
use crate::vm::object::func::Args;
use crate::vm::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// MicroPython's ticks wrap at 2**30.
const TICKS_PERIOD: i64 = 1 << 30;

fn monotonic(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "monotonic", 0, 0)?;
    Ok(Value::Float(platform().monotonic_us() as f64 / 1e6))
}

fn monotonic_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "monotonic_ns", 0, 0)?;
    Ok(Value::Int(platform().monotonic_us() as i64 * 1000))
}

fn time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "time", 0, 0)?;
    Ok(Value::Float(platform().unix_time_us() as f64 / 1e6))
}

fn time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "time_ns", 0, 0)?;
    Ok(Value::Int(platform().unix_time_us() * 1000))
}

/// Sleep `us` microseconds; Ctrl-C raises KeyboardInterrupt.
fn sleep_us(vm: &mut Vm, us: u64) -> PyResult<Value> {
    let deadline = platform().monotonic_us() + us;
    loop {
        match idle_until(Some(deadline)) {
            Wake::Deadline => return Ok(Value::None),
            Wake::Interrupt => return Err(vm.new_exc_empty(Exc::KeyboardInterrupt)),
            Wake::Io => {}
        }
    }
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "sleep", 1, 1)?;
    let secs = super::number_arg(vm, &args.vals[0], "a float")?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    sleep_us(vm, (secs * 1e6) as u64)
}

fn sleep_ms(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "sleep_ms", 1, 1)?;
    let ms = int_arg(vm, &args.vals[0])?;
    sleep_us(vm, ms.max(0) as u64 * 1000)
}

fn ticks_ms(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "ticks_ms", 0, 0)?;
    Ok(Value::Int(
        (platform().monotonic_us() / 1000) as i64 % TICKS_PERIOD,
    ))
}

fn ticks_us(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "ticks_us", 0, 0)?;
    Ok(Value::Int(platform().monotonic_us() as i64 % TICKS_PERIOD))
}

/// Wrap a tick difference into [-period/2, period/2).
fn wrap_ticks(d: i64) -> i64 {
    (d + TICKS_PERIOD / 2).rem_euclid(TICKS_PERIOD) - TICKS_PERIOD / 2
}

fn ticks_diff(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "ticks_diff", 2, 2)?;
    let (a, b) = (int_arg(vm, &args.vals[0])?, int_arg(vm, &args.vals[1])?);
    Ok(Value::Int(wrap_ticks(a - b)))
}

fn ticks_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "ticks_add", 2, 2)?;
    let (a, b) = (int_arg(vm, &args.vals[0])?, int_arg(vm, &args.vals[1])?);
    Ok(Value::Int((a + b).rem_euclid(TICKS_PERIOD)))
}

pub fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    add_fn(vm, dict, "monotonic", monotonic);
    add_fn(vm, dict, "perf_counter", monotonic);
    add_fn(vm, dict, "monotonic_ns", monotonic_ns);
    add_fn(vm, dict, "perf_counter_ns", monotonic_ns);
    add_fn(vm, dict, "time", time);
    add_fn(vm, dict, "time_ns", time_ns);
    add_fn(vm, dict, "sleep", sleep);
    add_fn(vm, dict, "sleep_ms", sleep_ms);
    add_fn(vm, dict, "ticks_ms", ticks_ms);
    add_fn(vm, dict, "ticks_us", ticks_us);
    add_fn(vm, dict, "ticks_diff", ticks_diff);
    add_fn(vm, dict, "ticks_add", ticks_add);
    calendar::init(vm, dict)?;
    Ok(())
}
