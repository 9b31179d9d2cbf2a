//! Raw FFI to the system's libunicorn (Debian `libunicorn-dev`, Unicorn 2.0.1).
//!
//! Hand-written instead of the `unicorn-engine` crate: that crate builds Unicorn
//! from C sources with cmake (minutes on a 2-core machine) unless linked
//! dynamically, and its 2.1 bindings do not match Debian's 2.0.1 library. We
//! need a dozen functions; the constants below were read off the 2.0.1 headers.
#![allow(non_camel_case_types)]

use std::ffi::{c_char, c_int, c_void};

pub type uc_engine = c_void;
pub type uc_hook = usize;
pub type uc_err = c_int;

pub const UC_ARCH_X86: c_int = 4;
pub const UC_MODE_32: c_int = 4;
pub const UC_PROT_ALL: u32 = 7;

pub const UC_HOOK_INTR: c_int = 1;
pub const UC_HOOK_INSN: c_int = 2;
pub const UC_HOOK_BLOCK: c_int = 8;
pub const UC_HOOK_INSN_INVALID: c_int = 1 << 14;

pub const UC_X86_INS_IN: c_int = 218;
pub const UC_X86_INS_OUT: c_int = 500;

pub const UC_ERR_READ_UNMAPPED: uc_err = 6;
pub const UC_ERR_WRITE_UNMAPPED: uc_err = 7;
pub const UC_ERR_FETCH_UNMAPPED: uc_err = 8;

/// `UC_CTL_WRITE(UC_CTL_UC_USE_EXITS, 1)`: `until` is ignored (no accidental stop).
pub const UC_CTL_USE_EXITS_WRITE: c_int = 1140850692;
/// `UC_CTL_READ_WRITE(UC_CTL_TB_REQUEST_CACHE, 2)`.
pub const UC_CTL_TB_REQUEST_CACHE: c_int = -939524088;
/// `UC_CTL_WRITE(UC_CTL_CPU_MODEL, 1)` and `UC_CPU_X86_486`.
pub const UC_CTL_CPU_MODEL_WRITE: c_int = 1140850695;
pub const UC_CPU_X86_486: c_int = 7;

pub mod reg {
    pub const EAX: i32 = 19;
    pub const EBX: i32 = 21;
    pub const ECX: i32 = 22;
    pub const EDX: i32 = 24;
    pub const ESI: i32 = 29;
    pub const EDI: i32 = 23;
    pub const EBP: i32 = 20;
    pub const ESP: i32 = 30;
    pub const EIP: i32 = 26;
    pub const EFLAGS: i32 = 25;
    pub const CS: i32 = 11;
    pub const DS: i32 = 17;
    pub const ES: i32 = 28;
    pub const FS: i32 = 32;
    pub const GS: i32 = 33;
    pub const SS: i32 = 49;
    pub const CR0: i32 = 50;
    pub const IDTR: i32 = 242;
    pub const GDTR: i32 = 243;
    pub const LDTR: i32 = 244;
}

/// `uc_x86_mmr`: a descriptor-table register (GDTR, LDTR).
#[repr(C)]
#[derive(Default)]
pub struct uc_x86_mmr {
    pub selector: u16,
    pub base: u64,
    pub limit: u32,
    pub flags: u32,
}

/// `uc_tb`: what Unicorn tells about a translation block.
#[repr(C)]
#[derive(Default)]
pub struct uc_tb {
    pub pc: u64,
    pub icount: u16,
    pub size: u16,
}

#[link(name = "unicorn")]
extern "C" {
    pub fn uc_open(arch: c_int, mode: c_int, uc: *mut *mut uc_engine) -> uc_err;
    pub fn uc_strerror(code: uc_err) -> *const c_char;
    pub fn uc_ctl(uc: *mut uc_engine, control: c_int, ...) -> uc_err;
    pub fn uc_mem_map_ptr(
        uc: *mut uc_engine,
        address: u64,
        size: usize,
        perms: u32,
        ptr: *mut c_void,
    ) -> uc_err;
    pub fn uc_mem_unmap(uc: *mut uc_engine, address: u64, size: usize) -> uc_err;
    pub fn uc_reg_read(uc: *mut uc_engine, regid: c_int, value: *mut c_void) -> uc_err;
    pub fn uc_reg_write(uc: *mut uc_engine, regid: c_int, value: *const c_void) -> uc_err;
    pub fn uc_hook_add(
        uc: *mut uc_engine,
        hh: *mut uc_hook,
        htype: c_int,
        callback: *mut c_void,
        user_data: *mut c_void,
        begin: u64,
        end: u64,
        ...
    ) -> uc_err;
    pub fn uc_emu_start(
        uc: *mut uc_engine,
        begin: u64,
        until: u64,
        timeout: u64,
        count: usize,
    ) -> uc_err;
    pub fn uc_emu_stop(uc: *mut uc_engine) -> uc_err;
}
