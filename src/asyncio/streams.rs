//! asyncio's TCP streams: the native calls on the program's network
//! (`asyncio::io`) that the frozen Python half (`streams.py`:
//! StreamReader, StreamWriter, Server, open_connection, start_server)
//! builds on. Sockets are plain ints here; nothing blocks: what cannot be
//! done now returns None/0 and the task parks with `_net_wait` until the
//! loop sees the socket change that way (`waiters`).

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::net::Ipv4Addr;

use super::io::{if_net, with_net};
use super::waiters;
use crate::net::{BufferRequest, Direction, Net, NetError, SocketId};
use crate::vm::builtins::exc_table::{os_error_for_errno, Exc};
use crate::vm::builtins::{add_fn, arg_count, int_arg};
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Most bytes one `_net_recv` returns.
const MAX_RECV: usize = 65536;

/// Run `f` on the network (bringing it up); its message becomes OSError.
pub(crate) fn net<T>(vm: &mut Vm, f: impl FnOnce(&mut Net) -> T) -> PyResult<T> {
    with_net(f).map_err(|message| vm.new_exc(Exc::OSError, message))
}

/// The OSError subclass for `e` (ConnectionRefusedError for 111...), with
/// CPython's message (also for name errors, which have no strerror).
pub(crate) fn net_error(vm: &mut Vm, e: NetError) -> ObjRef {
    let errno = i64::from(e.errno());
    let message = vm.new_str_value(String::from(e.message()));
    vm.new_exc_args(os_error_for_errno(errno), vec![Value::Int(errno), message])
}

pub(crate) fn id_arg(vm: &mut Vm, v: &Value) -> PyResult<SocketId> {
    Ok(SocketId::from_raw(int_arg(vm, v)? as u32))
}

pub(crate) fn id_value(id: SocketId) -> Value {
    Value::Int(i64::from(id.to_raw()))
}

pub(crate) fn str_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match str_of(v) {
        Some(s) => Ok(String::from(s)),
        None => Err(vm.type_error("expected a str")),
    }
}

pub(crate) fn port_arg(vm: &mut Vm, v: &Value) -> PyResult<u16> {
    let port = int_arg(vm, v)?;
    u16::try_from(port).map_err(|_| vm.new_exc(Exc::OverflowError, "port must be 0-65535."))
}

pub(crate) fn address_value(vm: &mut Vm, addr: Option<(Ipv4Addr, u16)>) -> Value {
    match addr {
        Some((ip, port)) => {
            let ip = vm.new_str_value(alloc::format!("{ip}"));
            vm.new_tuple(vec![ip, Value::Int(i64::from(port))])
        }
        None => Value::None,
    }
}

/// `_net_ready()`: bring the network up; True once it has an address.
fn ready(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_ready", 0, 0)?;
    Ok(Value::Bool(net(vm, |n| n.ipv4().address.is_some())?))
}

/// `_net_literal(name)`: the dotted address `name` gives without a lookup
/// ("localhost", a dotted quad), or None for a name to look up.
fn literal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_literal", 1, 1)?;
    let name = str_arg(vm, &args.vals[0])?;
    Ok(match crate::net::literal_address(&name) {
        Some(ip) => vm.new_str_value(alloc::format!("{ip}")),
        None => Value::None,
    })
}

/// `_net_resolve(name)`: start a lookup; its id turns readable when done.
fn resolve(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_resolve", 1, 1)?;
    let name = str_arg(vm, &args.vals[0])?;
    match net(vm, |n| n.resolve(&name))? {
        Ok(id) => Ok(id_value(id)),
        Err(e) => Err(net_error(vm, e)),
    }
}

/// `_net_resolved(id)`: the dotted address, None while in flight; the
/// query is closed once answered.
fn resolved(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_resolved", 1, 1)?;
    let id = id_arg(vm, &args.vals[0])?;
    let answer = if_net(|n| {
        let answer = n.resolve_result(id);
        if answer.is_some() {
            n.close(id);
        }
        answer
    })
    .flatten();
    match answer {
        None => Ok(Value::None),
        Some(Ok(ip)) => Ok(vm.new_str_value(alloc::format!("{ip}"))),
        Some(Err(e)) => Err(net_error(vm, e)),
    }
}

/// `_net_connect(ip, port[, rcvbuf, sndbuf])`: start connecting; writable
/// when connected. The buffer sizes (None: the stack's) are SO_RCVBUF and
/// SO_SNDBUF set before (socket.py).
fn connect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_connect", 2, 4)?;
    let request = buffer_request(vm, &args.vals[2..])?;
    let ip = str_arg(vm, &args.vals[0])?;
    let port = port_arg(vm, &args.vals[1])?;
    let Ok(ip) = ip.parse::<Ipv4Addr>() else {
        return Err(net_error(vm, NetError::InvalidArgument));
    };
    match net(vm, |n| n.connect_sized(ip, port, request))? {
        Ok(id) => Ok(id_value(id)),
        Err(e) => Err(net_error(vm, e)),
    }
}

/// `_net_listen(port, backlog[, rcvbuf, sndbuf])`: a listener on every
/// local address; its connections get those buffer sizes.
fn listen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_listen", 2, 4)?;
    let request = buffer_request(vm, &args.vals[2..])?;
    let port = port_arg(vm, &args.vals[0])?;
    let backlog = int_arg(vm, &args.vals[1])?.clamp(1, 64) as usize;
    match net(vm, |n| n.listen_sized(port, backlog, request))? {
        Ok(id) => Ok(id_value(id)),
        Err(e) => Err(net_error(vm, e)),
    }
}

/// The optional (rcvbuf, sndbuf) arguments: sizes in bytes or None.
fn buffer_request(vm: &mut Vm, sizes: &[Value]) -> PyResult<BufferRequest> {
    let mut size = |i: usize| -> PyResult<Option<usize>> {
        match sizes.get(i) {
            None | Some(Value::None) => Ok(None),
            Some(v) => Ok(Some(int_arg(vm, v)?.max(1) as usize)),
        }
    };
    Ok(BufferRequest {
        rx: size(0)?,
        tx: size(1)?,
    })
}

/// `_net_accept(listener)`: a waiting connection's id, or None.
fn accept(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_accept", 1, 1)?;
    let id = id_arg(vm, &args.vals[0])?;
    match if_net(|n| n.accept(id)).unwrap_or(Err(NetError::BadHandle)) {
        Ok(found) => Ok(found.map_or(Value::None, id_value)),
        Err(e) => Err(net_error(vm, e)),
    }
}

/// `_net_recv(id, n)`: up to n bytes, b'' at end of file, None if none yet.
/// The buffer is sized by what is queued, not by n.
fn recv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_recv", 2, 2)?;
    let id = id_arg(vm, &args.vals[0])?;
    let limit = int_arg(vm, &args.vals[1])?.clamp(1, MAX_RECV as i64) as usize;
    let result = if_net(|n| {
        let mut buf = Vec::new();
        n.recv_append(id, &mut buf, limit).map(|_| buf)
    })
    .unwrap_or(Err(NetError::BadHandle));
    match result {
        Ok(buf) => Ok(Value::Obj(ObjRef::new(Kind::Bytes(buf.into())))),
        Err(NetError::WouldBlock) => Ok(Value::None),
        Err(e) => Err(net_error(vm, e)),
    }
}

/// `_net_recv_into(id, buffer, n)`: append up to n bytes to the bytearray
/// `buffer` straight from the socket; how many (0 at end of file), None if
/// none yet.
fn recv_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_recv_into", 3, 3)?;
    let id = id_arg(vm, &args.vals[0])?;
    let limit = int_arg(vm, &args.vals[2])?.clamp(1, MAX_RECV as i64) as usize;
    let Some(Kind::ByteArray(buffer)) = args.vals[1].as_obj().map(|o| &**o) else {
        return Err(vm.type_error("_net_recv_into() needs a bytearray"));
    };
    vm.check_resizable(buffer)?;
    let result = if_net(|n| n.recv_append(id, &mut buffer.borrow_mut(), limit))
        .unwrap_or(Err(NetError::BadHandle));
    match result {
        Ok(got) => Ok(Value::Int(got as i64)),
        Err(NetError::WouldBlock) => Ok(Value::None),
        Err(e) => Err(net_error(vm, e)),
    }
}

/// `_net_send(id, data, start)`: queue `data[start:]`; how many bytes fit
/// (0: the send buffer is full, wait for writability).
fn send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_send", 3, 3)?;
    let id = id_arg(vm, &args.vals[0])?;
    let start = crate::vm::object::int::clamp_size(int_arg(vm, &args.vals[2])?);
    let Some(Kind::Bytes(data)) = args.vals[1].as_obj().map(|o| &**o) else {
        return Err(vm.type_error("_net_send() needs bytes"));
    };
    let data = data.get(start..).unwrap_or(&[]);
    match if_net(|n| n.send(id, data)).unwrap_or(Err(NetError::BadHandle)) {
        Ok(sent) => Ok(Value::Int(sent as i64)),
        Err(NetError::WouldBlock) => Ok(Value::Int(0)),
        Err(e) => Err(net_error(vm, e)),
    }
}

/// `_net_shutdown(id)`: send FIN after what is queued.
fn shutdown(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_shutdown", 1, 1)?;
    let id = id_arg(vm, &args.vals[0])?;
    match if_net(|n| n.shutdown_write(id)).unwrap_or(Err(NetError::BadHandle)) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(net_error(vm, e)),
    }
}

/// `_net_close(id, abort)`: close gracefully (queued data still goes out)
/// or with a reset.
fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_close", 2, 2)?;
    let id = id_arg(vm, &args.vals[0])?;
    let abort = vm.truthy(&args.vals[1])?;
    if_net(|n| if abort { n.abort(id) } else { n.close(id) });
    waiters::wake_closed(vm, id)?;
    Ok(Value::None)
}

/// `_net_connected(id)`: whether a connect has finished: True once
/// connected, False while under way; a failed one raises its error
/// (ConnectionRefusedError when refused). The one check behind asyncio's
/// `open_connection` and `socket.connect`.
fn connected(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_connected", 1, 1)?;
    let id = id_arg(vm, &args.vals[0])?;
    let Some(readiness) = if_net(|n| n.readiness(id)) else {
        return Err(net_error(vm, NetError::ConnectionRefused));
    };
    if readiness.error() {
        // A read reports the socket's error (as recv does), and clears it.
        let read = if_net(|n| n.recv_append(id, &mut Vec::new(), 1));
        match read.unwrap_or(Err(NetError::BadHandle)) {
            Ok(_) | Err(NetError::WouldBlock) => {}
            Err(e) => return Err(net_error(vm, e)),
        }
    }
    if readiness.writable() {
        return Ok(Value::Bool(true));
    }
    if readiness.closed() {
        return Err(net_error(vm, NetError::ConnectionRefused));
    }
    Ok(Value::Bool(false))
}

/// `_net_state(id)`: readiness bits: 1 readable, 2 writable, 4 closed,
/// 8 error.
fn state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_state", 1, 1)?;
    let id = id_arg(vm, &args.vals[0])?;
    let bits = if_net(|n| {
        let r = n.readiness(id);
        [r.readable(), r.writable(), r.closed(), r.error()]
            .iter()
            .enumerate()
            .map(|(bit, on)| i64::from(*on) << bit)
            .sum::<i64>()
    });
    Ok(Value::Int(bits.unwrap_or(4)))
}

/// `_net_addr(id, peer)`: (ip, port) of the remote or the local end.
fn address(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_addr", 2, 2)?;
    let id = id_arg(vm, &args.vals[0])?;
    let peer = vm.truthy(&args.vals[1])?;
    let addr = if_net(|n| {
        if peer {
            n.peer_addr(id)
        } else {
            n.local_addr(id)
        }
    })
    .flatten();
    Ok(address_value(vm, addr))
}

/// `_net_wait(id, write, fut)`: settle `fut` with None when socket `id`
/// next changes for reading (or, with `write`, for writing), or closes.
fn wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_wait", 3, 3)?;
    let id = id_arg(vm, &args.vals[0])?;
    let direction = if vm.truthy(&args.vals[1])? {
        Direction::Write
    } else {
        Direction::Read
    };
    waiters::park(vm, id, direction, args.vals[2].clone())?;
    Ok(Value::None)
}

/// `_bytes_of(buffer, start, end)`: `bytes(buffer[start:end])` of the
/// reader's bytearray in one copy (the slice and then bytes() took two).
fn bytes_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_bytes_of", 3, 3)?;
    let Some(Kind::ByteArray(buffer)) = args.vals[0].as_obj().map(|o| &**o) else {
        return Err(vm.type_error("_bytes_of() needs a bytearray"));
    };
    let start = crate::vm::object::int::clamp_size(int_arg(vm, &args.vals[1])?);
    let end = crate::vm::object::int::clamp_size(int_arg(vm, &args.vals[2])?);
    let buffer = buffer.borrow();
    let run = buffer.get(start..end.min(buffer.len())).unwrap_or(&[]);
    let mut data = Vec::new();
    data.try_reserve_exact(run.len())
        .map_err(|_| vm.no_memory())?;
    data.extend_from_slice(run);
    Ok(crate::vm::builtins::bytes::new_bytes(data))
}

/// Add the native calls and run the Python half into the asyncio module.
pub fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    add_net_calls(vm, dict);
    add_fn(vm, dict, "_bytes_of", bytes_of);
    crate::pyglue::frozen_code::run(vm, dict, "asyncio.streams")
}

/// The `_net_*` calls, also the core of the `socket` module's objects.
pub fn add_net_calls(vm: &mut Vm, dict: &ObjRef) {
    add_fn(vm, dict, "_net_ready", ready);
    add_fn(vm, dict, "_net_literal", literal);
    add_fn(vm, dict, "_net_resolve", resolve);
    add_fn(vm, dict, "_net_resolved", resolved);
    add_fn(vm, dict, "_net_connect", connect);
    add_fn(vm, dict, "_net_listen", listen);
    add_fn(vm, dict, "_net_accept", accept);
    add_fn(vm, dict, "_net_recv", recv);
    add_fn(vm, dict, "_net_recv_into", recv_into);
    add_fn(vm, dict, "_net_send", send);
    add_fn(vm, dict, "_net_shutdown", shutdown);
    add_fn(vm, dict, "_net_close", close);
    add_fn(vm, dict, "_net_state", state);
    add_fn(vm, dict, "_net_connected", connected);
    add_fn(vm, dict, "_net_addr", address);
    add_fn(vm, dict, "_net_wait", wait);
}
