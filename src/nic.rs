//! The network card as the net layer sees it: raw Ethernet frames in and out.
//!
//! Two implementations: libslirp on the host (`host::slirp`) and the DOS
//! packet driver (`dos::pktdrv`, with its real-mode receiver in `pktdrv`). Received frames are *pulled* by the net
//! layer one at a time with [`Nic::recv`], so a card that fills a ring buffer
//! at interrupt time (the packet driver's real-mode receiver) just pops the
//! oldest frame there; nothing runs above the card at interrupt time.
//!
//! A card is opened by the platform ([`Platform::open_nic`]) and owned by
//! the one `net::Net`, which polls it from the event loop.
//!
//! # An example card
//!
//! A cable plugged into itself: what is sent comes back as received.
//! (`net::link` does this for frames to the machine's own address.)
//!
//! ```
//! use std::collections::VecDeque;
//! use mpydos::nic::{Nic, NicCounters, NicError};
//!
//! #[derive(Default)]
//! struct Loopback {
//!     frames: VecDeque<Vec<u8>>,
//!     counters: NicCounters,
//! }
//!
//! impl Nic for Loopback {
//!     fn mac(&self) -> [u8; 6] {
//!         [0x02, 0, 0, 0, 0, 1] // locally administered
//!     }
//!     fn mtu(&self) -> usize {
//!         1500
//!     }
//!     fn send(&mut self, frame: &[u8]) -> Result<(), NicError> {
//!         if frame.len() > self.mtu() + 14 {
//!             self.counters.errors_out += 1;
//!             return Err(NicError::TooLong);
//!         }
//!         self.counters.frames_out += 1;
//!         self.counters.bytes_out += frame.len() as u64;
//!         self.frames.push_back(frame.to_vec());
//!         Ok(())
//!     }
//!     fn recv(&mut self, buf: &mut [u8]) -> Option<usize> {
//!         loop {
//!             let frame = self.frames.pop_front()?;
//!             if frame.len() > buf.len() {
//!                 self.counters.dropped_in += 1; // dropped, not truncated
//!                 continue;
//!             }
//!             buf[..frame.len()].copy_from_slice(&frame);
//!             self.counters.frames_in += 1;
//!             self.counters.bytes_in += frame.len() as u64;
//!             return Some(frame.len());
//!         }
//!     }
//!     fn has_frame(&self) -> bool {
//!         !self.frames.is_empty()
//!     }
//!     fn wait(&mut self, _timeout_us: u64) {
//!         // Nothing arrives by itself: a frame is waiting or none will.
//!     }
//!     fn counters(&self) -> NicCounters {
//!         self.counters
//!     }
//! }
//!
//! let mut card = Loopback::default();
//! card.send(&[0xAB; 60]).unwrap();
//! let mut buf = [0u8; 1514];
//! assert_eq!(card.recv(&mut buf), Some(60));
//! assert_eq!(card.recv(&mut buf), None);
//! ```
//!
//! [`Platform::open_nic`]: crate::platform::Platform::open_nic

use alloc::vec::Vec;

/// What the user chose for the card (environment variables, parsed by
/// `net::nic_options_from_environment`); each card takes what applies to it
/// and ignores the rest. Handed to [`crate::platform::Platform::open_nic`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NicOptions {
    /// The packet driver's vector (`PACKETINT`, or the mTCP file's line);
    /// `None`: search INT 60h-80h. DOS only.
    pub packet_int: Option<u8>,
    /// `MPYDOS_HOSTFWD`: (host port, guest port) pairs the host's card
    /// forwards from 127.0.0.1 to the program (QEMU's `hostfwd`). Host only.
    pub hostfwd: Vec<(u16, u16)>,
}

/// Frame and byte counts since the card was opened (for `--stats` and tests).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NicCounters {
    pub frames_in: u64,
    pub bytes_in: u64,
    pub frames_out: u64,
    pub bytes_out: u64,
    /// Frames the card received but had no room for (ring full).
    pub dropped_in: u64,
    /// Frames the card refused to send.
    pub errors_out: u64,
}

/// Why a frame could not be sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NicError {
    /// Longer than the card's MTU plus the Ethernet header.
    TooLong,
    /// The card or driver reported a failure.
    Failed,
}

/// An Ethernet card. Single-threaded: the event loop owns it through `net::Net`.
pub trait Nic {
    /// The card's Ethernet address.
    fn mac(&self) -> [u8; 6];
    /// Largest IP packet the card carries (1500 on Ethernet); frames add a
    /// 14-byte header.
    fn mtu(&self) -> usize;
    /// Send one complete Ethernet frame; the card copies it before returning.
    fn send(&mut self, frame: &[u8]) -> Result<(), NicError>;
    /// Take the oldest received frame into `buf` and return its length, or
    /// `None` when no frame is waiting. A frame longer than `buf` is dropped
    /// (and counted) rather than truncated.
    fn recv(&mut self, buf: &mut [u8]) -> Option<usize>;
    /// True when [`Nic::recv`] would return a frame.
    fn has_frame(&self) -> bool;
    /// Do the card's background work (libslirp: its sockets and timers) and,
    /// when no frame is waiting, block up to `timeout_us` microseconds for one
    /// (or for anything else that may need attention). `0` never blocks. May
    /// return early, e.g. on a signal.
    fn wait(&mut self, timeout_us: u64);
    /// Counters since the card was opened.
    fn counters(&self) -> NicCounters;
}
