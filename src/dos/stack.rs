//! The stack overflow guard. DS reaches all memory (see `memory`), so only
//! SS can still check anything: it becomes its own expand-down selector over
//! the same base whose limit is the stack's bottom (djgpp/elf.ld). A push or
//! a frame below it faults with #SS, which `exceptions` turns into one line
//! and the normal cleanup, instead of silently overwriting .bss.
//!
//! Accesses through EBP go through SS too, so EBP must only ever point into
//! the stack: the target keeps frame pointers (djgpp/i486-pc-msdos.json).
//! Locals written through pointers go through DS and are not checked: the
//! gap below the stack (djgpp/elf.ld) and stack probes for big frames keep
//! those writes off .bss until the frame's first push faults.

use core::arch::asm;
use core::sync::atomic::{AtomicU16, Ordering};

use super::memory;
use crate::dpmi;

/// Present, data, expand-down, writable (DPL added: it must be our CPL).
const EXPAND_DOWN_DATA: u8 = 0x96;
/// B/D set: 32-bit stack pointer and a 4 GiB upper bound.
const BIG: u8 = 0x40;

static GUARD: AtomicU16 = AtomicU16::new(0);

extern "C" {
    /// Lowest valid stack address (djgpp/elf.ld).
    static __stack_bottom: u8;
}

/// Room kept below the floor for what runs after a RecursionError is
/// raised (building the exception, unwinding, printing the traceback) and
/// for the native code between two guard checks; 96 KiB before issue 14,
/// whose DOS tests (deeprec, deepnest, recurs) pass with this.
const RESERVE: usize = 48 * 1024;

/// The lowest address deep native recursion may reach (see
/// `Platform::stack_floor`).
pub fn floor() -> usize {
    core::ptr::addr_of!(__stack_bottom) as usize + RESERVE
}

fn load_ss(selector: u16) {
    // SAFETY: both selectors have the same base, so ESP stays valid; `mov
    // ss` holds off interrupts for the next instruction.
    unsafe { asm!("mov ss, {0:x}", in(reg) selector as u32, options(nostack, preserves_flags)) };
}

/// Switch SS to the guarded selector; without one (a host refusing any
/// step) the program runs unguarded.
pub fn install() {
    let Ok(selector) = dpmi::alloc_descriptor() else {
        return;
    };
    let bottom = (&raw const __stack_bottom) as usize as u32;
    // Our privilege level is the RPL of our code selector.
    let dpl = ((memory::code_selector() & 3) as u8) << 5;
    // SAFETY: the selector is new: nothing uses it until `load_ss` below.
    let ready = dpmi::segment_base(memory::data_selector()).and_then(|base| unsafe {
        dpmi::set_segment_base(selector, base)?;
        dpmi::set_access_rights(selector, EXPAND_DOWN_DATA | dpl, BIG)?;
        dpmi::set_segment_limit(selector, bottom - 1)
    });
    if ready.is_err() {
        // SAFETY: never loaded.
        let _ = unsafe { dpmi::free_descriptor(selector) };
        return;
    }
    GUARD.store(selector, Ordering::Relaxed);
    load_ss(selector);
}

/// Back to SS = DS and free the selector.
pub fn uninstall() {
    let selector = GUARD.swap(0, Ordering::Relaxed);
    if selector != 0 {
        load_ss(memory::data_selector());
        // SAFETY: SS no longer holds it, and nothing else did.
        let _ = unsafe { dpmi::free_descriptor(selector) };
    }
}
