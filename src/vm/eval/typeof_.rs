//! Types of values, subclass tests and lookups along the MRO.

use alloc::string::String;

use crate::vm::builtins::types::Types;
use crate::vm::object::func::GenKind;
use crate::vm::object::iter::IterState;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Entries kept in the MRO lookup cache before it starts over.
const MRO_CACHE_SIZE: usize = 4096;

/// The class of a native object: its subclass record's class, else `base`.
#[inline]
fn subclass_or(o: &ObjRef, base: &ObjRef) -> ObjRef {
    match o.ext().map(|e| &**e) {
        Some(Kind::Instance(i)) => i.class().clone(),
        _ => base.clone(),
    }
}

/// The class of a native iterator: its state's kind (a module's own
/// iterator carries its class), else the generic `iterator`.
fn iter_class(st: &core::cell::RefCell<IterState>, t: &Types) -> ObjRef {
    let Ok(st) = st.try_borrow() else {
        return t.iterator.clone();
    };
    match &*st {
        IterState::Mod(m) => m.class.clone(),
        IterState::Map(..) => t.map.clone(),
        IterState::Zip(_) => t.zip.clone(),
        IterState::Filter(..) => t.filter.clone(),
        IterState::Enumerate(..) => t.enumerate.clone(),
        IterState::Reversed(..) => t.reversed.clone(),
        _ => t.iterator.clone(),
    }
}

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::None | Value::Null => t.none.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Obj(o) => match &**o {
                Kind::Str(_) => subclass_or(o, &t.str),
                Kind::BigInt(_) => t.int.clone(),
                Kind::Bytes(_) => subclass_or(o, &t.bytes),
                Kind::ByteArray(_) => subclass_or(o, &t.bytearray),
                Kind::MemView(_) => t.memoryview.clone(),
                Kind::Tuple(_) => subclass_or(o, &t.tuple),
                Kind::List(_) => subclass_or(o, &t.list),
                Kind::Dict(_) => subclass_or(o, &t.dict),
                Kind::Set(_, false) => subclass_or(o, &t.set),
                Kind::Set(_, true) => subclass_or(o, &t.frozenset),
                Kind::Func(_) => t.function.clone(),
                Kind::Builtin(_) => t.builtin_function.clone(),
                Kind::Method(..) => t.method.clone(),
                Kind::Cell(_) => t.cell.clone(),
                Kind::Class(_) => subclass_or(o, &t.type_),
                Kind::Instance(i) => i.class().clone(),
                Kind::Module(_) => subclass_or(o, &t.module),
                Kind::Code(_) => t.code.clone(),
                Kind::Gen(g) => match g.kind {
                    GenKind::Generator => t.generator.clone(),
                    GenKind::Coroutine => t.coroutine.clone(),
                    GenKind::AsyncGenerator => t.async_generator.clone(),
                },
                Kind::Iter(st) => subclass_or(o, &iter_class(st, t)),
                Kind::Range(..) | Kind::BigRange(_) => t.range.clone(),
                Kind::Slice(..) => t.slice.clone(),
                Kind::Property(_) => t.property.clone(),
                Kind::ClassMethod(_) => t.classmethod.clone(),
                Kind::StaticMethod(_) => t.staticmethod.clone(),
                Kind::Super(..) => t.super_.clone(),
                Kind::DictView(0, _) => t.dict_keys.clone(),
                Kind::DictView(1, _) => t.dict_values.clone(),
                Kind::DictView(..) => t.dict_items.clone(),
                Kind::GetSet(_) => t.getset.clone(),
                Kind::File(_) => t.file.clone(),
                Kind::Traceback(..) => t.traceback.clone(),
                Kind::NotImplemented => t.not_implemented.clone(),
                Kind::Ellipsis => t.ellipsis.clone(),
                Kind::NumSub(_) => subclass_or(o, &t.object),
                Kind::Native(n) => subclass_or(o, &n.class),
                Kind::Complex(..) => t.complex.clone(),
            },
        }
    }

    /// The `__name__` of a class.
    pub fn class_name(&self, cls: &ObjRef) -> String {
        match &**cls {
            Kind::Class(c) => crate::vm::object::str_of(&c.name.borrow())
                .unwrap_or("?")
                .into(),
            _ => "?".into(),
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: &Value) -> String {
        self.class_name(&self.type_of(v))
    }

    /// `issubclass(cls, base)` for class objects.
    pub fn is_subclass(&self, cls: &ObjRef, base: &ObjRef) -> bool {
        if cls.ptr_eq(base) {
            return true;
        }
        match &**cls {
            Kind::Class(c) => c.mro.borrow().iter().any(|m| m.ptr_eq(base)),
            _ => false,
        }
    }

    /// `isinstance(v, cls)` for one class object.
    pub fn isinstance(&self, v: &Value, cls: &ObjRef) -> bool {
        let t = self.type_of(v);
        self.is_subclass(&t, cls)
    }

    /// Find `name` in the dicts along `cls`'s MRO (no descriptor binding).
    /// Results are cached until a class attribute changes.
    pub fn lookup(&self, cls: &ObjRef, name: &ObjRef) -> Option<Value> {
        let key = (cls.addr(), name.addr());
        if let Some((_, _, v)) = self.mro_cache.borrow().get(&key) {
            return v.clone();
        }
        let found = self.lookup_uncached(cls, name);
        let mut cache = self.mro_cache.borrow_mut();
        if cache.len() >= MRO_CACHE_SIZE {
            cache.clear();
        }
        cache.insert(key, (cls.clone(), name.clone(), found.clone()));
        found
    }

    /// Forget cached lookups (a class attribute was set or deleted).
    pub fn invalidate_lookups(&self) {
        crate::vm::object::class::bump_type_epoch();
        let old = core::mem::take(&mut *self.mro_cache.borrow_mut());
        drop(old);
    }

    fn lookup_uncached(&self, cls: &ObjRef, name: &ObjRef) -> Option<Value> {
        let Kind::Class(c) = &**cls else {
            return None;
        };
        for k in c.mro.borrow().iter() {
            if let Kind::Class(kc) = &**k {
                if let Some(v) = self.dict_get_str_quiet(&kc.dict, name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Find a special method (`__add__`...) on the type of `v`.
    #[inline]
    pub fn special(&self, v: &Value, name: &ObjRef) -> Option<Value> {
        let t = self.type_of(v);
        self.lookup(&t, name)
    }

    /// Call the special method `name` of `v`'s type with `v` first; None if absent.
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &ObjRef,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        match self.special(v, name) {
            Some(m) => {
                let mut all = alloc::vec::Vec::with_capacity(args.len() + 1);
                all.push(v.clone());
                all.extend_from_slice(args);
                self.call_unbound(&m, v, &all).map(Some)
            }
            None => Ok(None),
        }
    }
}
