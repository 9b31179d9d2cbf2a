//! The cycle collector (CPython's algorithm, one generation).
//!
//! Every container object is registered here. A collection first counts, for
//! each registered object, the references that come from *other registered
//! objects* ("trial deletion"); whatever keeps a count above that is
//! referenced from outside the heap graph (the VM's stack, a native value)
//! and is reachable, as is everything reachable from it. The rest are
//! cycles of garbage: each is cleared (its references dropped), and
//! reference counting frees them.
//!
//! Collections run automatically when the number of new containers since the
//! last one passes a threshold that grows with the live heap, so the cost
//! stays proportional to allocation.

use core::cell::{Cell, RefCell};
use core::ptr::NonNull;

use alloc::vec::Vec;

use super::heap::PyObj;
use super::ObjRef;
use crate::global::Global;

pub(super) const UNTRACKED: u32 = u32::MAX;
const MIN_THRESHOLD: usize = 7_000;
const REACHABLE: isize = isize::MIN;

struct Registry {
    objects: RefCell<Vec<NonNull<PyObj>>>,
    new_since_collect: Cell<usize>,
    threshold: Cell<usize>,
    enabled: Cell<bool>,
    collecting: Cell<bool>,
}

static REG: Global<Registry> = Global::new(Registry {
    objects: RefCell::new(Vec::new()),
    new_since_collect: Cell::new(0),
    threshold: Cell::new(MIN_THRESHOLD),
    enabled: Cell::new(true),
    collecting: Cell::new(false),
});

pub(super) fn track(r: &ObjRef) {
    let mut objs = REG.objects.borrow_mut();
    if objs.len() == objs.capacity() {
        grow_registry(&mut objs);
    }
    r.obj().gc_slot.set(objs.len() as u32);
    objs.push(r.raw());
    REG.new_since_collect.set(REG.new_since_collect.get() + 1);
}

/// The registry grows like any Vec, by doubling, but that growth is one
/// allocation as big as the registry, too big for the memory reserve's
/// small requests: when memory runs out, give the reserve back (the script
/// gets MemoryError at its next jump or call) and grow by an eighth.
fn grow_registry<T>(objs: &mut Vec<T>) {
    let len = objs.len();
    if objs.try_reserve_exact(len.max(64)).is_ok() {
        return;
    }
    crate::mem_reserve::give_back();
    if objs.try_reserve_exact(len / 8 + 64).is_err() {
        objs.reserve_exact(64);
    }
}

pub(super) fn untrack(o: &PyObj) {
    let slot = o.gc_slot.get() as usize;
    let mut objs = REG.objects.borrow_mut();
    objs.swap_remove(slot);
    if let Some(moved) = objs.get(slot) {
        // SAFETY: registered objects are alive.
        unsafe { moved.as_ref() }.gc_slot.set(slot as u32);
    }
    o.gc_slot.set(UNTRACKED);
    let n = REG.new_since_collect.get();
    REG.new_since_collect.set(n.saturating_sub(1));
}

/// True when enough containers were made since the last collection that
/// the interpreter should collect at its next safe point.
#[inline]
pub fn due() -> bool {
    REG.new_since_collect.get() > REG.threshold.get() && REG.enabled.get()
}

pub fn set_enabled(on: bool) {
    REG.enabled.set(on);
}

pub fn is_enabled() -> bool {
    REG.enabled.get()
}

/// Number of registered container objects.
pub fn tracked_count() -> usize {
    REG.objects.borrow().len()
}

/// Run a full collection; returns the number of unreachable objects found.
/// Must be called only where no container is mutably borrowed (the eval
/// loop's safe points, or `gc.collect()`).
pub fn collect() -> usize {
    if REG.collecting.replace(true) {
        return 0;
    }
    let garbage = find_garbage();
    let found = garbage.len();
    for g in &garbage {
        g.clear_refs();
    }
    drop(garbage);
    let live = tracked_count();
    REG.threshold.set(core::cmp::max(MIN_THRESHOLD, live));
    REG.new_since_collect.set(0);
    REG.collecting.set(false);
    found
}

fn find_garbage() -> Vec<ObjRef> {
    let objs = REG.objects.borrow().clone();
    // The scratch counts, by registry slot (objects keep no room for them:
    // a collection is rare, objects are many).
    let mut refs: Vec<isize> = objs.iter().map(|p| live(*p).rc_for_gc() as isize).collect();
    let slot = |c: NonNull<PyObj>| live(c).gc_slot.get();
    for p in &objs {
        live(*p).traverse(&mut |c| {
            let s = slot(c);
            if s != UNTRACKED {
                refs[s as usize] -= 1;
            }
        });
    }
    let mut work: Vec<NonNull<PyObj>> = Vec::new();
    for (p, r) in objs.iter().zip(refs.iter_mut()) {
        if *r > 0 {
            *r = REACHABLE;
            work.push(*p);
        }
    }
    while let Some(p) = work.pop() {
        live(p).traverse(&mut |c| {
            let s = slot(c);
            if s != UNTRACKED && refs[s as usize] != REACHABLE {
                refs[s as usize] = REACHABLE;
                work.push(c);
            }
        });
    }
    objs.iter()
        .zip(refs)
        .filter(|(_, r)| *r != REACHABLE)
        .map(|(p, _)| ObjRef::from_raw_incref(*p))
        .collect()
}

/// The object behind a registered pointer, or a child `traverse` handed out.
fn live<'a>(p: NonNull<PyObj>) -> &'a PyObj {
    // SAFETY: registered objects and their children stay alive while a
    // collection scans them (nothing is freed before `clear_refs`).
    unsafe { p.as_ref() }
}
