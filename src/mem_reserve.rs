//! The memory reserve behind MemoryError: a block held back from the
//! program so that running out of memory in an allocation that cannot
//! fail (a new list, a frame, a dict entry) does not end it. When such an
//! allocation is refused, [`Reserved`] gives the reserve back to the heap,
//! retries, and raises the low-memory flag; the eval loop sees the flag at
//! its next jump or call and raises MemoryError, which its traceback and
//! the script's handler then have room to run. The reserve is taken again
//! once memory is back (CPython gets the same effect from its allocator
//! returning NULL on every path; Rust's `alloc` cannot, so we keep room).

use core::alloc::{GlobalAlloc, Layout};
use core::sync::atomic::{AtomicPtr, AtomicU8, Ordering};

/// The reserve's size: enough for a MemoryError, its traceback and a small
/// handler. A 4 MB DOS PC cannot spare much.
#[cfg(feature = "dos")]
const SIZE: usize = 32 << 10;
#[cfg(not(feature = "dos"))]
const SIZE: usize = 256 << 10;

/// Requests larger than this never use the reserve: a big buffer that does
/// not fit is refused as it is (its caller raises MemoryError itself), and
/// the reserve stays for the small allocations that cannot fail.
const SMALL: usize = SIZE / 4;

const LAYOUT: Layout = match Layout::from_size_align(SIZE, 16) {
    Ok(l) => l,
    Err(_) => panic!("reserve layout"),
};

static RESERVE: AtomicPtr<u8> = AtomicPtr::new(core::ptr::null_mut());
/// The eval loop's attention flags: `MEM_LOW` once an allocation needed
/// the reserve, `WAKE` when other work waits for its next safe point (weak
/// reference callbacks). One word, so the loop tests both with one load.
static LOW: AtomicU8 = AtomicU8::new(0);
const MEM_LOW: u8 = 1;
const WAKE: u8 = 2;

/// True once an allocation needed the reserve (the eval loop then raises
/// MemoryError) or [`wake`] asked for the loop's attention. Cheap enough
/// for every backward jump and call.
#[inline]
pub fn low() -> bool {
    LOW.load(Ordering::Relaxed) != 0
}

/// True once an allocation needed the reserve (not cleared: the eval
/// loop raises MemoryError; the compiler, which allocates without
/// polling, stops at once with MemoryError).
pub fn memory_low() -> bool {
    LOW.load(Ordering::Relaxed) & MEM_LOW != 0
}

/// Clear the memory flag, saying whether it was set (the caller raises MemoryError).
pub fn take_low() -> bool {
    LOW.fetch_and(!MEM_LOW, Ordering::Relaxed) & MEM_LOW != 0
}

/// Ask the eval loop to stop at its next jump or call (see [`take_wake`]).
pub fn wake() {
    LOW.fetch_or(WAKE, Ordering::Relaxed);
}

/// Clear the request made by [`wake`], saying whether there was one.
pub fn take_wake() -> bool {
    LOW.fetch_and(!WAKE, Ordering::Relaxed) & WAKE != 0
}

/// Wraps the platform's allocator with the reserve.
pub struct Reserved<A>(pub A);

/// Take the reserve (again) if it is not held, through the global
/// allocator (so `gc.mem_alloc()` counts it); false if memory is still too
/// short. Called at start-up and from the eval loop's poll.
pub fn refill() -> bool {
    if !RESERVE.load(Ordering::Relaxed).is_null() {
        return true;
    }
    // SAFETY: LAYOUT has a non-zero size.
    let p = unsafe { alloc::alloc::alloc(LAYOUT) };
    if p.is_null() {
        return false;
    }
    RESERVE.store(p, Ordering::Relaxed);
    true
}

/// Give the reserve back to the heap for a refused small request.
fn release(layout: Layout) -> bool {
    layout.size() <= SMALL && give_back()
}

/// Give the reserve back to the heap and raise the low-memory flag (the
/// eval loop raises MemoryError at its next jump or call). Also for a large
/// growth that cannot fail, such as the collector's registry of objects.
/// False when the reserve was already given back.
pub fn give_back() -> bool {
    let p = RESERVE.swap(core::ptr::null_mut(), Ordering::Relaxed);
    if p.is_null() {
        return false;
    }
    // SAFETY: `p` came from the global allocator with LAYOUT (`refill`) and
    // nobody else has it; the wrapped allocator has returned, so the call
    // is not re-entrant inside it.
    unsafe { alloc::alloc::dealloc(p, LAYOUT) };
    LOW.fetch_or(MEM_LOW, Ordering::Relaxed);
    true
}

// SAFETY: every call is forwarded to the wrapped allocator; a refused one is
// retried once after the reserve (memory we own) was given back to it.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Reserved<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = self.0.alloc(layout);
        if p.is_null() && release(layout) {
            return self.0.alloc(layout);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.0.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = self.0.realloc(ptr, layout, new_size);
        if p.is_null() && release(Layout::from_size_align_unchecked(new_size, layout.align())) {
            return self.0.realloc(ptr, layout, new_size);
        }
        p
    }
}
