//! Excursions to real mode from protected mode: DPMI 0300h/0301h/0302h and
//! the reflection of a protected-mode `int n` to a guest real-mode handler.
//! The CPU really switches modes; the return lands on the F000:RM_RETURN trap.
use super::descriptors::HOST_CODE;
use super::Excursion;
use crate::bios::DPMI_HOST_PARAGRAPHS;
use crate::cpu::Reg;
use crate::machine::Machine;
use crate::memory::{real, ROM_SEGMENT};
use crate::outcome::{Run, Stop};
use crate::regs::{Regs, CALL_STRUCT_SIZE, FLAGS_STATUS, FLAG_INTERRUPT, FLAG_TRAP};
use crate::{rom, stack};

/// Real-mode stack space each nesting level of excursions gets.
const HOST_STACK_PER_LEVEL: u32 = 0x400;

fn load_all(m: &mut Machine, regs: &Regs) -> Run<()> {
    let cpu = m.cpu;
    let loads = [
        (Reg::Ss, regs.ss),
        (Reg::Cs, regs.cs),
        (Reg::Ds, regs.ds),
        (Reg::Es, regs.es),
        (Reg::Fs, regs.fs),
        (Reg::Gs, regs.gs),
    ];
    for (reg, value) in loads {
        cpu.load_segment(reg, value).map_err(|e| {
            Stop::fault(format!(
                "cannot restore {reg:?}={value:04X}h at a mode switch: {e}"
            ))
        })?;
    }
    cpu.set(Reg::Eip, regs.ip);
    regs.write_general(cpu);
    Ok(())
}

/// Puts the CPU in real mode with exactly these registers: the CPU runs the
/// ROM's switch code, and `landed` loads them.
pub fn enter_real(m: &mut Machine, regs: &Regs) -> Run<()> {
    if !m.protected() {
        return load_all(m, regs);
    }
    m.pending_switch = Some(regs.clone());
    m.cpu
        .load_segment(Reg::Cs, HOST_CODE)
        .map_err(Stop::Fault)?;
    m.cpu.set(Reg::Eip, rom::SWITCH_TO_REAL);
    Ok(())
}

/// Puts the CPU in protected mode with exactly these registers.
pub fn enter_protected(m: &mut Machine, regs: &Regs) -> Run<()> {
    if m.protected() {
        return load_all(m, regs);
    }
    m.pending_switch = Some(regs.clone());
    crate::interrupts::jump_real(m, ROM_SEGMENT, rom::SWITCH_TO_PROTECTED)
}

/// The ROM's mode-switch code arrived in the new mode.
pub fn landed(m: &mut Machine) -> Run<()> {
    match m.pending_switch.take() {
        Some(regs) => load_all(m, &regs),
        None => Err(Stop::fault(
            "mode-switch landing reached with no switch pending",
        )),
    }
}

/// SS:SP for a real-mode excursion whose caller gave none.
fn host_stack(m: &Machine) -> (u16, u32) {
    let depth = m.dpmi.excursions.len() as u32;
    let top = (DPMI_HOST_PARAGRAPHS as u32) << 4;
    (m.dpmi.host_segment, top - depth * HOST_STACK_PER_LEVEL)
}

/// How a real-mode excursion starts.
pub enum Target {
    /// 0300h: through the real-mode vector table.
    Interrupt(u8),
    /// 0301h: far call, the procedure returns with RETF.
    FarCall,
    /// 0302h: far call with an IRET frame.
    IretCall,
}

/// Starts 0300h/0301h/0302h with the structure at linear `structure`;
/// `copy_words` words of the protected-mode stack go to the real-mode stack.
pub fn call_real(m: &mut Machine, target: Target, structure: u32, copy_words: u16) -> Run<()> {
    let bytes = m.memory.read(structure, CALL_STRUCT_SIZE as u32)?;
    let mut rm = Regs::from_call_struct(&bytes);
    let mut saved = Regs::read(m.cpu);
    saved.set_carry(false);
    let params = if copy_words > 0 {
        let top = stack::top_linear(m)?;
        m.memory.read(top, copy_words as u32 * 2)?
    } else {
        Vec::new()
    };
    if rm.ss == 0 && rm.esp & 0xFFFF == 0 {
        let (ss, sp) = host_stack(m);
        rm.ss = ss;
        rm.esp = sp;
    }
    m.dpmi.excursions.push(Excursion::Call { saved, structure });
    start(m, rm, target, &params)
}

/// Reflects a protected-mode `int n` to the guest's real-mode handler, with
/// the client's general registers (segment registers: the host's).
pub fn reflect(m: &mut Machine, n: u8) -> Run<()> {
    let saved = Regs::read(m.cpu);
    let mut rm = saved.clone();
    let (ss, sp) = host_stack(m);
    rm.ss = ss;
    rm.esp = sp;
    rm.ds = ss;
    rm.es = ss;
    rm.fs = 0;
    rm.gs = 0;
    m.dpmi.excursions.push(Excursion::Reflect { saved });
    start(m, rm, Target::Interrupt(n), &[])
}

/// An asynchronous interrupt for a guest real-mode handler: runs it and then
/// resumes the client with every register as it was.
pub fn interrupt_real_mode(m: &mut Machine, n: u8) -> Run<()> {
    let saved = Regs::read(m.cpu);
    let (ss, sp) = host_stack(m);
    let rm = Regs {
        ss,
        esp: sp,
        ds: ss,
        es: ss,
        fs: 0,
        gs: 0,
        ..saved.clone()
    };
    m.dpmi.excursions.push(Excursion::Interrupt { saved });
    start(m, rm, Target::Interrupt(n), &[])
}

fn start(m: &mut Machine, mut rm: Regs, target: Target, params: &[u8]) -> Run<()> {
    rm.esp &= 0xFFFF;
    rm.eflags &= 0xFFFF;
    let interrupt = match target {
        Target::Interrupt(n) => {
            rm.ip = m.memory.u16(n as u32 * 4)? as u32;
            rm.cs = m.memory.u16(n as u32 * 4 + 2)?;
            true
        }
        Target::FarCall => false,
        Target::IretCall => true,
    };
    // The real-mode stack: copied parameters, then (FLAGS,) CS, IP of the
    // return trap, built in memory before the switch.
    let mut frame: Vec<u8> = Vec::new();
    for word in [rom::RM_RETURN, ROM_SEGMENT] {
        frame.extend_from_slice(&word.to_le_bytes());
    }
    if interrupt {
        frame.extend_from_slice(&(rm.eflags as u16).to_le_bytes());
        rm.eflags &= !(FLAG_INTERRUPT | FLAG_TRAP);
    }
    frame.extend_from_slice(params);
    let sp = (rm.esp as u16).wrapping_sub(frame.len() as u16);
    m.memory.write(real(rm.ss, sp), &frame)?;
    rm.esp = sp as u32;
    enter_real(m, &rm)
}

/// The F000:RM_RETURN trap: a real-mode excursion finished.
pub fn real_mode_returned(m: &mut Machine) -> Run<()> {
    let Some(excursion) = m.dpmi.excursions.pop() else {
        return Err(Stop::fault(
            "real-mode code returned to the DPMI host's return address with no call pending",
        ));
    };
    let mut rm = Regs::read(m.cpu);
    match excursion {
        Excursion::Call { saved, structure } => {
            // The structure's CS:IP and SS:SP keep what the caller put there.
            let old = m.memory.read(structure, CALL_STRUCT_SIZE as u32)?;
            let old = Regs::from_call_struct(&old);
            rm.cs = old.cs;
            rm.ip = old.ip;
            rm.ss = old.ss;
            rm.esp = old.esp;
            m.memory.write(structure, &rm.to_call_struct())?;
            enter_protected(m, &saved)
        }
        Excursion::Reflect { mut saved } => {
            for (to, from) in [
                (&mut saved.eax, rm.eax),
                (&mut saved.ebx, rm.ebx),
                (&mut saved.ecx, rm.ecx),
                (&mut saved.edx, rm.edx),
                (&mut saved.esi, rm.esi),
                (&mut saved.edi, rm.edi),
                (&mut saved.ebp, rm.ebp),
            ] {
                *to = from;
            }
            saved.eflags = (saved.eflags & !FLAGS_STATUS) | (rm.eflags & FLAGS_STATUS);
            enter_protected(m, &saved)
        }
        Excursion::Interrupt { saved } => enter_protected(m, &saved),
        Excursion::Callback => Err(Stop::fault(
            "real-mode return trap reached while a callback was running",
        )),
    }
}
