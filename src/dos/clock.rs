//! Time: a monotonic microsecond clock counted in PIT clocks (1.193182 MHz)
//! by the fast timer (`timer`), or else from the BIOS tick count (0040:006Ch,
//! 18.2 Hz) refined by latching the 8254 PIT's channel 0; the wall clock from
//! DOS (INT 21h AH=2Ah/2Ch); and idling until a deadline or Ctrl-C.
//! Interrupts the fast timer loses are found with the CMOS clock and
//! counted back (`catch_up`).

use core::sync::atomic::{AtomicBool, Ordering};

use super::timer::{inb, outb};
use super::{ctrlc, memory, rtc, timer, xfer};
use crate::dpmi;
use crate::platform::DateTime;

const PIT_HZ: u64 = 1_193_182;
/// PIT input clocks per BIOS tick (the BIOS loads the full 65536 count).
const CLOCKS_PER_TICK: u64 = 65_536;
use timer::TICKS_PER_DAY;

/// The BIOS tick count (18.2 Hz, wraps at midnight).
pub fn bios_ticks() -> u32 {
    // SAFETY: the BIOS data area is always mapped; the BIOS timer ISR
    // updates the dword, hence the volatile read.
    unsafe { core::ptr::read_volatile(memory::near::<u32>(0x46c)) }
}

/// PIT clocks elapsed since the current BIOS tick began, from one latch.
///
/// The read-back command (C2h) latches channel 0's status and count
/// together. In mode 2 the count runs once from 65536 to 0 per tick; in
/// mode 3 (what most BIOSes program) it runs down twice as fast, twice per
/// tick, and the OUT bit (status bit 7) tells the halves apart: OUT is high
/// in the first half (IRQ 0 fires on its rising edge).
fn clocks_into_tick() -> u64 {
    outb(0x43, 0xc2);
    let status = inb(0x40);
    let low = inb(0x40) as u64;
    let high = inb(0x40) as u64;
    let count = match high << 8 | low {
        0 => CLOCKS_PER_TICK,
        n => n,
    };
    let down = CLOCKS_PER_TICK - count;
    let square_wave = (status >> 1) & 3 == 3;
    match (square_wave, status & 0x80 != 0) {
        (false, _) => down,
        (true, true) => down / 2,
        (true, false) => CLOCKS_PER_TICK / 2 + down / 2,
    }
}

/// In PIT clocks: the last value returned (so time never goes back) and the
/// days seen to pass at midnight.
struct Reading {
    last: u64,
    days: u64,
}

static READING: spin::Mutex<Reading> = spin::Mutex::new(Reading { last: 0, days: 0 });

/// Monotonic microseconds since an arbitrary start.
pub fn monotonic_us() -> u64 {
    let now = match timer::clocks() {
        Some(counted) => catch_up(counted),
        None => bios_clocks(),
    };
    let mut reading = READING.lock();
    // An interrupt can be delivered late (the DPMI host reflects it to real
    // mode), so the count may have restarted before the interrupt counted
    // the period: hold the last value rather than go back.
    let now = now.max(reading.last);
    reading.last = now;
    now / PIT_HZ * 1_000_000 + now % PIT_HZ * 1_000_000 / PIT_HZ
}

/// The counted clock checked against the CMOS clock: where checking
/// started (PIT clocks, RTC seconds of that day), the midnights the RTC
/// passed since, its last reading, and when to look next.
struct Check {
    start_clocks: u64,
    start_seconds: u32,
    midnights: u64,
    last_seconds: u32,
    next_clocks: u64,
}

impl Check {
    fn start(clocks: u64, seconds: u32) -> Check {
        Check {
            start_clocks: clocks,
            start_seconds: seconds,
            midnights: 0,
            last_seconds: seconds,
            next_clocks: clocks + CHECK_EVERY,
        }
    }
}

static CHECK: spin::Mutex<Option<Check>> = spin::Mutex::new(None);

/// How often (in counted PIT clocks: a quarter of a second) the RTC is
/// read: a few port reads each time, and the lag the clock can build up
/// between two checks stays small even when most interrupts are lost.
const CHECK_EVERY: u64 = PIT_HZ / 4;

/// A lag this large (an hour) means the RTC was set, not that interrupts
/// were lost: checking starts again from there.
const MOST_LOST_SECONDS: u64 = 3600;

/// The fast timer counts its interrupts; one that comes while another
/// still waits at the interrupt controller (interrupts off for over a
/// period, or a virtual machine's host too busy to run the PC: QEMU drops
/// them) is lost, and the clock and DOS's time of day fall behind. Every
/// quarter second of counted time the RTC, which keeps time by itself, is read:
/// since the first reading at most one second can hide in its whole-second
/// resolution, so a lag beyond that is lost interrupts, counted back
/// (`timer::add_lost_clocks`). Returns the clock count.
fn catch_up(counted: u64) -> u64 {
    let mut check = CHECK.lock();
    if check.as_ref().is_some_and(|c| counted < c.next_clocks) {
        return counted;
    }
    let Some(seconds) = rtc::seconds_of_day() else {
        // No RTC (or it did not answer): ask again later.
        if let Some(c) = check.as_mut() {
            c.next_clocks = counted + CHECK_EVERY;
        }
        return counted;
    };
    let Some(c) = check.as_mut() else {
        *check = Some(Check::start(counted, seconds));
        return counted;
    };
    if seconds + 43_200 < c.last_seconds {
        c.midnights += 1;
    }
    c.last_seconds = seconds;
    let rtc_now = c.midnights * 86_400 + u64::from(seconds);
    let counted_elapsed = counted - c.start_clocks;
    let Some(rtc_elapsed) = rtc_now
        .checked_sub(c.start_seconds.into())
        .filter(|&s| s <= counted_elapsed / PIT_HZ + MOST_LOST_SECONDS)
    else {
        // The RTC went back, or far ahead: it was set.
        *c = Check::start(counted, seconds);
        return counted;
    };
    // More than rtc_elapsed - 1 seconds have really passed since the start.
    let lost = (rtc_elapsed.saturating_sub(1) * PIT_HZ).saturating_sub(counted_elapsed);
    if lost > 0 {
        timer::add_lost_clocks(lost);
    }
    c.next_clocks = counted + lost + CHECK_EVERY;
    counted + lost
}

/// PIT clocks from the BIOS tick count and the count into the tick.
pub fn bios_clocks() -> u64 {
    // A tick between the two reads of the count means the latch may belong
    // to either tick: sample again.
    let (ticks, into_tick) = loop {
        let before = bios_ticks();
        let into_tick = clocks_into_tick();
        if bios_ticks() == before {
            break (before as u64, into_tick);
        }
    };
    let mut reading = READING.lock();
    let mut now = reading.days + ticks * CLOCKS_PER_TICK + into_tick;
    if now + CLOCKS_PER_TICK * TICKS_PER_DAY / 2 < reading.last {
        // The tick count wrapped at midnight.
        reading.days += TICKS_PER_DAY * CLOCKS_PER_TICK;
        now += TICKS_PER_DAY * CLOCKS_PER_TICK;
    }
    now
}

fn dos_date() -> (u16, u8, u8) {
    let r = xfer::int21(xfer::ax(0x2a00)).unwrap_or_default();
    (r.ecx as u16, (r.edx >> 8) as u8, r.edx as u8)
}

/// The local date and time from DOS; the date is read again if the time
/// crossed midnight in between.
pub fn local_time() -> DateTime {
    loop {
        let (year, month, day) = dos_date();
        let t = xfer::int21(xfer::ax(0x2c00)).unwrap_or_default();
        if dos_date() == (year, month, day) {
            return DateTime {
                year,
                month,
                day,
                hour: (t.ecx >> 8) as u8,
                minute: t.ecx as u8,
                second: (t.edx >> 8) as u8,
                microsecond: (t.edx & 0xff) * 10_000,
            };
        }
    }
}

/// Wall-clock microseconds since 1970.
pub fn unix_time_us() -> i64 {
    let t = local_time();
    crate::calendar::unix_seconds(&t) * 1_000_000 + t.microsecond as i64
}

/// Closer than this to a deadline, idling stops and the clock is polled
/// instead: giving up the CPU returns at the next timer interrupt (about a
/// millisecond with the fast timer) or later (a task switch, the 55 ms BIOS
/// tick without it).
const SPIN_BEFORE_DEADLINE_US: u64 = 1_100;

/// How long before a deadline the stretched timer interrupt comes (it
/// wakes the CPU; the rest is polled): as early as the 1 kHz timer's last
/// tick would, so that a late delivery (a DPMI host reflecting it, a
/// virtual machine's host busy) costs no more than with it.
const WAKE_EARLY_US: u64 = 1_000;

/// Give up the CPU until the next interrupt, whatever the DOS idle style:
/// INT 2Fh AX=1680h first (the polite way under Windows and other
/// multitaskers; FDAPM halts in it); when that came back before any timer
/// interrupt (no handler, or one that returns at once), halt in real mode.
pub fn release_cpu() {
    let before = timer::interrupts();
    dpmi::release_time_slice();
    let handler_waited = timer::interrupts() != before;
    IDLE_HANDLER_WAITS.store(handler_waited, Ordering::Relaxed);
    if before.is_some() && !handler_waited {
        timer::halt();
    }
}

/// Whether the DOS idle handler (1680h) waited for an interrupt the last
/// time. Only when it did not (no handler, or one that returns at once) is
/// the timer stretched while idling: then our own HLT sleeps, which wakes
/// at our interrupt. Under FDAPM APMDOS (QEMU + FreeDOS, measured by
/// bench-rig-idle) sleeps ended 10-30 ms late with a stretched timer, so a
/// handler that waits keeps the 1 kHz rate; so does a multitasker, which
/// may do anything in it.
static IDLE_HANDLER_WAITS: AtomicBool = AtomicBool::new(true);

/// The one idle routine of the DOS build (the platform's idle and the
/// packet driver's wait for a frame): release time slices until
/// `deadline_us`, Ctrl-C or `woken()`, then poll for the last stretch (see
/// [`SPIN_BEFORE_DEADLINE_US`]). Unless the idle handler waits itself, the
/// timer interrupt meanwhile comes only when the idling is due to end (up
/// to 55 ms apart, `timer::set_period`); the 1 kHz rate is back when this
/// returns.
pub fn idle_until(deadline_us: u64, mut woken: impl FnMut() -> bool) {
    loop {
        let now = monotonic_us();
        if now >= deadline_us || ctrlc::pending() || woken() {
            break;
        }
        let left_us = deadline_us - now;
        if left_us > SPIN_BEFORE_DEADLINE_US {
            if !IDLE_HANDLER_WAITS.load(Ordering::Relaxed) {
                timer::set_period(clocks_in(left_us - WAKE_EARLY_US));
            }
            release_cpu();
        }
    }
    timer::set_period(0);
}

/// PIT clocks in `us` microseconds (saturating at u32::MAX).
fn clocks_in(us: u64) -> u32 {
    u32::try_from(us.saturating_mul(PIT_HZ) / 1_000_000).unwrap_or(u32::MAX)
}
