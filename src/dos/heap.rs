//! The heap: talc (a well-kept no_std allocator) over DPMI memory blocks.
//!
//! Growth: when talc runs out it asks [`DpmiBlocks::acquire`], which gets a
//! new block with DPMI 0501h and hands it to talc as a further heap, reached
//! through flat access (see `memory`). We chose more 0501h blocks over
//! resizing one block with 0503h because 0503h may move the block, and our
//! code, stack and every pointer live in the first one. Blocks grow in
//! small steps, so a 4 MB PC (about 3 MB of DPMI memory, 1.9 MB of it the
//! EXE image and stack) does not hold far more than it uses: 256 KiB, then a
//! quarter of what the heap owns, up to 4 MiB a block (64 MiB takes about
//! 30 blocks, well under MAX_BLOCKS). When the host cannot give that much,
//! the heap takes the largest block it still has, if the request fits
//! there. When the host has no more, the heap first gives back every
//! block that is wholly free again (after a MemoryError, the blocks that
//! held the huge list), so the host can hand the pages out again as one
//! block big enough for the request, then asks once more. When the host
//! still has no more, the allocator
//! returns null: `try_reserve` callers see an error (Python's MemoryError);
//! infallible allocations end in the panic handler's one-line message.

use core::alloc::{GlobalAlloc, Layout};
use core::ptr::NonNull;

use talc::base::binning::{Binning, DefaultBinning};
use talc::base::Talc;
use talc::cell::TalcCell;
use talc::source::Source;

use super::memory;
use crate::alloc_count::Counting;
use crate::dpmi::{self, MemoryBlock};

/// Most blocks we track (growth by a quarter reaches 64 MiB in ~30).
const MAX_BLOCKS: usize = 64;
const SMALLEST_BLOCK: u32 = 256 << 10;
const LARGEST_BLOCK: u32 = 4 << 20;
/// Room for talc's own bookkeeping in a fresh block.
const BLOCK_OVERHEAD: u32 = 4096;

/// The DPMI blocks the heap owns, freed at exit, and where each one's heap
/// ends in talc's terms (what `claim` returned; never moved since).
struct Blocks {
    list: [MemoryBlock; MAX_BLOCKS],
    ends: [usize; MAX_BLOCKS],
    count: usize,
}

impl Blocks {
    /// A quarter of what is owned, within [SMALLEST_BLOCK, LARGEST_BLOCK].
    fn next_size(&self) -> u32 {
        let owned: u32 = self.list[..self.count].iter().map(|b| b.size).sum();
        (owned / 4).clamp(SMALLEST_BLOCK, LARGEST_BLOCK)
    }

    /// Hand every block with nothing allocated in it back to the host; true
    /// if any was.
    fn release_free<B: Binning>(&mut self, talc: &mut Talc<DpmiBlocks, B>) -> bool {
        let mut released = false;
        let mut slot = 0;
        while slot < self.count {
            let end = NonNull::new(self.ends[slot] as *mut u8);
            // SAFETY: `end` is the block's heap end as claim returned it;
            // nothing extends or truncates our heaps elsewhere. truncate is
            // called only when nothing in the heap is allocated, so it
            // deletes the whole heap and talc forgets the block.
            let freed = end.is_some_and(|end| unsafe {
                !talc.reserved(end).any && talc.truncate(end, core::ptr::null_mut()).is_none()
            });
            if !freed {
                slot += 1;
                continue;
            }
            let _ = dpmi::free_memory(self.list[slot]);
            self.count -= 1;
            self.list[slot] = self.list[self.count];
            self.ends[slot] = self.ends[self.count];
            released = true;
        }
        released
    }
}

static BLOCKS: spin::Mutex<Blocks> = spin::Mutex::new(Blocks {
    list: [MemoryBlock {
        linear: 0,
        handle: 0,
        size: 0,
    }; MAX_BLOCKS],
    ends: [0; MAX_BLOCKS],
    count: 0,
});

/// DPMI hosts hand out whole pages.
const PAGE: u64 = 4096;

/// `n` rounded up to a multiple of `unit` (a power of two).
fn round_up(n: u64, unit: u64) -> Option<u32> {
    u32::try_from((n + unit - 1) & !(unit - 1)).ok()
}

/// The host's largest free block (whole pages), when `needed` fits in it:
/// the last bytes of a small machine, which a 64 KiB step would leave
/// unused (and then a small allocation would end the program).
fn the_rest(needed: u32) -> Option<u32> {
    let largest = dpmi::largest_free_block().ok()? & !(PAGE as u32 - 1);
    (largest >= needed).then_some(largest)
}

/// talc's memory source: more DPMI blocks on demand.
#[derive(Debug)]
pub struct DpmiBlocks;

// SAFETY: `acquire` only calls DPMI and `claim`, never the global allocator.
unsafe impl Source for DpmiBlocks {
    fn acquire<B: Binning>(talc: &mut Talc<Self, B>, layout: Layout) -> Result<(), ()> {
        let mut blocks = BLOCKS.lock();
        if blocks.count == MAX_BLOCKS && !blocks.release_free(talc) {
            return Err(());
        }
        let needed = layout.size() as u64 + layout.align() as u64 + BLOCK_OVERHEAD as u64;
        let preferred = blocks.next_size().max(round_up(needed, 0x10000).ok_or(())?);
        let grab = || {
            dpmi::alloc_memory(preferred)
                .ok()
                .or_else(|| dpmi::alloc_memory(the_rest(round_up(needed, PAGE)?)?).ok())
        };
        let block = match grab() {
            Some(block) => block,
            None if blocks.release_free(talc) => grab().ok_or(())?,
            None => return Err(()),
        };
        // SAFETY: the block is ours, unused, and reachable at this near address.
        let end = unsafe { talc.claim(memory::near(block.linear), block.size as usize) };
        let Some(end) = end else {
            let _ = dpmi::free_memory(block);
            return Err(());
        };
        let slot = blocks.count;
        blocks.list[slot] = block;
        blocks.ends[slot] = end.as_ptr() as usize;
        blocks.count += 1;
        Ok(())
    }
}

/// talc's `TalcSyncCell` with its `TalcCell` reachable: the same cell made
/// Sync, so that [`mem_free`] can read talc's counters (`TalcSyncCell` hides
/// them).
struct Heap(TalcCell<DpmiBlocks, DefaultBinning>);

// SAFETY: MPYDOS is single-threaded and allocates only from the main program
// (interrupt-time code is real-mode stubs), which is what a shared TalcCell
// needs (the same contract as talc's TalcSyncCell).
unsafe impl Sync for Heap {}

// SAFETY: every call is forwarded unchanged to talc.
unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.0.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.0.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        self.0.realloc(ptr, layout, new_size)
    }
}

/// Counted, so `gc.mem_alloc()` and `gc.mem_free()` see the bytes in use.
#[global_allocator]
static HEAP: Counting<Heap> = Counting(Heap(TalcCell::new(DpmiBlocks)));

/// Bytes a script could still allocate: the free bytes in the heap's blocks
/// (talc's count, net of its per-allocation overhead, which after `import
/// asyncio` is hundreds of KB), plus the largest block the DPMI host could
/// still give.
pub fn mem_free() -> usize {
    let in_heap = HEAP.0 .0.counters().available_bytes;
    let more = dpmi::largest_free_block().unwrap_or(0) as usize;
    in_heap + more
}

/// Give every block back to the host; only at exit, when nothing allocates.
pub fn release_all() {
    let mut blocks = BLOCKS.lock();
    let count = core::mem::take(&mut blocks.count);
    for block in &blocks.list[..count] {
        // SAFETY: at exit nothing allocates or uses heap memory any more.
        let _ = unsafe { dpmi::free_memory(*block) };
    }
}
