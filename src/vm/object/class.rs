//! Classes (built-in and user-defined alike) and modules (instances are in
//! `instance.rs`).

use core::cell::{Cell, RefCell};

use alloc::vec::Vec;

use super::{ObjRef, Value};
use crate::global::Global;

/// What instances of a class are made of.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// A plain instance with a `__dict__` (user classes, `object()`).
    Object,
    /// An exception instance (the class derives from BaseException).
    Exception,
    /// A built-in type whose instances are native objects (int, str, list...).
    Native,
    /// A Python subclass of a built-in type: its instances are native
    /// objects carrying a subclass record (`ObjRef::ext`).
    NativeSub,
}

/// The class epoch: moves whenever a class attribute changes and whenever a
/// class is freed. Attribute caches (`eval::attr_cache`) are valid while it
/// stands still.
static TYPE_EPOCH: Global<Cell<u64>> = Global::new(Cell::new(1));

/// The current class epoch.
#[inline]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.get()
}

/// Move the class epoch (a class attribute changed, or a class was freed).
pub fn bump_type_epoch() {
    TYPE_EPOCH.set(TYPE_EPOCH.get() + 1);
}

pub struct ClassObj {
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub bases: RefCell<Vec<ObjRef>>,
    /// The C3 linearisation, the class itself first.
    pub mro: RefCell<Vec<ObjRef>>,
    pub dict: ObjRef,
    pub layout: Layout,
    /// The only attribute names instances may have, when every class in
    /// the MRO declares `__slots__` (and none lists `__dict__`).
    pub slots: Option<Vec<ObjRef>>,
    /// Some class in the MRO defines its own `__getattribute__`.
    pub custom_getattribute: Cell<bool>,
    /// The shared key table of its instances' attributes: a name per
    /// index, append-only (see `instance.rs`); the slot names for a
    /// `__slots__` class.
    pub keys: RefCell<Vec<ObjRef>>,
    /// Some class in the MRO defines `__del__` (its instances are
    /// finalized before they are freed: `finalize`).
    pub has_del: Cell<bool>,
    /// A built-in type Python classes may derive from (CPython's
    /// `Py_TPFLAGS_BASETYPE`; set by `subclass::allow_subclasses`).
    pub basetype: Cell<bool>,
}

impl ClassObj {
    /// A class with no slots restriction and the default attribute lookup.
    pub fn new(name: Value, bases: Vec<ObjRef>, dict: ObjRef, layout: Layout) -> ClassObj {
        ClassObj {
            name: RefCell::new(name.clone()),
            qualname: RefCell::new(name),
            bases: RefCell::new(bases),
            mro: RefCell::new(Vec::new()),
            dict,
            layout,
            slots: None,
            custom_getattribute: Cell::new(false),
            keys: RefCell::new(Vec::new()),
            has_del: Cell::new(false),
            basetype: Cell::new(false),
        }
    }

    pub(super) fn traverse(&self, v: &mut dyn FnMut(&Value)) {
        v(&Value::Obj(self.dict.clone()));
        if let Ok(b) = self.bases.try_borrow() {
            b.iter().for_each(|c| v(&Value::Obj(c.clone())))
        }
        if let Ok(m) = self.mro.try_borrow() {
            m.iter().for_each(|c| v(&Value::Obj(c.clone())))
        }
        for x in [&self.name, &self.qualname] {
            if let Ok(x) = x.try_borrow() {
                v(&x)
            }
        }
        for s in self.slots.iter().flatten() {
            v(&Value::Obj(s.clone()))
        }
    }

    pub(super) fn clear(&self) {
        let old = (self.bases.replace(Vec::new()), self.mro.replace(Vec::new()));
        drop(old);
    }
}

impl Drop for ClassObj {
    fn drop(&mut self) {
        bump_type_epoch();
    }
}

pub struct ModuleObj {
    pub name: Value,
    pub dict: ObjRef,
}
