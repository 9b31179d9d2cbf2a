//! The cycle collector (CPython's algorithm, one generation).
//!
//! Every container object is registered here. A collection first counts, for
//! each registered object, the references that come from *other registered
//! objects* ("trial deletion"); whatever keeps a count above that is
//! referenced from outside the heap graph (the VM's stack, a native value)
//! and is reachable, as is everything reachable from it. The rest are
//! cycles of garbage: each is cleared (its references dropped), and
//! reference counting frees them. Garbage with finalizers is finalized
//! first (see [`Collected`]).
//!
//! Collections run automatically when the number of new containers since the
//! last one passes a threshold that grows with the live heap, so the cost
//! stays proportional to allocation.

use core::cell::{Cell, RefCell};
use core::ptr::NonNull;

use super::chunked::{Chunked, NoRoom};
use super::finalize;
use super::heap::PyObj;
use super::ObjRef;
use crate::global::Global;

pub(super) const UNTRACKED: u32 = u32::MAX;
const MIN_THRESHOLD: usize = 7_000;
const REACHABLE: isize = isize::MIN;

struct Registry {
    /// In chunks: growing it never needs one big block (see `chunked`).
    objects: RefCell<Chunked<NonNull<PyObj>>>,
    new_since_collect: Cell<usize>,
    threshold: Cell<usize>,
    enabled: Cell<bool>,
    collecting: Cell<bool>,
}

static REG: Global<Registry> = Global::new(Registry {
    objects: RefCell::new(Chunked::new()),
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

/// What a collection did.
#[derive(Default)]
pub struct Collected {
    /// The number of unreachable objects found.
    pub found: usize,
    /// Some had a finalizer that has not run: it is queued (`finalize`),
    /// nothing was cleared, and the caller runs the queue and collects
    /// again (PEP 442: finalizers first, then what is still unreachable
    /// is cleared; an object a finalizer resurrected is reachable again).
    pub finalizing: bool,
}

/// Run a full collection.
/// Must be called only where no container is mutably borrowed (the eval
/// loop's safe points, or `gc.collect()`). When memory is too short for
/// the collection's scratch (a few bytes per object), nothing is collected
/// this time: the script goes on, and gets MemoryError if it keeps growing.
pub fn collect() -> Collected {
    if REG.collecting.replace(true) {
        return Collected::default();
    }
    let garbage = find_garbage().unwrap_or_default();
    let found = garbage.len();
    // As CPython's collector, weak references to the garbage are cleared
    // and their callbacks queued before any finalizer runs.
    if super::weak::any() {
        for g in garbage.iter() {
            super::weak::dying(g.raw());
        }
    }
    let mut finalizing = false;
    for g in garbage.iter() {
        if finalize::wants(g.obj(), g.ext()) {
            finalize::queue(g.clone());
            finalizing = true;
        }
    }
    if !finalizing {
        for g in garbage.iter() {
            g.clear_refs();
        }
    }
    drop(garbage);
    let live = tracked_count();
    REG.threshold.set(core::cmp::max(MIN_THRESHOLD, live));
    REG.new_since_collect.set(0);
    REG.collecting.set(false);
    Collected { found, finalizing }
}

fn find_garbage() -> Result<Chunked<ObjRef>, NoRoom> {
    // Nothing is made or freed until the garbage is handed back, so the
    // registry stays borrowed (and unchanged) for the whole scan.
    let objs = REG.objects.borrow();
    // The scratch counts, by registry slot (objects keep no room for them:
    // a collection is rare, objects are many).
    let mut refs: Chunked<isize> = Chunked::new();
    for p in objs.iter() {
        refs.try_push(live(*p).rc_for_gc() as isize)?;
    }
    let slot = |c: NonNull<PyObj>| live(c).gc_slot.get();
    for p in objs.iter() {
        live(*p).traverse(&mut |c| {
            let s = slot(c);
            if s != UNTRACKED {
                refs[s as usize] -= 1;
            }
        });
    }
    let mut work: Chunked<NonNull<PyObj>> = Chunked::new();
    for (p, r) in objs.iter().zip(refs.iter_mut()) {
        if *r > 0 {
            *r = REACHABLE;
            work.try_push(*p)?;
        }
    }
    let mut short = false;
    while let Some(p) = work.pop() {
        live(p).traverse(&mut |c| {
            let s = slot(c);
            if s != UNTRACKED && refs[s as usize] != REACHABLE {
                refs[s as usize] = REACHABLE;
                short |= work.try_push(c).is_err();
            }
        });
        if short {
            return Err(NoRoom);
        }
    }
    let mut garbage = Chunked::new();
    for (p, r) in objs.iter().zip(refs.iter()) {
        if *r != REACHABLE {
            garbage.try_push(ObjRef::from_raw_incref(*p))?;
        }
    }
    Ok(garbage)
}

/// The object behind a registered pointer, or a child `traverse` handed out.
fn live<'a>(p: NonNull<PyObj>) -> &'a PyObj {
    // SAFETY: registered objects and their children stay alive while a
    // collection scans them (nothing is freed before `clear_refs`).
    unsafe { p.as_ref() }
}
