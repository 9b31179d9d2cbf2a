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
use smoltcp::wire::{
    ArpOperation, ArpPacket, ArpRepr, EthernetAddress, EthernetFrame, EthernetProtocol,
    EthernetRepr, IpProtocol, Ipv4Packet, TcpPacket, ETHERNET_HEADER_LEN,
};

use crate::nic::{Nic, NicCounters};

/// An ARP frame to `to` from `mac`/`sender` about `target` (MAC unknown:
/// zeros).
fn arp_frame(
    to: EthernetAddress,
    operation: ArpOperation,
    mac: EthernetAddress,
    sender: Ipv4Addr,
    target: (Ipv4Addr, EthernetAddress),
) -> Vec<u8> {
    let arp = ArpRepr::EthernetIpv4 {
        operation,
        source_hardware_addr: mac,
        source_protocol_addr: sender,
        target_hardware_addr: target.1,
        target_protocol_addr: target.0,
    };
    let mut frame = vec![0; ETHERNET_HEADER_LEN + arp.buffer_len()];
    let mut ethernet = EthernetFrame::new_unchecked(&mut frame[..]);
    EthernetRepr {
        src_addr: mac,
        dst_addr: to,
        ethertype: EthernetProtocol::Arp,
    }
    .emit(&mut ethernet);
    arp.emit(&mut ArpPacket::new_unchecked(ethernet.payload_mut()));
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

    /// Addressed to our MAC, or an ARP request for one of our addresses.
    fn is_for_us(&self, frame: &[u8]) -> bool {
        let Ok(ethernet) = EthernetFrame::new_checked(frame) else {
            return false;
        };
        if ethernet.dst_addr() == EthernetAddress(self.mac) {
            return true;
        }
        if ethernet.ethertype() != EthernetProtocol::Arp {
            return false;
        }
        let arp = ArpPacket::new_checked(ethernet.payload()).and_then(|p| ArpRepr::parse(&p));
        matches!(arp, Ok(ArpRepr::EthernetIpv4 {
            operation: ArpOperation::Request,
            target_protocol_addr,
            ..
        }) if self.local_ips.contains(&target_protocol_addr))
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
            inbound: vec![0; mtu + ETHERNET_HEADER_LEN],
            outbound: Outbound {
                nic,
                loopback: VecDeque::new(),
                frame: vec![0; mtu + ETHERNET_HEADER_LEN],
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
        let mac = EthernetAddress(out.mac);
        for &ip in &out.local_ips {
            let frame = arp_frame(mac, ArpOperation::Reply, mac, ip, (ip, mac));
            out.loopback.push_back(frame);
        }
    }

    /// Ask the network for the MAC addresses of `neighbors`, speaking as
    /// `own`; smoltcp learns the answers as they come in.
    pub(crate) fn probe_neighbors(&mut self, own: Ipv4Addr, neighbors: &[Ipv4Addr]) {
        let out = &mut self.outbound;
        let (mac, unknown) = (EthernetAddress(out.mac), EthernetAddress([0; 6]));
        for &ip in neighbors {
            let frame = arp_frame(
                EthernetAddress::BROADCAST,
                ArpOperation::Request,
                mac,
                own,
                (ip, unknown),
            );
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
        let segment = tcp_segment(&self.inbound[..len]);
        if segment.as_ref().is_some_and(|tcp| tcp.rst()) {
            self.resets_received += 1;
        }
        self.syn_to = segment
            .filter(|tcp| tcp.syn() && !tcp.ack())
            .map(|tcp| tcp.dst_port());
        Some(len)
    }

    /// The local port of the connection request (SYN) in the last frame
    /// received, once.
    pub(crate) fn take_syn(&mut self) -> Option<u16> {
        self.syn_to.take()
    }
}

/// The TCP segment an Ethernet frame carries over IPv4, if any.
fn tcp_segment(frame: &[u8]) -> Option<TcpPacket<&[u8]>> {
    let ethernet = EthernetFrame::new_checked(frame).ok()?;
    if ethernet.ethertype() != EthernetProtocol::Ipv4 {
        return None;
    }
    let ip = Ipv4Packet::new_checked(ethernet.payload()).ok()?;
    if ip.next_header() != IpProtocol::Tcp {
        return None;
    }
    TcpPacket::new_checked(ip.payload()).ok()
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
        caps.max_transmission_unit = self.mtu + ETHERNET_HEADER_LEN;
        caps.max_burst_size = None;
        caps
    }
}
