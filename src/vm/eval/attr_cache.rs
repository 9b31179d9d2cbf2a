//! Per-site attribute caches for `LOAD_ATTR`, `LOAD_METHOD` and `STORE_ATTR`
//! on instances of Python classes (and `LOAD_METHOD` on built-in
//! containers, strs and generators). A site remembers, for the class it saw
//! last, what the class (its MRO) holds under the name: nothing, a plain
//! function or a property. The next access to an instance of the same class
//! skips the MRO lookup and the descriptor checks and goes straight to the
//! instance's attributes (or the method, or the getter). Anything else takes
//! the general path in `attr.rs`.
//!
//! A way also remembers the name's index in the class's shared key table
//! (`object::instance`): every instance of the class keeps the attribute's
//! value at that index, so a load or store is an index, not a lookup.
//!
//! An entry is valid while the class epoch (`object::class::type_epoch`)
//! is unchanged: it moves whenever a class attribute is set or deleted
//! (`invalidate_lookups`) and whenever a class is freed, so an entry never
//! outlives the class or the function it points at, and never matches a new
//! class that reuses a freed one's address. That is also why the entry need
//! not own a reference to what it points at.

use core::cell::Cell;
use core::ptr::NonNull;

use alloc::boxed::Box;

use super::code::CodeObj;
use super::frame::Frame;
use super::run::CallOutcome;
use crate::vm::object::class::type_epoch;
use crate::vm::object::func::Args;
use crate::vm::object::instance::{InstanceObj, NO_HINT};
use crate::vm::object::{Kind, ObjRef, PyObj, Value};
use crate::vm::{PyResult, Vm};

/// What a site found on the class.
#[derive(Clone, Copy)]
enum Found {
    /// Nothing: the attribute can only be in the instance dict.
    Absent,
    /// A plain Python function (a method).
    Method(NonNull<PyObj>),
    /// A property.
    Property(NonNull<PyObj>),
}

/// What a site knows about one class.
#[derive(Clone, Copy)]
struct Entry {
    /// Address of the class the entry describes (0: empty).
    class: usize,
    epoch: u64,
    found: Found,
    /// A store may go straight to the instance dict: no data descriptor,
    /// no `__setattr__` of the class's own, no `__slots__` forbidding it.
    plain_store: bool,
}

/// One way of a site: an [`Entry`] in cells, so that a check reads only
/// the class and the epoch.
pub struct Way {
    class: Cell<usize>,
    epoch: Cell<u64>,
    found: Cell<Found>,
    plain_store: Cell<bool>,
    /// Where the name is in the class's shared key table
    /// (`object::instance`'s index hint).
    slot: Cell<u32>,
}

impl Way {
    fn empty() -> Way {
        Way {
            class: Cell::new(0),
            epoch: Cell::new(0),
            found: Cell::new(Found::Absent),
            plain_store: Cell::new(false),
            slot: Cell::new(NO_HINT),
        }
    }

    fn get(&self) -> Entry {
        Entry {
            class: self.class.get(),
            epoch: self.epoch.get(),
            found: self.found.get(),
            plain_store: self.plain_store.get(),
        }
    }

    fn set(&self, e: Entry) {
        self.class.set(e.class);
        self.epoch.set(e.epoch);
        self.found.set(e.found);
        self.plain_store.set(e.plain_store);
    }
}

/// Entries per site: a site that sees instances of two classes (a base
/// class method called on subclass instances too) keeps both.
pub const WAYS: usize = 2;

/// The empty caches for a code object with `n` attribute sites.
pub fn new_sites(n: usize) -> Box<[[Way; WAYS]]> {
    (0..n)
        .map(|_| core::array::from_fn(|_| Way::empty()))
        .collect()
}

/// What a cached load produced.
pub enum SiteLoad {
    Value(Value),
    /// A property getter written in Python: the frame to run (its return
    /// value is the attribute).
    Frame(Box<Frame>),
    /// The site cannot answer: take the general path.
    Miss,
}

/// The instance behind `o`, if it is one of a Python class.
#[inline]
fn instance(o: &Value) -> Option<&InstanceObj> {
    match o.as_obj().map(|x| &**x) {
        Some(Kind::Instance(i)) => Some(i),
        _ => None,
    }
}

/// A new counted reference to what a valid entry points at.
#[inline]
fn value_at(p: NonNull<PyObj>) -> Value {
    Value::Obj(ObjRef::from_raw_incref(p))
}

impl Vm {
    /// The way of site `slot` that knows `inst`'s class (what the class
    /// holds, whether a store is plain), filled now if it is stale; None
    /// when the class cannot be cached.
    #[inline(always)]
    fn site<'c>(&self, code: &'c CodeObj, slot: u32, class: &ObjRef) -> Option<&'c Way> {
        let ways = &code.attr_sites()[slot as usize];
        let addr = class.addr();
        let epoch = type_epoch();
        for way in ways {
            if way.class.get() == addr && way.epoch.get() == epoch {
                return Some(way);
            }
        }
        self.refill(code, slot, class)
    }

    /// A site's miss: describe the class and make it the newest entry.
    #[inline(never)]
    fn refill<'c>(&self, code: &'c CodeObj, slot: u32, class: &ObjRef) -> Option<&'c Way> {
        let ways = &code.attr_sites()[slot as usize];
        let name = &code.body().names[code.body().attr_sites[slot as usize] as usize];
        let fresh = self.describe(class, name)?;
        // The others move down, the oldest goes.
        for i in (1..WAYS).rev() {
            ways[i].set(ways[i - 1].get());
            ways[i].slot.set(ways[i - 1].slot.get());
        }
        ways[0].set(fresh);
        ways[0].slot.set(NO_HINT);
        Some(&ways[0])
    }

    /// Build the entry for `name` on class `cls`.
    fn describe(&self, cls: &ObjRef, name: &ObjRef) -> Option<Entry> {
        let Kind::Class(c) = &**cls else { return None };
        if c.custom_getattribute.get()
            || name.ptr_eq(&self.names.class)
            || name.ptr_eq(&self.names.dict)
        {
            return None;
        }
        let found = match self.lookup(cls, name) {
            None => Found::Absent,
            Some(Value::Obj(o)) => match &*o {
                Kind::Func(_) => Found::Method(o.raw()),
                Kind::Builtin(b) if b.method => Found::Method(o.raw()),
                Kind::Property(_) => Found::Property(o.raw()),
                _ => return None,
            },
            Some(_) => return None,
        };
        let native_setattr = matches!(
            self.lookup(cls, &self.names.setattr)
                .as_ref()
                .and_then(|s| s.as_obj())
                .map(|s| &**s),
            Some(Kind::Builtin(_))
        );
        let plain_store = native_setattr
            && !matches!(found, Found::Property(_))
            && !super::attr::slots_forbid(cls, name);
        Some(Entry {
            class: cls.addr(),
            epoch: type_epoch(),
            found,
            plain_store,
        })
    }

    /// `LOAD_ATTR` through site `slot`.
    pub(super) fn load_attr_site(
        &mut self,
        code: &CodeObj,
        slot: u32,
        o: &Value,
    ) -> PyResult<SiteLoad> {
        let Some(inst) = instance(o) else {
            return Ok(SiteLoad::Miss);
        };
        let Some(way) = self.site(code, slot, &inst.class()) else {
            return Ok(SiteLoad::Miss);
        };
        let name = &code.body().names[code.body().attr_sites[slot as usize] as usize];
        Ok(match way.found.get() {
            Found::Absent => match inst.get_hinted(name, &way.slot) {
                Some(v) => SiteLoad::Value(v),
                None => SiteLoad::Miss,
            },
            Found::Method(f) => match inst.get_hinted(name, &way.slot) {
                Some(v) => SiteLoad::Value(v),
                None => SiteLoad::Value(Value::Obj(ObjRef::new(Kind::Method(
                    value_at(f),
                    o.clone(),
                )))),
            },
            Found::Property(p) => {
                let fget = match &*ObjRef::from_raw_incref(p) {
                    Kind::Property(prop) => prop.get(0),
                    _ => Value::None,
                };
                if fget.is_none() {
                    return Ok(SiteLoad::Miss);
                }
                match self.call_or_frame(&fget, Args::positional(core::slice::from_ref(o)))? {
                    CallOutcome::Value(v) => SiteLoad::Value(v),
                    CallOutcome::Frame(frame) => SiteLoad::Frame(frame),
                }
            }
        })
    }

    /// `LOAD_METHOD` through site `slot`: as [`Vm::load_method`], None on a miss.
    pub(super) fn load_method_site(
        &mut self,
        code: &CodeObj,
        slot: u32,
        o: &Value,
    ) -> Option<(Value, bool)> {
        let Some(inst) = instance(o) else {
            return self.native_method_site(code, slot, o);
        };
        let way = self.site(code, slot, &inst.class())?;
        let name = &code.body().names[code.body().attr_sites[slot as usize] as usize];
        match way.found.get() {
            Found::Method(f) => Some(match inst.get_hinted(name, &way.slot) {
                Some(v) => (v, false),
                None => (value_at(f), true),
            }),
            Found::Absent => inst.get_hinted(name, &way.slot).map(|v| (v, false)),
            Found::Property(_) => None,
        }
    }

    /// `LOAD_METHOD` on a built-in container, str or generator (no
    /// instance dict, no subclass): the method of its type.
    fn native_method_site(
        &mut self,
        code: &CodeObj,
        slot: u32,
        o: &Value,
    ) -> Option<(Value, bool)> {
        let obj = o.as_obj()?;
        let plain = matches!(
            &**obj,
            Kind::List(_)
                | Kind::Dict(_)
                | Kind::Str(_)
                | Kind::Tuple(_)
                | Kind::Set(..)
                | Kind::Bytes(_)
                | Kind::ByteArray(_)
                | Kind::Gen(_)
        );
        if !plain || obj.ext().is_some() {
            return None;
        }
        match self.site(code, slot, &self.type_of(o))?.found.get() {
            Found::Method(m) => Some((value_at(m), true)),
            _ => None,
        }
    }

    /// `STORE_ATTR` through site `slot`: the value back when the general
    /// path must store it.
    pub(super) fn store_attr_site(
        &mut self,
        code: &CodeObj,
        slot: u32,
        o: &Value,
        v: Value,
    ) -> Option<Value> {
        let Some(inst) = instance(o) else {
            return Some(v);
        };
        let way = self.site(code, slot, &inst.class());
        match way {
            Some(way) if way.plain_store.get() => {
                let v = inst.set_hinted(way.slot.get(), v)?;
                let name = &code.body().names[code.body().attr_sites[slot as usize] as usize];
                if let Some(i) = inst.set(name, v) {
                    way.slot.set(i);
                }
                None
            }
            _ => Some(v),
        }
    }
}
