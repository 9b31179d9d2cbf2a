//! DOS memory blocks (INT 21h 48h/49h/4Ah, DPMI 0100h-0102h): a first-fit
//! allocator over conventional memory, in paragraphs, with real MCBs written
//! in front of each block so the chain looks like DOS's.
use crate::memory::Memory;
use crate::outcome::Run;

/// Who a block belongs to, for the leak check at exit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// The program's environment and PSP block: DOS frees them at exit.
    Process,
    /// Taken by the program (48h, DPMI 0100h): must be freed before exit.
    Program,
    /// Given to the DPMI host as its private data at the mode switch.
    Host,
}

#[derive(Debug, Clone, Copy)]
pub struct Block {
    /// First paragraph of the block (after its MCB).
    pub segment: u16,
    pub paragraphs: u16,
    pub owner: Owner,
    /// Allocated through DPMI 0100h (reported as such at exit).
    pub via_dpmi: bool,
}

pub const ERR_NO_MEMORY: u16 = 8;
pub const ERR_BAD_BLOCK: u16 = 9;

pub struct DosMemory {
    /// First MCB segment; blocks start one paragraph later.
    start: u16,
    end: u16,
    blocks: Vec<Block>,
    pub peak_paragraphs: u32,
}

impl DosMemory {
    pub fn new(start: u16, end: u16) -> DosMemory {
        DosMemory {
            start,
            end,
            blocks: Vec::new(),
            peak_paragraphs: 0,
        }
    }

    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// Free gaps as (first usable segment, paragraphs), MCB excluded.
    fn gaps(&self) -> Vec<(u16, u16)> {
        let mut gaps = Vec::new();
        let mut mcb = self.start as u32;
        for block in &self.blocks {
            let used_from = block.segment as u32 - 1;
            if used_from > mcb {
                gaps.push((mcb as u16 + 1, (used_from - mcb - 1) as u16));
            }
            mcb = block.segment as u32 + block.paragraphs as u32;
        }
        if (self.end as u32) > mcb + 1 {
            let size = (self.end as u32 - mcb - 1).min(0xFFFF);
            gaps.push((mcb as u16 + 1, size as u16));
        }
        gaps
    }

    pub fn largest_free(&self) -> u16 {
        self.gaps().iter().map(|g| g.1).max().unwrap_or(0)
    }

    /// Allocates `paragraphs`; `Err(largest)` when no gap is big enough.
    pub fn allocate(&mut self, paragraphs: u16, owner: Owner, via_dpmi: bool) -> Result<u16, u16> {
        let gap = self.gaps().into_iter().find(|g| g.1 >= paragraphs);
        let Some((segment, _)) = gap else {
            return Err(self.largest_free());
        };
        self.blocks.push(Block {
            segment,
            paragraphs,
            owner,
            via_dpmi,
        });
        self.blocks.sort_by_key(|b| b.segment);
        self.note_peak();
        Ok(segment)
    }

    fn note_peak(&mut self) {
        let used: u32 = self.blocks.iter().map(|b| b.paragraphs as u32 + 1).sum();
        self.peak_paragraphs = self.peak_paragraphs.max(used);
    }

    fn index(&self, segment: u16) -> Option<usize> {
        self.blocks.iter().position(|b| b.segment == segment)
    }

    pub fn block(&self, segment: u16) -> Option<Block> {
        self.index(segment).map(|i| self.blocks[i])
    }

    pub fn free(&mut self, segment: u16) -> Result<Block, u16> {
        let i = self.index(segment).ok_or(ERR_BAD_BLOCK)?;
        Ok(self.blocks.remove(i))
    }

    /// Grows or shrinks in place; `Err((code, largest possible))` on failure.
    pub fn resize(&mut self, segment: u16, paragraphs: u16) -> Result<(), (u16, u16)> {
        let i = self.index(segment).ok_or((ERR_BAD_BLOCK, 0))?;
        let limit = match self.blocks.get(i + 1) {
            Some(next) => next.segment as u32 - 1,
            None => self.end as u32,
        };
        let room = (limit - segment as u32).min(0xFFFF) as u16;
        if paragraphs > room {
            return Err((ERR_NO_MEMORY, room));
        }
        self.blocks[i].paragraphs = paragraphs;
        self.note_peak();
        Ok(())
    }

    pub fn set_owner(&mut self, segment: u16, owner: Owner) {
        if let Some(i) = self.index(segment) {
            self.blocks[i].owner = owner;
        }
    }

    /// Writes the MCB chain ('M' ... 'Z') into conventional memory.
    pub fn write_chain(&self, memory: &mut Memory, psp: u16) -> Run<()> {
        let mut mcb = self.start;
        let mut entries: Vec<(u16, u16, u16)> = Vec::new();
        for block in &self.blocks {
            let header = block.segment - 1;
            if header > mcb {
                entries.push((mcb, 0, header - mcb - 1));
            }
            let owner = if block.owner == Owner::Host { 8 } else { psp };
            entries.push((header, owner, block.paragraphs));
            mcb = block.segment + block.paragraphs;
        }
        if self.end > mcb + 1 {
            entries.push((mcb, 0, self.end - mcb - 1));
        }
        let last = entries.len().saturating_sub(1);
        for (i, (at, owner, size)) in entries.into_iter().enumerate() {
            let base = (at as u32) << 4;
            let kind = if i == last { b'Z' } else { b'M' };
            memory.set_u8(base, kind)?;
            memory.set_u16(base + 1, owner)?;
            memory.set_u16(base + 3, size)?;
        }
        Ok(())
    }
}
