//! Network errors, each carrying the Linux errno that CPython's OSError
//! subclasses are chosen by (ConnectionRefusedError is errno 111, ...).

use crate::platform::OsError;

/// What went wrong with a socket or a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetError {
    /// Nothing to read / no room to write yet: wait for readiness (EAGAIN).
    WouldBlock,
    /// The peer answered the connection request with a reset.
    ConnectionRefused,
    /// The peer reset an established connection.
    ConnectionReset,
    /// No answer before the deadline (connect or DNS).
    TimedOut,
    /// The socket is not connected (or already closed).
    NotConnected,
    /// Writing after `shutdown_write` or after the connection ended.
    BrokenPipe,
    /// Another listener already has the port.
    AddressInUse,
    /// No address yet (DHCP still running) or no route to the host.
    NetworkUnreachable,
    /// The socket table is full.
    TooManySockets,
    /// No memory for the connection's buffers.
    OutOfMemory,
    /// The handle does not name a live socket of the right kind.
    BadHandle,
    /// The name does not resolve (DNS said no, or no DNS server is known).
    NameNotResolved,
    /// The DNS server did not answer, failed (SERVFAIL) or cut its reply.
    NameTemporaryFailure,
    /// The DNS server refused the query or could not parse it.
    NameServerFailed,
    /// The name exists but has no IPv4 address.
    NameHasNoAddress,
    /// An argument is out of range (port 0, empty name, ...).
    InvalidArgument,
    /// A datagram too big for one frame.
    MessageTooLong,
}

impl NetError {
    /// The errno value (Linux numbering; CPython picks the OSError subclass
    /// from it). Name errors use getaddrinfo's negative EAI_ codes, which
    /// CPython reports as socket.gaierror.
    pub fn errno(self) -> i32 {
        match self {
            NetError::WouldBlock => 11,
            NetError::ConnectionRefused => 111,
            NetError::ConnectionReset => 104,
            NetError::TimedOut => 110,
            NetError::NotConnected => 107,
            NetError::BrokenPipe => 32,
            NetError::AddressInUse => 98,
            NetError::NetworkUnreachable => 101,
            NetError::TooManySockets => 24,
            NetError::OutOfMemory => 12,
            NetError::BadHandle => 9,
            NetError::NameNotResolved => -2,
            NetError::NameTemporaryFailure => -3,
            NetError::NameServerFailed => -4,
            NetError::NameHasNoAddress => -5,
            NetError::InvalidArgument => 22,
            NetError::MessageTooLong => 90,
        }
    }

    /// The message CPython prints for this errno (strerror / gai_strerror).
    pub fn message(self) -> &'static str {
        match self {
            NetError::WouldBlock => "Resource temporarily unavailable",
            NetError::ConnectionRefused => "Connection refused",
            NetError::ConnectionReset => "Connection reset by peer",
            NetError::TimedOut => "Connection timed out",
            NetError::NotConnected => "Transport endpoint is not connected",
            NetError::BrokenPipe => "Broken pipe",
            NetError::AddressInUse => "Address already in use",
            NetError::NetworkUnreachable => "Network is unreachable",
            NetError::TooManySockets => "Too many open files",
            NetError::OutOfMemory => "Cannot allocate memory",
            NetError::BadHandle => "Bad file descriptor",
            NetError::NameNotResolved => "Name or service not known",
            NetError::NameTemporaryFailure => "Temporary failure in name resolution",
            NetError::NameServerFailed => "Non-recoverable failure in name resolution",
            NetError::NameHasNoAddress => "No address associated with hostname",
            NetError::InvalidArgument => "Invalid argument",
            NetError::MessageTooLong => "Message too long",
        }
    }
}

impl From<NetError> for OsError {
    fn from(e: NetError) -> OsError {
        OsError { errno: e.errno() }
    }
}
