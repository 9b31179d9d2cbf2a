//! The natives behind `setsockopt`/`getsockopt` and MSG_PEEK on TCP:
//! options applied to the smoltcp socket (`Net::set_tcp_options`), the
//! options in force, and reading without taking (`Net::peek`).

use alloc::vec;

use crate::asyncio::io::if_net;
use crate::asyncio::streams::{id_arg, net, net_error};
use crate::net::{NetError, SockOptions};
use crate::vm::builtins::{add_fn, arg_count, int_arg};
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Most bytes one `_net_peek` returns (as `_net_recv`).
const MAX_PEEK: usize = 65536;

/// None, or a flag.
fn flag_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<bool>> {
    if v.is_none() {
        return Ok(None);
    }
    Ok(Some(vm.truthy(v)?))
}

/// `_net_sockopts(id, nodelay, keepalive)`: set TCP_NODELAY / SO_KEEPALIVE
/// on connection `id` (None: leave it), then the options in force as
/// `(nodelay, keepalive, rcvbuf, sndbuf)`; with id None, what a new
/// connection would get.
fn sockopts(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_sockopts", 3, 3)?;
    let id = match &args.vals[0] {
        v if v.is_none() => None,
        v => Some(id_arg(vm, v)?),
    };
    let nodelay = flag_arg(vm, &args.vals[1])?;
    let keepalive = flag_arg(vm, &args.vals[2])?;
    let result: Result<SockOptions, NetError> = net(vm, |n| match id {
        None => n.default_options(),
        Some(id) => {
            if nodelay.is_some() || keepalive.is_some() {
                n.set_tcp_options(id, nodelay, keepalive)?;
            }
            n.options(id)
        }
    })?;
    match result {
        Ok(o) => Ok(vm.new_tuple(vec![
            Value::Bool(o.nodelay),
            Value::Bool(o.keepalive),
            Value::Int(o.rcvbuf as i64),
            Value::Int(o.sndbuf as i64),
        ])),
        Err(e) => Err(net_error(vm, e)),
    }
}

/// `_net_peek(id, n)`: up to n of the bytes that have arrived, left queued;
/// b'' at end of file, None if none yet.
fn peek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_peek", 2, 2)?;
    let id = id_arg(vm, &args.vals[0])?;
    let limit = int_arg(vm, &args.vals[1])?.clamp(1, MAX_PEEK as i64) as usize;
    let result = if_net(|n| {
        let mut buf = vec![0u8; limit.min(n.recv_queue(id)).max(1)];
        n.peek(id, &mut buf).map(|got| {
            buf.truncate(got);
            buf
        })
    })
    .unwrap_or(Err(NetError::BadHandle));
    match result {
        Ok(buf) => Ok(Value::Obj(ObjRef::new(Kind::Bytes(buf.into())))),
        Err(NetError::WouldBlock) => Ok(Value::None),
        Err(e) => Err(net_error(vm, e)),
    }
}

pub(super) fn add(vm: &mut Vm, dict: &ObjRef) {
    add_fn(vm, dict, "_net_sockopts", sockopts);
    add_fn(vm, dict, "_net_peek", peek);
}
