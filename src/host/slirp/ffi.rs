//! The part of libslirp 4.7's C API (`<slirp/libslirp.h>`) that the NIC uses,
//! declared by hand: a dozen functions and two structs do not justify
//! bindgen and a glib pkg-config dependency at build time.

use core::ffi::{c_char, c_int, c_void};
use libc::{in6_addr, in_addr, sockaddr_in, sockaddr_in6};

/// The opaque `Slirp` instance.
#[repr(C)]
pub struct Slirp {
    _private: [u8; 0],
}

pub const SLIRP_POLL_IN: c_int = 1 << 0;
pub const SLIRP_POLL_OUT: c_int = 1 << 1;
pub const SLIRP_POLL_PRI: c_int = 1 << 2;
pub const SLIRP_POLL_ERR: c_int = 1 << 3;
pub const SLIRP_POLL_HUP: c_int = 1 << 4;

pub type SlirpTimerCb = unsafe extern "C" fn(opaque: *mut c_void);
pub type SlirpAddPollCb =
    unsafe extern "C" fn(fd: c_int, events: c_int, opaque: *mut c_void) -> c_int;
pub type SlirpGetREventsCb = unsafe extern "C" fn(idx: c_int, opaque: *mut c_void) -> c_int;

/// `SlirpCb`: the callbacks libslirp makes into its embedder.
#[repr(C)]
pub struct SlirpCb {
    pub send_packet:
        unsafe extern "C" fn(buf: *const c_void, len: usize, opaque: *mut c_void) -> isize,
    pub guest_error: unsafe extern "C" fn(msg: *const c_char, opaque: *mut c_void),
    pub clock_get_ns: unsafe extern "C" fn(opaque: *mut c_void) -> i64,
    pub timer_new: unsafe extern "C" fn(
        cb: SlirpTimerCb,
        cb_opaque: *mut c_void,
        opaque: *mut c_void,
    ) -> *mut c_void,
    pub timer_free: unsafe extern "C" fn(timer: *mut c_void, opaque: *mut c_void),
    pub timer_mod: unsafe extern "C" fn(timer: *mut c_void, expire_ms: i64, opaque: *mut c_void),
    pub register_poll_fd: unsafe extern "C" fn(fd: c_int, opaque: *mut c_void),
    pub unregister_poll_fd: unsafe extern "C" fn(fd: c_int, opaque: *mut c_void),
    pub notify: unsafe extern "C" fn(opaque: *mut c_void),
    pub init_completed: Option<unsafe extern "C" fn(slirp: *mut Slirp, opaque: *mut c_void)>,
    pub timer_new_opaque: Option<unsafe extern "C" fn()>,
}

/// `SlirpConfig` (fields up to version 4; we pass version 3).
#[repr(C)]
pub struct SlirpConfig {
    pub version: u32,
    pub restricted: c_int,
    pub in_enabled: bool,
    pub vnetwork: in_addr,
    pub vnetmask: in_addr,
    pub vhost: in_addr,
    pub in6_enabled: bool,
    pub vprefix_addr6: in6_addr,
    pub vprefix_len: u8,
    pub vhost6: in6_addr,
    pub vhostname: *const c_char,
    pub tftp_server_name: *const c_char,
    pub tftp_path: *const c_char,
    pub bootfile: *const c_char,
    pub vdhcp_start: in_addr,
    pub vnameserver: in_addr,
    pub vnameserver6: in6_addr,
    pub vdnssearch: *const *const c_char,
    pub vdomainname: *const c_char,
    pub if_mtu: usize,
    pub if_mru: usize,
    pub disable_host_loopback: bool,
    pub enable_emu: bool,
    pub outbound_addr: *mut sockaddr_in,
    pub outbound_addr6: *mut sockaddr_in6,
    pub disable_dns: bool,
    pub disable_dhcp: bool,
}

extern "C" {
    pub fn slirp_new(
        cfg: *const SlirpConfig,
        callbacks: *const SlirpCb,
        opaque: *mut c_void,
    ) -> *mut Slirp;
    pub fn slirp_cleanup(slirp: *mut Slirp);
    pub fn slirp_pollfds_fill(
        slirp: *mut Slirp,
        timeout_ms: *mut u32,
        add_poll: SlirpAddPollCb,
        opaque: *mut c_void,
    );
    pub fn slirp_pollfds_poll(
        slirp: *mut Slirp,
        select_error: c_int,
        get_revents: SlirpGetREventsCb,
        opaque: *mut c_void,
    );
    pub fn slirp_input(slirp: *mut Slirp, pkt: *const u8, pkt_len: c_int);
    pub fn slirp_add_hostfwd(
        slirp: *mut Slirp,
        is_udp: c_int,
        host_addr: in_addr,
        host_port: c_int,
        guest_addr: in_addr,
        guest_port: c_int,
    ) -> c_int;
}

/// An IPv4 address as libslirp wants it (network byte order).
pub fn in_addr_of(octets: [u8; 4]) -> in_addr {
    in_addr {
        s_addr: u32::from_ne_bytes(octets),
    }
}
