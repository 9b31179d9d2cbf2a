//! Flat access to the whole address space, the technique DJGPP calls
//! "nearptr": our data selector's limit is raised to 4 GiB, so any linear
//! address (conventional memory, the BIOS data area, further DPMI blocks) is
//! reachable as the near pointer `linear - DS base`. The heap and the
//! transfer buffer both rely on it.

use core::arch::asm;
use core::sync::atomic::{AtomicU32, Ordering};

use crate::dpmi::{self, DpmiError};

static DS_BASE: AtomicU32 = AtomicU32::new(0);

/// The data selector the program runs with (DS = ES = SS).
pub fn data_selector() -> u16 {
    let ds: u16;
    // SAFETY: reads a segment register.
    unsafe { asm!("mov {0:x}, ds", out(reg) ds, options(nomem, nostack)) };
    ds
}

/// The code selector the program runs with.
pub fn code_selector() -> u16 {
    let cs: u16;
    // SAFETY: reads a segment register.
    unsafe { asm!("mov {0:x}, cs", out(reg) cs, options(nomem, nostack)) };
    cs
}

/// Raise the data selector's limit to 4 GiB and reload DS, ES and SS so the
/// CPU sees the new limit.
pub fn enable_flat_access() -> Result<(), DpmiError> {
    let ds = data_selector();
    let base = dpmi::segment_base(ds)?;
    // SAFETY: raising the limit keeps every access that worked working.
    unsafe { dpmi::set_segment_limit(ds, 0xffff_ffff) }?;
    // SAFETY: reloads the same selector; `mov ss` masks interrupts for the
    // next instruction, and the stack pointer does not change.
    unsafe {
        asm!(
            "mov ds, {0:x}",
            "mov es, {0:x}",
            "mov ss, {0:x}",
            in(reg) ds as u32,
            options(nostack, preserves_flags)
        )
    };
    DS_BASE.store(base, Ordering::Relaxed);
    Ok(())
}

/// The near pointer for a linear address.
pub fn near<T>(linear: u32) -> *mut T {
    linear.wrapping_sub(DS_BASE.load(Ordering::Relaxed)) as usize as *mut T
}

/// The near pointer to real-mode address `segment:offset`.
pub fn real_mode<T>(segment: u16, offset: u16) -> *mut T {
    near(((segment as u32) << 4) + offset as u32)
}
