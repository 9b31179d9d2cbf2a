//! IRQ 0 on a rate the program set (see `ports`), HLT, and the INT 2Fh
//! AX=1680h idle models.
//!
//! Interrupts due are raised at housekeeping points, which come early enough
//! on the virtual clock that none is late. On the wall clock the emulator
//! may fall behind: every interrupt missed is still raised (up to a
//! tenth of a second's worth), and they run one after another, so a program
//! that counts them keeps time, as Windows does for a DOS box. HLT (a
//! program halting in real mode, e.g. in a DPMI 0301h call) lets time pass
//! to the next timer interrupt and delivers it; with interrupts disabled it
//! would hang the PC, which is a fault.
use crate::cpu::Reg;
use crate::machine::Machine;
use crate::outcome::{Run, Stop};
use crate::regs::FLAG_INTERRUPT;
use crate::upcalls::Upcall;
use std::time::Duration;

/// What INT 2Fh AX=1680h does (`--idle`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleModel {
    /// Gives up a slice: waits briefly for input, or skips 0.5 ms of
    /// virtual time (a multitasker such as Windows).
    Slice,
    /// Returns at once with AL=0 (a handler that releases nothing).
    Return,
    /// HLT until the next timer interrupt (FreeDOS's FDAPM APMDOS).
    Hlt,
    /// No handler: AL stays 80h.
    None,
}

impl IdleModel {
    pub fn parse(text: &str) -> Option<IdleModel> {
        match text {
            "slice" => Some(IdleModel::Slice),
            "return" => Some(IdleModel::Return),
            "hlt" => Some(IdleModel::Hlt),
            "none" => Some(IdleModel::None),
            _ => None,
        }
    }
}

/// Queue IRQ 0 unless one is waiting already.
fn raise(m: &mut Machine) {
    if !m.upcalls.contains(Upcall::Interrupt(0x08)) {
        m.upcalls.request(Upcall::Interrupt(0x08));
    }
}

/// Most timer interrupts waiting at once.
const MOST_WAITING: usize = 100;

/// Queue the IRQ 0s due on the program's rate, less the share
/// `--lose-irq0` drops (every interrupt whose number crosses a multiple
/// of 100 / percent: spread evenly, the same in every run).
pub fn raise_due(m: &mut Machine) {
    let first = m.pit.rate.map_or(0, |rate| rate.raised);
    let percent = u64::from(m.config.lose_irq0_percent);
    for n in first..first + crate::ports::irq0_due(m) {
        let lost = (n + 1) * percent / 100 != n * percent / 100;
        if !lost && m.upcalls.count(Upcall::Interrupt(0x08)) < MOST_WAITING {
            m.upcalls.request(Upcall::Interrupt(0x08));
        }
    }
}

/// After waiting for the next timer interrupt: raise it (at the BIOS rate
/// dosrun keeps the tick count itself, but the interrupt still comes).
fn raise_after_wait(m: &mut Machine) {
    if m.pit.rate.is_none() {
        raise(m);
    } else {
        raise_due(m);
    }
}

/// On the virtual clock: instructions until the next IRQ 0 of the
/// program's rate.
pub fn instructions_to_next(m: &Machine) -> Option<u64> {
    let per_us = m.config.mips?;
    m.pit.rate?;
    Some(crate::ports::us_to_next_irq0(m).max(1) * per_us)
}

/// Let time pass until the next timer interrupt (wall clock: sleep, waking
/// early for a key).
fn wait_for_tick(m: &mut Machine) {
    m.clock.set_instructions(m.stats.instructions);
    let us = crate::ports::us_to_next_irq0(m);
    if m.clock.is_virtual() {
        m.clock.skip_us(us);
    } else {
        let wait = Duration::from_micros(us);
        if !m.keyboard.wait(wait) && m.keyboard.exhausted() {
            // No input can end the wait early.
            std::thread::sleep(wait);
        }
    }
    m.stats.halted_us += us;
}

/// The CPU executed HLT: wait for the timer interrupt and take it.
pub fn halt(m: &mut Machine) -> Run<()> {
    if m.cpu.get(Reg::Eflags) & FLAG_INTERRUPT == 0 {
        return Err(Stop::fault(format!(
            "HLT with interrupts disabled at {}: the PC would hang",
            m.where_now()
        )));
    }
    m.stats.halts += 1;
    wait_for_tick(m);
    raise_after_wait(m);
    // Protected mode: only ring 0 may halt, a DPMI client never gets here.
    // A key pressed early ends the wait with no timer interrupt.
    if m.protected() || !m.upcalls.remove(Upcall::Interrupt(0x08)) {
        return Ok(());
    }
    let cs = m.cpu.get(Reg::Cs) as u16;
    let ip = m.cpu.get(Reg::Eip) as u16;
    crate::bios::update_ticks(m)?;
    crate::interrupts::deliver_real(m, 0x08, cs, ip)
}

/// INT 2Fh AX=1680h under `model`; returns the AL to report, or None to
/// leave AL as it was (no handler).
pub fn idle_call(m: &mut Machine, model: IdleModel) -> Option<u8> {
    match model {
        IdleModel::Slice => {
            m.clock.set_instructions(m.stats.instructions);
            let before = m.clock.now_us();
            crate::bios::idle(m);
            m.stats.halted_us += m.clock.now_us() - before;
            Some(0)
        }
        IdleModel::Return => Some(0),
        IdleModel::None => None,
        IdleModel::Hlt => {
            m.stats.idle_calls += 1;
            wait_for_tick(m);
            raise_after_wait(m);
            // The interrupt that ended the HLT runs before the caller's next
            // instruction.
            if crate::upcalls::can_inject(m) {
                m.inject_now = true;
                m.cpu.stop();
            }
            Some(0)
        }
    }
}
