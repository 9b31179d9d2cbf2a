//! How big a new connection's buffers are. The configured sizes
//! (`NetOptions::rx_buffer`/`tx_buffer`, 16 KiB each way) while memory is
//! plentiful; halved step by step as it runs short, down to 4 KiB to receive
//! and 2 KiB to send, so a 4 MB PC still serves 32 connections; below that,
//! `OutOfMemory` (ENOMEM) instead of taking the program's last bytes.
//!
//! RAM per connection on the i486 build (buffers + 340 fixed bytes):
//! 16+16 KiB: 33,108 B; 8+8 KiB: 16,724 B; 4+4 KiB: 8,532 B; 4+2 KiB: 6,484 B.
//! 4 KiB of receive window still holds two full segments, and 2 KiB of send
//! buffer one: slower on a lossy line, enough for request/response.

use super::{NetError, NetOptions};

/// Smallest receive buffer we shrink to.
const MIN_RX_BUFFER: usize = 4 * 1024;
/// Smallest send buffer we shrink to.
const MIN_TX_BUFFER: usize = 2 * 1024;
/// One connection's buffers may take at most this fraction of the memory
/// left, so that 32 connections (issue 6) take at most about two fifths of
/// it ((63/64)^32 is left) and the sizes fall gradually as they open. On a
/// 4 MB PC (~450 KiB left once an asyncio server listens) that is 4+2 KiB
/// from the start (each connection's Python objects take ~3.5 KiB more);
/// with 4 MB free, 16+16 KiB until about 2 MB is left.
const SHARE: usize = 64;
/// Memory a connection never takes: the program needs it to go on (the
/// connection's own Python objects, handling the error).
const KEEP_FREE: usize = 48 * 1024;

/// (receive, send) buffer sizes for a new connection when `free` bytes can
/// still be allocated.
pub(crate) fn buffer_sizes(options: &NetOptions, free: usize) -> Result<(usize, usize), NetError> {
    let (mut rx, mut tx) = (options.rx_buffer, options.tx_buffer);
    let (min_rx, min_tx) = (rx.min(MIN_RX_BUFFER), tx.min(MIN_TX_BUFFER));
    while rx.saturating_add(tx) > free / SHARE && (rx > min_rx || tx > min_tx) {
        rx = (rx / 2).max(min_rx);
        tx = (tx / 2).max(min_tx);
    }
    if rx.saturating_add(tx).saturating_add(KEEP_FREE) > free {
        return Err(NetError::OutOfMemory);
    }
    Ok((rx, tx))
}

/// Buffer sizes a program asked for (SO_RCVBUF / SO_SNDBUF before
/// connect or listen); None leaves that one to [`buffer_sizes`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BufferRequest {
    pub rx: Option<usize>,
    pub tx: Option<usize>,
}

/// The (receive, send) sizes of a new connection: those `request`ed, the
/// budget's otherwise; ENOMEM when they would eat the memory kept free.
pub(crate) fn requested_sizes(
    options: &NetOptions,
    free: usize,
    request: BufferRequest,
) -> Result<(usize, usize), NetError> {
    let (rx, tx) = buffer_sizes(options, free)?;
    let (rx, tx) = (request.rx.unwrap_or(rx), request.tx.unwrap_or(tx));
    if rx.saturating_add(tx).saturating_add(KEEP_FREE) > free {
        return Err(NetError::OutOfMemory);
    }
    Ok((rx, tx))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sizes(free: usize) -> Result<(usize, usize), NetError> {
        buffer_sizes(&NetOptions::default(), free)
    }

    #[test]
    fn plenty_of_memory_gets_the_configured_buffers() {
        assert_eq!(sizes(usize::MAX), Ok((16 * 1024, 16 * 1024)));
        assert_eq!(sizes(2048 * 1024), Ok((16 * 1024, 16 * 1024)));
    }

    #[test]
    fn buffers_shrink_as_memory_runs_short() {
        assert_eq!(sizes(2048 * 1024 - 1), Ok((8 * 1024, 8 * 1024)));
        assert_eq!(sizes(600 * 1024), Ok((4 * 1024, 4 * 1024)));
        assert_eq!(sizes(450 * 1024), Ok((4 * 1024, 2 * 1024)));
        assert_eq!(sizes(KEEP_FREE + 6 * 1024), Ok((4 * 1024, 2 * 1024)));
    }

    #[test]
    fn too_little_memory_is_an_error() {
        assert_eq!(sizes(KEEP_FREE + 6 * 1024 - 1), Err(NetError::OutOfMemory));
        assert_eq!(sizes(0), Err(NetError::OutOfMemory));
    }

    #[test]
    fn buffers_configured_below_the_minimum_stay_as_configured() {
        let small = NetOptions {
            rx_buffer: 1024,
            tx_buffer: 512,
            ..NetOptions::default()
        };
        assert_eq!(buffer_sizes(&small, 60 * 1024), Ok((1024, 512)));
    }
}
