//! Time: the wall clock, or with `--mips N` a virtual clock that advances one
//! microsecond per N instructions (plus what idle calls skip), so runs are
//! deterministic. Everything the program can observe (BIOS ticks, the PIT,
//! DOS date/time) derives from `now_us`.
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// 8254 input clock in Hz.
pub const PIT_HZ: u64 = 1_193_182;
/// BIOS ticks in a day (the tick count wraps to 0 at midnight).
pub const TICKS_PER_DAY: u64 = 0x1800B0;
const US_PER_DAY: u64 = 86_400_000_000;

/// See `Clock::timer`.
pub struct Timer {
    pub ticks: u32,
    pub midnights: u64,
    /// PIT input clocks since the current tick began (0..65535).
    pub phase: u16,
}

pub struct Clock {
    started: Instant,
    mips: Option<u64>,
    instructions: u64,
    /// Virtual time skipped by idle calls.
    idle_us: u64,
    /// Local time of day at the start, in microseconds since midnight, and
    /// days since 1970-01-01 (for the DOS date).
    start_of_day_us: u64,
    start_day: u64,
}

impl Clock {
    pub fn new(mips: Option<u64>) -> Clock {
        let (start_day, start_of_day_us) = match mips {
            // Virtual time starts at a fixed moment, 2024-01-01 12:00:00
            // (a Monday): recent enough for scripts that check the date.
            Some(_) => (19_723, 12 * 3_600_000_000),
            None => local_now(),
        };
        Clock {
            started: Instant::now(),
            mips,
            instructions: 0,
            idle_us: 0,
            start_of_day_us,
            start_day,
        }
    }

    pub fn is_virtual(&self) -> bool {
        self.mips.is_some()
    }

    pub fn set_instructions(&mut self, count: u64) {
        self.instructions = count;
    }

    /// Microseconds since the program started.
    pub fn now_us(&self) -> u64 {
        match self.mips {
            Some(per_us) => self.instructions / per_us + self.idle_us,
            None => self.started.elapsed().as_micros() as u64,
        }
    }

    pub fn wall_seconds(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }

    /// Virtual time only: skip ahead (an idle call with nothing to do).
    pub fn skip_us(&mut self, us: u64) {
        self.idle_us += us;
    }

    fn since_midnight_epoch_us(&self) -> u64 {
        self.start_of_day_us + self.now_us()
    }

    /// PIT input clocks since the clock's midnight epoch.
    pub fn pit_clocks(&self) -> u64 {
        (self.since_midnight_epoch_us() as u128 * PIT_HZ as u128 / 1_000_000) as u64
    }

    /// Microseconds from now until the PIT clock count reaches `clocks`.
    pub fn us_until_clocks(&self, clocks: u64) -> u64 {
        let at_us = (clocks as u128 * 1_000_000).div_ceil(PIT_HZ as u128) as u64;
        at_us.saturating_sub(self.since_midnight_epoch_us())
    }

    /// One reading of the timer hardware: the BIOS tick count (0040:006Ch),
    /// the midnights passed, and how far into the tick PIT channel 0 is, all
    /// from the same instant (a tick is 65536 PIT clocks).
    pub fn timer(&self) -> Timer {
        let clocks = self.pit_clocks();
        let ticks = clocks >> 16;
        Timer {
            ticks: (ticks % TICKS_PER_DAY) as u32,
            midnights: ticks / TICKS_PER_DAY,
            phase: (clocks & 0xFFFF) as u16,
        }
    }

    /// (hour, minute, second, hundredths) of the emulated local time.
    pub fn time_of_day(&self) -> (u8, u8, u8, u8) {
        let us = self.since_midnight_epoch_us() % US_PER_DAY;
        let centis = us / 10_000;
        (
            (centis / 360_000) as u8,
            (centis / 6_000 % 60) as u8,
            (centis / 100 % 60) as u8,
            (centis % 100) as u8,
        )
    }

    /// (year, month, day, weekday 0=Sunday) of the emulated local date.
    pub fn date(&self) -> (u16, u8, u8, u8) {
        let days = self.start_day + self.since_midnight_epoch_us() / US_PER_DAY;
        let (y, m, d) = mpydos::calendar::civil_from_days(days as i64);
        (y as u16, m as u8, d as u8, ((days + 4) % 7) as u8)
    }
}

/// Days since 1970 and microseconds since midnight, now. DOS local time is
/// the host's UTC time (the test machines run in UTC; no time zone support).
fn local_now() -> (u64, u64) {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_micros() as u64)
        .unwrap_or(0);
    (now / US_PER_DAY, now % US_PER_DAY)
}
