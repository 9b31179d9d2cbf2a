//! TCP through a bad network: a card that loses 2% and reorders 5% of
//! frames each way (deterministically) between the stack and libslirp.
//! smoltcp must retransmit; the data must still arrive intact, both ways.
//! (64 KiB each way keeps it to seconds: every loss fast retransmit cannot
//! repair costs a 1 s minimum RTO, smoltcp's and slirp's alike; measured
//! here, 256 KiB each way at 2% loss took ~50 s and 1 MiB at 5% ~170 s.)
mod common;

use std::cell::Cell;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::rc::Rc;
use std::thread;

use common::{checksum, pseudo_random, Stack, HOST};
use mpydos::host::slirp::SlirpNic;
use mpydos::net::{NetError, NetOptions};
use mpydos::nic::{Nic, NicCounters, NicError};

/// With `lossy`, one frame in fifty is dropped and one in twenty held back
/// and sent after the next; DHCP's first exchange is spared so the test
/// starts promptly. Once `cut` is set, nothing passes either way.
struct FaultyNic {
    inner: SlirpNic,
    lossy: bool,
    state: u32,
    held: Option<Vec<u8>>,
    spared: usize,
    lost: Rc<Cell<usize>>,
    cut: Rc<Cell<bool>>,
}

impl FaultyNic {
    fn new(lossy: bool) -> FaultyNic {
        FaultyNic {
            inner: SlirpNic::new().unwrap(),
            lossy,
            state: 0x1234_5678,
            held: None,
            spared: 4,
            lost: Rc::default(),
            cut: Rc::default(),
        }
    }

    fn roll(&mut self) -> u32 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 17;
        self.state ^= self.state << 5;
        self.state % 100
    }
}

impl Nic for FaultyNic {
    fn mac(&self) -> [u8; 6] {
        self.inner.mac()
    }
    fn mtu(&self) -> usize {
        self.inner.mtu()
    }
    fn send(&mut self, frame: &[u8]) -> Result<(), NicError> {
        if self.cut.get() {
            return Ok(());
        }
        if self.spared > 0 || !self.lossy {
            self.spared -= 1;
            return self.inner.send(frame);
        }
        match self.roll() {
            0 | 1 => {
                self.lost.set(self.lost.get() + 1);
                Ok(())
            }
            2..=6 if self.held.is_none() => {
                self.held = Some(frame.to_vec());
                Ok(())
            }
            _ => {
                self.inner.send(frame)?;
                match self.held.take() {
                    Some(late) => self.inner.send(&late),
                    None => Ok(()),
                }
            }
        }
    }
    fn recv(&mut self, buf: &mut [u8]) -> Option<usize> {
        let len = self.inner.recv(buf)?;
        if self.cut.get() || (self.lossy && self.spared == 0 && self.roll() < 2) {
            self.lost.set(self.lost.get() + 1);
            return None;
        }
        Some(len)
    }
    fn has_frame(&self) -> bool {
        self.inner.has_frame()
    }
    fn wait(&mut self, timeout_us: u64) {
        self.inner.wait(timeout_us)
    }
    fn counters(&self) -> NicCounters {
        self.inner.counters()
    }
}

#[test]
fn sixty_four_kib_each_way_survive_loss_and_reordering() {
    const SIZE: usize = 64 << 10;
    let server = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = server.local_addr().unwrap().port();
    let from_host = pseudo_random(SIZE, 11);
    let to_send = from_host.clone();
    let peer = thread::spawn(move || {
        let (mut conn, _) = server.accept().unwrap();
        let mut got = Vec::new();
        conn.read_to_end(&mut got).unwrap();
        conn.write_all(&to_send).unwrap();
        checksum(&got)
    });
    let nic = FaultyNic::new(true);
    let lost = nic.lost.clone();
    let mut stack = Stack::with(nic, NetOptions::default());
    let to_host = pseudo_random(SIZE, 12);
    let id = stack.connect(HOST, port).expect("connects despite loss");
    stack.send_all(id, &to_host);
    stack.net.shutdown_write(id).unwrap();
    let got = stack.recv_to_eof(id);
    assert_eq!(peer.join().unwrap(), checksum(&to_host));
    assert_eq!((got.len(), checksum(&got)), (SIZE, checksum(&from_host)));
    assert!(lost.get() > 2, "only {} frames were lost", lost.get());
}

#[test]
fn a_peer_that_vanishes_is_noticed_by_keepalive() {
    let server = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = server.local_addr().unwrap().port();
    let nic = FaultyNic::new(false);
    let cut = nic.cut.clone();
    let options = NetOptions {
        keepalive_us: Some(100_000),
        ..NetOptions::default()
    };
    let mut stack = Stack::with(nic, options);
    let id = stack.connect(HOST, port).expect("connects");
    let (_conn, _) = server.accept().unwrap();
    cut.set(true); // the cable is pulled; the peer never says a word again
    let mut buf = [0u8; 8];
    // ETIMEDOUT, as Linux's keep-alive gives up (a reset is ECONNRESET).
    assert_eq!(stack.recv_some(id, &mut buf), Err(NetError::TimedOut));
}
