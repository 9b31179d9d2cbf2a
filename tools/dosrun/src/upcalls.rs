//! Asynchronous events, delivered between instructions like hardware
//! interrupts: a device asks for one (today the keyboard's Ctrl-Break; the
//! packet driver's receiver upcalls will queue here too), and the run loop
//! injects it at the next housekeeping point where the client has interrupts
//! enabled and no real-mode excursion is in progress.
use crate::cpu::Reg;
use crate::dpmi::{self, default_vector};
use crate::interrupts::{self, After};
use crate::machine::Machine;
use crate::outcome::Run;
use crate::regs::{Regs, FLAG_INTERRUPT};
use std::collections::VecDeque;

/// One asynchronous event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upcall {
    /// Interrupt `n` as the BIOS or a device would raise it (INT 1Bh for Ctrl-Break).
    Interrupt(u8),
}

#[derive(Default)]
pub struct Upcalls {
    queue: VecDeque<Upcall>,
}

impl Upcalls {
    pub fn request(&mut self, upcall: Upcall) {
        self.queue.push_back(upcall);
    }

    pub fn pending(&self) -> bool {
        !self.queue.is_empty()
    }

    pub fn contains(&self, upcall: Upcall) -> bool {
        self.queue.contains(&upcall)
    }

    pub fn count(&self, upcall: Upcall) -> usize {
        self.queue.iter().filter(|&&u| u == upcall).count()
    }

    /// Take `upcall` out of the queue; false if it was not there.
    pub fn remove(&mut self, upcall: Upcall) -> bool {
        let at = self.queue.iter().position(|&u| u == upcall);
        at.map(|at| self.queue.remove(at)).is_some()
    }
}

/// True if an upcall may run now: interrupts on, nothing half-done.
pub fn can_inject(m: &Machine) -> bool {
    m.cpu.get(Reg::Eflags) & FLAG_INTERRUPT != 0
        && m.dpmi.excursions.is_empty()
        && m.pending_switch.is_none()
        && m.dpmi.exception_depth == 0
}

/// Runs the oldest upcall at the current instruction boundary.
pub fn inject(m: &mut Machine) -> Run<()> {
    let Some(upcall) = m.upcalls.queue.pop_front() else {
        return Ok(());
    };
    match upcall {
        Upcall::Interrupt(n) => interrupt(m, n),
    }
}

/// Interrupt `n` at the current CS:EIP: the client's protected-mode handler,
/// else the real-mode vector's guest handler, else the harness's default.
fn interrupt(m: &mut Machine, n: u8) -> Run<()> {
    m.stats.upcalls += 1;
    let cs = m.cpu.get(Reg::Cs) as u16;
    let eip = m.cpu.get(Reg::Eip);
    if !m.protected() {
        return interrupts::deliver_real(m, n, cs, eip as u16);
    }
    let vector = m.dpmi.vectors[n as usize];
    if vector != default_vector(n) {
        return dpmi::interrupts::deliver(m, vector, cs, eip);
    }
    if !dpmi::interrupts::real_vector_is_default(m, n)? {
        return dpmi::realcall::interrupt_real_mode(m, n);
    }
    let mut regs = Regs::read(m.cpu);
    match interrupts::service(m, n, &mut regs, false)? {
        After::Return => Ok(()),
        After::CtrlC => dpmi::interrupts::ctrl_c(m, eip),
    }
}
