//! INT 31h: the DPMI 0.9 functions a 32-bit client uses, with the spec's
//! register contracts and error codes. Anything else fails with AX=8001h
//! (unsupported function) and is logged once.
use super::default_vector;
use super::descriptors::{self, Descriptor, Descriptors, ERR_INVALID_VALUE};
use super::realcall::{self, Target};
use crate::cpu::Reg;
use crate::dos::memory::Owner;
use crate::machine::Machine;
use crate::memory::real;
use crate::outcome::Run;
use crate::regs::{Regs, FLAG_INTERRUPT};

const ERR_UNSUPPORTED: u16 = 0x8001;
const ERR_INVALID_LINEAR: u16 = 0x8025;

/// How a function left the CPU.
enum Done {
    /// Write the registers back (CF tells success).
    Answer,
    /// The function switched modes or jumped: leave the CPU alone.
    Switched,
}

pub fn int31(m: &mut Machine) -> Run<()> {
    let mut regs = Regs::read(m.cpu);
    m.stats.count_dpmi(regs.ax());
    regs.set_carry(false);
    let done = match dispatch(m, &mut regs) {
        Ok(done) => done?,
        Err(code) => {
            regs.fail(code);
            Done::Answer
        }
    };
    if std::env::var_os("DOSRUN_TRACE").is_some() {
        eprintln!("int31 {:04X} -> {:X?}", m.cpu.get(Reg::Eax), regs);
    }
    if let Done::Answer = done {
        regs.write_general(m.cpu);
        for (reg, value) in [(Reg::Es, regs.es), (Reg::Ds, regs.ds)] {
            if m.cpu.get(reg) as u16 != value {
                m.cpu
                    .load_segment(reg, value)
                    .map_err(crate::outcome::Stop::Fault)?;
            }
        }
    }
    Ok(())
}

fn cx_dx(regs: &Regs) -> u32 {
    (regs.cx() as u32) << 16 | regs.dx() as u32
}

fn bx_cx(regs: &Regs) -> u32 {
    (regs.bx() as u32) << 16 | regs.cx() as u32
}

fn si_di(regs: &Regs) -> u32 {
    (regs.si() as u32) << 16 | regs.di() as u32
}

/// ES:EDI as a linear address (32-bit client: EDI is the full offset).
fn es_edi(m: &mut Machine, regs: &Regs) -> Result<u32, u16> {
    m.dpmi
        .linear(&mut m.memory, regs.es, regs.edi)
        .map_err(|_| descriptors::ERR_INVALID_SELECTOR)
}

fn edit(
    m: &mut Machine,
    selector: u16,
    change: impl FnOnce(&mut Descriptor) -> Result<(), u16>,
) -> Result<Run<Done>, u16> {
    let mut d = m.dpmi.descriptors.get(&mut m.memory, selector)?;
    change(&mut d)?;
    m.dpmi.descriptors.set(&mut m.memory, selector, d)?;
    Ok(descriptors::reload(m.cpu, selector).map(|_| Done::Answer))
}

/// `Ok(Ok(done))` success, `Ok(Err(stop))` the run ends, `Err(code)` DPMI error.
fn dispatch(m: &mut Machine, regs: &mut Regs) -> Result<Run<Done>, u16> {
    let answer = Ok(Ok(Done::Answer));
    match regs.ax() {
        0x0000 => {
            let first = m
                .dpmi
                .descriptors
                .allocate(&mut m.memory, regs.cx() as usize)?;
            regs.set_ax(first);
            answer
        }
        0x0001 => {
            m.dpmi.descriptors.free(&mut m.memory, regs.bx())?;
            answer
        }
        0x0002 => {
            let selector = m.dpmi.descriptors.for_segment(&mut m.memory, regs.bx())?;
            regs.set_ax(selector);
            answer
        }
        0x0003 => {
            regs.set_ax(8);
            answer
        }
        0x0006 => {
            let d = m.dpmi.descriptors.get(&mut m.memory, regs.bx())?;
            regs.set_cx((d.base >> 16) as u16);
            regs.set_dx(d.base as u16);
            answer
        }
        0x0007 => {
            let base = cx_dx(regs);
            edit(m, regs.bx(), |d| {
                d.base = base;
                Ok(())
            })
        }
        0x0008 => {
            let limit = cx_dx(regs);
            if limit > 0xF_FFFF && limit & 0xFFF != 0xFFF {
                return Err(ERR_INVALID_VALUE);
            }
            edit(m, regs.bx(), |d| {
                d.limit = limit;
                Ok(())
            })
        }
        0x0009 => {
            let access = regs.cl();
            let extended = regs.ch() >> 4;
            // Code/data only, DPL = CPL (0), no "64-bit" bit.
            if access & 0x10 == 0 || access & 0x60 != 0 || extended & 0x2 != 0 {
                return Err(ERR_INVALID_VALUE);
            }
            edit(m, regs.bx(), |d| {
                d.access = access;
                d.flags = extended & 0x5; // D/B and AVL; G follows the limit
                Ok(())
            })
        }
        0x000A => {
            let mut d = m.dpmi.descriptors.get(&mut m.memory, regs.bx())?;
            if d.access & 0x08 == 0 {
                return Err(descriptors::ERR_INVALID_SELECTOR);
            }
            let alias = m.dpmi.descriptors.allocate(&mut m.memory, 1)?;
            d.access = 0x92 | (d.access & 0x60);
            m.dpmi.descriptors.set(&mut m.memory, alias, d)?;
            regs.set_ax(alias);
            answer
        }
        0x000B => {
            m.dpmi.descriptors.check(regs.bx())?;
            let at = es_edi(m, regs)?;
            let raw = Descriptors::read(&mut m.memory, regs.bx())
                .and_then(|d| m.memory.write(at, &d.encode()));
            Ok(raw.map(|_| Done::Answer))
        }
        0x000C => {
            let at = es_edi(m, regs)?;
            let raw = match m.memory.read(at, 8) {
                Ok(raw) => raw,
                Err(stop) => return Ok(Err(stop)),
            };
            let d = Descriptor::decode(&raw);
            if d.access & 0x10 == 0 || d.access & 0x60 != 0 {
                return Err(ERR_INVALID_VALUE);
            }
            edit(m, regs.bx(), |old| {
                *old = d;
                Ok(())
            })
        }
        0x0100 => allocate_dos(m, regs),
        0x0101 => free_dos(m, regs),
        0x0102 => resize_dos(m, regs),
        0x0200 => {
            let n = regs.bl() as u32 * 4;
            let (offset, segment) = match (m.memory.u16(n), m.memory.u16(n + 2)) {
                (Ok(o), Ok(s)) => (o, s),
                (Err(stop), _) | (_, Err(stop)) => return Ok(Err(stop)),
            };
            regs.set_cx(segment);
            regs.set_dx(offset);
            answer
        }
        0x0201 => {
            let n = regs.bl() as u32 * 4;
            let result = m
                .memory
                .set_u16(n, regs.dx())
                .and_then(|_| m.memory.set_u16(n + 2, regs.cx()));
            Ok(result.map(|_| Done::Answer))
        }
        0x0202 => {
            let handler = *m
                .dpmi
                .exception_handlers
                .get(regs.bl() as usize)
                .ok_or(ERR_INVALID_VALUE)?;
            regs.set_cx(handler.0);
            regs.edx = handler.1;
            answer
        }
        0x0203 => {
            let n = regs.bl() as usize;
            if n >= 32 {
                return Err(ERR_INVALID_VALUE);
            }
            check_code_selector(m, regs.cx())?;
            m.dpmi.exception_handlers[n] = (regs.cx(), regs.edx);
            answer
        }
        0x0204 => {
            let (selector, offset) = m.dpmi.vectors[regs.bl() as usize];
            regs.set_cx(selector);
            regs.edx = offset;
            answer
        }
        0x0205 => {
            let n = regs.bl();
            let handler = (regs.cx(), regs.edx);
            if handler != default_vector(n) {
                check_code_selector(m, regs.cx())?;
            }
            m.dpmi.vectors[n as usize] = handler;
            answer
        }
        0x0300..=0x0302 => simulate_real_mode(m, regs),
        0x0303 => {
            let procedure = (regs.ds, regs.esi);
            check_code_selector(m, regs.ds)?;
            m.dpmi.descriptors.check(regs.es)?;
            let structure = (regs.es, regs.edi);
            let (segment, offset) = m.dpmi.callbacks.allocate(procedure, structure)?;
            regs.set_cx(segment);
            regs.set_dx(offset);
            answer
        }
        0x0304 => {
            m.dpmi.callbacks.free(regs.cx(), regs.dx())?;
            answer
        }
        0x0400 => {
            regs.set_ax(0x005A); // 0.90
            regs.set_bx(0x0005); // 32-bit host, no virtual memory, no V86 reflection
            regs.set_cl(4); // 80486
            regs.set_dx(0x0870); // master PIC at 08h, slave at 70h
            answer
        }
        0x0500 => {
            let at = es_edi(m, regs)?;
            let largest = m.dpmi.blocks.largest_free(&m.memory);
            let free_pages = m.dpmi.blocks.free_total(&m.memory) / crate::memory::PAGE;
            let total_pages = m.memory.arena_size() / crate::memory::PAGE;
            let mut info = [0xFFu8; 48];
            for (i, value) in [
                largest,
                free_pages,
                free_pages,
                total_pages,
                free_pages,
                total_pages,
                free_pages,
            ]
            .iter()
            .enumerate()
            {
                let slot = match i {
                    0 => 0,
                    1 => 4,
                    2 => 8,
                    3 => 0x10,
                    4 => 0x14,
                    5 => 0x18,
                    _ => 0x1C,
                };
                info[slot..slot + 4].copy_from_slice(&value.to_le_bytes());
            }
            Ok(m.memory.write(at, &info).map(|_| Done::Answer))
        }
        0x0501 => {
            let size = bx_cx(regs);
            match m.dpmi.blocks.allocate(&mut m.memory, size) {
                Ok(Ok(block)) => {
                    set_block(regs, block.start, block.handle);
                    answer
                }
                Ok(Err(code)) => Err(code),
                Err(stop) => Ok(Err(stop)),
            }
        }
        0x0502 => match m.dpmi.blocks.free(&mut m.memory, si_di(regs)) {
            Ok(result) => result.map(|_| Ok(Done::Answer)),
            Err(stop) => Ok(Err(stop)),
        },
        0x0503 => match m
            .dpmi
            .blocks
            .resize(&mut m.memory, si_di(regs), bx_cx(regs))
        {
            Ok(Ok(block)) => {
                set_block(regs, block.start, block.handle);
                answer
            }
            Ok(Err(code)) => Err(code),
            Err(stop) => Ok(Err(stop)),
        },
        0x0600 | 0x0601 => {
            if !m.dpmi.blocks.covers(bx_cx(regs), si_di(regs)) {
                return Err(ERR_INVALID_LINEAR);
            }
            answer
        }
        0x0604 => {
            regs.set_bx(0);
            regs.set_cx(crate::memory::PAGE as u16);
            answer
        }
        0x0900..=0x0902 => {
            let function = regs.ax();
            let was = (regs.eflags & FLAG_INTERRUPT != 0) as u8;
            match function {
                0x0900 => regs.eflags &= !FLAG_INTERRUPT,
                0x0901 => regs.eflags |= FLAG_INTERRUPT,
                _ => {}
            }
            regs.set_al(was);
            answer
        }
        function => {
            m.stats
                .log_once(format!("DPMI function {function:04X}h not supported"));
            Err(ERR_UNSUPPORTED)
        }
    }
}

fn set_block(regs: &mut Regs, start: u32, handle: u32) {
    regs.set_bx((start >> 16) as u16);
    regs.set_cx(start as u16);
    regs.set_si((handle >> 16) as u16);
    regs.set_di(handle as u16);
}

fn check_code_selector(m: &mut Machine, selector: u16) -> Result<(), u16> {
    if selector == descriptors::HOST_CODE {
        return Ok(());
    }
    let d = m.dpmi.descriptors.get(&mut m.memory, selector)?;
    if d.access & 0x18 == 0x18 {
        Ok(())
    } else {
        Err(descriptors::ERR_INVALID_SELECTOR)
    }
}

/// Descriptors covering a DOS block: the first spans the whole block, the
/// others follow at 64 KiB steps (for 16-bit access).
fn dos_block_selectors(m: &mut Machine, segment: u16, paragraphs: u16) -> Result<u16, u16> {
    let bytes = (paragraphs as u32) << 4;
    let count = bytes.div_ceil(0x1_0000).max(1) as usize;
    let first = m.dpmi.descriptors.allocate(&mut m.memory, count)?;
    for i in 0..count as u32 {
        let base = real(segment, 0) + i * 0x1_0000;
        let rest = bytes - i * 0x1_0000;
        let d = Descriptor {
            base,
            limit: rest.saturating_sub(1),
            access: descriptors::ACCESS_DATA,
            flags: 0,
        };
        m.dpmi
            .descriptors
            .set(&mut m.memory, first + (i as u16) * 8, d)?;
    }
    Ok(first)
}

fn selector_count(paragraphs: u16) -> u16 {
    (((paragraphs as u32) << 4).div_ceil(0x1_0000)).max(1) as u16
}

fn allocate_dos(m: &mut Machine, regs: &mut Regs) -> Result<Run<Done>, u16> {
    let paragraphs = regs.bx();
    if paragraphs == 0 {
        return Err(ERR_INVALID_VALUE);
    }
    let segment = match m.dos.memory.allocate(paragraphs, Owner::Program, true) {
        Ok(segment) => segment,
        Err(largest) => {
            regs.set_bx(largest);
            return Err(crate::dos::memory::ERR_NO_MEMORY);
        }
    };
    let selector = match dos_block_selectors(m, segment, paragraphs) {
        Ok(selector) => selector,
        Err(code) => {
            let _ = m.dos.memory.free(segment);
            return Err(code);
        }
    };
    regs.set_ax(segment);
    regs.set_dx(selector);
    let psp = m.dos.psp;
    Ok(m.dos
        .memory
        .write_chain(&mut m.memory, psp)
        .map(|_| Done::Answer))
}

/// The DOS block behind a selector made by 0100h.
fn dos_block_of(m: &mut Machine, selector: u16) -> Result<crate::dos::memory::Block, u16> {
    let d = m.dpmi.descriptors.get(&mut m.memory, selector)?;
    let segment = (d.base >> 4) as u16;
    m.dos
        .memory
        .block(segment)
        .filter(|b| b.via_dpmi && d.base & 0xF == 0)
        .ok_or(descriptors::ERR_INVALID_SELECTOR)
}

fn free_dos(m: &mut Machine, regs: &mut Regs) -> Result<Run<Done>, u16> {
    let selector = regs.dx();
    let block = dos_block_of(m, selector)?;
    m.dos
        .memory
        .free(block.segment)
        .map_err(|_| descriptors::ERR_INVALID_SELECTOR)?;
    for i in 0..selector_count(block.paragraphs) {
        m.dpmi.descriptors.free(&mut m.memory, selector + i * 8)?;
    }
    let psp = m.dos.psp;
    Ok(m.dos
        .memory
        .write_chain(&mut m.memory, psp)
        .map(|_| Done::Answer))
}

fn resize_dos(m: &mut Machine, regs: &mut Regs) -> Result<Run<Done>, u16> {
    let selector = regs.dx();
    let block = dos_block_of(m, selector)?;
    let paragraphs = regs.bx();
    if selector_count(paragraphs) != selector_count(block.paragraphs) {
        // Growing past the selectors we own would need new contiguous ones.
        regs.set_bx(block.paragraphs);
        return Err(crate::dos::memory::ERR_NO_MEMORY);
    }
    if let Err((code, largest)) = m.dos.memory.resize(block.segment, paragraphs) {
        regs.set_bx(largest);
        return Err(code);
    }
    let bytes = (paragraphs as u32) << 4;
    for i in 0..selector_count(paragraphs) as u32 {
        let limit = (bytes - i * 0x1_0000).saturating_sub(1);
        let s = selector + (i as u16) * 8;
        let mut d = m.dpmi.descriptors.get(&mut m.memory, s)?;
        d.limit = limit;
        m.dpmi.descriptors.set(&mut m.memory, s, d)?;
    }
    let psp = m.dos.psp;
    Ok(m.dos
        .memory
        .write_chain(&mut m.memory, psp)
        .map(|_| Done::Answer))
}

/// 0300h/0301h/0302h. A 0300h to a vector the guest never hooked is served
/// directly (no mode switch); everything else really runs real-mode code.
fn simulate_real_mode(m: &mut Machine, regs: &mut Regs) -> Result<Run<Done>, u16> {
    let structure = es_edi(m, regs)?;
    let n = regs.bl();
    let target = match regs.ax() {
        0x0300 => Target::Interrupt(n),
        0x0301 => Target::FarCall,
        _ => Target::IretCall,
    };
    if let Target::Interrupt(n) = target {
        match super::interrupts::real_vector_is_default(m, n) {
            Ok(true) => return Ok(serve_directly(m, n, structure)),
            Ok(false) => {}
            Err(stop) => return Ok(Err(stop)),
        }
    }
    // CF clear in the saved state is set by call_real.
    regs.write_general(m.cpu);
    Ok(realcall::call_real(m, target, structure, regs.cx()).map(|_| Done::Switched))
}

/// Runs the harness's own service for a 0300h call on the structure.
fn serve_directly(m: &mut Machine, n: u8, structure: u32) -> Run<Done> {
    let size = crate::regs::CALL_STRUCT_SIZE as u32;
    let mut rm = Regs::from_call_struct(&m.memory.read(structure, size)?);
    match crate::interrupts::service(m, n, &mut rm, true)? {
        crate::interrupts::After::Return => {
            m.memory.write(structure, &rm.to_call_struct())?;
            Ok(Done::Answer)
        }
        crate::interrupts::After::CtrlC => {
            let eip = m.cpu.get(Reg::Eip);
            super::interrupts::ctrl_c(m, eip - crate::rom::TRAP_LEN)?;
            Ok(Done::Switched)
        }
    }
}
