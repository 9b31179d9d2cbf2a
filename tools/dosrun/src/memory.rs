//! Guest memory: the first megabyte (+HMA and the host's system tables), and
//! the DPMI arena whose blocks are mapped one by one with unmapped gaps
//! between them, so running off the end of a block faults.
use crate::cpu::Cpu;
use crate::outcome::{Run, Stop};

/// Conventional memory + HMA + the host's GDT, LDT and protected-mode code page.
pub const LOW_SIZE: u32 = 0x14_0000;
/// End of the memory DOS can hand out (640 KiB).
pub const CONVENTIONAL_END: u32 = 0xA_0000;
/// The BIOS "ROM" segment where dosrun's real-mode traps live.
pub const ROM_SEGMENT: u16 = 0xF000;
pub const ROM_BASE: u32 = 0xF_0000;
/// The host's global descriptor table (one 64 KiB page of descriptors).
pub const GDT_BASE: u32 = 0x11_0000;
/// The local descriptor table shared by the DPMI client (8192 descriptors).
pub const LDT_BASE: u32 = 0x12_0000;
pub const LDT_ENTRIES: usize = 8192;
/// A page of host code reachable from protected mode (return traps).
pub const PM_TRAP_BASE: u32 = 0x13_0000;
/// Where DPMI memory blocks (0501h) live in the linear address space.
pub const DPMI_BASE: u32 = 0x40_0000;
/// Unicorn maps in pages of this size.
pub const PAGE: u32 = 0x1000;

pub struct Memory {
    low: Vec<u8>,
    arena: Vec<u8>,
    /// DPMI ranges currently mapped: (linear start, length), both page-aligned.
    mapped: Vec<(u32, u32)>,
    cpu: Cpu,
}

impl Memory {
    pub fn new(cpu: Cpu, dpmi_bytes: u32) -> Run<Memory> {
        let mut memory = Memory {
            low: vec![0; LOW_SIZE as usize],
            arena: vec![0; dpmi_bytes as usize],
            mapped: Vec::new(),
            cpu,
        };
        // SAFETY: the vector lives as long as the machine and never reallocates.
        unsafe { cpu.map(0, memory.low.as_mut_ptr(), LOW_SIZE as usize) }.map_err(Stop::Fault)?;
        Ok(memory)
    }

    pub fn arena_size(&self) -> u32 {
        self.arena.len() as u32
    }

    /// Makes `[start, start+len)` of the DPMI arena accessible to the CPU.
    pub fn map_arena(&mut self, start: u32, len: u32) -> Run<()> {
        let offset = (start - DPMI_BASE) as usize;
        let host = self.arena[offset..offset + len as usize].as_mut_ptr();
        // SAFETY: the arena vector lives as long as the machine and never reallocates.
        unsafe { self.cpu.map(start, host, len as usize) }.map_err(Stop::Fault)?;
        self.mapped.push((start, len));
        Ok(())
    }

    pub fn unmap_arena(&mut self, start: u32, len: u32) -> Run<()> {
        self.cpu.unmap(start, len as usize).map_err(Stop::Fault)?;
        self.mapped.retain(|&(s, _)| s != start);
        Ok(())
    }

    /// Copies arena bytes (block moves on resize).
    pub fn copy_arena(&mut self, from: u32, to: u32, len: u32) {
        let from = (from - DPMI_BASE) as usize;
        let to = (to - DPMI_BASE) as usize;
        self.arena.copy_within(from..from + len as usize, to);
    }

    /// The host bytes behind `[address, address+len)`, if all of it is mapped.
    fn range(&mut self, address: u32, len: u32) -> Option<&mut [u8]> {
        let end = address.checked_add(len)?;
        if end <= LOW_SIZE {
            return Some(&mut self.low[address as usize..end as usize]);
        }
        let inside = self
            .mapped
            .iter()
            .any(|&(s, l)| address >= s && end <= s + l);
        if inside {
            let offset = (address - DPMI_BASE) as usize;
            Some(&mut self.arena[offset..offset + len as usize])
        } else {
            None
        }
    }

    pub fn bytes(&mut self, address: u32, len: u32) -> Run<&mut [u8]> {
        self.range(address, len).ok_or_else(|| {
            Stop::fault(format!(
                "host service touched unmapped memory at {address:08X}h (+{len})"
            ))
        })
    }

    pub fn read(&mut self, address: u32, len: u32) -> Run<Vec<u8>> {
        Ok(self.bytes(address, len)?.to_vec())
    }

    pub fn write(&mut self, address: u32, data: &[u8]) -> Run<()> {
        self.bytes(address, data.len() as u32)?
            .copy_from_slice(data);
        Ok(())
    }

    pub fn u8(&mut self, address: u32) -> Run<u8> {
        Ok(self.bytes(address, 1)?[0])
    }

    pub fn u16(&mut self, address: u32) -> Run<u16> {
        let b = self.bytes(address, 2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    pub fn u32(&mut self, address: u32) -> Run<u32> {
        let b = self.bytes(address, 4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub fn set_u8(&mut self, address: u32, value: u8) -> Run<()> {
        self.write(address, &[value])
    }

    pub fn set_u16(&mut self, address: u32, value: u16) -> Run<()> {
        self.write(address, &value.to_le_bytes())
    }

    pub fn set_u32(&mut self, address: u32, value: u32) -> Run<()> {
        self.write(address, &value.to_le_bytes())
    }

    /// An ASCIZ string of at most `max` bytes (without the NUL).
    pub fn asciz(&mut self, address: u32, max: u32) -> Run<Vec<u8>> {
        let mut out = Vec::new();
        for i in 0..max {
            let byte = self.u8(address + i)?;
            if byte == 0 {
                return Ok(out);
            }
            out.push(byte);
        }
        Err(Stop::fault(format!(
            "string at {address:08X}h is not NUL-terminated within {max} bytes"
        )))
    }
}

/// Linear address of a real-mode `segment:offset`.
pub fn real(segment: u16, offset: u16) -> u32 {
    ((segment as u32) << 4) + offset as u32
}
