//! The DPMI mode switch: the stub far-calls the entry point from INT 2Fh
//! AX=1687h with AX=1 (32-bit client) and ES = the host's private paragraphs;
//! it comes back in protected mode with CS, DS, SS selectors for its real-mode
//! segments, ES = a selector for its PSP, FS = GS = 0, CF clear.
use super::descriptors::{Descriptor, ACCESS_CODE, ACCESS_DATA};
use super::realcall::enter_protected;
use crate::cpu::Reg;
use crate::dos::memory::Owner;
use crate::machine::Machine;
use crate::memory::real;
use crate::outcome::{Run, Stop};
use crate::regs::Regs;
use crate::stack;

fn selector_for(m: &mut Machine, base: u32, limit: u32, access: u8) -> Run<u16> {
    let d = &mut m.dpmi.descriptors;
    let selector = d
        .allocate(&mut m.memory, 1)
        .map_err(|_| Stop::fault("out of LDT descriptors at the mode switch"))?;
    let descriptor = Descriptor {
        base,
        limit,
        access,
        flags: 0,
    };
    d.set(&mut m.memory, selector, descriptor)
        .map_err(|_| Stop::fault("cannot set up the initial descriptors"))?;
    m.dpmi.initial_selectors.push(selector);
    Ok(selector)
}

/// Fails the entry call: return to the caller in real mode with CF set.
fn refuse(m: &mut Machine, why: &str) -> Run<()> {
    m.stats.log_once(format!("DPMI mode switch refused: {why}"));
    let ip = stack::pop16(m)?;
    let cs = stack::pop16(m)?;
    let flags = m.cpu.get(Reg::Eflags);
    m.cpu.set(Reg::Eflags, flags | 1);
    crate::interrupts::jump_real(m, cs, ip)
}

pub fn switch_to_protected(m: &mut Machine) -> Run<()> {
    let mut regs = Regs::read(m.cpu);
    if m.dpmi.active {
        return refuse(m, "the client is already in protected mode");
    }
    if regs.ax() & 1 == 0 {
        return refuse(m, "only 32-bit clients are supported");
    }
    let ip = stack::pop16(m)?;
    let cs = stack::pop16(m)?;
    regs.esp = m.cpu.get(Reg::Esp);
    m.dpmi.host_segment = regs.es;
    m.dos.memory.set_owner(regs.es, Owner::Host);

    let psp = m.dos.psp;
    let env_segment = m.memory.u16(real(psp, 0x2C))?;
    let env_limit = m
        .dos
        .memory
        .block(env_segment)
        .map(|b| (b.paragraphs as u32) * 16 - 1)
        .unwrap_or(0xFFFF);
    regs.cs = selector_for(m, real(cs, 0), 0xFFFF, ACCESS_CODE)?;
    regs.ds = selector_for(m, real(regs.ds, 0), 0xFFFF, ACCESS_DATA)?;
    regs.ss = if regs.ss == m.cpu.get(Reg::Ds) as u16 {
        regs.ds
    } else {
        selector_for(m, real(regs.ss, 0), 0xFFFF, ACCESS_DATA)?
    };
    regs.es = selector_for(m, real(psp, 0), 0xFF, ACCESS_DATA)?;
    let env_selector = selector_for(m, real(env_segment, 0), env_limit, ACCESS_DATA)?;
    m.memory.set_u16(real(psp, 0x2C), env_selector)?;
    m.dpmi.env_segment = env_segment;
    m.dpmi.callbacks.stack_selector = selector_for(m, 0, 0xFFFF, ACCESS_DATA)?;
    m.dpmi.initial_selectors.pop();
    regs.fs = 0;
    regs.gs = 0;
    regs.ip = ip as u32;
    regs.set_carry(false);
    m.dpmi.active = true;
    m.stats.instructions_to_protected_mode = Some(m.instructions());
    enter_protected(m, &regs)
}
