//! Listening sockets. A smoltcp socket in Listen state takes exactly one
//! connection, so a listener keeps a queue: one socket listening, the others
//! handshaking or connected and waiting for `accept`. After every received
//! frame the queue is refilled, so a burst of SYNs finds a listening socket
//! each time, up to `backlog` connections waiting to be accepted (beyond
//! that new SYNs are answered with RST, as smoltcp does with no listener).

use alloc::vec::Vec;

use smoltcp::iface::{SocketHandle, SocketSet};
use smoltcp::socket::{tcp, AnySocket};

use super::budget::BufferRequest;
use super::table::{Entry, Readiness};
use super::tcp::{new_socket, Conn, TcpState};
use super::{Net, NetError, SocketId};

pub(crate) struct Listener {
    pub(crate) port: u16,
    backlog: usize,
    /// Listening, handshaking, and connected-not-yet-accepted sockets.
    queue: Vec<SocketHandle>,
    /// Why no socket listens while the queue has room (no memory for its
    /// buffers, or too many sockets): a SYN then gets a RST.
    starved: Option<NetError>,
    /// Connections refused so, not yet reported by [`Net::accept`].
    refused: usize,
    /// The buffer sizes its connections get.
    request: BufferRequest,
}

fn is_acceptable(state: TcpState) -> bool {
    !matches!(
        state,
        TcpState::Listen | TcpState::SynReceived | TcpState::Closed
    )
}

impl Listener {
    pub(crate) fn readiness(&self, sockets: &SocketSet) -> Readiness {
        let ready = self
            .queue
            .iter()
            .any(|&h| is_acceptable(sockets.get::<tcp::Socket>(h).state()));
        Readiness::default().with(Readiness::READABLE, ready || self.refused > 0)
    }
}

impl Net {
    /// Listen on `port` on every local address (the network one and
    /// 127.0.0.1), queueing up to `backlog` connections for [`Net::accept`].
    /// Port 0 picks a free ephemeral port ([`Net::local_addr`] tells which).
    pub fn listen(&mut self, port: u16, backlog: usize) -> Result<SocketId, NetError> {
        self.listen_sized(port, backlog, BufferRequest::default())
    }

    /// As [`Net::listen`], its connections with the buffer sizes `request`ed.
    pub fn listen_sized(
        &mut self,
        port: u16,
        backlog: usize,
        request: BufferRequest,
    ) -> Result<SocketId, NetError> {
        let port = if port == 0 { self.free_port() } else { port };
        let taken = self
            .table
            .entries()
            .any(|e| matches!(e, Entry::Listener(l) if l.port == port));
        if taken {
            return Err(NetError::AddressInUse);
        }
        self.check_room(1)?;
        let handle = self.listening_socket(port, request)?;
        Ok(self.table.insert(Entry::Listener(Listener {
            port,
            backlog: backlog.max(1),
            starved: None,
            refused: 0,
            queue: alloc::vec![handle],
            request,
        })))
    }

    /// A connection waiting on the listener, if any (WouldBlock is `None`;
    /// wait for the listener's readability). Once the waiting ones are
    /// taken, each connection refused for lack of memory or sockets is
    /// reported once, as that error (what accept(2) says in that case), so
    /// the server can tell.
    pub fn accept(&mut self, id: SocketId) -> Result<Option<SocketId>, NetError> {
        let Some(Entry::Listener(listener)) = self.table.get_mut(id) else {
            return Err(NetError::BadHandle);
        };
        let sockets = &self.sockets;
        let Some(at) = listener
            .queue
            .iter()
            .position(|&h| is_acceptable(sockets.get::<tcp::Socket>(h).state()))
        else {
            if listener.refused == 0 {
                return Ok(None);
            }
            listener.refused -= 1;
            return Err(listener.starved.unwrap_or(NetError::OutOfMemory));
        };
        let handle = listener.queue.remove(at);
        self.refill_listeners();
        let conn = self.table.insert(Entry::Tcp(Conn::accepted(handle)));
        self.update_conn(conn);
        Ok(Some(conn))
    }

    /// Keep one socket listening on each listener that has room, and put
    /// connections reset before being accepted back to listening.
    pub(crate) fn refill_listeners(&mut self) {
        for index in 0..self.table.slot_count() {
            let Some(id) = self.table.id_at(index) else {
                continue;
            };
            self.drop_duplicate_handshakes(id);
            let Some(Entry::Listener(listener)) = self.table.get_mut(id) else {
                continue;
            };
            let (port, request) = (listener.port, listener.request);
            let mut listening = 0;
            for &handle in &listener.queue {
                let socket = self.sockets.get_mut::<tcp::Socket>(handle);
                if socket.state() == TcpState::Closed && socket.listen(port).is_err() {
                    continue;
                }
                if socket.state() == TcpState::Listen {
                    listening += 1;
                }
            }
            if listening > 0 || listener.queue.len() > listener.backlog {
                listener.starved = None;
                continue;
            }
            let made = self
                .check_room(1)
                .and_then(|()| self.listening_socket(port, request));
            if let Some(Entry::Listener(listener)) = self.table.get_mut(id) {
                match made {
                    Ok(handle) => {
                        listener.queue.push(handle);
                        listener.starved = None;
                    }
                    Err(why) => listener.starved = Some(why),
                }
            }
        }
    }

    /// A SYN for `port` arrived: if its listener had no socket listening
    /// for want of memory or sockets, the stack answered RST; count it.
    pub(crate) fn note_syn(&mut self, port: u16) {
        for index in 0..self.table.slot_count() {
            let Some(id) = self.table.id_at(index) else {
                continue;
            };
            if let Some(Entry::Listener(listener)) = self.table.get_mut(id) {
                if listener.port == port && listener.starved.is_some() {
                    listener.refused += 1;
                }
            }
        }
    }

    /// smoltcp hands a segment to the first socket in its set that accepts
    /// it, and a listening socket accepts any SYN. When the peer repeats a
    /// SYN (its SYN-ACK was late) and the listening socket sits in an
    /// earlier slot than the connection that took the first SYN, the repeat
    /// opens a second handshake with the same addresses and ports; the two
    /// then take each other's segments and neither connection ever gets up.
    /// Called after every received frame, so the newcomer has sent nothing
    /// yet: it is dropped without a word (as if the repeated SYN were lost)
    /// and a fresh socket listens in its place.
    fn drop_duplicate_handshakes(&mut self, id: SocketId) {
        let Some(Entry::Listener(listener)) = self.table.get(id) else {
            return;
        };
        let (port, request) = (listener.port, listener.request);
        for at in 0..listener.queue.len() {
            let Some(Entry::Listener(listener)) = self.table.get(id) else {
                return;
            };
            let handle = listener.queue[at];
            let socket = self.sockets.get::<tcp::Socket>(handle);
            if socket.state() != TcpState::SynReceived {
                continue;
            }
            let key = (socket.local_endpoint(), socket.remote_endpoint());
            // Older: any socket but this one and the queue's newer ones.
            let newer = &listener.queue[at..];
            let duplicate = self.sockets.iter().any(|(other, any)| {
                !newer.contains(&other)
                    && tcp::Socket::downcast(any).is_some_and(|s| {
                        s.state() != TcpState::Listen
                            && (s.local_endpoint(), s.remote_endpoint()) == key
                    })
            });
            if !duplicate {
                continue;
            }
            self.sockets.remove(handle);
            let Ok(fresh) = self.listening_socket(port, request) else {
                continue;
            };
            if let Some(Entry::Listener(listener)) = self.table.get_mut(id) {
                listener.queue[at] = fresh;
            }
        }
    }

    pub(crate) fn drop_listener(&mut self, listener: Listener) {
        for handle in listener.queue {
            self.sockets.get_mut::<tcp::Socket>(handle).abort();
            self.lingering.push((handle, self.now_us));
        }
    }

    fn listening_socket(
        &mut self,
        port: u16,
        request: BufferRequest,
    ) -> Result<SocketHandle, NetError> {
        let mut socket = new_socket(&self.options, request)?;
        socket.listen(port).map_err(|_| NetError::AddressInUse)?;
        Ok(self.sockets.add(socket))
    }
}
