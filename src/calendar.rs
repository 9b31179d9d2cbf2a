//! The one calendar: proleptic Gregorian dates to and from days since
//! 1970-01-01 (Howard Hinnant's `days_from_civil` / `civil_from_days`), for
//! the platforms' clocks (`dos::clock`, `host`) and the `time` module.
#![forbid(unsafe_code)]

use crate::platform::DateTime;

/// Days from 1970-01-01 to the date `year-month-day` (month 1-12).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date (year, month 1-12, day 1-31) `days` after 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// Seconds since 1970 of a broken-down time (taken as UTC).
pub fn unix_seconds(t: &DateTime) -> i64 {
    let days = days_from_civil(t.year.into(), t.month.into(), t.day.into());
    days * 86_400 + i64::from(t.hour) * 3600 + i64::from(t.minute) * 60 + i64::from(t.second)
}

/// The broken-down time of `us` microseconds since 1970 (as UTC).
pub fn date_time(us: i64) -> DateTime {
    let secs = us.div_euclid(1_000_000);
    let (year, month, day) = civil_from_days(secs.div_euclid(86_400));
    let sod = secs.rem_euclid(86_400);
    DateTime {
        year: year as u16,
        month: month as u8,
        day: day as u8,
        hour: (sod / 3600) as u8,
        minute: (sod / 60 % 60) as u8,
        second: (sod % 60) as u8,
        microsecond: us.rem_euclid(1_000_000) as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_dates_agree_both_ways() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        for days in (-800_000..800_000).step_by(97) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        let t = date_time(1_000_000_000_123_456);
        assert_eq!(
            (t.year, t.month, t.day, t.hour, t.minute, t.second),
            (2001, 9, 9, 1, 46, 40)
        );
        assert_eq!(t.microsecond, 123_456);
        assert_eq!(unix_seconds(&t), 1_000_000_000);
    }
}
