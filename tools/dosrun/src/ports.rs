//! I/O ports: the 8254 PIT (40h-43h) and the interrupt controller's end of
//! interrupt (20h). Channel 0 runs as the BIOS leaves it, in mode 2 (rate
//! generator: the count runs down from 65536 once per BIOS tick) or, with
//! `--pit-mode3`, mode 3 (square wave: the count runs down by 2 twice per
//! tick, OUT high in the first half, the tick on the rising edge). It may be
//! latched (00h) or read back (C2h: status, then count), low byte then high
//! byte. A program may also reprogram channel 0 (34h: mode 2, or 36h: mode
//! 3, then the reload value, low byte then high byte): from then on IRQ 0
//! comes at that rate (see `irq0_due`), until it sets mode 3 with 65536 (the
//! BIOS rate) again; interrupts due on the old rate are raised first. The
//! interrupt controller takes an end of interrupt and OCW3 0Ah, after
//! which port 20h reads its request register (bit 0: an IRQ 0 is waiting).
//! Ports 70h/71h go to the CMOS clock (`cmos`). Any other command or port
//! is refused as a fault.
use crate::machine::Machine;
use crate::outcome::{Run, Stop};
use crate::upcalls::Upcall;
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
    if let Some(rate) = m.pit.rate {
        let into = (m.clock.pit_clocks() - rate.since) % rate.reload as u64;
        return Ok((
            (rate.reload as u64 - into) as u16,
            STATUS_MODE2 | STATUS_OUT,
        ));
    }
    let mode3 = m.config.pit_mode3;
    let (count, out) = counter(mode3, phase);
    let mode = if mode3 { STATUS_MODE3 } else { STATUS_MODE2 };
    Ok((count, mode | if out { STATUS_OUT } else { 0 }))
}

/// A rate the program set for channel 0.
#[derive(Clone, Copy)]
pub struct Rate {
    /// PIT clocks per interrupt.
    pub reload: u32,
    /// The PIT clock count when it was set (periods count from there).
    pub since: u64,
    /// Interrupts raised so far (periods that have ended).
    pub raised: u64,
}

/// Latched bytes of PIT channel 0 waiting to be read from port 40h, and the
/// program's own rate, if it set one.
#[derive(Default)]
pub struct Pit {
    latched: VecDeque<u8>,
    /// Reading the live counter without a latch: the high byte comes next.
    live_high: Option<u8>,
    /// After a mode command: the reload value's low byte, once written.
    reload_low: Option<Option<u8>>,
    pub rate: Option<Rate>,
    /// OCW3 selected the interrupt controller's request register.
    read_irr: bool,
}

/// IRQ 0s due since the last call, on a rate the program set (none at the
/// BIOS rate: dosrun keeps the BIOS tick count itself). A late call raises
/// every interrupt missed, so the program's count of them stays exact.
pub fn irq0_due(m: &mut Machine) -> u64 {
    let now = m.clock.pit_clocks();
    let Some(rate) = m.pit.rate.as_mut() else {
        return 0;
    };
    let ended = (now - rate.since) / rate.reload as u64;
    let due = ended - rate.raised;
    rate.raised = ended;
    due
}

/// Microseconds until the next IRQ 0 on the program's rate, or else until
/// the next BIOS tick.
pub fn us_to_next_irq0(m: &Machine) -> u64 {
    let now = m.clock.pit_clocks();
    let next = match m.pit.rate {
        Some(rate) => rate.since + (rate.raised + 1) * rate.reload as u64,
        None => (now | 0xFFFF) + 1,
    };
    m.clock.us_until_clocks(next.max(now + 1))
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
        (0x20, 1) if m.pit.read_irr => {
            crate::timer_irq::raise_due(m);
            Ok(m.upcalls.contains(Upcall::Interrupt(0x08)) as u32)
        }
        (0x71, 1) => crate::cmos::read(m).map(u32::from),
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
        // Channel 0, low/high byte, mode 2 or 3, binary: the reload value follows.
        (0x43, 1, 0x34 | 0x36) => {
            m.pit.reload_low = Some(None);
            Ok(())
        }
        (0x40, 1, byte) if m.pit.reload_low.is_some() => {
            match m.pit.reload_low.take().flatten() {
                None => m.pit.reload_low = Some(Some(byte as u8)),
                Some(low) => {
                    crate::timer_irq::raise_due(m);
                    let reload = match u16::from_le_bytes([low, byte as u8]) {
                        0 => 0x1_0000,
                        n => n as u32,
                    };
                    m.pit.rate = (reload != 0x1_0000).then(|| Rate {
                        reload,
                        since: m.clock.pit_clocks(),
                        raised: 0,
                    });
                }
            }
            Ok(())
        }
        (0x70, 1, value) => {
            crate::cmos::select(m, value as u8);
            Ok(())
        }
        // End of interrupt to the master PIC.
        (0x20, 1, 0x20) => Ok(()),
        // OCW3: port 20h reads the request register from now on.
        (0x20, 1, 0x0A) => {
            m.pit.read_irr = true;
            Ok(())
        }
        (0x43, 1, command) => Err(Stop::fault(format!(
            "program reprogrammed the PIT (port 43h <- {command:02X}h); only the \
             channel 0 latch (00h), read-back (C2h) and rate (34h, 36h) commands are allowed"
        ))),
        _ => Err(Stop::fault(format!(
            "write {value:X}h to I/O port {port:04X}h (size {size}) is not emulated"
        ))),
    }
}
