//! The heap cell behind every Python object and [`ObjRef`], its counted
//! reference. Reference counting frees most objects at once; containers are
//! also registered with the cycle collector (see `gc.rs`).
//!
//! Dropping the last reference to a long chain (a linked list of a million
//! nodes) would recurse once per node on the Rust stack, which is small on
//! DOS; like CPython's "trashcan", deep frees are queued and released in a
//! loop instead.

use core::cell::{Cell, OnceCell};
use core::ptr::NonNull;

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::finalize;
use super::gc;
use super::Kind;
use crate::global::Global;

/// One heap object: the counts the memory manager needs, then the payload.
pub struct PyObj {
    rc: Cell<usize>,
    /// Slot in the collector's registry, or `gc::UNTRACKED`.
    pub(super) gc_slot: Cell<u32>,
    /// For an instance of a Python subclass of a built-in type (a `list`
    /// subclass, a class made by a metaclass...): an `Instance` holding the
    /// object's real class and its `__dict__`. Unset for everything else.
    ext: OnceCell<ObjRef>,
    pub kind: Kind,
}

/// A counted reference to a heap object.
pub struct ObjRef(NonNull<PyObj>);

impl ObjRef {
    /// Allocate a new object with one reference.
    pub fn new(kind: Kind) -> ObjRef {
        let track = kind.is_container();
        let b = Box::new(PyObj {
            rc: Cell::new(1),
            gc_slot: Cell::new(gc::UNTRACKED),
            ext: OnceCell::new(),
            kind,
        });
        let r = ObjRef(NonNull::from(Box::leak(b)));
        if track {
            gc::track(&r);
        }
        r
    }

    #[inline]
    pub fn ptr_eq(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }

    /// The address, used as the object's `id()` and default hash.
    #[inline]
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    #[inline]
    pub fn refcount(&self) -> usize {
        self.obj().rc.get()
    }

    #[inline]
    pub(super) fn obj(&self) -> &PyObj {
        // SAFETY: an ObjRef keeps its object alive.
        unsafe { self.0.as_ref() }
    }

    /// Rebuild an ObjRef from a raw pointer taken by the collector; adds a reference.
    pub(crate) fn from_raw_incref(p: NonNull<PyObj>) -> ObjRef {
        // SAFETY: the collector only keeps pointers to live registered objects.
        let o = unsafe { p.as_ref() };
        o.rc.set(o.rc.get() + 1);
        ObjRef(p)
    }

    pub(crate) fn raw(&self) -> NonNull<PyObj> {
        self.0
    }

    /// The subclass record of a native object (see [`PyObj`]'s `ext`).
    #[inline]
    pub fn ext(&self) -> Option<&ObjRef> {
        self.obj().ext.get()
    }

    /// Make this native object an instance of a subclass; false if it already is one.
    pub fn set_ext(&self, ext: ObjRef) -> bool {
        self.obj().ext.set(ext).is_ok()
    }
}

impl core::ops::Deref for ObjRef {
    type Target = Kind;
    #[inline]
    fn deref(&self) -> &Kind {
        &self.obj().kind
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        let o = self.obj();
        o.rc.set(o.rc.get() + 1);
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        let o = self.obj();
        let n = o.rc.get() - 1;
        o.rc.set(n);
        if n == 0 {
            free(self.0);
        }
    }
}

/// Nesting depth of `free`, and the objects queued once it gets deep.
struct Trashcan {
    depth: Cell<u32>,
    queue: core::cell::RefCell<Vec<NonNull<PyObj>>>,
}

static TRASH: Global<Trashcan> = Global::new(Trashcan {
    depth: Cell::new(0),
    queue: core::cell::RefCell::new(Vec::new()),
});

const TRASH_DEPTH: u32 = 40;

#[cold]
fn free(p: NonNull<PyObj>) {
    let depth = TRASH.depth.get();
    if depth >= TRASH_DEPTH {
        TRASH.queue.borrow_mut().push(p);
        return;
    }
    TRASH.depth.set(depth + 1);
    destroy(p);
    if depth == 0 {
        loop {
            let next = TRASH.queue.borrow_mut().pop();
            match next {
                Some(q) => destroy(q),
                None => break,
            }
        }
    }
    TRASH.depth.set(depth);
}

fn destroy(p: NonNull<PyObj>) {
    // SAFETY: the count reached zero, so this is the only pointer left.
    let o = unsafe { p.as_ref() };
    if finalize::wants(o, o.ext.get()) {
        // Resurrected until its finalizer has run (see `finalize`).
        o.rc.set(1);
        finalize::queue(ObjRef(p));
        return;
    }
    finalize::forget(p.as_ptr() as usize);
    if super::weak::any() {
        super::weak::dying(p);
    }
    if o.gc_slot.get() != gc::UNTRACKED {
        gc::untrack(o);
    }
    // SAFETY: the count reached zero, so this is the only pointer left,
    // and it came from `Box::leak` in `ObjRef::new`.
    let mut o = unsafe { Box::from_raw(p.as_ptr()) };
    free_items_backwards(&mut o.kind);
    drop(o);
}

/// A list's or a tuple's items are released last to first, as CPython's
/// `list_dealloc` and `tupledealloc` do: finalizers run in that order.
#[inline]
fn free_items_backwards(k: &mut Kind) {
    let mut items = match k {
        Kind::List(l) => core::mem::take(l.get_mut()),
        Kind::Tuple(t) => core::mem::take(t).into_vec(),
        _ => return,
    };
    while let Some(v) = items.pop() {
        drop(v);
    }
}

impl PyObj {
    pub(super) fn rc_for_gc(&self) -> usize {
        self.rc.get()
    }

    /// Call `visit` with every object this one references, its subclass record included.
    pub(super) fn traverse(&self, visit: &mut dyn FnMut(NonNull<PyObj>)) {
        if let Some(e) = self.ext.get() {
            visit(e.raw());
        }
        self.kind.traverse(visit);
    }
}
