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
    r.obj().gc_slot.set(objs.len() as u32);
    objs.push(r.raw());
    REG.new_since_collect.set(REG.new_since_collect.get() + 1);
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

fn is_tracked(p: NonNull<PyObj>) -> bool {
    // SAFETY: children handed out by traverse are alive.
    unsafe { p.as_ref() }.gc_slot.get() != UNTRACKED
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
    for p in &objs {
        // SAFETY: registered objects are alive during the scan.
        let o = unsafe { p.as_ref() };
        o.gc_refs.set(o.rc_for_gc() as isize);
    }
    for p in &objs {
        let o = unsafe { p.as_ref() };
        o.traverse(&mut |c| {
            if is_tracked(c) {
                let co = unsafe { c.as_ref() };
                co.gc_refs.set(co.gc_refs.get() - 1);
            }
        });
    }
    let mut work: Vec<NonNull<PyObj>> = Vec::new();
    for p in &objs {
        let o = unsafe { p.as_ref() };
        if o.gc_refs.get() > 0 {
            o.gc_refs.set(REACHABLE);
            work.push(*p);
        }
    }
    while let Some(p) = work.pop() {
        let o = unsafe { p.as_ref() };
        o.traverse(&mut |c| {
            if is_tracked(c) {
                let co = unsafe { c.as_ref() };
                if co.gc_refs.get() != REACHABLE {
                    co.gc_refs.set(REACHABLE);
                    work.push(c);
                }
            }
        });
    }
    objs.iter()
        .filter(|p| unsafe { p.as_ref() }.gc_refs.get() != REACHABLE)
        .map(|p| ObjRef::from_raw_incref(*p))
        .collect()
}
