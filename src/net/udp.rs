//! UDP sockets for `socket.socket(AF_INET, SOCK_DGRAM)`: bound to a port
//! (an ephemeral one when asked for 0), datagrams in and out with their
//! peer's address. A datagram must fit one frame (no IP fragmentation:
//! smoltcp's is off to save memory); a larger one is EMSGSIZE-like
//! InvalidArgument. Readable while a datagram waits, writable while the
//! send buffer has room.

use alloc::vec::Vec;
use core::net::Ipv4Addr;

use smoltcp::iface::{SocketHandle, SocketSet};
use smoltcp::socket::{udp, AnySocket};
use smoltcp::wire::IpAddress;

use super::table::{Entry, Readiness};
use super::{Net, NetError, SocketId};

/// Datagrams each way a socket holds.
const PACKETS: usize = 8;
/// Payload bytes each way (a few full-frame datagrams).
const PAYLOAD: usize = 8 * 1024;
/// The largest datagram one Ethernet frame carries (1500 - IP and UDP
/// headers).
const MAX_DATAGRAM: usize = 1472;

pub(crate) struct Udp {
    pub(crate) handle: SocketHandle,
    pub(crate) port: u16,
}

impl Udp {
    pub(crate) fn readiness(&self, sockets: &SocketSet) -> Readiness {
        let socket = sockets.get::<udp::Socket>(self.handle);
        Readiness::default()
            .with(Readiness::READABLE, socket.can_recv())
            .with(Readiness::WRITABLE, socket.can_send())
    }
}

fn buffer() -> Result<udp::PacketBuffer<'static>, NetError> {
    let mut meta = Vec::new();
    let mut payload = Vec::new();
    meta.try_reserve_exact(PACKETS)
        .and_then(|()| payload.try_reserve_exact(PAYLOAD))
        .map_err(|_| NetError::OutOfMemory)?;
    meta.resize(PACKETS, udp::PacketMetadata::EMPTY);
    payload.resize(PAYLOAD, 0);
    Ok(udp::PacketBuffer::new(meta, payload))
}

impl Net {
    /// A UDP socket bound to `port` on every local address (0: a free
    /// ephemeral port; [`Net::local_addr`] tells which).
    pub fn udp_open(&mut self, port: u16) -> Result<SocketId, NetError> {
        let port = if port == 0 { self.free_port() } else { port };
        if self.udp_port_used(port) {
            return Err(NetError::AddressInUse);
        }
        self.check_room(1)?;
        let mut socket = udp::Socket::new(buffer()?, buffer()?);
        socket.bind(port).map_err(|_| NetError::AddressInUse)?;
        let handle = self.sockets.add(socket);
        Ok(self.table.insert(Entry::Udp(Udp { handle, port })))
    }

    /// Queue one datagram to `addr:port`; WouldBlock when the send buffer
    /// is full.
    pub fn udp_send_to(
        &mut self,
        id: SocketId,
        data: &[u8],
        addr: Ipv4Addr,
        port: u16,
    ) -> Result<usize, NetError> {
        if port == 0 || addr.is_unspecified() {
            return Err(NetError::InvalidArgument);
        }
        if !addr.is_loopback() && self.status.address.is_none() {
            return Err(NetError::NetworkUnreachable);
        }
        let handle = self.udp(id)?.handle;
        let socket = self.sockets.get_mut::<udp::Socket>(handle);
        if data.len() > socket.payload_send_capacity().min(MAX_DATAGRAM) {
            return Err(NetError::MessageTooLong);
        }
        match socket.send_slice(data, (IpAddress::Ipv4(addr), port)) {
            Ok(()) => Ok(data.len()),
            Err(udp::SendError::BufferFull) => Err(NetError::WouldBlock),
            Err(udp::SendError::Unaddressable) => Err(NetError::NetworkUnreachable),
        }
    }

    /// The next datagram (cut to `buf`'s length, as recvfrom does) and its
    /// sender; WouldBlock when none waits. `peek`: the datagram stays
    /// queued (MSG_PEEK).
    pub fn udp_recv_from(
        &mut self,
        id: SocketId,
        buf: &mut [u8],
        peek: bool,
    ) -> Result<(usize, Ipv4Addr, u16), NetError> {
        let handle = self.udp(id)?.handle;
        let socket = self.sockets.get_mut::<udp::Socket>(handle);
        let got = if peek {
            socket.peek().map(|(data, meta)| (data, *meta))
        } else {
            socket.recv()
        };
        match got {
            Ok((data, meta)) => {
                let n = data.len().min(buf.len());
                buf[..n].copy_from_slice(&data[..n]);
                let IpAddress::Ipv4(ip) = meta.endpoint.addr;
                Ok((n, ip, meta.endpoint.port))
            }
            Err(_) => Err(NetError::WouldBlock),
        }
    }

    /// The size of the datagram waiting first, if any.
    pub fn udp_peek_len(&mut self, id: SocketId) -> Option<usize> {
        let handle = self.udp(id).ok()?.handle;
        let socket = self.sockets.get_mut::<udp::Socket>(handle);
        socket.peek().ok().map(|(data, _)| data.len())
    }

    /// Whether a UDP socket (the resolver's included) has `port`.
    pub(crate) fn udp_port_used(&self, port: u16) -> bool {
        self.sockets.iter().any(|(_, socket)| {
            udp::Socket::downcast(socket).is_some_and(|s| s.endpoint().port == port)
        })
    }

    fn udp(&self, id: SocketId) -> Result<&Udp, NetError> {
        match self.table.get(id) {
            Some(Entry::Udp(udp)) => Ok(udp),
            _ => Err(NetError::BadHandle),
        }
    }
}
