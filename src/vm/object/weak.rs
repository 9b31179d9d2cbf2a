//! Weak references: which objects a weak reference (a `weakref.ref`, an
//! ordinary Python object) points at, without keeping them alive.
//!
//! The registry maps addresses both ways: a target to the references that
//! point at it, a reference to its target. When a registered object is
//! freed (`heap::destroy` calls [`dying`] before anything of it is
//! dropped) its entries go: as a target, its references go dead and those
//! with a callback are queued with a counted reference; as a reference, it
//! is forgotten. Callbacks cannot run inside a free (no interpreter is at
//! hand there): they wait in `finalize`'s queue for the eval loop's next
//! safe point. While no weak reference exists the
//! cost of a free is one test of [`any`].

use alloc::collections::BTreeMap;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::ptr::NonNull;

use super::finalize::{self, Due};
use super::heap::PyObj;
use super::ObjRef;
use crate::global::Global;

/// One weak reference to a target: the reference object and whether it
/// has a callback.
type Entry = (NonNull<PyObj>, bool);

struct Registry {
    /// Target address -> its references, oldest first.
    targets: RefCell<BTreeMap<usize, Vec<Entry>>>,
    /// Reference address -> its target's address.
    refs: RefCell<BTreeMap<usize, NonNull<PyObj>>>,
    /// Whether `refs` is non-empty (read on every free).
    any: Cell<bool>,
}

static REG: Global<Registry> = Global::new(Registry {
    targets: RefCell::new(BTreeMap::new()),
    refs: RefCell::new(BTreeMap::new()),
    any: Cell::new(false),
});

/// Whether any weak reference is registered.
#[inline]
pub(super) fn any() -> bool {
    REG.any.get()
}

/// The object at `p` if it is still counted (not being freed).
fn counted(p: NonNull<PyObj>) -> Option<ObjRef> {
    // SAFETY: registered pointers are removed when their object is freed
    // (`dying`), so `p` points at a live object, possibly one whose count
    // just reached zero and that waits in the free queue.
    let rc = unsafe { p.as_ref() }.rc_for_gc();
    (rc > 0).then(|| ObjRef::from_raw_incref(p))
}

/// Make `r` a weak reference to `target`.
pub fn register(r: &ObjRef, target: &ObjRef, has_callback: bool) {
    REG.refs.borrow_mut().insert(r.addr(), target.raw());
    REG.targets
        .borrow_mut()
        .entry(target.addr())
        .or_default()
        .push((r.raw(), has_callback));
    REG.any.set(true);
}

/// What the weak reference `r` points at, or None once it died.
pub fn target(r: &ObjRef) -> Option<ObjRef> {
    let p = *REG.refs.borrow().get(&r.addr())?;
    counted(p)
}

/// The live weak references to `target`, oldest first.
pub fn refs_to(target: &ObjRef) -> Vec<ObjRef> {
    let entries: Vec<NonNull<PyObj>> = match REG.targets.borrow().get(&target.addr()) {
        Some(v) => v.iter().map(|e| e.0).collect(),
        None => return Vec::new(),
    };
    entries.into_iter().filter_map(counted).collect()
}

/// The object at `p` is being freed: forget it as a reference, and as a
/// target kill its references and queue their callbacks.
#[cold]
pub(super) fn dying(p: NonNull<PyObj>) {
    let addr = p.as_ptr() as usize;
    let target = REG.refs.borrow_mut().remove(&addr);
    if let Some(t) = target {
        let mut targets = REG.targets.borrow_mut();
        let key = t.as_ptr() as usize;
        if let Some(list) = targets.get_mut(&key) {
            list.retain(|e| e.0 != p);
            if list.is_empty() {
                targets.remove(&key);
            }
        }
    }
    let refs = REG.targets.borrow_mut().remove(&addr);
    if let Some(list) = refs {
        // The newest reference's callback first, as CPython calls them.
        for (r, has_callback) in list.into_iter().rev() {
            REG.refs.borrow_mut().remove(&(r.as_ptr() as usize));
            if has_callback {
                if let Some(r) = counted(r) {
                    finalize::push(Due::WeakCallback(r));
                }
            }
        }
    }
    REG.any.set(!REG.refs.borrow().is_empty());
}
