//! The CMOS real-time clock (ports 70h/71h): the time of day in whole
//! seconds. It runs on its own crystal whatever the CPU does, so the clock
//! (`clock`) checks its count of timer interrupts against it and adds back
//! the interrupts that were lost (see `clock::catch_up`).

use super::timer::{inb, outb};
use crate::rtc_format;

const SECONDS: u8 = 0x00;
const MINUTES: u8 = 0x02;
const HOURS: u8 = 0x04;
const STATUS_A: u8 = 0x0a;
const STATUS_B: u8 = 0x0b;
/// Status A: an update is under way (the time registers are not readable).
const UPDATE_IN_PROGRESS: u8 = 0x80;

/// CMOS register `index` (NMI left enabled: bit 7 of the index clear).
fn read(index: u8) -> u8 {
    outb(0x70, index);
    inb(0x71)
}

/// An update lasts under 2 ms; this many status reads is far longer on
/// any PC (each port read takes about a microsecond on the ISA bus).
const MOST_UPDATE_READS: u32 = 20_000;

/// Seconds since midnight by the RTC, or None when there is none that
/// answers sensibly (an XT, a machine whose emulator leaves it out).
pub fn seconds_of_day() -> Option<u32> {
    // Read twice and keep a pair that agrees: an update may start between
    // the status check and the reads.
    let mut previous = None;
    for _ in 0..4 {
        let mut reads = 0;
        while read(STATUS_A) & UPDATE_IN_PROGRESS != 0 {
            reads += 1;
            if reads == MOST_UPDATE_READS {
                return None;
            }
        }
        let registers = [read(HOURS), read(MINUTES), read(SECONDS)];
        let now = rtc_format::seconds_of_day(read(STATUS_B), registers)?;
        if previous == Some(now) {
            return Some(now);
        }
        previous = Some(now);
    }
    None
}
