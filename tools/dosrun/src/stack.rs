//! Pushing and popping on the guest stack, honouring SS's size (SP or ESP).
use crate::cpu::Reg;
use crate::machine::Machine;
use crate::memory::real;
use crate::outcome::Run;

/// Linear address of SS:(E)SP.
pub fn top_linear(m: &mut Machine) -> Run<u32> {
    let ss = m.cpu.get(Reg::Ss) as u16;
    let esp = m.cpu.get(Reg::Esp);
    if m.protected() {
        let (base, big) = m.dpmi.stack_segment(&mut m.memory, ss)?;
        Ok(base.wrapping_add(if big { esp } else { esp & 0xFFFF }))
    } else {
        Ok(real(ss, esp as u16))
    }
}

fn stack_is_32(m: &mut Machine) -> Run<bool> {
    if !m.protected() {
        return Ok(false);
    }
    let ss = m.cpu.get(Reg::Ss) as u16;
    Ok(m.dpmi.stack_segment(&mut m.memory, ss)?.1)
}

fn adjust(m: &mut Machine, delta: i32) -> Run<()> {
    let esp = m.cpu.get(Reg::Esp);
    let moved = esp.wrapping_add(delta as u32);
    let value = if stack_is_32(m)? {
        moved
    } else {
        (esp & 0xFFFF_0000) | (moved & 0xFFFF)
    };
    m.cpu.set(Reg::Esp, value);
    Ok(())
}

pub fn push16(m: &mut Machine, value: u16) -> Run<()> {
    adjust(m, -2)?;
    let at = top_linear(m)?;
    m.memory.set_u16(at, value)
}

pub fn push32(m: &mut Machine, value: u32) -> Run<()> {
    adjust(m, -4)?;
    let at = top_linear(m)?;
    m.memory.set_u32(at, value)
}

pub fn pop16(m: &mut Machine) -> Run<u16> {
    let at = top_linear(m)?;
    let value = m.memory.u16(at)?;
    adjust(m, 2)?;
    Ok(value)
}
