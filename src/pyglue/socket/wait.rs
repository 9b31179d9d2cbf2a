//! Blocking on the network without an event loop: poll the stack, and
//! between polls idle through the platform (as `time.sleep` and the asyncio
//! loop do), until a socket is ready, a deadline passes or Ctrl-C
//! (KeyboardInterrupt). Taking no readiness changes from the stack, this
//! leaves asyncio's wake-ups alone: a loop running around the call still
//! sees them. Beside the waits: `_net_poll` (push queued data out after
//! a send) and `_net_own_ip` (what `bind` accepts besides 0.0.0.0).

use alloc::vec::Vec;

use crate::asyncio::streams::{id_arg, net};
use crate::asyncio::{idle_until, io::if_net, poll_io, Wake};
use crate::net::{Net, SocketId};
use crate::platform::platform;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::{add_fn, arg_count, int_arg};
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A timeout argument (seconds, None: no limit) as a monotonic deadline.
fn deadline_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<u64>> {
    if v.is_none() {
        return Ok(None);
    }
    let seconds = super::super::number_arg(vm, v, "a timeout")?;
    let us = if seconds > 0.0 {
        (seconds * 1e6) as u64
    } else {
        0
    };
    Ok(Some(platform().monotonic_us().saturating_add(us)))
}

/// Poll until `ready` gives a value or `deadline_us` passes (None then).
fn block<T>(
    vm: &mut Vm,
    deadline_us: Option<u64>,
    mut ready: impl FnMut(&mut Net) -> Option<T>,
) -> PyResult<Option<T>> {
    let p = platform();
    loop {
        poll_io(p.monotonic_us());
        if let Some(found) = if_net(&mut ready).flatten() {
            return Ok(Some(found));
        }
        if deadline_us.is_some_and(|d| p.monotonic_us() >= d) {
            return Ok(None);
        }
        if idle_until(deadline_us) == Wake::Interrupt {
            return Err(vm.new_exc_empty(Exc::KeyboardInterrupt));
        }
    }
}

fn bits(net: &Net, id: SocketId) -> i64 {
    i64::from(net.readiness(id).bits())
}

/// `_net_wait(id, mask, timeout)`: the socket's readiness bits once one of
/// `mask` is set (1 readable, 2 writable, 4 closed, 8 error); 0 when the
/// timeout (seconds; None: none) passes first.
fn wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_wait", 3, 3)?;
    let id = id_arg(vm, &args.vals[0])?;
    let mask = int_arg(vm, &args.vals[1])?;
    let deadline = deadline_arg(vm, &args.vals[2])?;
    net(vm, |_| ())?;
    let found = block(vm, deadline, |n| {
        let now = bits(n, id);
        (now & mask != 0).then_some(now)
    })?;
    Ok(Value::Int(found.unwrap_or(0)))
}

/// `_net_select(pairs, timeout)`: `pairs` is a flat list of id, mask, id,
/// mask...; a list of each id's readiness bits within its mask, once any is
/// non-zero or the timeout passes (then all are 0).
fn select(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_select", 2, 2)?;
    let Some(Kind::List(list)) = args.vals[0].as_obj().map(|o| &**o) else {
        return Err(vm.type_error("_net_select() needs a list"));
    };
    let items = list.borrow().clone();
    let mut pairs = Vec::with_capacity(items.len() / 2);
    for pair in items.chunks(2) {
        let [id, mask] = pair else {
            return Err(vm.type_error("_net_select() needs id, mask pairs"));
        };
        pairs.push((id_arg(vm, id)?, int_arg(vm, mask)?));
    }
    let deadline = deadline_arg(vm, &args.vals[1])?;
    net(vm, |_| ())?;
    let masked =
        |n: &Net| -> Vec<i64> { pairs.iter().map(|&(id, mask)| bits(n, id) & mask).collect() };
    let found = block(vm, deadline, |n| {
        let now = masked(n);
        now.iter().any(|&b| b != 0).then_some(now)
    })?;
    let found = found.unwrap_or_else(|| alloc::vec![0; pairs.len()]);
    Ok(vm.new_list(found.into_iter().map(Value::Int).collect()))
}

/// `_net_wait_up(timeout)`: bring the network up and wait for an address
/// (DHCP); whether one came before the timeout.
fn wait_up(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_wait_up", 1, 1)?;
    let deadline = deadline_arg(vm, &args.vals[0])?;
    net(vm, |_| ())?;
    let up = block(vm, deadline, |n| n.ipv4().address.map(|_| ()))?;
    Ok(Value::Bool(up.is_some()))
}

/// `_net_own_ip()`: the program's address (dotted), None before DHCP.
fn own_ip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_own_ip", 0, 0)?;
    match net(vm, |n| n.ipv4().address)? {
        Some(ip) => Ok(vm.new_str_value(alloc::format!("{ip}"))),
        None => Ok(Value::None),
    }
}

/// `_net_poll()`: move queued data out (after a send that did not block).
fn poll(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_poll", 0, 0)?;
    poll_io(platform().monotonic_us());
    Ok(Value::None)
}

pub(super) fn add(vm: &mut Vm, dict: &ObjRef) {
    add_fn(vm, dict, "_net_wait", wait);
    add_fn(vm, dict, "_net_select", select);
    add_fn(vm, dict, "_net_wait_up", wait_up);
    add_fn(vm, dict, "_net_poll", poll);
    add_fn(vm, dict, "_net_own_ip", own_ip);
}
