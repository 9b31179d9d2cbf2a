//! smoltcp's `Device` over a [`Nic`], with in-process loopback.
//!
//! smoltcp on Ethernet has no loopback: a packet to the machine's own
//! address goes out as an ARP request nobody answers. So the link keeps its
//! own queue: frames addressed to our MAC, and ARP requests for one of our
//! addresses (127.0.0.1 or the DHCP/static one), are turned round here and
//! come back in as received frames. smoltcp answers its own ARP request,
//! learns "own address → own MAC", and from then on TCP to 127.0.0.1 or to
//! the own address runs through the same code as TCP to the network.
//! Because smoltcp sends at most one ARP request a second (for all
//! addresses together), the link also loops in ARP replies announcing the
//! local addresses, and asks the card for the gateway's and DNS server's
//! addresses itself, so neither local traffic nor a DNS lookup followed by a
//! connect waits a second on that limit.

use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::vec;
use alloc::vec::Vec;
use core::net::Ipv4Addr;

use smoltcp::phy::{self, Device, DeviceCapabilities, Medium};
use smoltcp::time::Instant;

use crate::nic::{Nic, NicCounters};

const ETHERNET_HEADER: usize = 14;
const ETHERTYPE_ARP: [u8; 2] = [0x08, 0x06];
const ARP_REQUEST: [u8; 2] = [0, 1];
const ARP_REPLY: [u8; 2] = [0, 2];
/// ARP for Ethernet/IPv4: htype 1, ptype 0800, hlen 6, plen 4.
const ARP_ETHERNET_IPV4: [u8; 6] = [0, 1, 8, 0, 6, 4];
const BROADCAST: [u8; 6] = [0xff; 6];

/// An ARP frame from `mac`/`sender` about `target` (MAC unknown: zeros).
fn arp_frame(
    to: [u8; 6],
    operation: [u8; 2],
    mac: [u8; 6],
    sender: Ipv4Addr,
    target: (Ipv4Addr, [u8; 6]),
) -> Vec<u8> {
    let mut frame = Vec::with_capacity(ETHERNET_HEADER + 28);
    frame.extend_from_slice(&to);
    frame.extend_from_slice(&mac);
    frame.extend_from_slice(&ETHERTYPE_ARP);
    frame.extend_from_slice(&ARP_ETHERNET_IPV4);
    frame.extend_from_slice(&operation);
    frame.extend_from_slice(&mac);
    frame.extend_from_slice(&sender.octets());
    frame.extend_from_slice(&target.1);
    frame.extend_from_slice(&target.0.octets());
    frame
}
/// Loopback frames waiting to come back in; more are dropped (TCP resends).
const LOOPBACK_LIMIT: usize = 256;

/// The way out: the card, the loopback queue and what decides between them.
struct Outbound {
    nic: Box<dyn Nic>,
    loopback: VecDeque<Vec<u8>>,
    frame: Vec<u8>,
    mac: [u8; 6],
    local_ips: Vec<Ipv4Addr>,
}

impl Outbound {
    fn send(&mut self, len: usize) {
        let frame = &self.frame[..len];
        if self.is_for_us(frame) {
            if self.loopback.len() < LOOPBACK_LIMIT {
                self.loopback.push_back(frame.to_vec());
            }
        } else {
            // A refused frame is counted by the card; TCP resends.
            let _ = self.nic.send(frame);
        }
    }

    fn is_for_us(&self, frame: &[u8]) -> bool {
        if frame.len() < ETHERNET_HEADER {
            return false;
        }
        if frame[..6] == self.mac {
            return true;
        }
        // ARP: htype(2) ptype(2) hlen plen oper(2) sha(6) spa(4) tha(6) tpa(4)
        let arp = &frame[ETHERNET_HEADER..];
        if frame[12..14] != ETHERTYPE_ARP || arp.len() < 28 || arp[6..8] != ARP_REQUEST {
            return false;
        }
        let target = Ipv4Addr::new(arp[24], arp[25], arp[26], arp[27]);
        self.local_ips.contains(&target)
    }
}

/// The smoltcp device: one frame buffer for input, the way out for output.
pub(crate) struct Link {
    inbound: Vec<u8>,
    outbound: Outbound,
    mtu: usize,
    /// TCP resets received so far (smoltcp closes a connection the same way
    /// for a reset and for its own timeout; this tells them apart).
    resets_received: u64,
    /// The local port of a SYN in the last frame received (see `take_syn`).
    syn_to: Option<u16>,
}

impl Link {
    /// `mtu_limit` lowers the card's MTU (mTCP's MTU setting).
    pub(crate) fn new(nic: Box<dyn Nic>, mtu_limit: Option<usize>) -> Link {
        let mtu = mtu_limit.map_or(nic.mtu(), |limit| limit.min(nic.mtu()));
        let mac = nic.mac();
        Link {
            inbound: vec![0; mtu + ETHERNET_HEADER],
            outbound: Outbound {
                nic,
                loopback: VecDeque::new(),
                frame: vec![0; mtu + ETHERNET_HEADER],
                mac,
                local_ips: vec![Ipv4Addr::LOCALHOST],
            },
            mtu,
            resets_received: 0,
            syn_to: None,
        }
    }

    /// How many TCP segments with RST have come in.
    pub(crate) fn resets_received(&self) -> u64 {
        self.resets_received
    }

    pub(crate) fn mac(&self) -> [u8; 6] {
        self.outbound.mac
    }

    /// The addresses whose ARP requests are answered by looping back.
    pub(crate) fn set_local_ips(&mut self, ips: Vec<Ipv4Addr>) {
        self.outbound.local_ips = ips;
    }

    /// Loop in an ARP reply "address is at our MAC" for each local address.
    pub(crate) fn announce_local_ips(&mut self) {
        let out = &mut self.outbound;
        for &ip in &out.local_ips {
            let frame = arp_frame(out.mac, ARP_REPLY, out.mac, ip, (ip, out.mac));
            out.loopback.push_back(frame);
        }
    }

    /// Ask the network for the MAC addresses of `neighbors`, speaking as
    /// `own`; smoltcp learns the answers as they come in.
    pub(crate) fn probe_neighbors(&mut self, own: Ipv4Addr, neighbors: &[Ipv4Addr]) {
        let out = &mut self.outbound;
        for &ip in neighbors {
            let frame = arp_frame(BROADCAST, ARP_REQUEST, out.mac, own, (ip, [0; 6]));
            // A refused frame is counted by the card; smoltcp will ask itself.
            let _ = out.nic.send(&frame);
        }
    }

    /// True when a frame is waiting (on the card or in the loopback queue).
    pub(crate) fn has_frame(&self) -> bool {
        !self.outbound.loopback.is_empty() || self.outbound.nic.has_frame()
    }

    /// The card's background work; blocks up to `timeout_us` unless a frame
    /// is already waiting.
    pub(crate) fn wait(&mut self, timeout_us: u64) {
        let timeout = if self.outbound.loopback.is_empty() {
            timeout_us
        } else {
            0
        };
        self.outbound.nic.wait(timeout);
    }

    pub(crate) fn counters(&self) -> NicCounters {
        self.outbound.nic.counters()
    }

    fn next_frame(&mut self) -> Option<usize> {
        let len = match self.outbound.loopback.pop_front() {
            Some(frame) => {
                self.inbound[..frame.len()].copy_from_slice(&frame);
                frame.len()
            }
            None => self.outbound.nic.recv(&mut self.inbound)?,
        };
        let flags = tcp_flags(&self.inbound[..len]);
        if flags.is_some_and(|(_, flags)| flags & RST != 0) {
            self.resets_received += 1;
        }
        self.syn_to = flags
            .filter(|&(_, flags)| flags & (SYN | ACK) == SYN)
            .map(|(port, _)| port);
        Some(len)
    }

    /// The local port of the connection request (SYN) in the last frame
    /// received, once.
    pub(crate) fn take_syn(&mut self) -> Option<u16> {
        self.syn_to.take()
    }
}

const SYN: u8 = 0x02;
const RST: u8 = 0x04;
const ACK: u8 = 0x10;

/// The destination port and flags of an Ethernet frame carrying an IPv4 TCP
/// segment.
fn tcp_flags(frame: &[u8]) -> Option<(u16, u8)> {
    const TCP: u8 = 6;
    let ip = ETHERNET_HEADER;
    if frame.get(12..14) != Some(&[0x08, 0x00]) || frame.get(ip + 9) != Some(&TCP) {
        return None;
    }
    let tcp = ip + usize::from(frame[ip] & 0x0f) * 4;
    let port = frame.get(tcp + 2..tcp + 4)?;
    Some((
        u16::from_be_bytes([port[0], port[1]]),
        *frame.get(tcp + 13)?,
    ))
}

pub(crate) struct RxToken<'a>(&'a [u8]);
pub(crate) struct TxToken<'a>(&'a mut Outbound);

impl phy::RxToken for RxToken<'_> {
    fn consume<R, F: FnOnce(&[u8]) -> R>(self, f: F) -> R {
        f(self.0)
    }
}

impl phy::TxToken for TxToken<'_> {
    fn consume<R, F: FnOnce(&mut [u8]) -> R>(self, len: usize, f: F) -> R {
        let result = f(&mut self.0.frame[..len]);
        self.0.send(len);
        result
    }
}

impl Device for Link {
    type RxToken<'a> = RxToken<'a>;
    type TxToken<'a> = TxToken<'a>;

    fn receive(&mut self, _now: Instant) -> Option<(RxToken<'_>, TxToken<'_>)> {
        let len = self.next_frame()?;
        Some((RxToken(&self.inbound[..len]), TxToken(&mut self.outbound)))
    }

    fn transmit(&mut self, _now: Instant) -> Option<TxToken<'_>> {
        Some(TxToken(&mut self.outbound))
    }

    fn capabilities(&self) -> DeviceCapabilities {
        let mut caps = DeviceCapabilities::default();
        caps.medium = Medium::Ethernet;
        caps.max_transmission_unit = self.mtu + ETHERNET_HEADER;
        caps.max_burst_size = None;
        caps
    }
}
