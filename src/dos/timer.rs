//! The fast timer: while MPYDOS runs, PIT channel 0 interrupts at 1 kHz
//! instead of the BIOS's 18.2 Hz, so that giving up the CPU until the next
//! interrupt (HLT, or a DOS idle handler that halts) costs at most 1 ms.
//!
//! Why: an idle call that halts (FreeDOS's FDAPM answers INT 2Fh AX=1680h
//! with HLT) returns at the next timer interrupt, 55 ms away at 18.2 Hz, so a
//! 10 ms sleep took 110 ms; spinning instead (no 1680h handler: plain DOS,
//! QEMU) keeps the host's CPU busy. With a 1 ms interrupt both can halt.
//!
//! A real-mode stub in DOS memory takes INT 08h (hardware interrupts that
//! arrive in protected mode are reflected to it by the DPMI host): it counts
//! PIT clocks in a 64-bit counter (our monotonic clock) and, each time the
//! clocks add up to a full 65536, chains to the previous INT 08h handler, so
//! the BIOS tick (0040:006Ch, INT 1Ch, DOS time) still comes at 18.2 Hz;
//! otherwise it acknowledges the interrupt itself. The stub also holds the
//! `sti; hlt; retf` that `halt` runs in real mode (through DPMI 0301h), where
//! HLT is allowed (a V86 monitor or Windows treats it as idle). `uninstall`
//! (every exit path, through cleanup) puts the 18.2 Hz rate and the vector
//! back.

use core::arch::asm;
use core::ptr::read_volatile;

use super::memory;
use crate::dpmi::{self, DosBlock, FarPtr, RealModeRegs};

/// PIT input clocks per interrupt: 1193182 / 1193 = 1000.15 Hz.
pub const PERIOD_CLOCKS: u16 = 1193;

/// Offsets in the stub: the 64-bit clock count, the clocks since the last
/// BIOS tick, the previous handler, the period, and the two entry points.
const CLOCKS: u16 = 0;
const SINCE_TICK: u16 = 8;
const OLD_HANDLER: u16 = 10;
const PERIOD: u16 = 14;
const IRQ0_ENTRY: u16 = 16;
const HALT_ENTRY: u16 = 63;

#[rustfmt::skip]
const STUB: [u8; 66] = [
    0, 0, 0, 0, 0, 0, 0, 0,        // 0: clocks (u64)
    0, 0,                          // 8: clocks since the last BIOS tick
    0, 0, 0, 0,                    // 10: previous INT 08h handler
    0, 0,                          // 14: period
    0x50,                          // 16: push ax
    0x2e, 0xa1, 0x0e, 0x00,        //     mov ax, [cs:14]
    0x2e, 0x01, 0x06, 0x00, 0x00,  //     add [cs:0], ax
    0x2e, 0x83, 0x16, 0x02, 0x00, 0x00, // adc word [cs:2], 0
    0x2e, 0x83, 0x16, 0x04, 0x00, 0x00, // adc word [cs:4], 0
    0x2e, 0x83, 0x16, 0x06, 0x00, 0x00, // adc word [cs:6], 0
    0x2e, 0x01, 0x06, 0x08, 0x00,  //     add [cs:8], ax
    0x72, 0x06,                    //     jc chain
    0xb0, 0x20,                    //     mov al, 20h
    0xe6, 0x20,                    //     out 20h, al (end of interrupt)
    0x58,                          //     pop ax
    0xcf,                          //     iret
    0x58,                          // chain: pop ax
    0x2e, 0xff, 0x2e, 0x0a, 0x00,  //     jmp far [cs:10]
    0xfb,                          // 63: sti
    0xf4,                          //     hlt
    0xcb,                          //     retf
];

/// The stub's DOS block while the fast timer runs.
static STUB_BLOCK: spin::Mutex<Option<DosBlock>> = spin::Mutex::new(None);

/// Write a PIT port (the one home of the timer chip's port access; the
/// clock latches and reads it too).
pub(super) fn outb(port: u16, value: u8) {
    // SAFETY: PIT ports (40h, 43h); callers program or latch channel 0 only.
    unsafe { asm!("out dx, al", in("dx") port, in("al") value, options(nomem, nostack)) };
}

/// Read a PIT port (channel 0's latched status or count).
pub(super) fn inb(port: u16) -> u8 {
    let value: u8;
    // SAFETY: reads PIT channel 0's latched status or count.
    unsafe { asm!("in al, dx", in("dx") port, out("al") value, options(nomem, nostack)) };
    value
}

/// Channel 0's current count, latched (the entropy pool samples it).
pub(super) fn channel0_count() -> u16 {
    outb(0x43, 0x00);
    let low = inb(0x40) as u16;
    let high = inb(0x40) as u16;
    high << 8 | low
}

/// Channel 0, low then high byte, `mode`, binary; then the reload value
/// (0 stands for 65536).
fn program_pit(mode: u8, reload: u16) {
    outb(0x43, 0x30 | mode << 1);
    outb(0x40, reload as u8);
    outb(0x40, (reload >> 8) as u8);
}

/// Take INT 08h and speed the PIT up, counting on from `start_clocks` (the
/// clock so far, so time goes on smoothly). On failure nothing changes and
/// the clock stays on the BIOS tick (see `clock`).
pub fn install(start_clocks: u64) {
    let Ok(block) = dpmi::alloc_dos_memory(STUB.len().div_ceil(16) as u16) else {
        return;
    };
    let Ok(old) = dpmi::real_mode_vector(0x08) else {
        // SAFETY: the block was just allocated; nothing uses it yet.
        let _ = unsafe { dpmi::free_dos_memory(block) };
        return;
    };
    let stub: *mut u8 = memory::real_mode(block.segment, 0);
    // SAFETY: the block is ours and big enough; nothing runs the stub yet.
    unsafe {
        core::ptr::copy_nonoverlapping(STUB.as_ptr(), stub, STUB.len());
        stub.add(CLOCKS as usize)
            .cast::<u64>()
            .write_unaligned(start_clocks);
        // The BIOS tick stays in step: chain when the current tick is over.
        stub.add(SINCE_TICK as usize)
            .cast::<u16>()
            .write_unaligned(start_clocks as u16);
        stub.add(OLD_HANDLER as usize)
            .cast::<u16>()
            .write_unaligned(old.offset);
        stub.add(OLD_HANDLER as usize + 2)
            .cast::<u16>()
            .write_unaligned(old.segment);
        stub.add(PERIOD as usize)
            .cast::<u16>()
            .write_unaligned(PERIOD_CLOCKS);
    }
    let handler = FarPtr {
        segment: block.segment,
        offset: IRQ0_ENTRY,
    };
    // SAFETY: the stub was copied into the block above and the block stays
    // ours until uninstall() puts the old vector back.
    if unsafe { dpmi::set_real_mode_vector(0x08, handler) }.is_err() {
        // SAFETY: the vector was not changed, so nothing runs the stub.
        let _ = unsafe { dpmi::free_dos_memory(block) };
        return;
    }
    *STUB_BLOCK.lock() = Some(block);
    // Mode 2 (rate generator): the count runs down once per interrupt.
    program_pit(2, PERIOD_CLOCKS);
}

/// The BIOS rate (mode 3, 65536) and INT 08h back; the stub freed.
pub fn uninstall() {
    let Some(block) = STUB_BLOCK.lock().take() else {
        return;
    };
    program_pit(3, 0);
    // SAFETY: the stub is still ours; the word pair was written at install.
    let old = unsafe {
        let stub: *const u8 = memory::real_mode(block.segment, 0);
        FarPtr {
            offset: stub
                .add(OLD_HANDLER as usize)
                .cast::<u16>()
                .read_unaligned(),
            segment: stub
                .add(OLD_HANDLER as usize + 2)
                .cast::<u16>()
                .read_unaligned(),
        }
    };
    // SAFETY: `old` is the handler that was hooked before install(), still
    // in memory (the BIOS or a TSR loaded before us).
    let _ = unsafe { dpmi::set_real_mode_vector(0x08, old) };
    // SAFETY: INT 08h no longer points into the stub.
    let _ = unsafe { dpmi::free_dos_memory(block) };
}

fn stub_segment() -> Option<u16> {
    STUB_BLOCK.lock().map(|block| block.segment)
}

/// The clock count at the last interrupt.
fn counted(segment: u16) -> u64 {
    let at: *const u32 = memory::real_mode(segment, CLOCKS);
    // SAFETY: the stub's counter, updated by the interrupt (hence volatile).
    unsafe { read_volatile(at) as u64 | (read_volatile(at.add(1)) as u64) << 32 }
}

/// PIT clocks since the fast timer started, or None when it is not running.
/// The interrupt may come between the reads: read until the count agrees.
pub fn clocks() -> Option<u64> {
    let segment = stub_segment()?;
    loop {
        let before = counted(segment);
        outb(0x43, 0x00);
        let low = inb(0x40) as u64;
        let high = inb(0x40) as u64;
        if counted(segment) == before {
            let count = (high << 8 | low).clamp(1, PERIOD_CLOCKS as u64);
            return Some(before + PERIOD_CLOCKS as u64 - count);
        }
    }
}

/// The number of timer interrupts so far (changes when one came).
pub fn interrupts() -> Option<u64> {
    stub_segment().map(counted)
}

/// Halt in real mode until the next interrupt (at most one period away);
/// false when the fast timer is not running.
pub fn halt() -> bool {
    let Some(segment) = stub_segment() else {
        return false;
    };
    let mut regs = RealModeRegs {
        cs: segment,
        ip: HALT_ENTRY,
        ..RealModeRegs::default()
    };
    // SAFETY: HALT_ENTRY is the stub's STI; HLT; RETF, which touches no
    // memory.
    unsafe { dpmi::call_real_mode_procedure(&mut regs) }.is_ok()
}
