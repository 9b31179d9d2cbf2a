//! The natives of UDP sockets (`Net::udp_*`): open, send a datagram, take
//! one; nothing blocks (the Python half waits with `_net_wait`).

use alloc::vec;
use core::net::Ipv4Addr;

use crate::asyncio::io::if_net;
use crate::asyncio::streams::{address_value, id_arg, id_value, net, net_error, port_arg, str_arg};
use crate::net::NetError;
use crate::vm::builtins::{add_fn, arg_count, int_arg};
use crate::vm::object::bytes_like::byte_view;
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// `_net_udp_open(port)`: a UDP socket bound to `port` (0: any).
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_udp_open", 1, 1)?;
    let port = port_arg(vm, &args.vals[0])?;
    match net(vm, |n| n.udp_open(port))? {
        Ok(id) => Ok(id_value(id)),
        Err(e) => Err(net_error(vm, e)),
    }
}

/// `_net_udp_sendto(id, data, ip, port)`: bytes sent, or None when the
/// send buffer is full.
fn sendto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_udp_sendto", 4, 4)?;
    let id = id_arg(vm, &args.vals[0])?;
    let ip = str_arg(vm, &args.vals[2])?;
    let port = port_arg(vm, &args.vals[3])?;
    let Ok(ip) = ip.parse::<Ipv4Addr>() else {
        return Err(net_error(vm, NetError::InvalidArgument));
    };
    let Some(data) = byte_view(&args.vals[1]) else {
        return Err(vm.type_error("a bytes-like object is required"));
    };
    let sent = if_net(|n| n.udp_send_to(id, &data, ip, port)).unwrap_or(Err(NetError::BadHandle));
    match sent {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(NetError::WouldBlock) => Ok(Value::None),
        Err(e) => Err(net_error(vm, e)),
    }
}

/// `_net_udp_recvfrom(id, n, peek)`: `(data, (ip, port))` with the next
/// datagram cut to n bytes, or None when none waits; with `peek` true the
/// datagram stays queued (MSG_PEEK).
fn recvfrom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_net_udp_recvfrom", 3, 3)?;
    let id = id_arg(vm, &args.vals[0])?;
    let limit = int_arg(vm, &args.vals[1])?.max(0) as usize;
    let peek = vm.truthy(&args.vals[2])?;
    let got = if_net(|n| {
        let size = n.udp_peek_len(id).unwrap_or(0).min(limit);
        let mut buf = vec![0u8; size];
        n.udp_recv_from(id, &mut buf, peek).map(|(len, ip, port)| {
            buf.truncate(len);
            (buf, ip, port)
        })
    })
    .unwrap_or(Err(NetError::BadHandle));
    match got {
        Ok((buf, ip, port)) => {
            let data = Value::Obj(ObjRef::new(Kind::Bytes(buf.into())));
            let addr = address_value(vm, Some((ip, port)));
            Ok(vm.new_tuple(vec![data, addr]))
        }
        Err(NetError::WouldBlock) => Ok(Value::None),
        Err(e) => Err(net_error(vm, e)),
    }
}

pub(super) fn add(vm: &mut Vm, dict: &ObjRef) {
    add_fn(vm, dict, "_net_udp_open", open);
    add_fn(vm, dict, "_net_udp_sendto", sendto);
    add_fn(vm, dict, "_net_udp_recvfrom", recvfrom);
}
