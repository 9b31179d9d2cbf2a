//! Names to IPv4 addresses: dotted literals and "localhost" at once, recent
//! answers from a small cache, the rest through smoltcp's DNS socket (A
//! records, the server from DHCP or the configuration). smoltcp does not
//! hand out TTLs, so cached answers live a fixed [`CACHE_LIFETIME_US`].

use alloc::string::String;
use alloc::vec::Vec;
use core::net::Ipv4Addr;

use smoltcp::socket::dns::{self, GetQueryResultError, QueryHandle};
use smoltcp::wire::{DnsQueryType, IpAddress};

use super::table::{Entry, Readiness};
use super::{Net, NetError, SocketId};

const CACHE_SIZE: usize = 16;
const CACHE_LIFETIME_US: u64 = 300_000_000;

/// One lookup: in flight in smoltcp, or answered.
pub(crate) struct Query {
    name: String,
    pending: Option<QueryHandle>,
    answer: Option<Result<Ipv4Addr, NetError>>,
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

/// Recent answers, oldest replaced first.
#[derive(Default)]
pub(crate) struct DnsCache {
    entries: Vec<(String, Ipv4Addr, u64)>,
}

impl DnsCache {
    fn get(&self, name: &str, now_us: u64) -> Option<Ipv4Addr> {
        self.entries
            .iter()
            .find(|(n, _, expires)| n.eq_ignore_ascii_case(name) && *expires > now_us)
            .map(|&(_, ip, _)| ip)
    }

    fn put(&mut self, name: String, ip: Ipv4Addr, now_us: u64) {
        self.entries
            .retain(|(n, _, _)| !n.eq_ignore_ascii_case(&name));
        if self.entries.len() >= CACHE_SIZE {
            self.entries.remove(0);
        }
        self.entries.push((name, ip, now_us + CACHE_LIFETIME_US));
    }
}

/// The answer needing no network, if the name is one.
fn immediate(name: &str) -> Option<Ipv4Addr> {
    if name.eq_ignore_ascii_case("localhost") {
        return Some(Ipv4Addr::LOCALHOST);
    }
    name.parse().ok()
}

impl Net {
    /// Start resolving `name`; the returned id turns readable when
    /// [`Net::resolve_result`] has the answer (at once for literals, cached
    /// names and "localhost"). Close the id when done.
    pub fn resolve(&mut self, name: &str) -> Result<SocketId, NetError> {
        if name.is_empty() || name.len() > 253 {
            return Err(NetError::NameNotResolved);
        }
        if let Some(ip) = immediate(name).or_else(|| self.dns_cache.get(name, self.now_us)) {
            return Ok(self.table.insert(Entry::Query(Query::answered(Ok(ip)))));
        }
        if self.status.nameserver.is_none() {
            return Ok(self.table.insert(Entry::Query(Query::answered(Err(
                NetError::NameNotResolved,
            )))));
        }
        let socket = self.sockets.get_mut::<dns::Socket>(self.dns);
        let handle = socket
            .start_query(self.iface.context(), name, DnsQueryType::A)
            .map_err(|e| match e {
                dns::StartQueryError::NoFreeSlot => NetError::WouldBlock,
                _ => NetError::NameNotResolved,
            })?;
        Ok(self.table.insert(Entry::Query(Query {
            name: String::from(name),
            pending: Some(handle),
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

    /// Collect answers smoltcp has received.
    pub(crate) fn update_dns_queries(&mut self) {
        let now_us = self.now_us;
        for index in 0..self.table.slot_count() {
            let Some(id) = self.table.id_at(index) else {
                continue;
            };
            let Some(Entry::Query(query)) = self.table.get_mut(id) else {
                continue;
            };
            let Some(handle) = query.pending else {
                continue;
            };
            let socket = self.sockets.get_mut::<dns::Socket>(self.dns);
            let answer = match socket.get_query_result(handle) {
                Err(GetQueryResultError::Pending) => continue,
                Err(GetQueryResultError::Failed) => Err(NetError::NameNotResolved),
                Ok(addrs) => addrs
                    .iter()
                    .map(|&IpAddress::Ipv4(ip)| ip)
                    .next()
                    .ok_or(NetError::NameNotResolved),
            };
            query.pending = None;
            query.answer = Some(answer);
            if let Ok(ip) = answer {
                self.dns_cache.put(query.name.clone(), ip, now_us);
            }
        }
    }

    pub(crate) fn drop_query(&mut self, query: Query) {
        if let Some(handle) = query.pending {
            self.sockets
                .get_mut::<dns::Socket>(self.dns)
                .cancel_query(handle);
        }
    }
}
