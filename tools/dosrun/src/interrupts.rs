//! Interrupt routing: every `int n`, CPU exception and ROM trap arrives here
//! and goes to the guest's own handler, a harness service, or a fault.
use crate::cpu::Reg;
use crate::machine::Machine;
use crate::memory::{real, ROM_SEGMENT};
use crate::outcome::{Run, Stop};
use crate::regs::{Regs, FLAGS_STATUS, FLAG_INTERRUPT, FLAG_TRAP};
use crate::rom::{self, Trap, TRAP_LEN, TRAP_VECTOR};
use crate::{bios, dos, dpmi, stack};

/// What a service asks for after it ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After {
    /// Return to the caller with the updated registers.
    Return,
    /// DOS saw ^C before doing anything: run INT 23h, then repeat the call.
    CtrlC,
}

pub fn dispatch(m: &mut Machine, n: u8) -> Run<()> {
    if m.protected() {
        dpmi::interrupts::protected_interrupt(m, n)
    } else {
        real_interrupt(m, n)
    }
}

/// Tells a CPU exception from a software `int n`: only the latter leaves
/// `CD n` just before EIP.
pub fn is_software(m: &mut Machine, linear_eip: u32, n: u8) -> bool {
    if n == 3 {
        return m.memory.u8(linear_eip.wrapping_sub(1)).ok() == Some(0xCC);
    }
    let before = linear_eip.wrapping_sub(2);
    m.memory.u8(before).ok() == Some(0xCD) && m.memory.u8(before + 1).ok() == Some(n)
}

pub fn exception_name(n: u8) -> String {
    let name = match n {
        0 => "#DE divide error",
        1 => "#DB debug",
        3 => "#BP breakpoint",
        4 => "#OF overflow",
        5 => "#BR bound range",
        6 => "#UD invalid opcode",
        7 => "#NM no coprocessor",
        8 => "#DF double fault",
        10 => "#TS invalid TSS",
        11 => "#NP segment not present",
        12 => "#SS stack fault (limit or selector)",
        13 => "#GP general protection (limit or selector)",
        14 => "#PF page fault",
        16 => "#MF x87 error",
        17 => "#AC alignment check",
        _ => return format!("exception {n}"),
    };
    name.to_string()
}

fn real_interrupt(m: &mut Machine, n: u8) -> Run<()> {
    let cs = m.cpu.get(Reg::Cs) as u16;
    let ip = m.cpu.get(Reg::Eip) & 0xFFFF;
    if n == TRAP_VECTOR && cs == ROM_SEGMENT {
        if let Some(trap) = rom::real_trap(ip.wrapping_sub(TRAP_LEN)) {
            return real_trap(m, trap);
        }
    }
    if !is_software(m, real(cs, ip as u16), n) {
        return Err(Stop::fault(format!(
            "CPU exception {} in real mode at {cs:04X}:{ip:04X}",
            exception_name(n)
        )));
    }
    deliver_real(m, n, cs, ip as u16)
}

/// Does what the CPU does for `int n` in real mode: push FLAGS, CS, IP,
/// clear IF and TF, and jump through the vector table.
pub fn deliver_real(m: &mut Machine, n: u8, return_cs: u16, return_ip: u16) -> Run<()> {
    let flags = m.cpu.get(Reg::Eflags);
    stack::push16(m, flags as u16)?;
    stack::push16(m, return_cs)?;
    stack::push16(m, return_ip)?;
    m.cpu
        .set(Reg::Eflags, flags & !(FLAG_INTERRUPT | FLAG_TRAP));
    let offset = m.memory.u16(n as u32 * 4)?;
    let segment = m.memory.u16(n as u32 * 4 + 2)?;
    jump_real(m, segment, offset)
}

pub fn jump_real(m: &mut Machine, segment: u16, offset: u16) -> Run<()> {
    m.cpu.load_segment(Reg::Cs, segment).map_err(Stop::Fault)?;
    m.cpu.set(Reg::Eip, offset as u32);
    Ok(())
}

fn real_trap(m: &mut Machine, trap: Trap) -> Run<()> {
    match trap {
        Trap::Vector(n) => real_default_handler(m, n),
        Trap::DpmiEntry => dpmi::entry::switch_to_protected(m),
        Trap::RealModeReturn => dpmi::realcall::real_mode_returned(m),
        Trap::Callback(index) => dpmi::callbacks::enter(m, index),
        Trap::Landing => dpmi::realcall::landed(m),
        Trap::PacketUpcallReturn => crate::net::upcall::returned(m),
        Trap::CallbackReturn | Trap::HandlerReturn | Trap::ExceptionReturn => {
            unreachable!("protected-mode trap")
        }
    }
}

/// The default handler of vector `n` runs inside its ROM stub: the caller's
/// FLAGS/CS/IP frame is on the stack and the stub's `iret` will pop it, so
/// the returned status flags go into the stacked FLAGS.
fn real_default_handler(m: &mut Machine, n: u8) -> Run<()> {
    let frame = stack::top_linear(m)?;
    let mut regs = Regs::read(m.cpu);
    regs.eflags = m.memory.u16(frame + 4)? as u32;
    let after = service(m, n, &mut regs, true)?;
    match after {
        After::Return => {
            regs.write_general(m.cpu);
            write_real_segments(m, &regs)?;
            let stacked = m.memory.u16(frame + 4)? as u32;
            let merged = (stacked & !FLAGS_STATUS) | (regs.eflags & FLAGS_STATUS);
            m.memory.set_u16(frame + 4, merged as u16)
        }
        After::CtrlC => {
            // Repeat the whole call after the INT 23h handler returns.
            let (cs, ip) = rom::default_vector(n);
            deliver_real(m, 0x23, cs, ip)
        }
    }
}

fn write_real_segments(m: &mut Machine, regs: &Regs) -> Run<()> {
    for (reg, value) in [(Reg::Ds, regs.ds), (Reg::Es, regs.es)] {
        m.cpu.load_segment(reg, value).map_err(Stop::Fault)?;
    }
    Ok(())
}

/// The harness's own implementation of interrupt `n`. `real_segments` says
/// whether DS/ES in `regs` are real-mode segments (false when a protected-mode
/// `int` is reflected without translation, where pointers are meaningless).
pub fn service(m: &mut Machine, n: u8, regs: &mut Regs, real_segments: bool) -> Run<After> {
    match n {
        0x20 => Err(Stop::Exit(0)),
        0x21 => dos::int21(m, regs, real_segments),
        0x16 => bios::int16(m, regs),
        0x1A => bios::int1a(m, regs),
        0x2F => bios::int2f(m, regs),
        0x23 => Err(Stop::CtrlC),
        0x10 => bios::int10(m, regs),
        crate::net::PACKET_INT if m.net.is_some() => crate::net::driver::int60(m, regs),
        // DOS's own Ctrl-Break handler: ^C is acted on at the next check.
        0x1B => {
            m.dos.break_pending = true;
            Ok(After::Return)
        }
        // Hardware IRQs, the timer tick and the user tick: nothing to do.
        0x08..=0x0F | 0x1C | 0x70..=0x77 => Ok(After::Return),
        _ => {
            m.stats.log_once(format!(
                "unsupported interrupt {n:02X}h (AX={:04X}h) ignored",
                regs.ax()
            ));
            Ok(After::Return)
        }
    }
}
