//! Per-socket options a program sets (`socket.setsockopt`) and what is in
//! force (`getsockopt`): Nagle's delay and keep-alive probes on a TCP
//! connection, and the buffer sizes of any socket. New connections get the
//! stack's defaults (no Nagle delay, keep-alive every `keepalive_us`);
//! `Net::set_tcp_options` changes one connection.

use smoltcp::socket::{tcp, udp};
use smoltcp::time::Duration;

use super::budget::buffer_sizes;
use super::table::Entry;
use super::{Net, NetError, SocketId};

/// The keep-alive probe interval when a program turns probes on and the
/// configuration has none: 60 s, as `NetOptions::default()`.
pub const KEEPALIVE_US: u64 = 60_000_000;

/// The options of one socket that are in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SockOptions {
    /// TCP_NODELAY: Nagle's algorithm off.
    pub nodelay: bool,
    /// SO_KEEPALIVE: idle connections are probed.
    pub keepalive: bool,
    /// SO_RCVBUF / SO_SNDBUF: buffer bytes.
    pub rcvbuf: usize,
    pub sndbuf: usize,
}

/// Turn keep-alive probes on (every `interval_us`) or off. A peer silent
/// for three intervals is given up (ETIMEDOUT); with probes off an idle
/// connection is never dropped, as on Linux.
pub(crate) fn set_keep_alive(socket: &mut tcp::Socket, interval_us: Option<u64>) {
    socket.set_keep_alive(interval_us.map(Duration::from_micros));
    socket.set_timeout(interval_us.map(|us| Duration::from_micros(3 * us)));
}

impl Net {
    /// What a connection made now would get (an unconnected socket's
    /// options); OutOfMemory when none could be made.
    pub fn default_options(&self) -> Result<SockOptions, NetError> {
        let (rcvbuf, sndbuf) = buffer_sizes(&self.options, (self.options.memory_left)())?;
        Ok(SockOptions {
            nodelay: true,
            keepalive: self.options.keepalive_us.is_some(),
            rcvbuf,
            sndbuf,
        })
    }

    /// The options in force on socket `id` (UDP: no Nagle, no probes).
    pub fn options(&self, id: SocketId) -> Result<SockOptions, NetError> {
        match self.table.get(id) {
            Some(Entry::Tcp(conn)) => {
                let socket = self.sockets.get::<tcp::Socket>(conn.handle);
                Ok(SockOptions {
                    nodelay: !socket.nagle_enabled(),
                    keepalive: socket.keep_alive().is_some(),
                    rcvbuf: socket.recv_capacity(),
                    sndbuf: socket.send_capacity(),
                })
            }
            Some(Entry::Udp(u)) => {
                let socket = self.sockets.get::<udp::Socket>(u.handle);
                Ok(SockOptions {
                    nodelay: false,
                    keepalive: false,
                    rcvbuf: socket.payload_recv_capacity(),
                    sndbuf: socket.payload_send_capacity(),
                })
            }
            _ => Err(NetError::BadHandle),
        }
    }

    /// Set Nagle's delay and keep-alive (None: leave as is) on connection
    /// `id`; keep-alive on probes every `keepalive_us` (or [`KEEPALIVE_US`]).
    pub fn set_tcp_options(
        &mut self,
        id: SocketId,
        nodelay: Option<bool>,
        keepalive: Option<bool>,
    ) -> Result<(), NetError> {
        let Some(Entry::Tcp(conn)) = self.table.get(id) else {
            return Err(NetError::BadHandle);
        };
        let interval = self.options.keepalive_us.unwrap_or(KEEPALIVE_US);
        let socket = self.sockets.get_mut::<tcp::Socket>(conn.handle);
        if let Some(nodelay) = nodelay {
            socket.set_nagle_enabled(!nodelay);
        }
        if let Some(on) = keepalive {
            set_keep_alive(socket, on.then_some(interval));
        }
        Ok(())
    }
}
