//! I/O ports: the 8254 PIT (40h-43h) for sub-tick time. Channel 0 may be
//! latched and read (low byte, then high byte); reprogramming it, or touching
//! any other port, is refused as a fault.
use crate::machine::Machine;
use crate::outcome::{Run, Stop};

/// Latch and read state of PIT channel 0.
#[derive(Default)]
pub struct Pit {
    latched: Option<u16>,
    /// The next read of port 40h returns the high byte.
    high_next: bool,
}

pub fn read(m: &mut Machine, port: u16, size: u8) -> Run<u32> {
    match (port, size) {
        (0x40, 1) => {
            let pit = &mut m.pit;
            let value = pit.latched.unwrap_or_else(|| m.clock.pit_counter());
            let byte = if pit.high_next {
                pit.latched = None;
                value >> 8
            } else {
                if pit.latched.is_none() {
                    // Reading without a latch: the live counter, low byte first.
                    pit.latched = Some(value);
                }
                value & 0xFF
            };
            pit.high_next = !pit.high_next;
            Ok(byte as u32)
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
            let pit = &mut m.pit;
            if pit.latched.is_none() {
                pit.latched = Some(m.clock.pit_counter());
            }
            pit.high_next = false;
            Ok(())
        }
        (0x43, 1, command) => Err(Stop::fault(format!(
            "program reprogrammed the PIT (port 43h <- {command:02X}h); only the \
             channel 0 latch command (00h) is allowed"
        ))),
        _ => Err(Stop::fault(format!(
            "write {value:X}h to I/O port {port:04X}h (size {size}) is not emulated"
        ))),
    }
}
