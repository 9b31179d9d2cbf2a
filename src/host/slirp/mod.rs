//! The host build's network card: libslirp, the user-mode NAT of QEMU's
//! `-netdev user`. The guest (MPYDOS) is 10.0.2.15, 10.0.2.2 is the build
//! machine's 127.0.0.1, 10.0.2.3 is a DNS forwarder, and DHCP is served.
//! No threads and no privileges: libslirp's sockets and timers run inside
//! [`Nic::wait`], which the event loop calls on every iteration.

mod ffi;

use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::vec::Vec;
use core::ffi::{c_char, c_int, c_void};
use core::ptr;
use std::time::Instant;

use crate::nic::{Nic, NicCounters, NicError};

/// QEMU's default guest MAC address.
const GUEST_MAC: [u8; 6] = [0x52, 0x54, 0x00, 0x12, 0x34, 0x56];
const MTU: usize = 1500;
const ETHERNET_HEADER: usize = 14;
/// Frames from libslirp waiting for the guest; beyond this they are dropped
/// (TCP retransmits), so a stalled guest cannot make us grow without bound.
const RX_QUEUE_LIMIT: usize = 512;

/// The QEMU user-net addresses.
pub const GUEST_ADDR: [u8; 4] = [10, 0, 2, 15];
pub const HOST_ADDR: [u8; 4] = [10, 0, 2, 2];
pub const DNS_ADDR: [u8; 4] = [10, 0, 2, 3];

/// One libslirp timer: a callback due at `expire_ms` (None = not armed).
struct Timer {
    callback: ffi::SlirpTimerCb,
    callback_arg: *mut c_void,
    expire_ms: Option<i64>,
}

/// What libslirp's callbacks reach through their `opaque` pointer.
struct State {
    start: Instant,
    rx: VecDeque<Vec<u8>>,
    counters: NicCounters,
    timers: Vec<*mut Timer>,
    pollfds: Vec<libc::pollfd>,
}

impl State {
    fn now_ms(&self) -> i64 {
        self.start.elapsed().as_millis() as i64
    }

    fn earliest_timer_ms(&self) -> Option<i64> {
        self.timers
            .iter()
            // SAFETY: every pointer in `timers` is a live Box from timer_new.
            .filter_map(|&t| unsafe { (*t).expire_ms })
            .min()
    }
}

/// A libslirp instance seen as an Ethernet card.
pub struct SlirpNic {
    slirp: *mut ffi::Slirp,
    state: *mut State,
}

/// Why libslirp could not be set up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlirpError {
    /// `slirp_new` returned NULL.
    Init,
    /// `slirp_add_hostfwd` failed (port in use?).
    HostForward,
}

static CALLBACKS: ffi::SlirpCb = ffi::SlirpCb {
    send_packet: on_send_packet,
    guest_error: on_guest_error,
    clock_get_ns: on_clock_get_ns,
    timer_new: on_timer_new,
    timer_free: on_timer_free,
    timer_mod: on_timer_mod,
    register_poll_fd: on_poll_fd_change,
    unregister_poll_fd: on_poll_fd_change,
    notify: on_notify,
    init_completed: None,
    timer_new_opaque: None,
};

impl SlirpNic {
    /// Start libslirp configured as QEMU's default user network.
    pub fn new() -> Result<SlirpNic, SlirpError> {
        let state = Box::into_raw(Box::new(State {
            start: Instant::now(),
            rx: VecDeque::new(),
            counters: NicCounters::default(),
            timers: Vec::new(),
            pollfds: Vec::new(),
        }));
        let no_addr6 = libc::in6_addr { s6_addr: [0; 16] };
        let config = ffi::SlirpConfig {
            version: 3,
            restricted: 0,
            in_enabled: true,
            vnetwork: ffi::in_addr_of([10, 0, 2, 0]),
            vnetmask: ffi::in_addr_of([255, 255, 255, 0]),
            vhost: ffi::in_addr_of(HOST_ADDR),
            in6_enabled: false,
            vprefix_addr6: no_addr6,
            vprefix_len: 0,
            vhost6: no_addr6,
            vhostname: ptr::null(),
            tftp_server_name: ptr::null(),
            tftp_path: ptr::null(),
            bootfile: ptr::null(),
            vdhcp_start: ffi::in_addr_of(GUEST_ADDR),
            vnameserver: ffi::in_addr_of(DNS_ADDR),
            vnameserver6: no_addr6,
            vdnssearch: ptr::null(),
            vdomainname: ptr::null(),
            if_mtu: MTU,
            if_mru: MTU,
            disable_host_loopback: false,
            enable_emu: false,
            outbound_addr: ptr::null_mut(),
            outbound_addr6: ptr::null_mut(),
            disable_dns: false,
            disable_dhcp: false,
        };
        // SAFETY: config and callbacks outlive the call (libslirp copies the
        // config); `state` stays valid until Drop, after slirp_cleanup.
        let slirp = unsafe { ffi::slirp_new(&config, &CALLBACKS, state.cast()) };
        if slirp.is_null() {
            // SAFETY: libslirp did not keep the pointer.
            drop(unsafe { Box::from_raw(state) });
            return Err(SlirpError::Init);
        }
        Ok(SlirpNic { slirp, state })
    }

    /// Forward TCP connections to the build machine's 127.0.0.1:`host_port`
    /// to the guest's `guest_port` (QEMU's `hostfwd=tcp::H-:G`).
    pub fn add_hostfwd(&mut self, host_port: u16, guest_port: u16) -> Result<(), SlirpError> {
        // SAFETY: self.slirp is live.
        let status = unsafe {
            ffi::slirp_add_hostfwd(
                self.slirp,
                0,
                ffi::in_addr_of([127, 0, 0, 1]),
                c_int::from(host_port),
                ffi::in_addr_of(GUEST_ADDR),
                c_int::from(guest_port),
            )
        };
        if status < 0 {
            return Err(SlirpError::HostForward);
        }
        Ok(())
    }

    fn state(&mut self) -> &mut State {
        // SAFETY: valid until Drop; never borrowed across a libslirp call.
        unsafe { &mut *self.state }
    }

    fn run_due_timers(&mut self) {
        let now = self.state().now_ms();
        let due: Vec<*mut Timer> = self
            .state()
            .timers
            .iter()
            .copied()
            // SAFETY: every pointer in `timers` is live.
            .filter(|&t| unsafe { (*t).expire_ms }.is_some_and(|at| at <= now))
            .collect();
        for timer in due {
            // A callback may have freed a later timer of the list.
            if !self.state().timers.contains(&timer) {
                continue;
            }
            // SAFETY: the timer is still registered, so live.
            let (callback, arg) = unsafe {
                (*timer).expire_ms = None;
                ((*timer).callback, (*timer).callback_arg)
            };
            // SAFETY: libslirp's own callback with its own argument.
            unsafe { callback(arg) };
        }
    }
}

impl Nic for SlirpNic {
    fn mac(&self) -> [u8; 6] {
        GUEST_MAC
    }

    fn mtu(&self) -> usize {
        MTU
    }

    fn send(&mut self, frame: &[u8]) -> Result<(), NicError> {
        if frame.len() > MTU + ETHERNET_HEADER {
            self.state().counters.errors_out += 1;
            return Err(NicError::TooLong);
        }
        let counters = &mut self.state().counters;
        counters.frames_out += 1;
        counters.bytes_out += frame.len() as u64;
        // SAFETY: self.slirp is live and the frame is readable for its length;
        // no Rust reference into `state` is held across the call.
        unsafe { ffi::slirp_input(self.slirp, frame.as_ptr(), frame.len() as c_int) };
        Ok(())
    }

    fn recv(&mut self, buf: &mut [u8]) -> Option<usize> {
        let state = self.state();
        let frame = state.rx.pop_front()?;
        if frame.len() > buf.len() {
            state.counters.dropped_in += 1;
            return None;
        }
        buf[..frame.len()].copy_from_slice(&frame);
        Some(frame.len())
    }

    fn has_frame(&self) -> bool {
        // SAFETY: valid until Drop.
        !unsafe { &*self.state }.rx.is_empty()
    }

    fn wait(&mut self, timeout_us: u64) {
        let state = self.state();
        let mut timeout_ms = if state.rx.is_empty() {
            u32::try_from(timeout_us.div_ceil(1000)).unwrap_or(u32::MAX)
        } else {
            0
        };
        if let Some(at) = state.earliest_timer_ms() {
            let until = (at - state.now_ms()).clamp(0, i64::from(u32::MAX)) as u32;
            timeout_ms = timeout_ms.min(until);
        }
        state.pollfds.clear();
        let opaque: *mut c_void = self.state.cast();
        // SAFETY: self.slirp is live; the callbacks get `opaque` = our State.
        unsafe { ffi::slirp_pollfds_fill(self.slirp, &mut timeout_ms, on_add_poll, opaque) };
        let state = self.state();
        let timeout = c_int::try_from(timeout_ms).unwrap_or(c_int::MAX);
        // SAFETY: pollfds is a valid array of its length.
        let ready = unsafe {
            libc::poll(
                state.pollfds.as_mut_ptr(),
                state.pollfds.len() as libc::nfds_t,
                timeout,
            )
        };
        // SAFETY: as for slirp_pollfds_fill.
        unsafe {
            ffi::slirp_pollfds_poll(self.slirp, c_int::from(ready < 0), on_get_revents, opaque)
        };
        self.run_due_timers();
    }

    fn counters(&self) -> NicCounters {
        // SAFETY: valid until Drop.
        unsafe { &*self.state }.counters
    }
}

impl Drop for SlirpNic {
    fn drop(&mut self) {
        // SAFETY: slirp_cleanup frees its timers through on_timer_free, which
        // still needs `state`; the state goes last.
        unsafe {
            ffi::slirp_cleanup(self.slirp);
            let state = Box::from_raw(self.state);
            for timer in state.timers {
                drop(Box::from_raw(timer));
            }
        }
    }
}

/// # Safety
/// `opaque` is the `State` pointer given to slirp_new.
unsafe fn state_of<'a>(opaque: *mut c_void) -> &'a mut State {
    &mut *opaque.cast::<State>()
}

unsafe extern "C" fn on_send_packet(buf: *const c_void, len: usize, opaque: *mut c_void) -> isize {
    let state = state_of(opaque);
    if state.rx.len() >= RX_QUEUE_LIMIT {
        state.counters.dropped_in += 1;
        return len as isize;
    }
    let frame = core::slice::from_raw_parts(buf.cast::<u8>(), len);
    state.rx.push_back(frame.to_vec());
    state.counters.frames_in += 1;
    state.counters.bytes_in += len as u64;
    len as isize
}

unsafe extern "C" fn on_guest_error(msg: *const c_char, _opaque: *mut c_void) {
    let msg = core::ffi::CStr::from_ptr(msg).to_string_lossy();
    std::eprintln!("slirp: guest error: {msg}");
}

unsafe extern "C" fn on_clock_get_ns(opaque: *mut c_void) -> i64 {
    state_of(opaque).start.elapsed().as_nanos() as i64
}

unsafe extern "C" fn on_timer_new(
    callback: ffi::SlirpTimerCb,
    callback_arg: *mut c_void,
    opaque: *mut c_void,
) -> *mut c_void {
    let timer = Box::into_raw(Box::new(Timer {
        callback,
        callback_arg,
        expire_ms: None,
    }));
    state_of(opaque).timers.push(timer);
    timer.cast()
}

unsafe extern "C" fn on_timer_free(timer: *mut c_void, opaque: *mut c_void) {
    let timer = timer.cast::<Timer>();
    let timers = &mut state_of(opaque).timers;
    if let Some(at) = timers.iter().position(|&t| t == timer) {
        timers.swap_remove(at);
        drop(Box::from_raw(timer));
    }
}

unsafe extern "C" fn on_timer_mod(timer: *mut c_void, expire_ms: i64, _opaque: *mut c_void) {
    (*timer.cast::<Timer>()).expire_ms = Some(expire_ms);
}

/// Descriptors are gathered afresh by slirp_pollfds_fill on every wait.
unsafe extern "C" fn on_poll_fd_change(_fd: c_int, _opaque: *mut c_void) {}

/// Nothing to wake: the event loop is the only thread.
unsafe extern "C" fn on_notify(_opaque: *mut c_void) {}

unsafe extern "C" fn on_add_poll(fd: c_int, events: c_int, opaque: *mut c_void) -> c_int {
    let pollfds = &mut state_of(opaque).pollfds;
    let mut wanted = 0;
    for (slirp_bit, poll_bit) in POLL_BITS {
        if events & slirp_bit != 0 {
            wanted |= poll_bit;
        }
    }
    pollfds.push(libc::pollfd {
        fd,
        events: wanted,
        revents: 0,
    });
    (pollfds.len() - 1) as c_int
}

unsafe extern "C" fn on_get_revents(index: c_int, opaque: *mut c_void) -> c_int {
    let Some(pollfd) = state_of(opaque).pollfds.get(index as usize) else {
        return 0;
    };
    let mut events = 0;
    for (slirp_bit, poll_bit) in POLL_BITS {
        if pollfd.revents & poll_bit != 0 {
            events |= slirp_bit;
        }
    }
    events
}

const POLL_BITS: [(c_int, i16); 5] = [
    (ffi::SLIRP_POLL_IN, libc::POLLIN),
    (ffi::SLIRP_POLL_OUT, libc::POLLOUT),
    (ffi::SLIRP_POLL_PRI, libc::POLLPRI),
    (ffi::SLIRP_POLL_ERR, libc::POLLERR),
    (ffi::SLIRP_POLL_HUP, libc::POLLHUP),
];
