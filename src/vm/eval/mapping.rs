//! Dict and set operations at the Python level: hashing (`__hash__`), key
//! equality (native where possible, `__eq__` otherwise, with the table
//! unborrowed while Python code runs), and the str-key fast paths used for
//! namespaces.

use crate::vm::eval::complex_ops::{complex_eq, hash_complex};
use core::cell::RefCell;

use crate::vm::object::bytes_like::byte_view;
use crate::vm::object::memview::MemView;

use alloc::format;
use alloc::vec::Vec;

use crate::vm::builtins::exc_table::Exc;
use crate::vm::eval::float_ops::compare_int_float;
use crate::vm::object::dict::Dict;
use crate::vm::object::int::{hash_float, hash_int};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A new empty dict object.
pub fn new_dict() -> ObjRef {
    ObjRef::new(Kind::Dict(RefCell::new(Dict::new())))
}

/// The table of a dict or set object.
#[inline]
pub fn table(o: &ObjRef) -> Option<&RefCell<Dict>> {
    match &**o {
        Kind::Dict(d) | Kind::Set(d, _) => Some(d),
        _ => None,
    }
}

/// Position of the str key `name` in `t` (compared by identity, then by
/// text: no Python code runs).
#[inline]
pub fn str_key_pos(t: &Dict, name: &ObjRef) -> Option<usize> {
    let Kind::Str(s) = &**name else { return None };
    t.find(s.hash(), |k| match k {
        Value::Obj(o) => {
            o.ptr_eq(name) || matches!(&**o, Kind::Str(ks) if ks.as_str() == s.as_str())
        }
        _ => false,
    })
}

/// The value of the str key `name` in dict `d` (no Python code runs).
#[inline]
pub fn str_get(d: &ObjRef, name: &ObjRef) -> Option<Value> {
    let t = table(d)?.borrow();
    let pos = str_key_pos(&t, name)?;
    t.entry(pos).map(|e| e.value.clone())
}

/// Store under the str key `name` in dict `d`; the entry's position (None
/// if `d` is not a dict or `name` not a str: nothing is stored).
pub fn str_set(d: &ObjRef, name: ObjRef, v: Value) -> Option<usize> {
    let t = table(d)?;
    let Kind::Str(s) = &*name else { return None };
    let h = s.hash();
    let pos = str_key_pos(&t.borrow(), &name);
    match pos {
        Some(p) => {
            let old = core::mem::replace(t.borrow_mut().value_at_mut(p), v);
            drop(old);
            Some(p)
        }
        None => {
            let mut t = t.borrow_mut();
            let p = t.slots();
            t.push(h, Value::Obj(name.clone()), v);
            Some(p)
        }
    }
}

/// Delete the str key `name` from dict `d`; the old value, None if absent.
pub fn str_del(d: &ObjRef, name: &ObjRef) -> Option<Value> {
    let t = table(d)?;
    let pos = str_key_pos(&t.borrow(), name)?;
    let e = t.borrow_mut().remove_at(pos);
    Some(e.value)
}

/// Equality decidable without running Python code; None when it needs `__eq__`.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    native_eq_depth(a, b, 0)
}

/// Nested tuples deeper than this are compared by the guarded Python path.
const NATIVE_EQ_DEPTH: usize = 64;

fn native_eq_depth(a: &Value, b: &Value, depth: usize) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => Some(*x == *y as i64),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Float(x), Value::Int(y)) | (Value::Int(y), Value::Float(x)) => {
            Some(compare_int_float(*y, *x) == Some(core::cmp::Ordering::Equal))
        }
        (Value::Float(x), Value::Bool(y)) | (Value::Bool(y), Value::Float(x)) => {
            Some(*x == *y as i64 as f64)
        }
        (Value::Obj(x), Value::Obj(y)) => match (&**x, &**y) {
            (Kind::Str(s), Kind::Str(t)) => Some(s.as_str() == t.as_str()),
            (Kind::Complex(re, im), other) if !matches!(other, Kind::Instance(_)) => {
                Some(complex_eq((*re, *im), b).unwrap_or(false))
            }
            (other, Kind::Complex(re, im)) if !matches!(other, Kind::Instance(_)) => {
                Some(complex_eq((*re, *im), a).unwrap_or(false))
            }
            (Kind::BigInt(m), Kind::BigInt(n)) => Some(m == n),
            (Kind::Bytes(_) | Kind::ByteArray(_), Kind::Bytes(_) | Kind::ByteArray(_)) => {
                let (s, t) = (byte_view(a)?, byte_view(b)?);
                Some(*s == *t)
            }
            (Kind::MemView(_), _) | (_, Kind::MemView(_)) => {
                // A released view equals only itself (checked by the caller).
                Some(crate::vm::builtins::memoryview_cast::views_equal(a, b))
            }
            (Kind::Tuple(s), Kind::Tuple(t)) => {
                if s.len() != t.len() {
                    return Some(false);
                }
                if depth >= NATIVE_EQ_DEPTH {
                    return None;
                }
                for (p, q) in s.iter().zip(t.iter()) {
                    if !native_eq_depth(p, q, depth + 1)? {
                        return Some(false);
                    }
                }
                Some(true)
            }
            (Kind::Instance(_), _) | (_, Kind::Instance(_)) => None,
            (Kind::Method(f, s), Kind::Method(g, t)) => Some(f.is(g) && s.is(t)),
            (Kind::List(_), Kind::List(_))
            | (Kind::Dict(_), Kind::Dict(_))
            | (Kind::Set(..), Kind::Set(..))
            | (Kind::Range(..) | Kind::BigRange(_), Kind::Range(..) | Kind::BigRange(_)) => None,
            _ => Some(false),
        },
        (Value::Obj(o), other) | (other, Value::Obj(o)) => match (&**o, other) {
            (Kind::Instance(_), _) => None,
            (Kind::Complex(re, im), _) => Some(complex_eq((*re, *im), other).unwrap_or(false)),
            (Kind::BigInt(n), Value::Float(f)) => Some(
                crate::vm::object::bigint::cmp_float(n, *f) == Some(core::cmp::Ordering::Equal),
            ),
            _ => Some(false),
        },
        _ => Some(false),
    }
}

/// FNV-1a over the bytes (bytes and read-only memoryviews agree).
fn hash_bytes(b: &[u8]) -> i64 {
    let mut x: u64 = 0xcbf2_9ce4_8422_2325;
    for c in b {
        x = (x ^ *c as u64).wrapping_mul(0x0100_0000_01b3);
    }
    (x >> 2) as i64
}

impl Vm {
    /// The hash `is` agrees with: an object's address, a plain value's hash.
    fn identity_hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Obj(o) => Ok((o.addr() >> 4) as i64),
            _ => self.hash(v),
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if crate::vm::builtins::subclass::has_record(v) {
            if let Some(h) = self.call_override(v, &self.names.hash.clone(), &[])? {
                return match h {
                    Value::Int(h) => Ok(h),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                };
            }
        }
        Ok(match v {
            Value::None | Value::Null => 0x5f3759df,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => hash_int(*i),
            Value::Float(f) => hash_float(*f),
            Value::Obj(o) => match &**o {
                Kind::Str(s) => s.hash(),
                Kind::NumSub(n) => {
                    let n = n.clone();
                    return self.hash(&n);
                }
                Kind::BigInt(n) => crate::vm::object::bigint::hash(n),
                Kind::Complex(re, im) => hash_complex((*re, *im)),
                Kind::Bytes(b) => hash_bytes(b),
                Kind::MemView(m) => return self.memview_hash(m),
                Kind::Tuple(items) => {
                    let mut acc: u64 = 0x27d4_eb2f_1656_67c5;
                    for it in items.iter() {
                        self.guard_enter(" while hashing")?;
                        let h = self.hash(it);
                        self.guard_leave();
                        let h = h? as u64;
                        acc = acc.wrapping_add(h.wrapping_mul(0xc2b2_ae3d_27d4_eb4f));
                        acc = acc.rotate_left(31).wrapping_mul(0x9e37_79b1_85eb_ca87);
                    }
                    let r = (acc >> 2) as i64;
                    if r == -1 {
                        -2
                    } else {
                        r
                    }
                }
                Kind::Set(d, true) => {
                    let mut acc: u64 = 0;
                    for e in d.borrow().iter() {
                        acc ^= (e.hash as u64).wrapping_mul(0x9e37_79b1_85eb_ca87);
                    }
                    (acc >> 2) as i64
                }
                Kind::List(_) | Kind::Dict(_) | Kind::Set(_, false) | Kind::ByteArray(_) => {
                    return Err(self.unhashable(v));
                }
                Kind::Instance(_) => return self.instance_hash(v),
                Kind::Range(..) | Kind::BigRange(_) => return self.range_hash(o),
                Kind::Native(_) if crate::vm::object::array_buf::array_of(v).is_some() => {
                    return Err(self.unhashable(v));
                }
                // As bound methods compare: by the identity of both parts.
                Kind::Method(f, s) => {
                    let (f, s) = (f.clone(), s.clone());
                    let h = self.identity_hash(&f)? ^ self.identity_hash(&s)?.rotate_left(16);
                    if h == -1 {
                        -2
                    } else {
                        h
                    }
                }
                _ => (o.addr() >> 4) as i64,
            },
        })
    }

    /// A read-only view hashes like the bytes it shows.
    fn memview_hash(&mut self, m: &MemView) -> PyResult<i64> {
        if !m.readonly {
            return Err(self.value_error("cannot hash writable memoryview object"));
        }
        if !m.format.is_byte() {
            let msg = "memoryview: hashing is restricted to formats 'B', 'b' or 'c'";
            return Err(self.value_error(msg));
        }
        match m.view() {
            Some(b) => Ok(hash_bytes(&b)),
            None => Err(self.value_error("operation forbidden on released memoryview object")),
        }
    }

    fn instance_hash(&mut self, v: &Value) -> PyResult<i64> {
        let name = self.names.hash.clone();
        match self.special(v, &name) {
            Some(Value::None) => Err(self.unhashable(v)),
            Some(Value::Obj(h)) if defines_hash(&h) => {
                let r = self.call(&Value::Obj(h), core::slice::from_ref(v))?;
                match r {
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::Bool(b) => Ok(b as i64),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => Ok((v.as_obj().map_or(0, |o| o.addr()) >> 4) as i64),
        }
    }

    fn unhashable(&mut self, v: &Value) -> ObjRef {
        let m = format!("unhashable type: '{}'", self.type_name(v));
        self.type_error(m)
    }

    /// Position of `key` in the table, running `__eq__` if needed.
    fn find(&mut self, t: &RefCell<Dict>, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        let mut undecided = false;
        let found = t.borrow().find(hash, |k| match native_eq(k, key) {
            Some(b) => b,
            None => {
                undecided = true;
                false
            }
        });
        if found.is_some() || !undecided {
            return Ok(found);
        }
        let cands = t.borrow().candidates(hash);
        for pos in cands {
            let k = match t.borrow().entry(pos) {
                Some(e) => e.key.clone(),
                None => continue,
            };
            if self.eq(&k, key)? {
                return Ok(Some(pos));
            }
        }
        Ok(None)
    }

    /// `d[key]` on a dict (or membership in a set); None if absent.
    pub fn dict_get(&mut self, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        let Some(t) = table(d) else { return Ok(None) };
        let h = self.hash(key)?;
        Ok(self
            .find(t, h, key)?
            .and_then(|p| t.borrow().entry(p).map(|e| e.value.clone())))
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        let Some(t) = table(d) else { return Ok(()) };
        let h = self.hash(&key)?;
        match self.find(t, h, &key)? {
            Some(p) => {
                let old = core::mem::replace(t.borrow_mut().value_at_mut(p), value);
                drop(old);
            }
            None => {
                let grown = t.borrow_mut().try_push(h, key, value);
                grown.map_err(|_| self.no_memory())?;
            }
        }
        Ok(())
    }

    /// `del d[key]`; returns the removed value, None if absent.
    pub fn dict_del(&mut self, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        let Some(t) = table(d) else { return Ok(None) };
        let h = self.hash(key)?;
        match self.find(t, h, key)? {
            Some(p) => {
                let e = t.borrow_mut().remove_at(p);
                Ok(Some(e.value))
            }
            None => Ok(None),
        }
    }

    /// Lookup with a str key that needs no Python code (namespaces).
    #[inline]
    pub fn dict_get_str_quiet(&self, d: &ObjRef, name: &ObjRef) -> Option<Value> {
        str_get(d, name)
    }

    /// As [`Vm::dict_get_str_quiet`], in the fallible shape the eval loop uses.
    #[inline]
    pub fn dict_get_str(&self, d: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
        Ok(self.dict_get_str_quiet(d, name))
    }

    /// Store with a str key (namespaces); the entry's position (None if
    /// `d` is not a dict or `name` not a str: nothing is stored).
    pub fn dict_set_str(&self, d: &ObjRef, name: ObjRef, v: Value) -> Option<usize> {
        str_set(d, name, v)
    }

    /// Delete a str key (namespaces); the old value, None if absent.
    pub fn dict_del_str(&self, d: &ObjRef, name: &ObjRef) -> Option<Value> {
        str_del(d, name)
    }

    /// Lookup in a locals mapping that may be any mapping (class namespaces).
    pub fn mapping_get_str(&mut self, m: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
        if table(m).is_some() {
            return Ok(self.dict_get_str_quiet(m, name));
        }
        match self.getitem(&Value::Obj(m.clone()), &Value::Obj(name.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_is(&e, Exc::KeyError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `target.update(m)` for DICT_UPDATE and `dict.update`.
    pub fn dict_update_from(&mut self, target: &Value, m: &Value, _merge: bool) -> PyResult<()> {
        let Value::Obj(t) = target else { return Ok(()) };
        for (k, v) in self.mapping_items(m)? {
            self.dict_set(t, k, v)?;
        }
        Ok(())
    }

    /// The (key, value) pairs of a mapping: a dict, or anything with `keys()`.
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Some(Kind::Dict(d)) = m.as_obj().map(|o| &**o) {
            return Ok(d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect());
        }
        let keys_name = self.intern("keys");
        let Some(keys) = self.get_attr_opt(m, &keys_name)? else {
            let msg = format!("'{}' object is not a mapping", self.type_name(m));
            return Err(self.type_error(msg));
        };
        let keys = self.call(&keys, &[])?;
        let mut out = Vec::new();
        for k in self.collect(&keys)? {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// DICT_MERGE: `f(**m)`; repeated keys are an error.
    pub fn dict_merge_kwargs(&mut self, target: &Value, m: &Value, callee: &Value) -> PyResult<()> {
        let Value::Obj(t) = target else { return Ok(()) };
        let items = match self.mapping_items(m) {
            Ok(i) => i,
            Err(_) => {
                let msg = format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.callable_name(callee),
                    self.type_name(m)
                );
                return Err(self.type_error(msg));
            }
        };
        for (k, v) in items {
            if crate::vm::object::str_of(&k).is_none() {
                return Err(self.type_error("keywords must be strings"));
            }
            if self.dict_get(t, &k)?.is_some() {
                let msg = format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.callable_name(callee),
                    crate::vm::object::str_of(&k).unwrap_or("?")
                );
                return Err(self.type_error(msg));
            }
            self.dict_set(t, k, v)?;
        }
        Ok(())
    }

    /// `name()` as CPython's call errors show a callable.
    pub fn callable_name(&self, f: &Value) -> alloc::string::String {
        match f.as_obj().map(|o| &**o) {
            Some(Kind::Func(func)) => {
                let q = crate::vm::object::str_of(&func.qualname())
                    .unwrap_or("?")
                    .to_owned();
                match crate::vm::object::str_of(&func.module.borrow()) {
                    Some(m) if m != "builtins" => format!("{m}.{q}()"),
                    _ => format!("{q}()"),
                }
            }
            Some(Kind::Builtin(b)) => format!("{}()", b.name),
            Some(Kind::Class(_)) => format!("{}()", self.class_name(f.as_obj().expect("class"))),
            _ => format!("{} object", self.type_name(f)),
        }
    }

    /// `s.add(v)`.
    pub fn set_add(&mut self, s: &Value, v: Value) -> PyResult<()> {
        let Value::Obj(o) = s else { return Ok(()) };
        let Some(t) = table(o) else { return Ok(()) };
        let h = self.hash(&v)?;
        if self.find(t, h, &v)?.is_none() {
            let grown = t.borrow_mut().try_push(h, v, Value::None);
            grown.map_err(|_| self.no_memory())?;
        }
        Ok(())
    }

    /// A new set holding `items`.
    pub fn new_set_from(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = Value::Obj(ObjRef::new(Kind::Set(RefCell::new(Dict::new()), false)));
        for v in items {
            self.set_add(&s, v)?;
        }
        Ok(s)
    }
}

use alloc::borrow::ToOwned;

/// Whether the `__hash__` an instance's class gives is its own: a Python
/// function, or a native one other than `object.__hash__` (as the native
/// fast paths of `datetime` install).
fn defines_hash(h: &ObjRef) -> bool {
    match &**h {
        Kind::Func(_) => true,
        Kind::Builtin(b) => b.name != "object.__hash__",
        _ => false,
    }
}
