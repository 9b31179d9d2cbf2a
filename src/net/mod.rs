//! The network stack under asyncio's streams: one smoltcp `Interface` over a
//! [`Nic`], DHCP or static IPv4, a DNS client with a cache, loopback for
//! 127.0.0.1 and the own address, and a socket table the event loop drives.
//!
//! How the event loop uses it:
//! - every iteration: [`Net::poll`], then [`Net::take_changed`] to wake only
//!   the tasks parked on the sockets whose [`Readiness`] changed, in the
//!   [`Direction`] they wait (a task calls [`Net::watch`] before parking);
//! - when idle: [`Net::wait_until`] (it never sleeps past
//!   [`Net::poll_delay`], smoltcp's next deadline), not the platform's idle;
//! - everything is non-blocking: what cannot complete now returns
//!   [`NetError::WouldBlock`] (send: fewer bytes than given is the
//!   back-pressure), and the task waits for readability/writability;
//! - `connect` before DHCP has an address gives NetworkUnreachable: wait
//!   for [`Net::ipv4`]`().address` first (127.0.0.1 works at once);
//! - errors carry the errno CPython picks the OSError subclass from.
//!
//! Memory (the socket table is sized for a 4 MB PC): one connection costs
//! its two buffers (`NetOptions::rx_buffer`/`tx_buffer`, 16 KiB each by
//! default, smaller when memory runs short: see `budget`) plus a fixed 340
//! bytes on the i486 build (308-byte smoltcp socket slot + 32-byte table
//! slot; 488 bytes on x86-64), so 32 connections take from 203 KiB (4+2 KiB
//! buffers) to 1035 KiB (16+16 KiB); 64 sockets are allowed by default. A listener holds one
//! listening socket plus the connections waiting in its backlog.
//! smoltcp has no congestion control here (the float-using ones are off),
//! Nagle is off on every connection; keep-alive probes (every 60 s by
//! default) find peers that vanished: three unanswered intervals and the
//! connection reports TimedOut (ETIMEDOUT, as Linux's keep-alive does).
//!
//! Files: `link` (smoltcp device, loopback, neighbor announcements),
//! `config` (DHCP/static/mTCP), `budget` (buffer sizes), `table` (ids and
//! readiness), `tcp`, `listen`, `udp`, `dns` (lookups; `dns_wire`: the messages),
//! `error`.
#![forbid(unsafe_code)]

mod budget;
mod config;
mod dns;
mod dns_wire;
mod error;
mod link;
mod listen;
mod sockopt;
mod table;
mod tcp;
mod udp;

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;
use core::net::{Ipv4Addr, SocketAddrV4};

use smoltcp::iface::{
    Config, Interface, PollIngressSingleResult, PollResult, SocketHandle, SocketSet,
};
use smoltcp::socket::dhcpv4;
use smoltcp::time::Instant;
use smoltcp::wire::{EthernetAddress, IpCidr, Ipv4Cidr};

pub use budget::BufferRequest;
pub use config::{
    nic_options_from_environment, options_from_environment, IpSetup, MtcpConfig, NetOptions,
    StaticIp, DEFAULT_BUFFER,
};
pub use error::NetError;
pub use sockopt::{SockOptions, KEEPALIVE_US};
pub use table::{Change, Direction, Readiness, SocketId};
pub use tcp::TcpState;

use crate::nic::{Nic, NicCounters};
pub use dns::literal as literal_address;
use dns::Resolver;
pub use dns::DNS_PORT;
use table::{Entry, Table};

/// Ingress/egress rounds per poll: loopback frames made by one round are
/// taken in by the next, so a local request/response completes in one poll.
const ROUNDS_PER_POLL: usize = 4;
/// How often the local addresses are announced to smoltcp's neighbor cache
/// (its entries live 60 s).
const ANNOUNCE_EVERY_US: u64 = 30_000_000;

/// The interface's IPv4 setup as it stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ipv4Status {
    pub address: Option<Ipv4Addr>,
    pub prefix_len: u8,
    pub gateway: Option<Ipv4Addr>,
    pub nameserver: Option<Ipv4Addr>,
}

/// RAM one TCP connection takes: its smoltcp socket slot, its table slot,
/// and both buffers (on x86-64 the fixed part is ~0.4 KiB; the buffers,
/// 16 KiB each way by default, dominate everywhere).
pub fn connection_ram_bytes(options: &NetOptions) -> usize {
    core::mem::size_of::<smoltcp::iface::SocketStorage<'static>>()
        + core::mem::size_of::<table::Slot>()
        + options.rx_buffer
        + options.tx_buffer
}

/// The whole network stack; one per program.
pub struct Net {
    iface: Interface,
    sockets: SocketSet<'static>,
    link: link::Link,
    options: NetOptions,
    table: Table,
    /// Connections the program closed that are still sending their data,
    /// with the time they are dropped anyway.
    lingering: Vec<(SocketHandle, u64)>,
    changed: Vec<Change>,
    dhcp: Option<SocketHandle>,
    resolver: Resolver,
    status: Ipv4Status,
    /// When the neighbors were last announced (set by `configure`).
    announced_us: u64,
    next_port: u16,
    now_us: u64,
    /// A TCP reset came in during the current poll: a connection that
    /// closed in it was reset, not timed out.
    reset_arrived: bool,
}

impl Net {
    /// Bring the interface up on `nic`: static setup right away, or DHCP
    /// started (see [`Net::ipv4`] for when an address arrives).
    pub fn new(nic: Box<dyn Nic>, options: NetOptions, now_us: u64) -> Net {
        let mut link = link::Link::new(nic, options.mtu);
        let mac = EthernetAddress(link.mac());
        let mut config = Config::new(mac.into());
        // Initial sequence numbers and ports must differ between runs.
        let seed = now_us ^ u64::from(u32::from_le_bytes([mac.0[2], mac.0[3], mac.0[4], mac.0[5]]));
        config.random_seed = seed;
        let now = Instant::from_micros(now_us as i64);
        let iface = Interface::new(config, &mut link, now);
        // Every per-socket list is allocated whole up front: growing one
        // while memory is short would end the program (see `budget`).
        let capacity = options.max_sockets;
        let mut sockets = SocketSet::new(Vec::with_capacity(capacity));
        let first_port = tcp::first_ephemeral_port(seed);
        let resolver = Resolver::new(&mut sockets, first_port, seed);
        let dhcp = (options.ip == IpSetup::Dhcp).then(|| sockets.add(dhcpv4::Socket::new()));
        let mut net = Net {
            iface,
            sockets,
            link,
            table: Table::with_capacity(capacity),
            lingering: Vec::with_capacity(capacity),
            changed: Vec::with_capacity(capacity),
            dhcp,
            resolver,
            status: Ipv4Status::default(),
            announced_us: now_us,
            next_port: first_port + 1,
            reset_arrived: false,
            now_us,
            options,
        };
        match net.options.ip.clone() {
            IpSetup::Static(ip) => {
                net.configure(Some((ip.address, ip.prefix_len)), ip.gateway, ip.nameserver)
            }
            IpSetup::Dhcp => net.configure(None, None, None),
        }
        net
    }

    /// The current IPv4 setup (no address while DHCP is still asking).
    pub fn ipv4(&self) -> Ipv4Status {
        self.status
    }

    /// Frame counters of the card.
    pub fn counters(&self) -> NicCounters {
        self.link.counters()
    }

    /// Move frames between the card and smoltcp, run timers, and update the
    /// sockets' readiness. True when anything happened.
    pub fn poll(&mut self, now_us: u64) -> bool {
        self.now_us = now_us;
        let now = Instant::from_micros(now_us as i64);
        self.link.wait(0);
        self.iface.poll_maintenance(now);
        if now_us >= self.announced_us + ANNOUNCE_EVERY_US {
            self.announce_neighbors();
            self.announced_us = now_us;
        }
        let mut progress = false;
        let resets_before = self.link.resets_received();
        for _ in 0..ROUNDS_PER_POLL {
            let mut round = false;
            while self
                .iface
                .poll_ingress_single(now, &mut self.link, &mut self.sockets)
                != PollIngressSingleResult::None
            {
                round = true;
                if let Some(port) = self.link.take_syn() {
                    self.note_syn(port);
                }
                self.refill_listeners();
            }
            while self
                .iface
                .poll_egress(now, &mut self.link, &mut self.sockets)
                != PollResult::None
            {
                round = true;
            }
            progress |= round;
            if !round || !self.link.has_frame() {
                break;
            }
        }
        self.reset_arrived = self.link.resets_received() != resets_before;
        self.poll_dhcp();
        self.update_dns_queries();
        self.reap_lingering();
        self.report_changes() || progress
    }

    /// Microseconds until [`Net::poll`] has work to do by the clock (smoltcp
    /// retransmissions, delayed ACKs, DHCP renewals, connect deadlines);
    /// `Some(0)` when frames are already waiting, `None` when only the
    /// network can bring work.
    pub fn poll_delay(&mut self, now_us: u64) -> Option<u64> {
        if self.link.has_frame() {
            return Some(0);
        }
        let now = Instant::from_micros(now_us as i64);
        let smoltcp = self
            .iface
            .poll_delay(now, &self.sockets)
            .map(|d| d.total_micros());
        let deadline = [
            self.earliest_connect_deadline(),
            self.earliest_dns_deadline(),
        ]
        .into_iter()
        .flatten()
        .min()
        .map(|at| at.saturating_sub(now_us));
        match (smoltcp, deadline) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Block until a frame arrives, `deadline_us` passes, or smoltcp needs
    /// polling, whichever comes first. The loop calls this instead of the
    /// platform's plain idle while the network is up.
    pub fn wait_until(&mut self, now_us: u64, deadline_us: u64) {
        let mut timeout = deadline_us.saturating_sub(now_us);
        if let Some(delay) = self.poll_delay(now_us) {
            timeout = timeout.min(delay);
        }
        self.link.wait(timeout);
    }

    /// Swap the sockets whose readiness changed since the last call, with
    /// the bits that flipped, into `out` (cleared first; no allocation once
    /// both vectors have grown). A waiter is woken by a change that
    /// [`Readiness::wakes`] its [`Direction`].
    pub fn take_changed(&mut self, out: &mut Vec<Change>) {
        out.clear();
        core::mem::swap(out, &mut self.changed);
    }

    /// What `id` is ready for now (a closed or unknown id reads as closed).
    pub fn readiness(&self, id: SocketId) -> Readiness {
        match self.table.get(id) {
            Some(Entry::Tcp(conn)) => conn.readiness(&self.sockets),
            Some(Entry::Listener(listener)) => listener.readiness(&self.sockets),
            Some(Entry::Query(query)) => query.readiness(),
            Some(Entry::Udp(udp)) => udp.readiness(&self.sockets),
            None => Readiness::CLOSED,
        }
    }

    /// Take the readiness of `id` as it is now as reported: a task calls
    /// this before parking on `id`, so the next change wakes it even if it
    /// returns to a state reported before.
    pub fn watch(&mut self, id: SocketId) {
        let now = self.readiness(id);
        self.table.report(id, now);
    }

    /// Close any kind of socket: TCP gracefully (data still queued is sent,
    /// then FIN), a listener with its not-yet-accepted connections, or a DNS
    /// query (a late reply is then ignored). Unknown ids are ignored, so
    /// closing twice is harmless.
    pub fn close(&mut self, id: SocketId) {
        match self.table.remove(id) {
            Some(Entry::Tcp(conn)) => self.linger(conn),
            Some(Entry::Listener(listener)) => self.drop_listener(listener),
            Some(Entry::Udp(udp)) => {
                self.sockets.remove(udp.handle);
            }
            Some(Entry::Query(_)) | None => {}
        }
    }

    /// Fill smoltcp's neighbor cache ahead of need: our own addresses (for
    /// loopback) and the on-link gateway and DNS server.
    fn announce_neighbors(&mut self) {
        self.link.announce_local_ips();
        let Some(own) = self.status.address else {
            return;
        };
        let on_link = |ip: &Ipv4Addr| Ipv4Cidr::new(own, self.status.prefix_len).contains_addr(ip);
        let neighbors: Vec<Ipv4Addr> = [self.status.gateway, self.status.nameserver]
            .into_iter()
            .flatten()
            .filter(on_link)
            .collect();
        self.link.probe_neighbors(own, &neighbors);
    }

    fn report_changes(&mut self) -> bool {
        let mut any = false;
        for index in 0..self.table.slot_count() {
            let Some(id) = self.table.id_at(index) else {
                continue;
            };
            self.update_conn(id);
            let now = self.readiness(id);
            let flipped = self.table.report(id, now);
            if flipped != Readiness::default() {
                any = true;
                // One entry per id: without an event loop taking them, the
                // same ids would pile up while a blocking socket call polls.
                match self.changed.iter_mut().find(|c| c.id == id) {
                    Some(change) => change.flipped = change.flipped.with(flipped, true),
                    None => self.changed.push(Change { id, flipped }),
                }
            }
        }
        any
    }

    /// Sockets of every kind in use, against `options.max_sockets`.
    fn check_room(&self, more: usize) -> Result<(), NetError> {
        let in_use = self.sockets.iter().count() - 1 - usize::from(self.dhcp.is_some());
        if in_use + more > self.options.max_sockets {
            return Err(NetError::TooManySockets);
        }
        Ok(())
    }

    fn poll_dhcp(&mut self) {
        let Some(handle) = self.dhcp else { return };
        let lease = match self.sockets.get_mut::<dhcpv4::Socket>(handle).poll() {
            Some(dhcpv4::Event::Configured(lease)) => {
                let address = lease.address;
                let nameserver = lease.dns_servers.first().copied();
                Some((
                    address.address(),
                    address.prefix_len(),
                    lease.router,
                    nameserver,
                ))
            }
            Some(dhcpv4::Event::Deconfigured) => None,
            None => return,
        };
        match lease {
            Some((ip, prefix, router, nameserver)) => {
                self.configure(Some((ip, prefix)), router, nameserver)
            }
            None => self.configure(None, None, None),
        }
    }

    /// Set the interface's address (always with 127.0.0.1/8 beside it: the
    /// first address is the source for off-link destinations), route and
    /// DNS server.
    fn configure(
        &mut self,
        address: Option<(Ipv4Addr, u8)>,
        gateway: Option<Ipv4Addr>,
        nameserver: Option<Ipv4Addr>,
    ) {
        self.iface.update_ip_addrs(|addrs| {
            addrs.clear();
            if let Some((ip, prefix)) = address {
                let _ = addrs.push(IpCidr::Ipv4(Ipv4Cidr::new(ip, prefix)));
            }
            let _ = addrs.push(IpCidr::Ipv4(Ipv4Cidr::new(Ipv4Addr::LOCALHOST, 8)));
        });
        match gateway {
            Some(router) => {
                let _ = self.iface.routes_mut().add_default_ipv4_route(router);
            }
            None => {
                self.iface.routes_mut().remove_default_ipv4_route();
            }
        }
        let mut local = vec![Ipv4Addr::LOCALHOST];
        local.extend(address.map(|(ip, _)| ip));
        self.link.set_local_ips(local);
        self.announce_neighbors();
        self.announced_us = self.now_us;
        let server = self
            .options
            .nameserver
            .or(nameserver.map(|ip| SocketAddrV4::new(ip, DNS_PORT)));
        self.resolver.server = server;
        let nameserver = server.map(|s| *s.ip());
        self.status = Ipv4Status {
            address: address.map(|(ip, _)| ip),
            prefix_len: address.map_or(0, |(_, prefix)| prefix),
            gateway,
            nameserver,
        };
    }
}
