//! Work a free leaves for the interpreter: finalizers (`__del__`, closing a
//! suspended generator, the "never awaited" warning of a coroutine) and
//! the callbacks of weak references whose object died.
//!
//! A free happens deep inside a decref, with no interpreter at hand and
//! possibly inside a borrowed container, so Python cannot run there. An
//! object whose finalizer is due is therefore resurrected (given one
//! counted reference, held by the queue) and queued with the weak
//! reference callbacks, in the order the frees happened; the eval loop
//! runs the queue at its next safe point (before any call, at a backward
//! jump, at `gc.collect()`, at exit: `vm::eval::deferred`), so that
//! `del x; print()` prints the finalizer's output first, as CPython does.
//! When the queue drops its reference, the object is freed for real
//! unless the finalizer resurrected it.
//!
//! As in CPython (PEP 442), a finalizer runs once per object: the
//! addresses of finalized objects that are still alive are kept here and
//! forgotten when the object is freed. The cycle collector queues the
//! finalizers of unreachable objects instead of clearing them, and clears
//! what is still unreachable afterwards (`gc`).

use alloc::collections::{BTreeSet, VecDeque};
use core::cell::RefCell;

use super::class::Layout;
use super::heap::PyObj;
use super::{func::GenKind, Kind, ObjRef};
use crate::global::Global;

/// One piece of deferred work.
pub enum Due {
    /// A dead weak reference whose callback is to be called.
    WeakCallback(ObjRef),
    /// An object whose finalizer is to be run.
    Finalize(ObjRef),
}

struct Queue {
    due: RefCell<VecDeque<Due>>,
    /// Addresses of objects whose finalizer was queued and that are alive.
    finalized: RefCell<BTreeSet<usize>>,
}

static Q: Global<Queue> = Global::new(Queue {
    due: RefCell::new(VecDeque::new()),
    finalized: RefCell::new(BTreeSet::new()),
});

/// Queue `d` and ask the eval loop for its next safe point.
pub(super) fn push(d: Due) {
    Q.due.borrow_mut().push_back(d);
    crate::mem_reserve::wake();
}

/// The next piece of deferred work, oldest first.
pub fn take() -> Option<Due> {
    Q.due.borrow_mut().pop_front()
}

/// Whether `o` has a finalizer that has not run: an instance of a class
/// with `__del__`, a generator or coroutine suspended inside a `try` or
/// `with` (closing one with no handler active runs no code, so it is just
/// dropped), a coroutine never started (the warning).
pub(super) fn wants(o: &PyObj, ext: Option<&ObjRef>) -> bool {
    let due = match &o.kind {
        // Not the subclass record of a native object (its class's layout
        // is `NativeSub`): the object it belongs to is the one finalized.
        Kind::Instance(i) => match i.try_class().as_deref().map(|c| &**c) {
            Some(Kind::Class(c)) => c.has_del.get() && c.layout != Layout::NativeSub,
            _ => false,
        },
        Kind::Gen(g) => match g.frame.try_borrow().ok().as_deref() {
            Some(Some(f)) if g.started.get() => !f.blocks.is_empty(),
            Some(Some(_)) => g.kind == GenKind::Coroutine,
            _ => false,
        },
        _ => match ext.map(|e| &**e) {
            Some(Kind::Instance(i)) => {
                matches!(i.try_class().as_deref().map(|c| &**c), Some(Kind::Class(c)) if c.has_del.get())
            }
            _ => false,
        },
    };
    due && !Q.finalized.borrow().contains(&(o as *const PyObj as usize))
}

/// Queue the finalizer of `r` (which [`wants`] one) and remember that it ran.
pub(super) fn queue(r: ObjRef) {
    Q.finalized.borrow_mut().insert(r.addr());
    push(Due::Finalize(r));
}

/// The object at `addr` is being freed: forget that it was finalized.
#[inline]
pub(super) fn forget(addr: usize) {
    let mut f = Q.finalized.borrow_mut();
    if !f.is_empty() {
        f.remove(&addr);
    }
}
