//! The CMOS real-time clock (ports 70h: register select, 71h: data): the
//! time registers (BCD, 24-hour, as most BIOSes leave it) from the
//! emulated clock, status A (no update ever in progress) and status B.
//! Other registers, and writes to any, are refused as faults.
use crate::machine::Machine;
use crate::outcome::{Run, Stop};
use mpydos::rtc_format;

/// Status B: BCD values, 24-hour mode.
const STATUS_B: u8 = rtc_format::HOURS_24;

/// The register port 70h selected.
#[derive(Default)]
pub struct Cmos {
    selected: u8,
}

/// Port 70h: select a register (bit 7 is the NMI mask, not part of it).
pub fn select(m: &mut Machine, value: u8) {
    m.cmos.selected = value & 0x7f;
}

/// Port 71h: the selected register.
pub fn read(m: &mut Machine) -> Run<u8> {
    let (hour, minute, second, _) = m.clock.time_of_day();
    let seconds = u32::from(hour) * 3600 + u32::from(minute) * 60 + u32::from(second);
    let [hours, minutes, seconds] = rtc_format::registers(STATUS_B, seconds);
    match m.cmos.selected {
        0x00 => Ok(seconds),
        0x02 => Ok(minutes),
        0x04 => Ok(hours),
        // Status A: divider and rate as the BIOS sets them, no update now.
        0x0a => Ok(0x26),
        0x0b => Ok(STATUS_B),
        register => Err(Stop::fault(format!(
            "read of CMOS register {register:02X}h is not emulated"
        ))),
    }
}
