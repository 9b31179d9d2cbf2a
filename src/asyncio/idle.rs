//! Waiting without burning the CPU: sleep until a deadline through the
//! platform, waking early for Ctrl-C or network activity.
//!
//! The network layer plugs in through [`IoPoller`]: the loop calls
//! [`poll_io`] on every iteration, and [`idle_until`] polls it before each
//! sleep and never sleeps past the moment it asks to be polled again.

use alloc::boxed::Box;
use core::cell::RefCell;

use crate::global::Global;
use crate::platform::platform;

/// What the event loop needs from an I/O source (the network stack).
pub trait IoPoller {
    /// Move pending I/O along (receive frames, run the TCP machine, wake
    /// the waiters whose sockets changed). True if anything happened.
    fn poll(&mut self, now_us: u64) -> bool;
    /// Microseconds until the poller must run again, if it has a deadline.
    fn delay(&mut self, now_us: u64) -> Option<u64>;
    /// Block until `until_us` or I/O activity, serving the source while
    /// waiting; false if the source cannot wait (the platform idles then).
    fn wait(&mut self, _now_us: u64, _until_us: u64) -> bool {
        false
    }
}

/// Why [`idle_until`] returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wake {
    /// The deadline passed.
    Deadline,
    /// The I/O poller reported activity.
    Io,
    /// Ctrl-C (SIGINT on the host) was pressed; the flag has been taken.
    Interrupt,
}

static POLLER: Global<RefCell<Option<Box<dyn IoPoller>>>> = Global::new(RefCell::new(None));

/// Install (or remove, with None) the I/O source the loop polls.
pub fn set_io_poller(poller: Option<Box<dyn IoPoller>>) {
    *POLLER.borrow_mut() = poller;
}

/// Poll the installed I/O source once; false when there is none.
pub fn poll_io(now_us: u64) -> bool {
    match POLLER.borrow_mut().as_mut() {
        Some(p) => p.poll(now_us),
        None => false,
    }
}

fn io_delay(now_us: u64) -> Option<u64> {
    POLLER.borrow_mut().as_mut().and_then(|p| p.delay(now_us))
}

fn io_wait(now_us: u64, until_us: u64) -> bool {
    POLLER
        .borrow_mut()
        .as_mut()
        .is_some_and(|p| p.wait(now_us, until_us))
}

/// Sleep until `deadline_us` (monotonic; None: until something happens),
/// an I/O event or Ctrl-C, whichever comes first.
pub fn idle_until(deadline_us: Option<u64>) -> Wake {
    let p = platform();
    loop {
        if p.take_interrupt() {
            return Wake::Interrupt;
        }
        let now = p.monotonic_us();
        if poll_io(now) {
            return Wake::Io;
        }
        if deadline_us.is_some_and(|d| now >= d) {
            return Wake::Deadline;
        }
        // With no deadline at all, wake now and then anyway: the platform's
        // idle may not see every event source.
        let mut until = deadline_us.unwrap_or(now + 1_000_000);
        if let Some(d) = io_delay(now) {
            until = until.min(now + d);
        }
        if !io_wait(now, until) {
            p.idle_until(until);
        }
    }
}
