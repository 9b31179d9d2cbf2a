//! TCP connections: connect with a deadline, non-blocking send/recv with
//! partial writes, half-close, graceful close and abort, and telling a
//! refused connection from a reset one from a timed-out one (smoltcp only
//! says "Closed"; the connection's history here says why).

use alloc::vec::Vec;
use core::net::Ipv4Addr;
use core::ops::Range;

use smoltcp::iface::{SocketHandle, SocketSet};
use smoltcp::socket::{tcp, AnySocket};
use smoltcp::wire::{IpAddress, IpEndpoint};

use super::budget::{requested_sizes, BufferRequest};
use super::table::{Entry, Readiness};
use super::{Net, NetError, NetOptions, SocketId};

pub use smoltcp::socket::tcp::State as TcpState;

/// Local ports for outgoing connections (the IANA dynamic range).
pub(crate) const EPHEMERAL_PORTS: Range<u16> = 49152..65535;
/// A closed connection whose peer stops acknowledging is dropped after this.
/// (Our own deadline: smoltcp's `set_timeout` counts from the peer's last
/// packet, so on a connection idle for long it would drop the FIN unsent.)
const LINGER_US: u64 = 60_000_000;

/// One connection and what is known of its history.
pub(crate) struct Conn {
    pub(crate) handle: SocketHandle,
    /// Still connecting: when to give up with ETIMEDOUT (monotonic µs).
    pub(crate) connect_deadline: Option<u64>,
    pub(crate) established: bool,
    pub(crate) peer_fin: bool,
    pub(crate) write_shut: bool,
    pub(crate) error: Option<NetError>,
}

impl Conn {
    pub(crate) fn accepted(handle: SocketHandle) -> Conn {
        Conn {
            handle,
            connect_deadline: None,
            established: true,
            peer_fin: false,
            write_shut: false,
            error: None,
        }
    }

    pub(crate) fn readiness(&self, sockets: &SocketSet) -> Readiness {
        let socket = sockets.get::<tcp::Socket>(self.handle);
        let state = socket.state();
        let over = matches!(state, TcpState::Closed | TcpState::TimeWait);
        let failed = self.error.is_some();
        Readiness::default()
            .with(
                Readiness::READABLE,
                socket.can_recv() || self.peer_fin || failed || over,
            )
            .with(
                Readiness::WRITABLE,
                (self.established && socket.can_send()) || failed,
            )
            .with(Readiness::CLOSED, over)
            .with(Readiness::ERROR, failed)
    }

    /// Learn from the state smoltcp reached what happened to the connection.
    /// `reset_arrived`: a TCP reset came in during the poll that ran last
    /// (smoltcp also closes a connection whose peer went silent, after its
    /// timeout, and says nothing more).
    fn observe(&mut self, socket: &mut tcp::Socket, now_us: u64, reset_arrived: bool) {
        use TcpState::*;
        let state = socket.state();
        if !matches!(state, Closed | Listen | SynSent | SynReceived) {
            self.established = true;
            self.connect_deadline = None;
        }
        if matches!(state, CloseWait | LastAck | Closing | TimeWait) {
            self.peer_fin = true;
        }
        let timed_out = self.connect_deadline.is_some_and(|at| now_us >= at);
        if timed_out && matches!(state, SynSent | SynReceived) {
            socket.abort();
            self.error = Some(NetError::TimedOut);
        }
        if state == Closed && self.error.is_none() {
            if !self.established {
                self.error = Some(if timed_out {
                    NetError::TimedOut
                } else {
                    NetError::ConnectionRefused
                });
            } else if !self.peer_fin {
                self.error = Some(if reset_arrived {
                    NetError::ConnectionReset
                } else {
                    NetError::TimedOut
                });
            }
        }
        if self.error.is_some() {
            self.connect_deadline = None;
        }
    }
}

/// Where a run starts handing out local ports, so that two runs in a row
/// do not reuse the same ports toward the same server.
pub(crate) fn first_ephemeral_port(seed: u64) -> u16 {
    let span = u64::from(EPHEMERAL_PORTS.end - EPHEMERAL_PORTS.start);
    EPHEMERAL_PORTS.start + (seed % span) as u16
}

/// A connection socket with buffers sized for the memory left (`budget`),
/// no Nagle delay, and keep-alive probes so a peer that vanished is noticed
/// (ETIMEDOUT) after three unanswered probe intervals instead of holding
/// the socket forever. Out of memory is an error (ENOMEM), not an abort: a
/// 4 MB PC may run out. `request`: the sizes the program asked for.
pub(crate) fn new_socket(
    options: &NetOptions,
    request: BufferRequest,
) -> Result<tcp::Socket<'static>, NetError> {
    let (rx, tx) = requested_sizes(options, (options.memory_left)(), request)?;
    let mut socket = tcp::Socket::new(zeroed_buffer(rx)?, zeroed_buffer(tx)?);
    // Small writes (request/response) go out at once.
    socket.set_nagle_enabled(false);
    super::sockopt::set_keep_alive(&mut socket, options.keepalive_us);
    Ok(socket)
}

fn zeroed_buffer(len: usize) -> Result<tcp::SocketBuffer<'static>, NetError> {
    let mut bytes = Vec::new();
    bytes
        .try_reserve_exact(len)
        .map_err(|_| NetError::OutOfMemory)?;
    bytes.resize(len, 0);
    Ok(tcp::SocketBuffer::new(bytes))
}

fn endpoint(ep: Option<IpEndpoint>) -> Option<(Ipv4Addr, u16)> {
    let ep = ep?;
    let IpAddress::Ipv4(ip) = ep.addr;
    Some((ip, ep.port))
}

impl Net {
    /// Start connecting to `addr:port`. The socket turns writable when
    /// connected, or readable+error with ConnectionRefused / TimedOut.
    pub fn connect(&mut self, addr: Ipv4Addr, port: u16) -> Result<SocketId, NetError> {
        self.connect_sized(addr, port, BufferRequest::default())
    }

    /// As [`Net::connect`], with the buffer sizes `request`ed.
    pub fn connect_sized(
        &mut self,
        addr: Ipv4Addr,
        port: u16,
        request: BufferRequest,
    ) -> Result<SocketId, NetError> {
        if port == 0 || addr.is_unspecified() || addr.is_broadcast() {
            return Err(NetError::InvalidArgument);
        }
        if !addr.is_loopback() && self.status.address.is_none() {
            return Err(NetError::NetworkUnreachable);
        }
        self.check_room(1)?;
        let local_port = self.free_port();
        let mut socket = new_socket(&self.options, request)?;
        socket
            .connect(
                self.iface.context(),
                (IpAddress::Ipv4(addr), port),
                local_port,
            )
            .map_err(|_| NetError::NetworkUnreachable)?;
        let handle = self.sockets.add(socket);
        Ok(self.table.insert(Entry::Tcp(Conn {
            handle,
            connect_deadline: Some(self.now_us + self.options.connect_timeout_us),
            established: false,
            peer_fin: false,
            write_shut: false,
            error: None,
        })))
    }

    /// Read what has arrived: `Ok(0)` is end of file (the peer closed),
    /// WouldBlock means wait for readability.
    pub fn recv(&mut self, id: SocketId, buf: &mut [u8]) -> Result<usize, NetError> {
        let wanted = !buf.is_empty();
        self.recv_by(id, wanted, |socket| socket.recv_slice(buf))
    }

    /// As [`Net::recv`], leaving the bytes queued (MSG_PEEK).
    pub fn peek(&mut self, id: SocketId, buf: &mut [u8]) -> Result<usize, NetError> {
        let wanted = !buf.is_empty();
        self.recv_by(id, wanted, |socket| {
            // peek_slice skips the end-of-stream check peek makes.
            socket.peek(0)?;
            socket.peek_slice(buf)
        })
    }

    /// As [`Net::recv`], appending up to `max` bytes to `out` straight from
    /// the socket's buffer (no zeroed buffer in between); `out` grows by
    /// what is queued, and OutOfMemory when it cannot.
    pub fn recv_append(
        &mut self,
        id: SocketId,
        out: &mut Vec<u8>,
        max: usize,
    ) -> Result<usize, NetError> {
        let want = max.min(self.recv_queue(id));
        out.try_reserve(want).map_err(|_| NetError::OutOfMemory)?;
        self.recv_by(id, max > 0, |socket| {
            // Asked at least once (that is how the end of the stream shows);
            // the ring may wrap: at most two runs.
            let mut got = 0;
            loop {
                let n = socket.recv(|run| {
                    let n = run.len().min(want - got);
                    out.extend_from_slice(&run[..n]);
                    (n, n)
                })?;
                got += n;
                if n == 0 || got == want {
                    return Ok(got);
                }
            }
        })
    }

    /// The outcome of a read: `take` moves bytes out of the socket (its
    /// count, 0 when nothing is queued); `wanted` is false for a read of
    /// nothing, which is never WouldBlock.
    fn recv_by(
        &mut self,
        id: SocketId,
        wanted: bool,
        take: impl FnOnce(&mut tcp::Socket<'static>) -> Result<usize, tcp::RecvError>,
    ) -> Result<usize, NetError> {
        let conn = self.conn(id)?;
        let (error, peer_fin) = (conn.error, conn.peer_fin);
        let socket = self.sockets.get_mut::<tcp::Socket>(conn.handle);
        if socket.can_recv() {
            return take(socket).map_err(|_| NetError::NotConnected);
        }
        if let Some(error) = error {
            return Err(error);
        }
        match take(socket) {
            Ok(0) if wanted => Err(NetError::WouldBlock),
            Ok(n) => Ok(n),
            Err(tcp::RecvError::Finished) => Ok(0),
            Err(tcp::RecvError::InvalidState) if peer_fin => Ok(0),
            Err(tcp::RecvError::InvalidState) => match socket.state() {
                TcpState::SynSent | TcpState::SynReceived => Err(NetError::WouldBlock),
                _ => Err(NetError::NotConnected),
            },
        }
    }

    /// Bytes that have arrived and are not read yet (0 for an id that is no
    /// connection): what a reader sizes its [`Net::recv`] buffer by.
    pub fn recv_queue(&self, id: SocketId) -> usize {
        self.conn(id).map_or(0, |conn| {
            self.sockets.get::<tcp::Socket>(conn.handle).recv_queue()
        })
    }

    /// Queue bytes to send; returns how many fit (fewer than asked when the
    /// send buffer is nearly full: that is the back-pressure), WouldBlock
    /// when none fit or the connection is not up yet.
    pub fn send(&mut self, id: SocketId, data: &[u8]) -> Result<usize, NetError> {
        let conn = self.conn(id)?;
        if let Some(error) = conn.error {
            return Err(error);
        }
        if conn.write_shut {
            return Err(NetError::BrokenPipe);
        }
        let socket = self.sockets.get_mut::<tcp::Socket>(conn.handle);
        match socket.send_slice(data) {
            Ok(0) if !data.is_empty() => Err(NetError::WouldBlock),
            Ok(n) => Ok(n),
            Err(_) => match socket.state() {
                TcpState::SynSent | TcpState::SynReceived => Err(NetError::WouldBlock),
                _ => Err(NetError::BrokenPipe),
            },
        }
    }

    /// Half-close: send FIN after the queued data; reading goes on.
    pub fn shutdown_write(&mut self, id: SocketId) -> Result<(), NetError> {
        let Some(Entry::Tcp(conn)) = self.table.get_mut(id) else {
            return Err(NetError::BadHandle);
        };
        conn.write_shut = true;
        self.sockets.get_mut::<tcp::Socket>(conn.handle).close();
        Ok(())
    }

    /// Drop the connection at once with a reset; queued data is discarded.
    pub fn abort(&mut self, id: SocketId) {
        if let Some(Entry::Tcp(conn)) = self.table.get(id) {
            self.sockets.get_mut::<tcp::Socket>(conn.handle).abort();
        }
        self.close(id);
    }

    /// The remote address and port of a connection.
    pub fn peer_addr(&self, id: SocketId) -> Option<(Ipv4Addr, u16)> {
        let conn = self.conn(id).ok()?;
        endpoint(
            self.sockets
                .get::<tcp::Socket>(conn.handle)
                .remote_endpoint(),
        )
    }

    /// The local address and port of a connection (listeners and UDP
    /// sockets: 0.0.0.0:port).
    pub fn local_addr(&self, id: SocketId) -> Option<(Ipv4Addr, u16)> {
        match self.table.get(id)? {
            Entry::Tcp(conn) => endpoint(
                self.sockets
                    .get::<tcp::Socket>(conn.handle)
                    .local_endpoint(),
            ),
            Entry::Listener(listener) => Some((Ipv4Addr::UNSPECIFIED, listener.port)),
            Entry::Udp(udp) => Some((Ipv4Addr::UNSPECIFIED, udp.port)),
            Entry::Query(_) => None,
        }
    }

    /// A connection's (receive, send) buffer sizes (None for other kinds of
    /// socket).
    pub fn buffer_sizes(&self, id: SocketId) -> Option<(usize, usize)> {
        let conn = self.conn(id).ok()?;
        let socket = self.sockets.get::<tcp::Socket>(conn.handle);
        Some((socket.recv_capacity(), socket.send_capacity()))
    }

    /// smoltcp's view of the connection (None for other kinds of socket).
    pub fn tcp_state(&self, id: SocketId) -> Option<TcpState> {
        let conn = self.conn(id).ok()?;
        Some(self.sockets.get::<tcp::Socket>(conn.handle).state())
    }

    fn conn(&self, id: SocketId) -> Result<&Conn, NetError> {
        match self.table.get(id) {
            Some(Entry::Tcp(conn)) => Ok(conn),
            _ => Err(NetError::BadHandle),
        }
    }

    pub(crate) fn update_conn(&mut self, id: SocketId) {
        let (now_us, reset_arrived) = (self.now_us, self.reset_arrived);
        if let Some(Entry::Tcp(conn)) = self.table.get_mut(id) {
            let socket = self.sockets.get_mut::<tcp::Socket>(conn.handle);
            conn.observe(socket, now_us, reset_arrived);
        }
    }

    pub(crate) fn earliest_connect_deadline(&self) -> Option<u64> {
        self.table
            .entries()
            .filter_map(|entry| match entry {
                Entry::Tcp(conn) => conn.connect_deadline,
                _ => None,
            })
            .min()
    }

    /// Keep a closed connection until its data and FIN are acknowledged.
    pub(crate) fn linger(&mut self, conn: Conn) {
        self.sockets.get_mut::<tcp::Socket>(conn.handle).close();
        self.lingering.push((conn.handle, self.now_us + LINGER_US));
    }

    pub(crate) fn reap_lingering(&mut self) {
        let (sockets, now_us) = (&mut self.sockets, self.now_us);
        self.lingering.retain(|&(handle, deadline)| {
            let socket = sockets.get_mut::<tcp::Socket>(handle);
            if now_us >= deadline {
                socket.abort();
            }
            let done = matches!(socket.state(), TcpState::Closed | TcpState::TimeWait);
            if done {
                sockets.remove(handle);
            }
            !done
        });
    }

    /// The next ephemeral port no socket uses.
    pub(crate) fn free_port(&mut self) -> u16 {
        loop {
            let port = self.next_port;
            let next = port + 1;
            self.next_port = if EPHEMERAL_PORTS.contains(&next) {
                next
            } else {
                EPHEMERAL_PORTS.start
            };
            let used = self.sockets.iter().any(|(_, socket)| {
                match <tcp::Socket as AnySocket>::downcast(socket) {
                    Some(tcp) => tcp.local_endpoint().is_some_and(|ep| ep.port == port),
                    None => false,
                }
            });
            if !used && !self.udp_port_used(port) {
                return port;
            }
        }
    }
}
