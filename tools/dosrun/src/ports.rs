//! I/O ports: the 8254 PIT (40h-43h) for sub-tick time. Channel 0 runs in
//! mode 2 (rate generator: the count runs down from 65536 once per BIOS tick)
//! or, with `--pit-mode3`, mode 3 as real BIOSes set it (square wave: the count
//! runs down by 2 twice per tick, OUT high in the first half, the tick on the
//! rising edge). It may be latched (00h) or read back (C2h: status, then
//! count), low byte then high byte. Reprogramming it, or touching any other
//! port, is refused as a fault.
use crate::machine::Machine;
use crate::outcome::{Run, Stop};
use std::collections::VecDeque;

/// Read-back status bits of channel 0: lobyte/hibyte access, binary, and the mode.
const STATUS_MODE2: u8 = 0x30 | 0x04;
const STATUS_MODE3: u8 = 0x30 | 0x06;
const STATUS_OUT: u8 = 0x80;

/// Counter value and OUT pin `phase` PIT clocks into a tick.
fn counter(mode3: bool, phase: u16) -> (u16, bool) {
    let phase = phase as u32;
    if mode3 {
        let half = phase & 0x7FFF;
        ((0x1_0000 - 2 * half) as u16, phase < 0x8000)
    } else {
        let count = (0x1_0000 - phase) as u16;
        (count, count != 1)
    }
}

/// Reads the timer (updating the BIOS tick count) as (count, status byte).
fn sample(m: &mut Machine) -> Run<(u16, u8)> {
    let phase = crate::bios::update_ticks(m)?;
    let mode3 = m.config.pit_mode3;
    let (count, out) = counter(mode3, phase);
    let mode = if mode3 { STATUS_MODE3 } else { STATUS_MODE2 };
    Ok((count, mode | if out { STATUS_OUT } else { 0 }))
}

/// Latched bytes of PIT channel 0 waiting to be read from port 40h.
#[derive(Default)]
pub struct Pit {
    latched: VecDeque<u8>,
    /// Reading the live counter without a latch: the high byte comes next.
    live_high: Option<u8>,
}

impl Pit {
    fn latch_count(&mut self, count: u16) {
        if self.latched.len() < 2 {
            self.latched.extend(count.to_le_bytes());
        }
    }
}

pub fn read(m: &mut Machine, port: u16, size: u8) -> Run<u32> {
    match (port, size) {
        (0x40, 1) => {
            if let Some(byte) = m.pit.latched.pop_front() {
                return Ok(byte as u32);
            }
            if let Some(high) = m.pit.live_high.take() {
                return Ok(high as u32);
            }
            let [low, high] = sample(m)?.0.to_le_bytes();
            m.pit.live_high = Some(high);
            Ok(low as u32)
        }
        _ => Err(Stop::fault(format!(
            "read from I/O port {port:04X}h (size {size}) is not emulated"
        ))),
    }
}

pub fn write(m: &mut Machine, port: u16, size: u8, value: u32) -> Run<()> {
    match (port, size, value) {
        // Counter latch command for channel 0.
        (0x43, 1, 0x00) => {
            let (count, _) = sample(m)?;
            m.pit.latch_count(count);
            Ok(())
        }
        // Read-back of channel 0: bit 5 clear latches the count, bit 4 clear the status.
        (0x43, 1, command) if command & 0xC2 == 0xC2 && command & 0x0C == 0 => {
            let (count, status) = sample(m)?;
            let pit = &mut m.pit;
            if command & 0x10 == 0 && pit.latched.is_empty() {
                pit.latched.push_back(status);
            }
            if command & 0x20 == 0 {
                pit.latch_count(count);
            }
            Ok(())
        }
        (0x43, 1, command) => Err(Stop::fault(format!(
            "program reprogrammed the PIT (port 43h <- {command:02X}h); only the \
             channel 0 latch (00h) and read-back (C2h) commands are allowed"
        ))),
        _ => Err(Stop::fault(format!(
            "write {value:X}h to I/O port {port:04X}h (size {size}) is not emulated"
        ))),
    }
}
