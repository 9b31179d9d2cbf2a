//! CPU exceptions in protected mode. With a handler set through DPMI 0203h
//! the host calls it the DPMI 0.9 way: on the host's locked stack, with a
//! 32-bit frame [ret EIP, ret CS, error code, EIP, CS, EFLAGS, ESP, SS]; the
//! handler's RETF returns to the host, which resumes the client from the
//! (possibly edited) frame. Without a handler an exception is a fault.
use super::default_vector;
use super::descriptors::{HOST_CODE, HOST_STACK, HOST_STACK_BASE, HOST_STACK_SIZE};
use super::realcall::enter_protected;
use crate::cpu::Reg;
use crate::interrupts::exception_name;
use crate::machine::Machine;
use crate::outcome::{Run, Stop};
use crate::regs::{Regs, FLAG_TRAP};
use crate::rom;

/// Exceptions handled inside exception handlers before the host gives up.
const MAX_NESTING: u32 = 4;
/// Host stack space per nested exception.
const STACK_PER_LEVEL: u32 = 0x1000;
const FRAME_WORDS: usize = 8;

/// The exception `n` happened at the current CS:EIP.
pub fn raise(m: &mut Machine, n: u8) -> Run<()> {
    let cs = m.cpu.get(Reg::Cs) as u16;
    let eip = m.cpu.get(Reg::Eip);
    let fault = || {
        Stop::fault(format!(
            "CPU exception {} in protected mode at {cs:04X}:{eip:08X}",
            exception_name(n)
        ))
    };
    let Some(&handler) = m.dpmi.exception_handlers.get(n as usize) else {
        return Err(fault());
    };
    if handler == default_vector(n) {
        return Err(fault());
    }
    if m.dpmi.exception_depth >= MAX_NESTING {
        return Err(Stop::fault(format!(
            "{} (exception handlers nested {MAX_NESTING} deep)",
            fault()
        )));
    }
    let client = Regs::read(m.cpu);
    let frame: [u32; FRAME_WORDS] = [
        rom::EXCEPTION_RETURN,
        HOST_CODE as u32,
        0, // error code: Unicorn does not report it
        eip,
        cs as u32,
        client.eflags,
        client.esp,
        client.ss as u32,
    ];
    // Below the stacks of callbacks, which grow down from the top.
    let top = HOST_STACK_SIZE / 2 - m.dpmi.exception_depth * STACK_PER_LEVEL;
    let esp = top - (FRAME_WORDS as u32) * 4;
    let bytes: Vec<u8> = frame.iter().flat_map(|w| w.to_le_bytes()).collect();
    m.memory.write(HOST_STACK_BASE + esp, &bytes)?;
    m.dpmi.exception_depth += 1;
    m.stats.exceptions_delivered += 1;
    let entry = Regs {
        cs: handler.0,
        ip: handler.1,
        ss: HOST_STACK,
        esp,
        eflags: client.eflags & !FLAG_TRAP,
        ..client
    };
    enter_protected(m, &entry)
}

/// The handler returned (RETF to the host): resume from the frame.
pub fn returned(m: &mut Machine) -> Run<()> {
    if m.dpmi.exception_depth == 0 {
        return Err(Stop::fault(
            "returned to the exception-return address with no exception pending",
        ));
    }
    m.dpmi.exception_depth -= 1;
    let ss = m.cpu.get(Reg::Ss) as u16;
    let esp = m.cpu.get(Reg::Esp);
    let at = m.dpmi.linear(&mut m.memory, ss, esp)?;
    let raw = m.memory.read(at, 24)?;
    let word =
        |i: usize| u32::from_le_bytes([raw[i * 4], raw[i * 4 + 1], raw[i * 4 + 2], raw[i * 4 + 3]]);
    let mut resume = Regs::read(m.cpu);
    resume.ip = word(1);
    resume.cs = word(2) as u16;
    resume.eflags = word(3);
    resume.esp = word(4);
    resume.ss = word(5) as u16;
    enter_protected(m, &resume)
}
