//! The PC real-time clock's time registers (hours, minutes, seconds in BCD
//! or binary, 12- or 24-hour, as its status register B says): decoded by
//! the DOS clock (`dos::rtc`), encoded by dosrun's CMOS.
#![forbid(unsafe_code)]

/// Status B: values are binary (else BCD).
pub const BINARY: u8 = 0x04;
/// Status B: 24-hour mode (else 12-hour, hour bit 7 = PM).
pub const HOURS_24: u8 = 0x02;

/// Seconds since midnight from [hours, minutes, seconds] in the format
/// `status_b` gives; None when a value is out of range (no RTC: the bus
/// reads FFh).
pub fn seconds_of_day(status_b: u8, [hours, minutes, seconds]: [u8; 3]) -> Option<u32> {
    let value = |raw: u8| -> Option<u32> {
        if status_b & BINARY != 0 {
            return Some(raw.into());
        }
        let (tens, ones) = (raw >> 4, raw & 0x0f);
        (tens < 10 && ones < 10).then_some(u32::from(tens) * 10 + u32::from(ones))
    };
    let mut hour = value(hours & 0x7f)?;
    if status_b & HOURS_24 == 0 {
        // 12-hour mode: 12 AM is midnight, bit 7 marks PM.
        hour = hour % 12 + if hours & 0x80 != 0 { 12 } else { 0 };
    }
    let (minute, second) = (value(minutes)?, value(seconds)?);
    (hour < 24 && minute < 60 && second < 60).then_some(hour * 3600 + minute * 60 + second)
}

/// The registers [hours, minutes, seconds] for `seconds` since midnight in
/// the format `status_b` gives.
pub fn registers(status_b: u8, seconds: u32) -> [u8; 3] {
    let encode = |value: u32| -> u8 {
        if status_b & BINARY != 0 {
            value as u8
        } else {
            ((value / 10) << 4 | (value % 10)) as u8
        }
    };
    let hour = seconds / 3600 % 24;
    let hours = if status_b & HOURS_24 != 0 {
        encode(hour)
    } else {
        let pm = if hour >= 12 { 0x80 } else { 0 };
        encode(match hour % 12 {
            0 => 12,
            h => h,
        }) | pm
    };
    [hours, encode(seconds / 60 % 60), encode(seconds % 60)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_round_trips_every_second_of_the_day() {
        for status_b in [0, BINARY, HOURS_24, BINARY | HOURS_24] {
            for second in 0..86_400 {
                let regs = registers(status_b, second);
                assert_eq!(seconds_of_day(status_b, regs), Some(second));
            }
        }
    }

    #[test]
    fn known_encodings() {
        assert_eq!(registers(HOURS_24, 86_398), [0x23, 0x59, 0x58]);
        assert_eq!(registers(0, 0), [0x12, 0, 0]);
        assert_eq!(registers(0, 12 * 3600), [0x92, 0, 0]);
        assert_eq!(registers(BINARY, 13 * 3600 + 5), [0x81, 0, 5]);
    }

    #[test]
    fn a_missing_rtc_reads_as_none() {
        assert_eq!(seconds_of_day(0xff, [0xff; 3]), None);
        assert_eq!(seconds_of_day(HOURS_24, [0x24, 0, 0]), None);
        assert_eq!(seconds_of_day(HOURS_24, [0x1a, 0, 0]), None);
    }
}
