//! The network card as the net layer sees it: raw Ethernet frames in and out.
//!
//! Two implementations: libslirp on the host (`host::slirp`) and the DOS
//! packet driver (`pktdrv`, later). Received frames are *pulled* by the net
//! layer one at a time with [`Nic::recv`], so a card that fills a ring buffer
//! at interrupt time (the packet driver's real-mode receiver) just pops the
//! oldest frame there; nothing runs above the card at interrupt time.

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
