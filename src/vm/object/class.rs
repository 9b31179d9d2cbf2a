//! Classes (built-in and user-defined alike), their instances, and modules.

use core::cell::{Cell, RefCell};

use alloc::vec::Vec;

use super::exception::ExcData;
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
    /// Some class in the MRO defines `__del__` (its instances are
    /// finalized before they are freed: `finalize`).
    pub has_del: Cell<bool>,
    /// How many attributes `__init__` left on the last instance: a new
    /// instance's dict is made with room for that many, so it is allocated
    /// once and at its size (see `Vm::new_instance`).
    pub instance_attrs: Cell<u8>,
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
            has_del: Cell::new(false),
            instance_attrs: Cell::new(0),
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

/// An instance of a user class (or of an exception class).
pub struct InstanceObj {
    pub class: RefCell<ObjRef>,
    pub dict: ObjRef,
    /// Boxed: most instances are not exceptions, and a small `Kind` keeps
    /// every object small.
    pub exc: Option<alloc::boxed::Box<RefCell<ExcData>>>,
}

impl InstanceObj {
    pub(super) fn traverse(&self, v: &mut dyn FnMut(&Value)) {
        if let Ok(c) = self.class.try_borrow() {
            v(&Value::Obj(c.clone()));
        }
        v(&Value::Obj(self.dict.clone()));
        if let Some(e) = &self.exc {
            if let Ok(e) = e.try_borrow() {
                e.traverse(v)
            }
        }
    }

    pub(super) fn clear(&self) {
        if let Some(e) = &self.exc {
            if let Ok(mut e) = e.try_borrow_mut() {
                let old = core::mem::take(&mut *e);
                drop(e);
                drop(old);
            }
        }
    }
}

pub struct ModuleObj {
    pub name: Value,
    pub dict: ObjRef,
}
