//! Real-mode callbacks (DPMI 0303h/0304h): a real-mode far address that,
//! when called, switches to protected mode and runs the client's procedure
//! with DS:ESI = the real-mode stack, ES:EDI = its register structure, on a
//! host stack, interrupts off. The procedure IRETs with ES:EDI pointing at the
//! structure to resume real mode from.
use super::descriptors::{
    Descriptor, ACCESS_DATA, HOST_CODE, HOST_STACK, HOST_STACK_BASE, HOST_STACK_SIZE,
};
use super::realcall::{enter_protected, enter_real};
use super::{Excursion, FarPtr};
use crate::cpu::Reg;
use crate::machine::Machine;
use crate::memory::{real, ROM_SEGMENT};
use crate::outcome::{Run, Stop};
use crate::regs::{Regs, CALL_STRUCT_SIZE, FLAG_INTERRUPT, FLAG_TRAP};
use crate::rom::{self, RM_CALLBACKS, RM_CALLBACK_COUNT};

const ERR_CALLBACK_UNAVAILABLE: u16 = 0x8015;
const ERR_INVALID_CALLBACK: u16 = 0x8024;
/// Host stack each nesting level of callbacks gets.
const STACK_PER_LEVEL: u32 = 0x2000;

#[derive(Clone, Copy)]
struct Callback {
    procedure: FarPtr,
    /// The client's register structure (selector, offset).
    structure: FarPtr,
}

#[derive(Default)]
pub struct Callbacks {
    slots: Vec<Option<Callback>>,
    /// LDT selector the host points at the real-mode stack (DS:ESI).
    pub stack_selector: u16,
}

impl Callbacks {
    pub fn allocate(&mut self, procedure: FarPtr, structure: FarPtr) -> Result<(u16, u16), u16> {
        if self.slots.is_empty() {
            self.slots = vec![None; RM_CALLBACK_COUNT as usize];
        }
        let index = self
            .slots
            .iter()
            .position(|s| s.is_none())
            .ok_or(ERR_CALLBACK_UNAVAILABLE)?;
        self.slots[index] = Some(Callback {
            procedure,
            structure,
        });
        Ok((ROM_SEGMENT, RM_CALLBACKS + index as u16 * 4))
    }

    fn index(segment: u16, offset: u16) -> Option<usize> {
        let base = RM_CALLBACKS;
        let valid = segment == ROM_SEGMENT
            && offset >= base
            && offset < base + RM_CALLBACK_COUNT * 4
            && (offset - base).is_multiple_of(4);
        valid.then(|| ((offset - base) / 4) as usize)
    }

    pub fn free(&mut self, segment: u16, offset: u16) -> Result<(), u16> {
        let index = Self::index(segment, offset).ok_or(ERR_INVALID_CALLBACK)?;
        match self.slots.get_mut(index) {
            Some(slot @ Some(_)) => {
                *slot = None;
                Ok(())
            }
            _ => Err(ERR_INVALID_CALLBACK),
        }
    }
}

/// The real-mode trap of callback `index` was reached.
pub fn enter(m: &mut Machine, index: u16) -> Run<()> {
    let Some(Some(callback)) = m.dpmi.callbacks.slots.get(index as usize).copied() else {
        return Err(Stop::fault(format!(
            "real-mode code called DPMI callback F000:{:04X}h, which is not allocated",
            RM_CALLBACKS + index * 4
        )));
    };
    let mut rm = Regs::read(m.cpu);
    rm.ip = (RM_CALLBACKS + index * 4) as u32;
    let structure = m
        .dpmi
        .linear(&mut m.memory, callback.structure.0, callback.structure.1)?;
    m.memory.write(structure, &rm.to_call_struct())?;

    let selector = m.dpmi.callbacks.stack_selector;
    let stack = Descriptor {
        base: real(rm.ss, 0),
        limit: 0xFFFF,
        access: ACCESS_DATA,
        flags: 0,
    };
    m.dpmi
        .descriptors
        .set(&mut m.memory, selector, stack)
        .map_err(|_| Stop::fault("callback stack selector lost"))?;
    let depth = m.dpmi.excursions.len() as u32;
    m.dpmi.excursions.push(Excursion::Callback);
    // The procedure returns with IRET to the host's callback-return trap:
    // that frame is built on the host stack before the switch.
    let top = HOST_STACK_SIZE - depth * STACK_PER_LEVEL - 12;
    let flags = rm.eflags & !(FLAG_INTERRUPT | FLAG_TRAP);
    let mut frame = Vec::with_capacity(12);
    for value in [rom::PM_CALLBACK_RETURN, HOST_CODE as u32, flags] {
        frame.extend_from_slice(&value.to_le_bytes());
    }
    m.memory.write(HOST_STACK_BASE + top, &frame)?;
    let pm = Regs {
        cs: callback.procedure.0,
        ip: callback.procedure.1,
        ds: selector,
        esi: rm.esp & 0xFFFF,
        es: callback.structure.0,
        edi: callback.structure.1,
        fs: 0,
        gs: 0,
        ss: HOST_STACK,
        esp: top,
        eflags: flags,
        ..rm
    };
    enter_protected(m, &pm)
}

/// The client's callback procedure returned (IRET to the host trap).
pub fn returned(m: &mut Machine) -> Run<()> {
    match m.dpmi.excursions.pop() {
        Some(Excursion::Callback) => {}
        _ => {
            return Err(Stop::fault(
                "protected-mode code returned to the callback trap with no callback running",
            ))
        }
    }
    let es = m.cpu.get(Reg::Es) as u16;
    let edi = m.cpu.get(Reg::Edi);
    let structure = m.dpmi.linear(&mut m.memory, es, edi)?;
    let bytes = m.memory.read(structure, CALL_STRUCT_SIZE as u32)?;
    let rm = Regs::from_call_struct(&bytes);
    enter_real(m, &rm)
}
