//! The loop's network: the one [`Net`] of the program, created on first use
//! over the machine's card (libslirp on the host, the packet driver on DOS),
//! and the [`IoPoller`] through which the event loop polls it every
//! iteration and idles in [`Net::wait_until`] (so frames are served during
//! long sleeps).
//!
//! Host options: `MPYDOS_HOSTFWD=HOST:GUEST[,HOST:GUEST...]` forwards the
//! build machine's 127.0.0.1:HOST to the program's port GUEST (QEMU's
//! `hostfwd`). Both builds: `MTCPCFG` names an mTCP config file for a
//! static address (else DHCP), `PACKETINT` forces the driver's vector.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

use super::idle::{set_io_poller, IoPoller};
use crate::net::{options_from_environment, Net, SocketId};
use crate::nic::Nic;
use crate::platform::platform;

struct NetSlot(RefCell<Option<Net>>);

// SAFETY: the interpreter is single-threaded.
unsafe impl Sync for NetSlot {}

static NET: NetSlot = NetSlot(RefCell::new(None));

/// Run `f` on the network, bringing it up first if this is the first use.
/// `Err` is the one-line message for the user (no card, bad config).
pub fn with_net<T>(f: impl FnOnce(&mut Net) -> T) -> Result<T, String> {
    if NET.0.borrow().is_none() {
        let net = Net::new(open_card()?, options_from_environment()?, now_us());
        *NET.0.borrow_mut() = Some(net);
        set_io_poller(Some(Box::new(NetPoller)));
    }
    Ok(f(NET.0.borrow_mut().as_mut().expect("network just set up")))
}

/// Run `f` on the network if it is up (None otherwise).
pub fn if_net<T>(f: impl FnOnce(&mut Net) -> T) -> Option<T> {
    NET.0.borrow_mut().as_mut().map(f)
}

/// The ids whose readiness changed since the last call (empty when the
/// network is not up).
pub fn take_changed(out: &mut Vec<SocketId>) {
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

#[cfg(feature = "dos")]
fn open_card() -> Result<Box<dyn Nic>, String> {
    crate::pktdrv::open()
}

#[cfg(not(feature = "dos"))]
fn open_card() -> Result<Box<dyn Nic>, String> {
    use crate::host::slirp::SlirpNic;
    let mut nic = SlirpNic::new().map_err(|_| String::from("libslirp did not start"))?;
    if let Some(spec) = platform().env_var("MPYDOS_HOSTFWD") {
        for pair in spec.split(',').filter(|p| !p.is_empty()) {
            let ports = pair
                .split_once(':')
                .and_then(|(h, g)| Some((h.trim().parse().ok()?, g.trim().parse().ok()?)));
            let Some((host, guest)) = ports else {
                return Err(alloc::format!(
                    "MPYDOS_HOSTFWD={spec}: want HOST:GUEST port pairs, comma-separated"
                ));
            };
            nic.add_hostfwd(host, guest).map_err(|_| {
                alloc::format!("MPYDOS_HOSTFWD: cannot forward 127.0.0.1:{host} (in use?)")
            })?;
        }
    }
    Ok(Box::new(nic))
}
