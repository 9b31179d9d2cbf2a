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
//!
//! Idle without ticking: waiting for a deadline far away, the idle loop
//! stretches the period (`set_period`, up to 55 ms) so that the PC wakes
//! once at the deadline instead of every millisecond (on QEMU each wake
//! costs the host ~0.3 ms of CPU), and puts 1 kHz back when it is done.
//! The count goes on across the change: the part of the period that had
//! run is added by hand, and an interrupt that arrives meanwhile adds what
//! was left of it (the stub adds the period word, then takes the next one).

use core::arch::asm;
use core::ptr::read_volatile;

use super::memory;
use crate::dpmi::{self, DosBlock, FarPtr, RealModeRegs};

/// PIT input clocks per interrupt: 1193182 / 1193 = 1000.15 Hz.
pub const PERIOD_CLOCKS: u16 = 1193;

/// Offsets in the stub: the 64-bit clock count, the clocks since the last
/// BIOS tick, the previous handler, the period the running interrupt ends,
/// the period after it, and the two entry points.
const CLOCKS: u16 = 0;
const SINCE_TICK: u16 = 8;
const OLD_HANDLER: u16 = 10;
const PERIOD: u16 = 14;
const NEXT_PERIOD: u16 = 16;
const IRQ0_ENTRY: u16 = 18;
const HALT_ENTRY: u16 = 73;

#[rustfmt::skip]
const STUB: [u8; 76] = [
    0, 0, 0, 0, 0, 0, 0, 0,        // 0: clocks (u64)
    0, 0,                          // 8: clocks since the last BIOS tick
    0, 0, 0, 0,                    // 10: previous INT 08h handler
    0, 0,                          // 14: period
    0, 0,                          // 16: next period
    0x50,                          // 18: push ax
    0x2e, 0xa1, 0x0e, 0x00,        //     mov ax, [cs:14]
    0x2e, 0x01, 0x06, 0x00, 0x00,  //     add [cs:0], ax
    0x2e, 0x83, 0x16, 0x02, 0x00, 0x00, // adc word [cs:2], 0
    0x2e, 0x83, 0x16, 0x04, 0x00, 0x00, // adc word [cs:4], 0
    0x2e, 0x83, 0x16, 0x06, 0x00, 0x00, // adc word [cs:6], 0
    0x2e, 0x01, 0x06, 0x08, 0x00,  //     add [cs:8], ax
    0x2e, 0xa1, 0x10, 0x00,        //     mov ax, [cs:16] (MOV keeps CF)
    0x2e, 0xa3, 0x0e, 0x00,        //     mov [cs:14], ax
    0x72, 0x06,                    //     jc chain
    0xb0, 0x20,                    //     mov al, 20h
    0xe6, 0x20,                    //     out 20h, al (end of interrupt)
    0x58,                          //     pop ax
    0xcf,                          //     iret
    0x58,                          // chain: pop ax
    0x2e, 0xff, 0x2e, 0x0a, 0x00,  //     jmp far [cs:10]
    0xfb,                          // 73: sti
    0xf4,                          //     hlt
    0xcb,                          //     retf
];

/// The stub's DOS block while the fast timer runs.
static STUB_BLOCK: spin::Mutex<Option<DosBlock>> = spin::Mutex::new(None);

/// Write a PIT, interrupt-controller or CMOS port (the one home of port
/// access for time: the clock latches channel 0 and `rtc` reads the CMOS
/// clock through it too).
pub(super) fn outb(port: u16, value: u8) {
    // SAFETY: PIT ports (40h, 43h): callers program or latch channel 0
    // only; PIC port 20h: OCW3 selecting the request register to read;
    // CMOS port 70h: selecting a register to read (NMI bit kept clear).
    unsafe { asm!("out dx, al", in("dx") port, in("al") value, options(nomem, nostack)) };
}

/// Read a PIT, interrupt-controller or CMOS port (channel 0's latched
/// status or count; the PIC's request register; a CMOS clock register).
pub(super) fn inb(port: u16) -> u8 {
    let value: u8;
    // SAFETY: reads channel 0's latch, the PIC's request register or the
    // selected CMOS register, which changes nothing.
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
        for word in [PERIOD, NEXT_PERIOD] {
            stub.add(word as usize)
                .cast::<u16>()
                .write_unaligned(PERIOD_CLOCKS);
        }
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

/// A 16-bit word of the stub.
fn word(segment: u16, offset: u16) -> *mut u16 {
    memory::real_mode(segment, offset)
}

/// Channel 0's count now (latched), within 1..=`period`.
fn latched_count(period: u16) -> u16 {
    channel0_count().clamp(1, period)
}

/// PIT clocks since the fast timer started, or None when it is not running.
/// The interrupt may come between the reads: read until the count agrees.
pub fn clocks() -> Option<u64> {
    let segment = stub_segment()?;
    loop {
        let before = counted(segment);
        // SAFETY: the stub's period word; only the interrupt and
        // `set_period` (interrupts off) write it.
        let period = unsafe { read_volatile(word(segment, PERIOD)) };
        let count = latched_count(period);
        if counted(segment) == before {
            return Some(before + u64::from(period - count));
        }
    }
}

/// Make the timer interrupt come every `clocks` PIT clocks (clamped to
/// 1 ms ..= 55 ms) from now on; 0 puts the 1 kHz rate back. The clock
/// count goes on exactly (see the module doc).
pub fn set_period(clocks: u32) {
    let Some(segment) = stub_segment() else {
        return;
    };
    let new = clocks.clamp(PERIOD_CLOCKS.into(), 0xFFFF) as u16;
    let period = word(segment, PERIOD);
    // SAFETY: the stub's words; the interrupt cannot run while interrupts
    // are off (DPMI 0900h) between here and `restore_interrupts`.
    unsafe {
        if read_volatile(period) == new && read_volatile(word(segment, NEXT_PERIOD)) == new {
            return;
        }
        let was_enabled = dpmi::disable_interrupts();
        let old = read_volatile(period);
        let left = latched_count(old);
        program_pit(2, new);
        let ran = old - left;
        let clocks: *mut u64 = memory::real_mode(segment, CLOCKS);
        clocks.write_volatile(clocks.read_volatile() + u64::from(ran));
        // The BIOS tick chains when this count carries: never skip one.
        let since_tick = word(segment, SINCE_TICK);
        since_tick.write_volatile(since_tick.read_volatile().saturating_add(ran));
        word(segment, NEXT_PERIOD).write_volatile(new);
        // An interrupt that came since the latch ends the old period:
        // it adds what was left of it, then the stub takes `new`.
        period.write_volatile(if irq0_pending() { left } else { new });
        dpmi::restore_interrupts(was_enabled);
    }
}

/// Count `clocks` PIT clocks that passed without their interrupts (lost
/// while interrupts were off too long, or while a virtual machine's host
/// was busy: see `clock::catch_up`), and move the BIOS tick count on by
/// the whole ticks among them, so DOS's time of day stays right too.
pub fn add_lost_clocks(clocks: u64) {
    let Some(segment) = stub_segment() else {
        return;
    };
    // SAFETY: the stub's words and the BIOS data area's tick count and
    // midnight flag, which the interrupt (ours, then the BIOS's) also
    // writes: not while interrupts are off (DPMI 0900h), until
    // `restore_interrupts`.
    unsafe {
        let was_enabled = dpmi::disable_interrupts();
        let counter: *mut u64 = memory::real_mode(segment, CLOCKS);
        counter.write_volatile(counter.read_volatile() + clocks);
        let since_tick = word(segment, SINCE_TICK);
        let into_tick = u64::from(since_tick.read_volatile()) + clocks;
        since_tick.write_volatile(into_tick as u16);
        let ticks = memory::near::<u32>(0x46c);
        let mut count = u64::from(ticks.read_volatile()) + (into_tick >> 16);
        if count >= TICKS_PER_DAY {
            count %= TICKS_PER_DAY;
            memory::near::<u8>(0x470).write_volatile(1);
        }
        ticks.write_volatile(count as u32);
        dpmi::restore_interrupts(was_enabled);
    }
}

/// BIOS ticks in a day: the count at 0040:006Ch wraps to 0 at midnight,
/// and the BIOS sets the flag at 0040:0070h for DOS to move the date on.
pub(super) const TICKS_PER_DAY: u64 = 0x1800b0;

/// Whether IRQ 0 is waiting at the interrupt controller (its request
/// register, read through OCW3).
fn irq0_pending() -> bool {
    outb(0x20, 0x0a);
    inb(0x20) & 1 != 0
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
