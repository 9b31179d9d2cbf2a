//! Attribute access: `getattr`/`setattr`/`delattr` with descriptors
//! (functions bind, properties, classmethod/staticmethod, native getsets),
//! instance dicts, class attributes, modules, `super()` and `__getattr__`.

use alloc::format;

use crate::vm::builtins::exc_table::Exc;
use crate::vm::object::instance::InstanceObj;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `o.name`.
    pub fn get_attr(&mut self, o: &Value, name: &ObjRef) -> PyResult<Value> {
        match self.get_attr_or_missing(o, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(o, name)),
        }
    }

    /// `o.name` as `getattr(o, name, default)` sees it: None when absent
    /// (after `__getattr__`), with no AttributeError made for that case.
    pub fn get_attr_or_missing(&mut self, o: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        match self.find_attr(o, name, true)? {
            Some(v) => Ok(Some(v)),
            None if matches!(o.as_obj().map(|x| &**x), Some(Kind::Module(_))) => {
                match self.module_getattr(o, name)? {
                    None if crate::vm::builtins::subclass::has_record(o) => {
                        match self.special(o, &self.names.getattr.clone()) {
                            Some(ga) => {
                                let args = [o.clone(), Value::Obj(name.clone())];
                                self.call_unbound(&ga, o, &args).map(Some)
                            }
                            None => Ok(None),
                        }
                    }
                    found => Ok(found),
                }
            }
            None => match self.special(o, &self.names.getattr.clone()) {
                Some(ga) => {
                    let args = [o.clone(), Value::Obj(name.clone())];
                    self.call_unbound(&ga, o, &args).map(Some)
                }
                None => Ok(None),
            },
        }
    }

    /// A missing attribute of module `m` from the module's own `__getattr__`
    /// function (PEP 562), if it has one.
    pub(crate) fn module_getattr(&mut self, m: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        let Some(Kind::Module(md)) = m.as_obj().map(|x| &**x) else {
            return Ok(None);
        };
        let hook = self.names.getattr.clone();
        match self.dict_get_str_quiet(&md.dict, &hook) {
            Some(f) => self.call(&f, &[Value::Obj(name.clone())]).map(Some),
            None => Ok(None),
        }
    }

    /// The `__slots__` names `o`'s class restricts its attributes to, if any.
    fn slots_of(&self, o: &Value) -> Option<alloc::vec::Vec<ObjRef>> {
        let t = self.type_of(o);
        match &*t {
            Kind::Class(c) => c.slots.clone(),
            _ => None,
        }
    }

    /// `getattr(o, name, None)` without `__getattr__` fallback or error.
    pub fn get_attr_opt(&mut self, o: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        self.find_attr(o, name, false)
    }

    /// `o.name`, None when absent; through the class's own `__getattribute__`
    /// (and `__getattr__`) when it has one and `custom` is set.
    fn find_attr(&mut self, o: &Value, name: &ObjRef, custom: bool) -> PyResult<Option<Value>> {
        if let Value::Obj(obj) = o {
            match &**obj {
                Kind::Class(_) => return self.class_getattr(obj, name),
                Kind::Module(m) => {
                    if let Some(v) = self.dict_get_str_quiet(&m.dict, name) {
                        return Ok(Some(v));
                    }
                    if name.ptr_eq(&self.names.dict) {
                        return Ok(Some(Value::Obj(m.dict.clone())));
                    }
                }
                Kind::Super(start, slf) => return self.super_getattr(start, slf, name),
                _ => {}
            }
        }
        let t = self.type_of(o);
        if custom && custom_getattribute(&t) {
            return self.custom_getattr(o, name).map(Some);
        }
        let descr = self.lookup(&t, name);
        if let Some(d) = &descr {
            if let Some(v) = self.data_descr_get(d, o)? {
                return Ok(Some(v));
            }
        }
        if let Some(inst) = own_attrs(o) {
            if let Some(v) = inst.get(name) {
                return Ok(Some(v));
            }
            if name.ptr_eq(&self.names.dict) && self.slots_of(o).is_none() {
                return Ok(Some(Value::Obj(inst.dict())));
            }
        } else if let Some(dict) = self.instance_dict(o) {
            if let Some(v) = self.dict_get_str_quiet(&dict, name) {
                return Ok(Some(v));
            }
            if name.ptr_eq(&self.names.dict) {
                return Ok(Some(Value::Obj(dict)));
            }
        }
        match descr {
            Some(d) => Ok(Some(self.bind_descr(d, o, &t)?)),
            None => {
                if name.ptr_eq(&self.names.class) {
                    return Ok(Some(Value::Obj(t)));
                }
                // A bound method shows its function's attributes.
                if let Some(Kind::Method(f, _)) = o.as_obj().map(|x| &**x) {
                    let f = f.clone();
                    return self.get_attr_opt(&f, name);
                }
                Ok(None)
            }
        }
    }

    /// The `__dict__` of an instance or function (an instance's is made
    /// now if its attributes were in its class's shared keys).
    #[inline]
    pub fn instance_dict(&self, o: &Value) -> Option<ObjRef> {
        match o.as_obj().map(|x| &**x) {
            Some(Kind::Func(f)) => {
                let mut d = f.dict.borrow_mut();
                Some(d.get_or_insert_with(super::mapping::new_dict).clone())
            }
            _ => own_attrs(o).filter(|i| i.has_dict()).map(InstanceObj::dict),
        }
    }

    /// `del o.name` from `o`'s own attributes (`object.__delattr__`); the
    /// old value, None when it had none.
    pub fn del_own_attr(&self, o: &Value, name: &ObjRef) -> Option<Value> {
        match own_attrs(o) {
            Some(inst) => inst.del(name),
            None => self.dict_del_str(&self.instance_dict(o)?, name),
        }
    }

    /// A data descriptor (property, getset) found on the type wins over the instance dict.
    fn data_descr_get(&mut self, d: &Value, o: &Value) -> PyResult<Option<Value>> {
        match d.as_obj().map(|x| &**x) {
            Some(Kind::Property(p)) => {
                let fget = p.get(0);
                if fget.is_none() {
                    return Err(self.new_exc(Exc::AttributeError, "property has no getter"));
                }
                Ok(Some(self.call(&fget, core::slice::from_ref(o))?))
            }
            Some(Kind::GetSet(g)) => Ok(Some((g.get)(self, o)?)),
            Some(Kind::Instance(_)) => {
                let getter = self.special(d, &self.names.get.clone());
                let setter = self.special(d, &self.names.set.clone());
                match (getter, setter) {
                    (Some(g), Some(_)) => {
                        let t = Value::Obj(self.type_of(o));
                        Ok(Some(self.call_unbound(
                            &g,
                            d,
                            &[d.clone(), o.clone(), t],
                        )?))
                    }
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// Bind a class attribute found for instance `o` (functions become bound methods).
    fn bind_descr(&mut self, d: Value, o: &Value, t: &ObjRef) -> PyResult<Value> {
        match d.as_obj().map(|x| &**x) {
            Some(Kind::Func(_)) => Ok(Value::Obj(ObjRef::new(Kind::Method(d.clone(), o.clone())))),
            Some(Kind::Builtin(b)) if b.method => {
                Ok(Value::Obj(ObjRef::new(Kind::Method(d.clone(), o.clone()))))
            }
            Some(Kind::StaticMethod(f)) => Ok(f.clone()),
            Some(Kind::ClassMethod(f)) => Ok(Value::Obj(ObjRef::new(Kind::Method(
                f.clone(),
                Value::Obj(t.clone()),
            )))),
            Some(Kind::Instance(_)) => match self.special(&d, &self.names.get.clone()) {
                Some(g) => {
                    self.call_unbound(&g, &d, &[d.clone(), o.clone(), Value::Obj(t.clone())])
                }
                None => Ok(d),
            },
            _ => Ok(d),
        }
    }

    /// Attribute of a class object: its MRO (functions stay plain), then the metatype.
    fn class_getattr(&mut self, cls: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
        let meta = self.type_of(&Value::Obj(cls.clone()));
        let meta_attr = self.lookup(&meta, name);
        if let Some(d) = &meta_attr {
            if matches!(
                d.as_obj().map(|x| &**x),
                Some(Kind::GetSet(_) | Kind::Property(_))
            ) {
                return self.data_descr_get(d, &Value::Obj(cls.clone()));
            }
        }
        if let Some(d) = self.lookup(cls, name) {
            return match d.as_obj().map(|x| &**x) {
                Some(Kind::StaticMethod(f)) => Ok(Some(f.clone())),
                Some(Kind::ClassMethod(f)) => Ok(Some(Value::Obj(ObjRef::new(Kind::Method(
                    f.clone(),
                    Value::Obj(cls.clone()),
                ))))),
                Some(Kind::Instance(_)) => match self.special(&d, &self.names.get.clone()) {
                    Some(g) => Ok(Some(self.call_unbound(
                        &g,
                        &d,
                        &[d.clone(), Value::None, Value::Obj(cls.clone())],
                    )?)),
                    None => Ok(Some(d)),
                },
                _ => Ok(Some(d)),
            };
        }
        match meta_attr {
            Some(d) => {
                let o = Value::Obj(cls.clone());
                if let Some(v) = self.data_descr_get(&d, &o)? {
                    return Ok(Some(v));
                }
                Ok(Some(self.bind_descr(d, &o, &meta)?))
            }
            // `cls.__class__` is the metaclass.
            None if name.ptr_eq(&self.names.class) => Ok(Some(Value::Obj(meta))),
            None => Ok(None),
        }
    }

    /// `super(start, slf).name`: search the MRO of slf's type after `start`.
    fn super_getattr(
        &mut self,
        start: &ObjRef,
        slf: &Value,
        name: &ObjRef,
    ) -> PyResult<Option<Value>> {
        let (t, is_class) = match slf.as_obj().map(|x| &**x) {
            Some(Kind::Class(_)) if !self.isinstance(slf, start) => {
                (slf.as_obj().cloned().expect("class"), true)
            }
            _ => (self.type_of(slf), false),
        };
        let mro = match &*t {
            Kind::Class(c) => c.mro.borrow().clone(),
            _ => alloc::vec::Vec::new(),
        };
        let mut after = false;
        for k in &mro {
            if after {
                if let Kind::Class(kc) = &**k {
                    if let Some(d) = self.dict_get_str_quiet(&kc.dict, name) {
                        if is_class {
                            return match d.as_obj().map(|x| &**x) {
                                Some(Kind::ClassMethod(f)) => Ok(Some(Value::Obj(ObjRef::new(
                                    Kind::Method(f.clone(), slf.clone()),
                                )))),
                                Some(Kind::StaticMethod(f)) => Ok(Some(f.clone())),
                                _ => Ok(Some(d)),
                            };
                        }
                        if let Some(v) = self.data_descr_get(&d, slf)? {
                            return Ok(Some(v));
                        }
                        return Ok(Some(self.bind_descr(d, slf, &t)?));
                    }
                }
            } else if k.ptr_eq(start) {
                after = true;
            }
        }
        Ok(None)
    }

    /// LOAD_METHOD: `(function, true)` when `o.name` is a plain function on
    /// the type (call it with `o` first), else `(o.name, false)`.
    pub fn load_method(&mut self, o: &Value, name: &ObjRef) -> PyResult<(Value, bool)> {
        if !matches!(
            o.as_obj().map(|x| &**x),
            Some(Kind::Class(_)) | Some(Kind::Module(_)) | Some(Kind::Super(..))
        ) {
            let t = self.type_of(o);
            if let Some(d) = self.lookup(&t, name).filter(|_| !custom_getattribute(&t)) {
                let is_method = match d.as_obj().map(|x| &**x) {
                    Some(Kind::Func(_)) => true,
                    Some(Kind::Builtin(b)) => b.method,
                    _ => false,
                };
                if is_method {
                    let shadowed = own_attrs(o).is_some_and(|i| i.get(name).is_some());
                    if !shadowed {
                        return Ok((d, true));
                    }
                }
            }
        }
        Ok((self.get_attr(o, name)?, false))
    }

    /// `o.name = v`.
    pub fn set_attr(&mut self, o: &Value, name: &ObjRef, v: Value) -> PyResult<()> {
        if name.ptr_eq(&self.names.class) {
            return self.set_class(o, &v);
        }
        if name.ptr_eq(&self.names.dict) && self.slots_of(o).is_none() {
            if let Some(inst) = own_attrs(o) {
                return match v {
                    Value::Obj(d) if matches!(&*d, Kind::Dict(_)) => {
                        inst.set_dict(d);
                        Ok(())
                    }
                    _ => {
                        let m = format!(
                            "__dict__ must be set to a dictionary, not a '{}'",
                            self.type_name(&v)
                        );
                        Err(self.type_error(m))
                    }
                };
            }
        }
        let t = self.type_of(o);
        if let Some(d) = self.lookup(&t, name) {
            match d.as_obj().map(|x| &**x) {
                Some(Kind::Property(p)) => {
                    let fset = p.get(1);
                    if fset.is_none() {
                        let m = format!(
                            "property '{}' of '{}' object has no setter",
                            str_of(&Value::Obj(name.clone())).unwrap_or("?"),
                            self.class_name(&t)
                        );
                        return Err(self.new_exc(Exc::AttributeError, m));
                    }
                    self.call(&fset, &[o.clone(), v])?;
                    return Ok(());
                }
                Some(Kind::GetSet(g)) => {
                    if let Some(set) = g.set {
                        return set(self, o, v);
                    }
                    if !matches!(o.as_obj().map(|x| &**x), Some(Kind::Instance(_))) {
                        let m = format!(
                            "attribute '{}' of '{}' objects is not writable",
                            g.name,
                            self.class_name(&t)
                        );
                        return Err(self.new_exc(Exc::AttributeError, m));
                    }
                }
                Some(Kind::Instance(_)) => {
                    if let Some(s) = self.special(&d, &self.names.set.clone()) {
                        self.call_unbound(&s, &d, &[d.clone(), o.clone(), v])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if let Some(sa) = self.lookup(&t, &self.names.setattr.clone()) {
            if !matches!(sa.as_obj().map(|x| &**x), Some(Kind::Builtin(_))) {
                self.call_unbound(&sa, o, &[o.clone(), Value::Obj(name.clone()), v])?;
                return Ok(());
            }
        }
        if slots_forbid(&t, name) {
            return Err(self.attribute_error(o, name));
        }
        self.generic_setattr(o, name, v)
    }

    /// `object.__setattr__`: store in the instance/class/module dict.
    pub fn generic_setattr(&mut self, o: &Value, name: &ObjRef, v: Value) -> PyResult<()> {
        match o.as_obj().map(|x| &**x) {
            Some(Kind::Class(c)) => {
                if name.ptr_eq(&self.names.getattribute) {
                    c.custom_getattribute.set(true);
                }
                if str_of(&Value::Obj(name.clone())) == Some("__del__") {
                    c.has_del.set(true);
                }
                self.dict_set_str(&c.dict, name.clone(), v);
                self.invalidate_lookups();
                Ok(())
            }
            Some(Kind::Module(m)) => {
                self.dict_set_str(&m.dict, name.clone(), v);
                Ok(())
            }
            _ => {
                if let Some(inst) = own_attrs(o) {
                    inst.set(name, v);
                    return Ok(());
                }
                match self.instance_dict(o) {
                    Some(d) => {
                        self.dict_set_str(&d, name.clone(), v);
                        Ok(())
                    }
                    None => Err(self.readonly_attr_error(o, name)),
                }
            }
        }
    }

    /// `del o.name`.
    pub fn del_attr(&mut self, o: &Value, name: &ObjRef) -> PyResult<()> {
        let t = self.type_of(o);
        if let Some(d) = self.lookup(&t, name) {
            if let Some(Kind::Property(p)) = d.as_obj().map(|x| &**x) {
                let fdel = p.get(2);
                if fdel.is_none() {
                    let m = format!(
                        "property '{}' of '{}' object has no deleter",
                        str_of(&Value::Obj(name.clone())).unwrap_or("?"),
                        self.class_name(&t)
                    );
                    return Err(self.new_exc(Exc::AttributeError, m));
                }
                self.call(&fdel, core::slice::from_ref(o))?;
                return Ok(());
            }
            if let Some(Kind::Instance(_)) = d.as_obj().map(|x| &**x) {
                if let Some(del) = self.special(&d, &self.names.delete.clone()) {
                    self.call_unbound(&del, &d, &[d.clone(), o.clone()])?;
                    return Ok(());
                }
            }
        }
        if let Some(da) = self.lookup(&t, &self.names.delattr.clone()) {
            if !matches!(da.as_obj().map(|x| &**x), Some(Kind::Builtin(_))) {
                self.call_unbound(&da, o, &[o.clone(), Value::Obj(name.clone())])?;
                return Ok(());
            }
        }
        let dict = match o.as_obj().map(|x| &**x) {
            Some(Kind::Class(c)) => {
                self.invalidate_lookups();
                Some(c.dict.clone())
            }
            Some(Kind::Module(m)) => Some(m.dict.clone()),
            _ if own_attrs(o).is_some() => {
                return match self.del_own_attr(o, name) {
                    Some(_) => Ok(()),
                    // An empty slot's error names only the slot, as CPython's.
                    None if self.slots_of(o).is_some() => {
                        let n = str_of(&Value::Obj(name.clone())).unwrap_or("?").to_owned();
                        Err(self.new_exc(Exc::AttributeError, n))
                    }
                    None => Err(self.attribute_error(o, name)),
                };
            }
            _ => self.instance_dict(o),
        };
        match dict {
            Some(d) => match self.dict_del_str(&d, name) {
                Some(_) => Ok(()),
                None => Err(self.attribute_error(o, name)),
            },
            None => Err(self.readonly_attr_error(o, name)),
        }
    }

    /// AttributeError with CPython's message for `o.name`.
    pub fn attribute_error(&mut self, o: &Value, name: &ObjRef) -> ObjRef {
        let n = str_of(&Value::Obj(name.clone())).unwrap_or("?").to_owned();
        let m = match o.as_obj().map(|x| &**x) {
            Some(Kind::Class(_)) => format!(
                "type object '{}' has no attribute '{n}'",
                self.class_name(o.as_obj().expect("class"))
            ),
            Some(Kind::Module(m)) => format!(
                "module '{}' has no attribute '{n}'",
                str_of(&m.name).unwrap_or("?")
            ),
            _ => format!("'{}' object has no attribute '{n}'", self.type_name(o)),
        };
        self.new_exc(Exc::AttributeError, m)
    }

    fn readonly_attr_error(&mut self, o: &Value, name: &ObjRef) -> ObjRef {
        let n = str_of(&Value::Obj(name.clone())).unwrap_or("?").to_owned();
        let m = format!("'{}' object has no attribute '{n}'", self.type_name(o));
        self.new_exc(Exc::AttributeError, m)
    }
}

use alloc::borrow::ToOwned;

/// Where `o`'s own attributes are: an instance, or a native object's
/// subclass record.
#[inline]
pub fn own_attrs(o: &Value) -> Option<&InstanceObj> {
    let obj = o.as_obj()?;
    match &**obj {
        Kind::Instance(i) => Some(i),
        _ => match obj.ext().map(|e| &**e) {
            Some(Kind::Instance(i)) => Some(i),
            _ => None,
        },
    }
}

/// Whether class `t` defines its own `__getattribute__`.
#[inline]
fn custom_getattribute(t: &ObjRef) -> bool {
    matches!(&**t, Kind::Class(c) if c.custom_getattribute.get())
}

/// Whether class `t` has `__slots__` that do not include `name`.
#[inline]
pub fn slots_forbid(t: &ObjRef, name: &ObjRef) -> bool {
    let Kind::Class(c) = &**t else {
        return false;
    };
    fn text(s: &ObjRef) -> Option<&str> {
        match &**s {
            Kind::Str(t) => Some(t.as_str()),
            _ => None,
        }
    }
    c.slots
        .as_ref()
        .is_some_and(|s| !s.iter().any(|n| text(n) == text(name)))
}
