//! Names to IPv4 addresses: dotted literals and "localhost" at once, recent
//! answers from a cache kept as long as their TTL says (at most
//! [`CACHE_MAX_S`]), the rest asked of the DNS server (from DHCP or the
//! configuration, any UDP port) over one UDP socket. A server that does not
//! answer is asked again after 1 s and 2 s, then given up 2 s later
//! (EAI_AGAIN, "Temporary failure in name resolution").

use alloc::string::String;
use alloc::vec::Vec;
use core::net::{Ipv4Addr, SocketAddrV4};

use smoltcp::iface::SocketHandle;
use smoltcp::socket::udp;
use smoltcp::wire::IpAddress;

use super::dns_wire::{build_query, parse_reply, Reply, MAX_MESSAGE};
use super::table::{Entry, Readiness};
use super::{Net, NetError, SocketId};

const CACHE_SIZE: usize = 16;
/// Longest an answer is cached, whatever its TTL.
const CACHE_MAX_S: u32 = 3600;
/// How long each attempt waits for its answer; after the last, the lookup
/// fails (5 s in all, glibc's default timeout per attempt).
const ATTEMPT_WAITS_US: [u64; 3] = [1_000_000, 2_000_000, 2_000_000];
/// The DNS port when the configuration names none.
pub const DNS_PORT: u16 = 53;
/// Replies waiting in the socket (one per concurrent lookup is enough).
const RX_PACKETS: usize = 4;

/// One lookup: in flight, or answered.
pub(crate) struct Query {
    name: String,
    pending: Option<Attempts>,
    answer: Option<Result<Ipv4Addr, NetError>>,
}

/// A lookup in flight: its message and when to send it next.
struct Attempts {
    id: u16,
    message: Vec<u8>,
    sent: usize,
    next_at_us: u64,
}

impl Query {
    pub(crate) fn answered(answer: Result<Ipv4Addr, NetError>) -> Query {
        Query {
            name: String::new(),
            pending: None,
            answer: Some(answer),
        }
    }

    pub(crate) fn readiness(&self) -> Readiness {
        Readiness::default().with(Readiness::READABLE, self.answer.is_some())
    }
}

/// The resolver's UDP socket, its server, query ids and the cache.
pub(crate) struct Resolver {
    socket: SocketHandle,
    pub(crate) server: Option<SocketAddrV4>,
    next_id: u16,
    cache: DnsCache,
}

impl Resolver {
    /// A resolver whose socket (added to `sockets`) sends from `local_port`.
    pub(crate) fn new(
        sockets: &mut smoltcp::iface::SocketSet<'static>,
        local_port: u16,
        seed: u64,
    ) -> Resolver {
        let buffer = |packets| {
            udp::PacketBuffer::new(
                alloc::vec![udp::PacketMetadata::EMPTY; packets],
                alloc::vec![0u8; packets * MAX_MESSAGE],
            )
        };
        let mut socket = udp::Socket::new(buffer(RX_PACKETS), buffer(RX_PACKETS));
        // A fresh socket on a free port: binding cannot fail.
        let _ = socket.bind(local_port);
        Resolver {
            socket: sockets.add(socket),
            server: None,
            next_id: seed as u16,
            cache: DnsCache::default(),
        }
    }
}

/// Recent answers, oldest replaced first.
#[derive(Default)]
struct DnsCache {
    entries: Vec<(String, Ipv4Addr, u64)>,
}

impl DnsCache {
    fn get(&self, name: &str, now_us: u64) -> Option<Ipv4Addr> {
        self.entries
            .iter()
            .find(|(n, _, expires)| n.eq_ignore_ascii_case(name) && *expires > now_us)
            .map(|&(_, ip, _)| ip)
    }

    fn put(&mut self, name: String, ip: Ipv4Addr, ttl_s: u32, now_us: u64) {
        self.entries
            .retain(|(n, _, _)| !n.eq_ignore_ascii_case(&name));
        if ttl_s == 0 {
            return;
        }
        if self.entries.len() >= CACHE_SIZE {
            self.entries.remove(0);
        }
        let lifetime_us = u64::from(ttl_s.min(CACHE_MAX_S)) * 1_000_000;
        self.entries.push((name, ip, now_us + lifetime_us));
    }
}

/// The address `name` gives without a lookup: "localhost" or a dotted
/// quad (four decimal numbers below 256; leading zeros allowed, as the
/// socket module has always taken them). The one home of that rule for
/// [`Net::resolve`], `socket` and asyncio's streams (`_net_literal`).
pub fn literal(name: &str) -> Option<Ipv4Addr> {
    if name.eq_ignore_ascii_case("localhost") {
        return Some(Ipv4Addr::LOCALHOST);
    }
    let mut octets = [0u8; 4];
    let mut parts = name.split('.');
    for octet in &mut octets {
        let part = parts.next()?;
        if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *octet = part.parse().ok()?;
    }
    match parts.next() {
        Some(_) => None,
        None => Some(Ipv4Addr::from(octets)),
    }
}

/// The error a lookup's reply means (CPython's getaddrinfo errors).
fn reply_result(reply: Reply) -> Result<(Ipv4Addr, u32), NetError> {
    match reply {
        Reply::Address(ip, ttl) => Ok((ip, ttl)),
        Reply::NoSuchName => Err(NetError::NameNotResolved),
        Reply::NoAddress => Err(NetError::NameHasNoAddress),
        Reply::TryAgain => Err(NetError::NameTemporaryFailure),
        Reply::Failed => Err(NetError::NameServerFailed),
    }
}

impl Net {
    /// Start resolving `name`; the returned id turns readable when
    /// [`Net::resolve_result`] has the answer (at once for literals, cached
    /// names and "localhost"). Close the id when done.
    pub fn resolve(&mut self, name: &str) -> Result<SocketId, NetError> {
        let answered =
            |net: &mut Net, answer| Ok(net.table.insert(Entry::Query(Query::answered(answer))));
        if name.is_empty() || name.len() > 253 {
            return answered(self, Err(NetError::NameNotResolved));
        }
        let cached = self.resolver.cache.get(name, self.now_us);
        if let Some(ip) = literal(name).or(cached) {
            return answered(self, Ok(ip));
        }
        if self.resolver.server.is_none() {
            return answered(self, Err(NetError::NameNotResolved));
        }
        let id = self.resolver.next_id;
        self.resolver.next_id = id.wrapping_add(1);
        let Some(message) = build_query(id, name) else {
            return answered(self, Err(NetError::NameNotResolved));
        };
        let pending = Attempts {
            id,
            message,
            sent: 0,
            next_at_us: self.now_us,
        };
        Ok(self.table.insert(Entry::Query(Query {
            name: String::from(name),
            pending: Some(pending),
            answer: None,
        })))
    }

    /// The address, the failure, or None while the lookup is in flight.
    pub fn resolve_result(&self, id: SocketId) -> Option<Result<Ipv4Addr, NetError>> {
        match self.table.get(id) {
            Some(Entry::Query(query)) => query.answer,
            _ => Some(Err(NetError::BadHandle)),
        }
    }

    /// Take in the server's replies, then (re)send or give up the lookups
    /// whose time has come.
    pub(crate) fn update_dns_queries(&mut self) {
        let Some(server) = self.resolver.server else {
            return;
        };
        let socket = self.sockets.get_mut::<udp::Socket>(self.resolver.socket);
        while let Ok((message, meta)) = socket.recv() {
            if meta.endpoint != (IpAddress::Ipv4(*server.ip()), server.port()).into() {
                continue;
            }
            for query in self.table.queries_mut() {
                let Some(pending) = &query.pending else {
                    continue;
                };
                if let Some(reply) = parse_reply(message, pending.id, &query.name) {
                    let result = reply_result(reply);
                    if let Ok((ip, ttl)) = result {
                        self.resolver
                            .cache
                            .put(query.name.clone(), ip, ttl, self.now_us);
                    }
                    query.pending = None;
                    query.answer = Some(result.map(|(ip, _)| ip));
                }
            }
        }
        for query in self.table.queries_mut() {
            let Some(pending) = &mut query.pending else {
                continue;
            };
            if self.now_us < pending.next_at_us {
                continue;
            }
            if pending.sent == ATTEMPT_WAITS_US.len() {
                query.pending = None;
                query.answer = Some(Err(NetError::NameTemporaryFailure));
                continue;
            }
            // A full send queue: the next poll tries again.
            let to = (IpAddress::Ipv4(*server.ip()), server.port());
            if socket.send_slice(&pending.message, to).is_ok() {
                pending.next_at_us = self.now_us + ATTEMPT_WAITS_US[pending.sent];
                pending.sent += 1;
            }
        }
    }

    /// When a lookup next needs sending or giving up (monotonic µs).
    pub(crate) fn earliest_dns_deadline(&self) -> Option<u64> {
        self.table
            .entries()
            .filter_map(|entry| match entry {
                Entry::Query(query) => query.pending.as_ref().map(|p| p.next_at_us),
                _ => None,
            })
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_need_no_lookup() {
        let ip = |a, b, c, d| Some(Ipv4Addr::new(a, b, c, d));
        assert_eq!(literal("LocalHost"), ip(127, 0, 0, 1));
        assert_eq!(literal("10.0.2.15"), ip(10, 0, 2, 15));
        assert_eq!(literal("192.168.001.002"), ip(192, 168, 1, 2));
        assert_eq!(literal("255.255.255.255"), ip(255, 255, 255, 255));
        for name in [
            "256.1.1.1",
            "1.2.3",
            "1.2.3.4.5",
            "1..2.3",
            "+1.2.3.4",
            "a.b.c.d",
            "",
        ] {
            assert_eq!(literal(name), None, "{name}");
        }
    }
}
