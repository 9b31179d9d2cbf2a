//! DPMI linear memory blocks (0501h-0503h): page-rounded blocks in the
//! arena, each mapped on its own with at least one unmapped page around it,
//! so an access past a block's end faults instead of landing in a neighbour.
use crate::memory::{Memory, DPMI_BASE, PAGE};
use crate::outcome::Run;

pub const ERR_LINEAR_UNAVAILABLE: u16 = 0x8012;
pub const ERR_INVALID_HANDLE: u16 = 0x8023;
pub const ERR_INVALID_VALUE: u16 = 0x8021;

#[derive(Debug, Clone, Copy)]
pub struct Block {
    pub handle: u32,
    pub start: u32,
    /// Bytes mapped (the size asked for, page-rounded).
    pub mapped: u32,
}

#[derive(Default)]
pub struct Blocks {
    blocks: Vec<Block>,
    next_handle: u32,
    pub peak_bytes: u64,
}

fn round_up(size: u32) -> Option<u32> {
    size.checked_add(PAGE - 1).map(|s| s & !(PAGE - 1))
}

impl Blocks {
    fn used_bytes(&self) -> u64 {
        self.blocks.iter().map(|b| b.mapped as u64).sum()
    }

    /// First address where `len` bytes fit with a guard page on each side,
    /// ignoring the block `except` (being resized).
    fn find_room(&self, arena_end: u32, len: u32, except: Option<u32>) -> Option<u32> {
        let mut candidate = DPMI_BASE + PAGE;
        let mut others: Vec<&Block> = self
            .blocks
            .iter()
            .filter(|b| Some(b.handle) != except)
            .collect();
        others.sort_by_key(|b| b.start);
        for b in others {
            if candidate.checked_add(len)?.checked_add(PAGE)? <= b.start {
                return Some(candidate);
            }
            candidate = candidate.max(b.start + b.mapped + PAGE);
        }
        (candidate.checked_add(len)?.checked_add(PAGE)? <= arena_end).then_some(candidate)
    }

    /// Largest block that could still be allocated.
    pub fn largest_free(&self, memory: &Memory) -> u32 {
        let arena_end = DPMI_BASE + memory.arena_size();
        let mut edges: Vec<(u32, u32)> = self.blocks.iter().map(|b| (b.start, b.mapped)).collect();
        edges.sort();
        let mut best = 0;
        let mut from = DPMI_BASE + PAGE;
        for (start, mapped) in edges {
            best = best.max(start.saturating_sub(PAGE).saturating_sub(from));
            from = from.max(start + mapped + PAGE);
        }
        best.max(arena_end.saturating_sub(PAGE).saturating_sub(from))
    }

    pub fn free_total(&self, memory: &Memory) -> u32 {
        (memory.arena_size() as u64).saturating_sub(self.used_bytes()) as u32
    }

    pub fn allocate(&mut self, memory: &mut Memory, size: u32) -> Run<Result<Block, u16>> {
        let Some(len) = round_up(size).filter(|&l| l > 0) else {
            return Ok(Err(ERR_INVALID_VALUE));
        };
        let arena_end = DPMI_BASE + memory.arena_size();
        let Some(start) = self.find_room(arena_end, len, None) else {
            return Ok(Err(ERR_LINEAR_UNAVAILABLE));
        };
        memory.map_arena(start, len)?;
        self.next_handle += 1;
        let block = Block {
            handle: self.next_handle,
            start,
            mapped: len,
        };
        self.blocks.push(block);
        self.peak_bytes = self.peak_bytes.max(self.used_bytes());
        Ok(Ok(block))
    }

    pub fn free(&mut self, memory: &mut Memory, handle: u32) -> Run<Result<(), u16>> {
        let Some(i) = self.blocks.iter().position(|b| b.handle == handle) else {
            return Ok(Err(ERR_INVALID_HANDLE));
        };
        let block = self.blocks.remove(i);
        memory.unmap_arena(block.start, block.mapped)?;
        Ok(Ok(()))
    }

    /// 0503h: resizes in place when possible, else moves (contents kept).
    pub fn resize(
        &mut self,
        memory: &mut Memory,
        handle: u32,
        size: u32,
    ) -> Run<Result<Block, u16>> {
        let Some(i) = self.blocks.iter().position(|b| b.handle == handle) else {
            return Ok(Err(ERR_INVALID_HANDLE));
        };
        let Some(len) = round_up(size).filter(|&l| l > 0) else {
            return Ok(Err(ERR_INVALID_VALUE));
        };
        let old = self.blocks[i];
        let arena_end = DPMI_BASE + memory.arena_size();
        let fits_in_place = self
            .blocks
            .iter()
            .filter(|b| b.handle != handle && b.start > old.start)
            .map(|b| b.start)
            .min()
            .unwrap_or(arena_end)
            >= old.start.saturating_add(len).saturating_add(PAGE);
        let start = if fits_in_place {
            old.start
        } else {
            // The old block is ignored: an overlapping move is a memmove.
            match self.find_room(arena_end, len, Some(handle)) {
                Some(start) => start,
                None => return Ok(Err(ERR_LINEAR_UNAVAILABLE)),
            }
        };
        memory.unmap_arena(old.start, old.mapped)?;
        if start != old.start {
            memory.copy_arena(old.start, start, old.mapped.min(len));
        }
        memory.map_arena(start, len)?;
        let block = Block {
            handle,
            start,
            mapped: len,
        };
        self.blocks[i] = block;
        self.peak_bytes = self.peak_bytes.max(self.used_bytes());
        Ok(Ok(block))
    }

    /// True if `[start, start+len)` lies inside allocated memory.
    pub fn covers(&self, start: u32, len: u32) -> bool {
        let end = start as u64 + len as u64;
        end <= crate::memory::LOW_SIZE as u64
            || self
                .blocks
                .iter()
                .any(|b| start >= b.start && end <= b.start as u64 + b.mapped as u64)
    }
}
