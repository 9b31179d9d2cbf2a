//! Protected-mode interrupts: CPU exceptions are faults; INT 31h goes to the
//! DPMI services; other vectors go to the client's handler (0205h) or, by
//! default, are reflected to real mode: to the harness's own DOS/BIOS when
//! the real-mode vector is untouched, or to the guest's real-mode handler.
use super::descriptors::HOST_CODE;
use super::{default_vector, int31, realcall, FarPtr};
use crate::cpu::Reg;
use crate::interrupts::{is_software, service, After};
use crate::machine::Machine;
use crate::outcome::{Run, Stop};
use crate::regs::{Regs, FLAGS_STATUS, FLAG_INTERRUPT, FLAG_TRAP};
use crate::rom::{self, Trap, TRAP_LEN, TRAP_VECTOR};
use crate::stack;

pub fn protected_interrupt(m: &mut Machine, n: u8) -> Run<()> {
    let cs = m.cpu.get(Reg::Cs) as u16;
    let eip = m.cpu.get(Reg::Eip);
    if n == TRAP_VECTOR && cs == HOST_CODE {
        if let Some(trap) = rom::protected_trap(eip.wrapping_sub(TRAP_LEN)) {
            return protected_trap(m, trap);
        }
    }
    let linear = m.dpmi.linear(&mut m.memory, cs, eip)?;
    if !is_software(m, linear, n) {
        return super::exceptions::raise(m, n);
    }
    if n == 0x31 {
        return int31::int31(m);
    }
    let vector = m.dpmi.vectors[n as usize];
    if vector != default_vector(n) {
        return deliver(m, vector, cs, eip);
    }
    default_handler(m, n, eip)
}

/// True if real-mode vector `n` still points at the harness's ROM stub.
pub fn real_vector_is_default(m: &mut Machine, n: u8) -> Run<bool> {
    let (segment, offset) = rom::default_vector(n);
    Ok(m.memory.u16(n as u32 * 4)? == offset && m.memory.u16(n as u32 * 4 + 2)? == segment)
}

/// Default handling of a protected-mode `int n` (live registers and flags).
fn default_handler(m: &mut Machine, n: u8, eip: u32) -> Run<()> {
    if !real_vector_is_default(m, n)? {
        return realcall::reflect(m, n);
    }
    let mut regs = Regs::read(m.cpu);
    match service(m, n, &mut regs, false)? {
        After::Return => {
            regs.write_general(m.cpu);
            Ok(())
        }
        After::CtrlC => ctrl_c(m, eip - TRAP_LEN),
    }
}

/// Calls a protected-mode handler like the CPU would for `int n` through a
/// 32-bit gate: EFLAGS, CS, EIP pushed; IF and TF cleared.
pub fn deliver(m: &mut Machine, handler: FarPtr, return_cs: u16, return_eip: u32) -> Run<()> {
    let flags = m.cpu.get(Reg::Eflags);
    stack::push32(m, flags)?;
    stack::push32(m, return_cs as u32)?;
    stack::push32(m, return_eip)?;
    m.cpu
        .set(Reg::Eflags, flags & !(FLAG_INTERRUPT | FLAG_TRAP));
    m.cpu.load_segment(Reg::Cs, handler.0).map_err(|e| {
        Stop::fault(format!(
            "protected-mode handler {:04X}:{:08X} has a bad selector: {e}",
            handler.0, handler.1
        ))
    })?;
    m.cpu.set(Reg::Eip, handler.1);
    Ok(())
}

/// DOS saw ^C during a call made at `restart_eip` (an `int 21h` or an
/// `int 31h`): run INT 23h the way the client set it up, then the call
/// runs again when the handler returns with IRET.
pub fn ctrl_c(m: &mut Machine, restart_eip: u32) -> Run<()> {
    m.stats.ctrl_c_delivered += 1;
    let cs = m.cpu.get(Reg::Cs) as u16;
    let handler = m.dpmi.vectors[0x23];
    if handler != default_vector(0x23) {
        return deliver(m, handler, cs, restart_eip);
    }
    if !real_vector_is_default(m, 0x23)? {
        m.cpu.set(Reg::Eip, restart_eip);
        return realcall::reflect(m, 0x23);
    }
    Err(Stop::CtrlC)
}

/// A client handler chained to the host's default handler (far jump to the
/// host stub): the client's IRET frame is on the stack above us.
fn protected_trap(m: &mut Machine, trap: Trap) -> Run<()> {
    match trap {
        Trap::Vector(n) => {
            if !real_vector_is_default(m, n)? {
                return realcall::reflect(m, n);
            }
            let frame = stack::top_linear(m)?;
            let mut regs = Regs::read(m.cpu);
            regs.eflags = m.memory.u32(frame + 8)?;
            match service(m, n, &mut regs, false)? {
                After::Return => {
                    let stacked = m.memory.u32(frame + 8)?;
                    regs.write_general(m.cpu);
                    let merged = (stacked & !FLAGS_STATUS) | (regs.eflags & FLAGS_STATUS);
                    m.memory.set_u32(frame + 8, merged)
                }
                After::CtrlC => ctrl_c(m, crate::rom::VECTOR_STUBS + n as u32 * 4),
            }
        }
        Trap::CallbackReturn => super::callbacks::returned(m),
        Trap::Landing => realcall::landed(m),
        Trap::ExceptionReturn => super::exceptions::returned(m),
        other => Err(Stop::fault(format!("unexpected host trap {other:?}"))),
    }
}
