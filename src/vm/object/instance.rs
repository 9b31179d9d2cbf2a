//! Instances of Python classes: their class and their attributes.
//!
//! Attributes live in the class's shared key table (`ClassObj::keys`, a
//! name per index, append-only) and the instance holds only the values, by
//! index: the first [`INLINE`] in the object itself (a 2-attribute instance
//! is one 64-byte heap cell on DOS), more in a vector. `Value::Null` marks a
//! name the instance does not have. An instance keeps the value layout while
//! index order is its attributes' insertion order, which is what
//! `__dict__` would show: a name may be (re)added only after every name it
//! holds. Anything else turns the values into a real dict, for good (the
//! layout CPython falls back to as well): `__dict__` being asked for, names
//! added in another order than the class's first instance used, more than
//! [`MAX_KEYS`] names on the class, `__class__` assignment.
//!
//! Classes with `__slots__` (and no `__dict__`) have their slot names as
//! their whole key table: any order goes, there is no dict to show.

use core::cell::{Ref, RefCell};

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::dict::Dict;
use super::exception::ExcData;
use super::{Kind, ObjRef, Value};
use crate::vm::eval::mapping::{str_del, str_get, str_set};

/// Values kept in the object itself.
pub const INLINE: usize = 2;

/// A class's key table stops growing at this many names; an instance given
/// another one keeps its attributes in a dict.
pub const MAX_KEYS: usize = 30;

/// Where an instance's attribute values are.
enum Attrs {
    /// By key index, in the object (the first `INLINE` keys).
    Inline([Value; INLINE]),
    /// By key index, in a vector (an instance with more keys).
    Spilled(Vec<Value>),
    /// A real dict: `__dict__` was asked for, or the keys did not fit.
    Dict(ObjRef),
}

/// The class and the attributes: one cell, so that one borrow flag serves
/// both and the object stays within `Kind`'s size.
struct State {
    class: ObjRef,
    attrs: Attrs,
}

/// An instance of a user class (or of an exception class, or the subclass
/// record of a native object).
pub struct InstanceObj {
    state: RefCell<State>,
    /// Boxed: most instances are not exceptions, and a small `Kind` keeps
    /// every object small.
    pub exc: Option<Box<RefCell<ExcData>>>,
}

// On the i486 build the instance is all of an object's 36-byte payload:
// a borrow flag, the class, two inline values (the other layouts fit around
// the first value's tag) and the exception box.
#[cfg(target_pointer_width = "32")]
const _: () = assert!(core::mem::size_of::<InstanceObj>() <= 36);

/// An index hint of an attribute site meaning "not looked up yet".
pub const NO_HINT: u32 = u32::MAX;
/// An index hint at or above this says the name was not a key when the
/// table had `hint - ABSENT` keys (the table only grows).
const ABSENT: u32 = 0x8000_0000;

/// The position of `name` in a key table (by identity, then by text).
fn key_index(keys: &[ObjRef], name: &ObjRef) -> Option<usize> {
    if let Some(i) = keys.iter().position(|k| k.ptr_eq(name)) {
        return Some(i);
    }
    let Kind::Str(n) = &**name else { return None };
    keys.iter()
        .position(|k| matches!(&**k, Kind::Str(s) if s.as_str() == n.as_str()))
}

/// The key table of class `c` (empty for a non-class).
fn keys_of(c: &ObjRef) -> Option<&RefCell<Vec<ObjRef>>> {
    match &**c {
        Kind::Class(c) => Some(&c.keys),
        _ => None,
    }
}

/// An absent attribute.
const NULL: Value = Value::Null;

impl Attrs {
    /// No attributes.
    fn empty() -> Attrs {
        Attrs::Inline([NULL; INLINE])
    }

    fn values(&self) -> &[Value] {
        match self {
            Attrs::Inline(v) => v,
            Attrs::Spilled(v) => v,
            Attrs::Dict(_) => &[],
        }
    }

    /// The value at key index `i`, if the instance has it.
    #[inline]
    fn at(&self, i: usize) -> Option<&Value> {
        self.values().get(i).filter(|v| !matches!(v, Value::Null))
    }

    /// Whether no value is kept at index `i` or after.
    fn none_from(&self, i: usize) -> bool {
        let v = self.values();
        v.get(i..)
            .is_none_or(|rest| rest.iter().all(|x| matches!(x, Value::Null)))
    }

    /// Store `v` at index `i` (`room`: the key table's size, a vector's
    /// capacity); the value it replaces.
    fn put(&mut self, i: usize, v: Value, room: usize) -> Value {
        if let Attrs::Inline(vals) = self {
            if i < INLINE {
                return core::mem::replace(&mut vals[i], v);
            }
            let mut spilled = Vec::with_capacity(room.max(i + 1));
            spilled.extend(vals.iter_mut().map(|v| core::mem::replace(v, Value::Null)));
            *self = Attrs::Spilled(spilled);
        }
        let Attrs::Spilled(vals) = self else {
            unreachable!("put on a dict")
        };
        if vals.len() <= i {
            vals.resize_with(i + 1, || Value::Null);
        }
        core::mem::replace(&mut vals[i], v)
    }
}

impl InstanceObj {
    /// A new instance of `class` with no attributes.
    pub fn new(class: ObjRef, exc: Option<Box<RefCell<ExcData>>>) -> InstanceObj {
        InstanceObj {
            state: RefCell::new(State {
                class,
                attrs: Attrs::empty(),
            }),
            exc,
        }
    }

    /// The instance's class.
    #[inline]
    pub fn class(&self) -> Ref<'_, ObjRef> {
        Ref::map(self.state.borrow(), |s| &s.class)
    }

    /// The class, or None while the instance's state is borrowed for
    /// writing (a free can ask in the middle of a store).
    pub fn try_class(&self) -> Option<Ref<'_, ObjRef>> {
        self.state
            .try_borrow()
            .ok()
            .map(|s| Ref::map(s, |s| &s.class))
    }

    /// `o.__class__ = new`. Another class has another key table: the
    /// attributes move to a dict, or, for `__slots__` classes, to the new
    /// class's slots by name. A `__dict__` stays the same dict.
    pub fn set_class(&self, new: ObjRef) {
        let slotted = matches!(&*new, Kind::Class(k) if k.slots.is_some());
        let in_dict = matches!(self.state.borrow().attrs, Attrs::Dict(_));
        let pairs = if in_dict {
            Vec::new()
        } else {
            self.take_pairs()
        };
        let old = core::mem::replace(&mut self.state.borrow_mut().class, new);
        if slotted {
            for (k, v) in pairs {
                self.set(&k, v);
            }
        } else if !in_dict {
            self.fill_dict(pairs);
        }
        drop(old);
    }

    /// Whether the instance may have a `__dict__` (its class has no `__slots__`).
    pub fn has_dict(&self) -> bool {
        !matches!(&**self.class(), Kind::Class(c) if c.slots.is_some())
    }

    /// The instance's attributes as (name, value) pairs, taken out of it.
    fn take_pairs(&self) -> Vec<(ObjRef, Value)> {
        let mut s = self.state.borrow_mut();
        let attrs = core::mem::replace(&mut s.attrs, Attrs::empty());
        let keys = keys_of(&s.class)
            .map(|k| k.borrow().clone())
            .unwrap_or_default();
        drop(s);
        match attrs {
            Attrs::Dict(d) => {
                let Kind::Dict(t) = &*d else {
                    return Vec::new();
                };
                let t = t.borrow();
                t.iter()
                    .filter_map(|e| Some((e.key.as_obj()?.clone(), e.value.clone())))
                    .collect()
            }
            Attrs::Inline(v) => pairs_of(&keys, v.into_iter()),
            Attrs::Spilled(v) => pairs_of(&keys, v.into_iter()),
        }
    }

    /// `o.name` from the instance's own attributes.
    pub fn get(&self, name: &ObjRef) -> Option<Value> {
        let s = self.state.borrow();
        match &s.attrs {
            Attrs::Dict(d) => str_get(d, name),
            attrs => {
                let keys = keys_of(&s.class)?.borrow();
                attrs.at(key_index(&keys, name)?).cloned()
            }
        }
    }

    /// As [`InstanceObj::get`], through an attribute site's index hint
    /// (see [`NO_HINT`]; the site is for this instance's class).
    #[inline]
    pub fn get_hinted(&self, name: &ObjRef, hint: &core::cell::Cell<u32>) -> Option<Value> {
        let s = self.state.borrow();
        let h = hint.get();
        if let Some(v) = s.attrs.at(h as usize) {
            return Some(v.clone());
        }
        if let Attrs::Dict(d) = &s.attrs {
            return str_get(d, name);
        }
        let keys = keys_of(&s.class)?.borrow();
        if h < ABSENT {
            // The name is a key at `h`, which this instance has not set.
            return None;
        }
        if h != NO_HINT && (h - ABSENT) as usize == keys.len() {
            return None;
        }
        match key_index(&keys, name) {
            Some(i) => {
                hint.set(i as u32);
                s.attrs.at(i).cloned()
            }
            None => {
                hint.set(ABSENT + keys.len() as u32);
                None
            }
        }
    }

    /// `o.name = v` through a site's index hint (an index the site found
    /// the name at in this instance's class): done when the instance keeps
    /// its values by index and may take this one; else `v` back.
    #[inline]
    pub fn set_hinted(&self, hint: u32, v: Value) -> Option<Value> {
        let mut s = self.state.borrow_mut();
        let i = hint as usize;
        let State { class, attrs } = &mut *s;
        if hint >= ABSENT || matches!(attrs, Attrs::Dict(_)) {
            return Some(v);
        }
        let room = if attrs.at(i).is_some() {
            0
        } else {
            let Kind::Class(c) = &**class else {
                return Some(v);
            };
            if c.slots.is_none() && !attrs.none_from(i) {
                return Some(v);
            }
            c.keys.borrow().len()
        };
        let old = attrs.put(i, v, room);
        drop(s);
        drop(old);
        None
    }

    /// `o.name = v` into the instance's own attributes; the key index it
    /// went to (None: into the dict).
    pub fn set(&self, name: &ObjRef, v: Value) -> Option<u32> {
        let mut s = self.state.borrow_mut();
        let State { class, attrs } = &mut *s;
        if let Attrs::Dict(d) = attrs {
            let d = d.clone();
            drop(s);
            str_set(&d, name.clone(), v);
            return None;
        }
        let slotted = matches!(&**class, Kind::Class(c) if c.slots.is_some());
        let index = keys_of(class).and_then(|keys| {
            let mut keys = keys.borrow_mut();
            match key_index(&keys, name) {
                Some(i) if slotted || attrs.at(i).is_some() || attrs.none_from(i) => {
                    Some((i, keys.len()))
                }
                None if keys.len() < MAX_KEYS && matches!(&**name, Kind::Str(_)) => {
                    keys.push(name.clone());
                    Some((keys.len() - 1, keys.len()))
                }
                _ => None,
            }
        });
        match index {
            Some((i, room)) => {
                let old = attrs.put(i, v, room);
                drop(s);
                drop(old);
                Some(i as u32)
            }
            None => {
                drop(s);
                let d = self.dict();
                str_set(&d, name.clone(), v);
                None
            }
        }
    }

    /// `del o.name` from the instance's own attributes; the old value.
    pub fn del(&self, name: &ObjRef) -> Option<Value> {
        let mut s = self.state.borrow_mut();
        let State { class, attrs } = &mut *s;
        if let Attrs::Dict(d) = attrs {
            let d = d.clone();
            drop(s);
            return str_del(&d, name);
        }
        let i = key_index(&keys_of(class)?.borrow(), name)?;
        attrs.at(i)?;
        let old = attrs.put(i, Value::Null, 0);
        drop(s);
        Some(old)
    }

    /// The instance's `__dict__`, made now (from the values) if it was not
    /// yet; the instance keeps its attributes there from then on.
    pub fn dict(&self) -> ObjRef {
        if let Attrs::Dict(d) = &self.state.borrow().attrs {
            return d.clone();
        }
        let pairs = self.take_pairs();
        self.fill_dict(pairs)
    }

    /// `o.__dict__ = d`: the attributes are `d`'s from now on.
    pub fn set_dict(&self, d: ObjRef) {
        let old = core::mem::replace(&mut self.state.borrow_mut().attrs, Attrs::Dict(d));
        drop(old);
    }

    /// Keep the attributes in a new dict holding `pairs`.
    fn fill_dict(&self, pairs: Vec<(ObjRef, Value)>) -> ObjRef {
        let mut t = Dict::with_capacity(pairs.len());
        for (k, v) in pairs {
            if let Kind::Str(s) = &*k {
                t.push(s.hash(), Value::Obj(k.clone()), v);
            }
        }
        let d = ObjRef::new(Kind::Dict(RefCell::new(t)));
        let old = core::mem::replace(&mut self.state.borrow_mut().attrs, Attrs::Dict(d.clone()));
        drop(old);
        d
    }

    pub(super) fn traverse(&self, v: &mut dyn FnMut(&Value)) {
        if let Ok(s) = self.state.try_borrow() {
            v(&Value::Obj(s.class.clone()));
            match &s.attrs {
                Attrs::Dict(d) => v(&Value::Obj(d.clone())),
                a => a.values().iter().for_each(&mut *v),
            }
        }
        if let Some(e) = &self.exc {
            if let Ok(e) = e.try_borrow() {
                e.traverse(v)
            }
        }
    }

    pub(super) fn clear(&self) {
        if let Ok(mut s) = self.state.try_borrow_mut() {
            let old = core::mem::replace(&mut s.attrs, Attrs::empty());
            drop(s);
            drop(old);
        }
        if let Some(e) = &self.exc {
            if let Ok(mut e) = e.try_borrow_mut() {
                let old = core::mem::take(&mut *e);
                drop(e);
                drop(old);
            }
        }
    }
}

/// (key, value) for each value present, in key order.
fn pairs_of(keys: &[ObjRef], vals: impl Iterator<Item = Value>) -> Vec<(ObjRef, Value)> {
    keys.iter()
        .zip(vals)
        .filter(|(_, v)| !matches!(v, Value::Null))
        .map(|(k, v)| (k.clone(), v))
        .collect()
}
