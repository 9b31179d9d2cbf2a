//! Received frames reach the client like a hardware IRQ: between two
//! instructions, when its interrupt flag is set, the harness saves the whole
//! CPU state, runs the client's 16-bit receiver in real mode twice (AX=0:
//! "where do I put CX bytes?", answered in ES:DI; AX=1: "copied to DS:SI"),
//! then resumes the interrupted code exactly, in its own mode. Frames that
//! queued up meanwhile are delivered in the same excursion.
use super::{in_dos_block, linear, receiver_fault, UPCALL_RETURN};
use crate::cpu::Reg;
use crate::dpmi::descriptors::HOST_CODE;
use crate::dpmi::realcall::{enter_protected, enter_real};
use crate::machine::Machine;
use crate::memory::{real, ROM_SEGMENT};
use crate::outcome::Run;
use crate::regs::{Regs, FLAG_INTERRUPT, FLAG_TRAP};

/// Where an upcall stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// The receiver was called with AX=0.
    AskBuffer,
    /// The receiver was called with AX=1.
    Copied,
}

/// The interrupted client and the frame being delivered.
pub struct Upcall {
    saved: Regs,
    was_protected: bool,
    phase: Phase,
    handle: u16,
    frame: Vec<u8>,
}

/// True when a frame may interrupt the client now: what any upcall needs
/// (`upcalls::can_inject`), and not inside the harness's ROM code.
fn interruptible(m: &Machine) -> bool {
    let cs = m.cpu.get(Reg::Cs) as u16;
    let in_rom = if m.protected() {
        cs == HOST_CODE
    } else {
        cs == ROM_SEGMENT
    };
    crate::upcalls::can_inject(m) && !in_rom
}

/// Polls libslirp; true when a frame waits for the receiver (it is then
/// "due": the block hook stops the CPU at the next boundary it can take it).
pub fn frame_waiting(m: &mut Machine) -> bool {
    let now_us = m.clock.now_us();
    let Some(net) = m.net.as_mut() else {
        return false;
    };
    net.poll(now_us);
    net.due = net.upcall.is_none() && net.has_incoming();
    net.due
}

/// Periodic check (from the run loop's housekeeping): says whether the run
/// loop should stop now to deliver a frame.
pub fn wanted(m: &mut Machine) -> bool {
    frame_waiting(m) && interruptible(m)
}

/// From the block hook: stops the CPU at this instruction boundary when a
/// frame is due and the client can take it, like a card's IRQ.
pub fn on_block(m: &mut Machine) {
    if m.net.as_ref().is_some_and(|net| net.due) && interruptible(m) {
        m.cpu.stop();
    }
}

/// Called by the run loop between instructions: starts delivering the
/// next frame if one waits and the client can be interrupted.
pub fn deliver(m: &mut Machine) -> Run<()> {
    let ready = match m.net.as_ref() {
        Some(net) => net.upcall.is_none() && net.has_incoming(),
        None => false,
    };
    if !ready || !interruptible(m) {
        return Ok(());
    }
    let saved = Regs::read(m.cpu);
    let was_protected = m.protected();
    m.net.as_mut().expect("checked").due = false;
    start_next(m, saved, was_protected)
}

/// Calls the receiver with AX=0 for the next claimed frame, or resumes the
/// client when none is left.
fn start_next(m: &mut Machine, saved: Regs, was_protected: bool) -> Run<()> {
    let net = m.net.as_mut().expect("upcalls run only with --net");
    let Some((handle, frame)) = net.next_claimed() else {
        return resume(m, &saved, was_protected);
    };
    let upcall = Upcall {
        saved,
        was_protected,
        phase: Phase::AskBuffer,
        handle,
        frame,
    };
    call_receiver(m, upcall, 0, None)
}

/// Runs the receiver of `upcall.handle` with AX=`ax` (DS:SI = `buffer`).
fn call_receiver(m: &mut Machine, upcall: Upcall, ax: u16, buffer: Option<(u16, u16)>) -> Run<()> {
    let net = m.net.as_mut().expect("upcalls run only with --net");
    let receiver = match net.handles.get(upcall.handle as usize - 1) {
        Some(Some(h)) => h.receiver,
        _ => {
            return Err(receiver_fault(format!(
                "frame for handle {} after it was released",
                upcall.handle
            )))
        }
    };
    if !in_dos_block(m, linear(receiver), 1) {
        return Err(receiver_fault(format!(
            "receiver {:04X}:{:04X} (handle {}) is not in allocated DOS memory (freed before release_type?)",
            receiver.0, receiver.1, upcall.handle
        )));
    }
    let mut rm = upcall.saved.clone();
    rm.eflags &= 0xFFFF & !(FLAG_INTERRUPT | FLAG_TRAP);
    rm.set_ax(ax);
    rm.set_bx(upcall.handle);
    rm.set_cx(upcall.frame.len() as u16);
    let (ds, si) = buffer.unwrap_or((0, 0));
    rm.ds = ds;
    rm.set_si(si);
    rm.es = 0;
    rm.set_di(0);
    rm.fs = 0;
    rm.gs = 0;
    // The stack: the DPMI host's (as a host does for a real-mode IRQ), or
    // a real-mode client's own.
    let (ss, sp) = if upcall.was_protected {
        let top = (crate::bios::DPMI_HOST_PARAGRAPHS as u32) << 4;
        (m.dpmi.host_segment, top as u16)
    } else {
        (upcall.saved.ss, upcall.saved.esp as u16)
    };
    let sp = sp.wrapping_sub(4);
    let mut ret = UPCALL_RETURN.to_le_bytes().to_vec();
    ret.extend_from_slice(&ROM_SEGMENT.to_le_bytes());
    m.memory.write(real(ss, sp), &ret)?;
    rm.ss = ss;
    rm.esp = sp as u32;
    rm.cs = receiver.0;
    rm.ip = receiver.1 as u32;
    m.net.as_mut().expect("checked").upcall = Some(upcall);
    enter_real(m, &rm)
}

/// The receiver returned (RETF to F000:UPCALL_RETURN).
pub fn returned(m: &mut Machine) -> Run<()> {
    let net = m.net.as_mut().expect("upcalls run only with --net");
    let Some(mut upcall) = net.upcall.take() else {
        return Err(receiver_fault(
            "receiver return reached with no upcall in progress".to_string(),
        ));
    };
    match upcall.phase {
        Phase::AskBuffer => {
            let es = m.cpu.get(Reg::Es) as u16;
            let di = m.cpu.get(Reg::Edi) as u16;
            if es == 0 && di == 0 {
                net.stats.refused_by_receiver += 1;
                return start_next(m, upcall.saved, upcall.was_protected);
            }
            let at = real(es, di);
            if !in_dos_block(m, at, upcall.frame.len() as u32) {
                return Err(receiver_fault(format!(
                    "receiver gave buffer {es:04X}:{di:04X} for {} bytes outside allocated DOS memory",
                    upcall.frame.len()
                )));
            }
            m.memory.write(at, &upcall.frame)?;
            upcall.phase = Phase::Copied;
            call_receiver(m, upcall, 1, Some((es, di)))
        }
        Phase::Copied => {
            net.stats.frames_in += 1;
            net.stats.bytes_in += upcall.frame.len() as u64;
            start_next(m, upcall.saved, upcall.was_protected)
        }
    }
}

/// Puts the interrupted client back exactly as it was, in its own mode.
fn resume(m: &mut Machine, saved: &Regs, was_protected: bool) -> Run<()> {
    if was_protected {
        enter_protected(m, saved)
    } else {
        enter_real(m, saved)
    }
}
