//! I/O ports: the 8254 PIT (40h-43h) for sub-tick time. Channel 0 runs in
//! mode 2 (rate generator: the count runs down from 65536 once per BIOS tick)
//! and may be latched (00h) or read back (C2h: status, then count) and read
//! low byte then high byte. Reprogramming it, or touching any other port, is
//! refused as a fault.
use crate::machine::Machine;
use crate::outcome::{Run, Stop};
use std::collections::VecDeque;

/// Read-back status of channel 0: OUT high, lobyte/hibyte access, mode 2, binary.
const STATUS_MODE2: u8 = 0x80 | 0x30 | 0x04;

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
            let [low, high] = crate::bios::update_ticks(m)?.to_le_bytes();
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
            let count = crate::bios::update_ticks(m)?;
            m.pit.latch_count(count);
            Ok(())
        }
        // Read-back of channel 0: bit 5 clear latches the count, bit 4 clear the status.
        (0x43, 1, command) if command & 0xC2 == 0xC2 && command & 0x0C == 0 => {
            let count = crate::bios::update_ticks(m)?;
            let pit = &mut m.pit;
            if command & 0x10 == 0 && pit.latched.is_empty() {
                pit.latched.push_back(STATUS_MODE2);
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
