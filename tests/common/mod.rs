//! Shared by the net tests: a stack on a real libslirp NIC driven the way
//! the event loop drives it, and small helpers for host-side peers.
#![allow(dead_code)] // each test file uses its own subset

use std::net::{Ipv4Addr, TcpListener};
use std::time::{Duration, Instant};

use mpydos::host::slirp::SlirpNic;
use mpydos::net::{Net, NetError, NetOptions, SocketId};
use mpydos::nic::Nic;

/// Hang guard only: a test that gets no progress for this long fails with a
/// message instead of blocking `make test` forever. Never a timing check.
const GIVE_UP: Duration = Duration::from_secs(60);

pub const HOST: Ipv4Addr = Ipv4Addr::new(10, 0, 2, 2);
pub const GUEST: Ipv4Addr = Ipv4Addr::new(10, 0, 2, 15);

pub struct Stack {
    pub net: Net,
    start: Instant,
}

impl Stack {
    /// A stack on a fresh libslirp with DHCP, waited until configured.
    pub fn up() -> Stack {
        Stack::with(
            SlirpNic::new().expect("libslirp starts"),
            NetOptions::default(),
        )
    }

    pub fn with(nic: impl Nic + 'static, options: NetOptions) -> Stack {
        let start = Instant::now();
        let mut stack = Stack {
            net: Net::new(Box::new(nic), options, 0),
            start,
        };
        stack.run_until("an IPv4 address", |net| net.ipv4().address);
        stack
    }

    pub fn now_us(&self) -> u64 {
        self.start.elapsed().as_micros() as u64
    }

    /// Poll and idle as the event loop does until `done` returns Some.
    pub fn run_until<T>(&mut self, what: &str, mut done: impl FnMut(&mut Net) -> Option<T>) -> T {
        let give_up = Instant::now() + GIVE_UP;
        loop {
            let now = self.now_us();
            self.net.poll(now);
            if let Some(value) = done(&mut self.net) {
                return value;
            }
            assert!(Instant::now() < give_up, "gave up waiting for {what}");
            let now = self.now_us();
            self.net.wait_until(now, now + 20_000);
        }
    }

    /// Connect and wait until connected (Ok) or failed (Err).
    pub fn connect(&mut self, addr: Ipv4Addr, port: u16) -> Result<SocketId, NetError> {
        let id = self.net.connect(addr, port)?;
        self.run_until("connect", |net| {
            let r = net.readiness(id);
            if r.error() {
                let mut probe = [0u8; 1];
                return Some(Err(net
                    .recv(id, &mut probe)
                    .expect_err("an error is waiting")));
            }
            r.writable().then_some(Ok(id))
        })
    }

    /// Send all of `data`, waiting for room as needed.
    pub fn send_all(&mut self, id: SocketId, mut data: &[u8]) {
        while !data.is_empty() {
            let sent = self.run_until("room to send", |net| match net.send(id, data) {
                Err(NetError::WouldBlock) => None,
                other => Some(other),
            });
            data = &data[sent.expect("send")..];
        }
    }

    /// Read until end of file.
    pub fn recv_to_eof(&mut self, id: SocketId) -> Vec<u8> {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            let n = self.recv_some(id, &mut buf).expect("recv");
            if n == 0 {
                return all;
            }
            all.extend_from_slice(&buf[..n]);
        }
    }

    /// One recv that waits for readability.
    pub fn recv_some(&mut self, id: SocketId, buf: &mut [u8]) -> Result<usize, NetError> {
        self.run_until("data", |net| match net.recv(id, buf) {
            Err(NetError::WouldBlock) => None,
            other => Some(other),
        })
    }

    /// Read exactly `n` bytes (panics on EOF before).
    pub fn recv_exact(&mut self, id: SocketId, n: usize) -> Vec<u8> {
        let mut all = vec![0u8; n];
        let mut got = 0;
        while got < n {
            let k = self.recv_some(id, &mut all[got..]).expect("recv");
            assert!(k > 0, "EOF after {got} of {n} bytes");
            got += k;
        }
        all
    }
}

/// A port on the host's 127.0.0.1 that nothing listens on right now.
pub fn free_host_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Deterministic bytes that are not a repeating pattern a bug could match.
pub fn pseudo_random(len: usize, seed: u32) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x >> 24) as u8
        })
        .collect()
}

/// FNV-1a 64, the checksum the bulk tests compare.
pub fn checksum(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf29ce484222325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    })
}
