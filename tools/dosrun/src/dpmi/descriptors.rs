//! Descriptor tables: the host's GDT (LDT pointer, host code and stack
//! segments) and the client's LDT, whose entries DPMI 0000h-000Ch manage.
//! The LDT in guest memory is the single source of truth for bases, limits
//! and access rights; this module only remembers which entries are taken.
use crate::cpu::{Cpu, Reg, TableReg};
use crate::memory::{Memory, GDT_BASE, LDT_BASE, LDT_ENTRIES, PM_TRAP_BASE};
use crate::outcome::{Run, Stop};

/// GDT selectors of the host.
pub const LDT_SELECTOR: u16 = 0x08;
/// 32-bit code segment holding the protected-mode traps.
pub const HOST_CODE: u16 = 0x10;
/// 32-bit stack for callbacks (real mode calling protected mode).
pub const HOST_STACK: u16 = 0x18;
pub const HOST_STACK_BASE: u32 = PM_TRAP_BASE + 0x1000;
pub const HOST_STACK_SIZE: u32 = 0xE000;

pub const ERR_INVALID_VALUE: u16 = 0x8021;
pub const ERR_INVALID_SELECTOR: u16 = 0x8022;
pub const ERR_NO_DESCRIPTORS: u16 = 0x8011;

/// Access byte: present, DPL 0, code/data.
pub const ACCESS_DATA: u8 = 0x92;
pub const ACCESS_CODE: u8 = 0x9A;
/// Flags nibble: 32-bit (D/B).
pub const FLAG_32: u8 = 0x4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Descriptor {
    pub base: u32,
    /// Byte-granular limit (already scaled when G is set).
    pub limit: u32,
    pub access: u8,
    /// The high nibble of byte 6: G, D/B, L, AVL.
    pub flags: u8,
}

impl Descriptor {
    pub fn encode(&self) -> [u8; 8] {
        let (limit, granular) = if self.limit > 0xF_FFFF {
            (self.limit >> 12, 0x8)
        } else {
            (self.limit, 0)
        };
        let flags = (self.flags & 0x7) | granular;
        let b = self.base;
        [
            limit as u8,
            (limit >> 8) as u8,
            b as u8,
            (b >> 8) as u8,
            (b >> 16) as u8,
            self.access,
            (flags << 4) | ((limit >> 16) as u8 & 0xF),
            (b >> 24) as u8,
        ]
    }

    pub fn decode(raw: &[u8]) -> Descriptor {
        let raw_limit = raw[0] as u32 | (raw[1] as u32) << 8 | ((raw[6] & 0xF) as u32) << 16;
        let flags = raw[6] >> 4;
        let limit = if flags & 0x8 != 0 {
            raw_limit << 12 | 0xFFF
        } else {
            raw_limit
        };
        Descriptor {
            base: raw[2] as u32
                | (raw[3] as u32) << 8
                | (raw[4] as u32) << 16
                | (raw[7] as u32) << 24,
            limit,
            access: raw[5],
            flags,
        }
    }

    pub fn is_32(&self) -> bool {
        self.flags & FLAG_32 != 0
    }
}

pub struct Descriptors {
    used: Vec<bool>,
    /// Selectors made by 0002h, by segment (never freed, per the spec).
    segment_selectors: Vec<(u16, u16)>,
}

pub fn selector_of(index: usize) -> u16 {
    (index as u16) << 3 | 4
}

fn index_of(selector: u16) -> usize {
    (selector >> 3) as usize
}

impl Descriptors {
    pub fn new() -> Descriptors {
        let mut used = vec![false; LDT_ENTRIES];
        used[0] = true; // keep selector 0004h unused
        Descriptors {
            used,
            segment_selectors: Vec::new(),
        }
    }

    /// Writes the GDT and loads GDTR/LDTR.
    pub fn install(memory: &mut Memory, cpu: Cpu) -> Run<()> {
        let gdt = [
            Descriptor {
                base: 0,
                limit: 0,
                access: 0,
                flags: 0,
            },
            Descriptor {
                base: LDT_BASE,
                limit: (LDT_ENTRIES * 8 - 1) as u32,
                access: 0x82,
                flags: 0,
            },
            Descriptor {
                base: PM_TRAP_BASE,
                limit: 0xFFF,
                access: ACCESS_CODE,
                flags: FLAG_32,
            },
            Descriptor {
                base: HOST_STACK_BASE,
                limit: HOST_STACK_SIZE - 1,
                access: ACCESS_DATA,
                flags: FLAG_32,
            },
        ];
        for (i, d) in gdt.iter().enumerate() {
            memory.write(GDT_BASE + i as u32 * 8, &d.encode())?;
        }
        cpu.set_table(TableReg::Gdtr, 0, GDT_BASE, (gdt.len() * 8 - 1) as u32);
        cpu.set_table(
            TableReg::Ldtr,
            LDT_SELECTOR,
            LDT_BASE,
            (LDT_ENTRIES * 8 - 1) as u32,
        );
        cpu.set_table(TableReg::Idtr, 0, 0, 0x3FF);
        Ok(())
    }

    /// True if `selector` is an allocated LDT selector with RPL 0.
    pub fn valid(&self, selector: u16) -> bool {
        selector & 7 == 4 && self.used.get(index_of(selector)).copied().unwrap_or(false)
    }

    pub fn check(&self, selector: u16) -> Result<(), u16> {
        if self.valid(selector) {
            Ok(())
        } else {
            Err(ERR_INVALID_SELECTOR)
        }
    }

    /// Allocates `count` consecutive descriptors, set to present data with
    /// base and limit 0; returns the first selector.
    pub fn allocate(&mut self, memory: &mut Memory, count: usize) -> Result<u16, u16> {
        if count == 0 {
            return Err(ERR_INVALID_VALUE);
        }
        if count >= LDT_ENTRIES {
            return Err(ERR_NO_DESCRIPTORS);
        }
        let start = (1..=LDT_ENTRIES - count)
            .find(|&i| self.used[i..i + count].iter().all(|u| !u))
            .ok_or(ERR_NO_DESCRIPTORS)?;
        for i in start..start + count {
            self.used[i] = true;
            let blank = Descriptor {
                base: 0,
                limit: 0,
                access: ACCESS_DATA,
                flags: FLAG_32,
            };
            memory
                .write(LDT_BASE + i as u32 * 8, &blank.encode())
                .map_err(|_| ERR_NO_DESCRIPTORS)?;
        }
        Ok(selector_of(start))
    }

    pub fn free(&mut self, memory: &mut Memory, selector: u16) -> Result<(), u16> {
        self.check(selector)?;
        self.used[index_of(selector)] = false;
        self.segment_selectors.retain(|&(_, s)| s != selector);
        memory
            .write(LDT_BASE + index_of(selector) as u32 * 8, &[0; 8])
            .map_err(|_| ERR_INVALID_SELECTOR)
    }

    /// Reads any descriptor (GDT or LDT) the CPU could load.
    pub fn read(memory: &mut Memory, selector: u16) -> Run<Descriptor> {
        let table = if selector & 4 != 0 {
            LDT_BASE
        } else {
            GDT_BASE
        };
        let raw = memory.read(table + (selector as u32 & !7), 8)?;
        Ok(Descriptor::decode(&raw))
    }

    pub fn get(&self, memory: &mut Memory, selector: u16) -> Result<Descriptor, u16> {
        self.check(selector)?;
        Descriptors::read(memory, selector).map_err(|_| ERR_INVALID_SELECTOR)
    }

    pub fn set(&self, memory: &mut Memory, selector: u16, d: Descriptor) -> Result<(), u16> {
        self.check(selector)?;
        memory
            .write(LDT_BASE + index_of(selector) as u32 * 8, &d.encode())
            .map_err(|_| ERR_INVALID_SELECTOR)
    }

    /// 0002h: one 64 KiB data selector per real-mode segment, reused.
    pub fn for_segment(&mut self, memory: &mut Memory, segment: u16) -> Result<u16, u16> {
        if let Some(&(_, s)) = self
            .segment_selectors
            .iter()
            .find(|(seg, _)| *seg == segment)
        {
            return Ok(s);
        }
        let selector = self.allocate(memory, 1)?;
        let d = Descriptor {
            base: (segment as u32) << 4,
            limit: 0xFFFF,
            access: ACCESS_DATA,
            flags: 0,
        };
        self.set(memory, selector, d)?;
        self.segment_selectors.push((segment, selector));
        Ok(selector)
    }
}

/// After a descriptor changed, reload the segment registers that hold it so
/// the CPU's cached copy matches (DPMI hosts do the same).
pub fn reload(cpu: Cpu, selector: u16) -> Run<()> {
    for reg in [Reg::Ds, Reg::Es, Reg::Fs, Reg::Gs, Reg::Ss, Reg::Cs] {
        if cpu.get(reg) as u16 == selector {
            cpu.load_segment(reg, selector).map_err(|e| {
                Stop::fault(format!(
                    "descriptor {selector:04X}h no longer loadable: {e}"
                ))
            })?;
        }
    }
    Ok(())
}
