//! DOS calls through the transfer buffer: the stub's block of conventional
//! memory that real-mode DOS can address. Every INT 21h that passes data goes
//! through [`int21`] (DPMI 0300h) with its buffers copied in and out here.

use core::sync::atomic::{AtomicU16, Ordering};

use super::entry::StubInfo;
use super::memory;
use crate::dpmi::{self, RealModeRegs, FLAG_CARRY};

static SEGMENT: AtomicU16 = AtomicU16::new(0);
static SELECTOR: AtomicU16 = AtomicU16::new(0);
static SIZE: AtomicU16 = AtomicU16::new(0);

/// Remember where the stub put the transfer buffer.
pub fn init(info: &StubInfo) {
    SEGMENT.store(info.ds_segment, Ordering::Relaxed);
    SELECTOR.store(info.ds_selector, Ordering::Relaxed);
    SIZE.store(info.minkeep, Ordering::Relaxed);
}

/// Copy `bytes` to the start of the buffer through its own selector: for
/// messages written before flat access works.
pub fn put_via_selector(bytes: &[u8]) {
    let selector = SELECTOR.load(Ordering::Relaxed);
    for (offset, &byte) in bytes.iter().enumerate().take(size()) {
        // SAFETY: writes inside the transfer buffer's selector; GS is not
        // used by compiled code.
        unsafe {
            core::arch::asm!(
                "mov gs, {sel:x}",
                "mov byte ptr gs:[{at}], {b}",
                sel = in(reg) selector as u32,
                at = in(reg) offset,
                b = in(reg_byte) byte,
                options(nostack, preserves_flags)
            )
        };
    }
}

/// Real-mode segment of the buffer (its data starts at offset 0).
pub fn segment() -> u16 {
    SEGMENT.load(Ordering::Relaxed)
}

/// Usable bytes in the buffer.
pub fn size() -> usize {
    SIZE.load(Ordering::Relaxed) as usize
}

/// Copy `bytes` into the buffer at `offset`.
pub fn put(offset: usize, bytes: &[u8]) {
    assert!(offset + bytes.len() <= size(), "transfer buffer overrun");
    let dst: *mut u8 = memory::real_mode(segment(), offset as u16);
    // SAFETY: inside the transfer buffer, which no Rust object overlaps.
    unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, bytes.len()) };
}

/// Copy `out.len()` bytes from the buffer at `offset`.
pub fn get(offset: usize, out: &mut [u8]) {
    assert!(offset + out.len() <= size(), "transfer buffer overrun");
    let src: *const u8 = memory::real_mode(segment(), offset as u16);
    // SAFETY: as for `put`.
    unsafe { core::ptr::copy_nonoverlapping(src, out.as_mut_ptr(), out.len()) };
}

/// A DOS error code (AX after a call that set carry), e.g. 2 = file not found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DosError(pub u16);

/// Run INT 21h in real mode. DS and ES default to the transfer buffer.
pub fn int21(regs: RealModeRegs) -> Result<RealModeRegs, DosError> {
    real_mode_int(0x21, regs)
}

/// Run real-mode interrupt `vector`; Err when it returns with carry set.
pub fn real_mode_int(vector: u8, mut regs: RealModeRegs) -> Result<RealModeRegs, DosError> {
    if regs.ds == 0 {
        regs.ds = segment();
    }
    if regs.es == 0 {
        regs.es = segment();
    }
    // SAFETY: DOS and BIOS interrupts write only the real-mode buffers the
    // caller named in `regs` (by default the transfer buffer, which is ours).
    if unsafe { dpmi::simulate_real_mode_interrupt(vector, &mut regs) }.is_err() {
        // The host could not even switch modes: report it as a general failure.
        return Err(DosError(0x1f));
    }
    if regs.flags & FLAG_CARRY != 0 {
        Err(DosError(regs.eax as u16))
    } else {
        Ok(regs)
    }
}

/// Registers for INT 21h function `ax` (other registers zero).
pub fn ax(ax: u16) -> RealModeRegs {
    RealModeRegs {
        eax: ax as u32,
        ..RealModeRegs::default()
    }
}
