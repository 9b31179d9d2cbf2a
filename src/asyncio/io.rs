//! The loop's network: the one [`Net`] of the program, created on first use
//! over the card the platform opens ([`Platform::open_nic`]: libslirp on the
//! host, the packet driver on DOS), and the [`IoPoller`] through which the
//! event loop polls it every iteration and idles in [`Net::wait_until`] (so
//! frames are served during long sleeps).
//!
//! The options come from the environment (`net::config`): `MTCPCFG` names
//! an mTCP config file for a static address (else DHCP), `PACKETINT` forces
//! the driver's vector (DOS), `MPYDOS_HOSTFWD=HOST:GUEST[,...]` forwards the
//! build machine's 127.0.0.1:HOST to the program's port GUEST (host).
//!
//! [`Platform::open_nic`]: crate::platform::Platform::open_nic

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

use super::idle::{set_io_poller, IoPoller};
use crate::global::Global;
use crate::net::{nic_options_from_environment, options_from_environment, Change, Net};
use crate::platform::platform;

static NET: Global<RefCell<Option<Net>>> = Global::new(RefCell::new(None));

/// Run `f` on the network, bringing it up first if this is the first use.
/// `Err` is the one-line message for the user (no card, bad config).
pub fn with_net<T>(f: impl FnOnce(&mut Net) -> T) -> Result<T, String> {
    if NET.borrow().is_none() {
        let card = platform().open_nic(&nic_options_from_environment()?)?;
        let net = Net::new(card, options_from_environment()?, now_us());
        *NET.borrow_mut() = Some(net);
        set_io_poller(Some(Box::new(NetPoller)));
    }
    Ok(f(NET.borrow_mut().as_mut().expect("network just set up")))
}

/// Run `f` on the network if it is up (None otherwise).
pub fn if_net<T>(f: impl FnOnce(&mut Net) -> T) -> Option<T> {
    NET.borrow_mut().as_mut().map(f)
}

/// The sockets whose readiness changed since the last call (empty when the
/// network is not up).
pub fn take_changed(out: &mut Vec<Change>) {
    out.clear();
    if_net(|net| net.take_changed(out));
}

fn now_us() -> u64 {
    platform().monotonic_us()
}

/// The event loop's view of the network.
struct NetPoller;

impl IoPoller for NetPoller {
    fn poll(&mut self, now_us: u64) -> bool {
        if_net(|net| net.poll(now_us)).unwrap_or(false)
    }

    fn delay(&mut self, now_us: u64) -> Option<u64> {
        if_net(|net| net.poll_delay(now_us)).flatten()
    }

    fn wait(&mut self, now_us: u64, until_us: u64) -> bool {
        if_net(|net| net.wait_until(now_us, until_us)).is_some()
    }
}
