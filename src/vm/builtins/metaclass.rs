//! Metaclasses and what a class statement decides besides its namespace:
//! the metaclass of a new class (`metaclass=` or the most derived one of
//! the bases), `__prepare__`, `type.__call__` and a metaclass's own
//! `__call__`, and the `__slots__` / `__getattribute__` facts each class
//! records for its instances.

use alloc::format;
use alloc::vec;
use alloc::vec::Vec;

use super::subclass::subclass_record;
use crate::vm::object::class::Layout;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The metaclass of a class statement: `explicit` or `type`, replaced
    /// by a base's metaclass when that one is more derived.
    pub fn metaclass_for(&mut self, explicit: Option<Value>, bases: &[ObjRef]) -> PyResult<Value> {
        let mut meta = explicit.unwrap_or_else(|| Value::Obj(self.types.type_.clone()));
        let Some(mut winner) = meta
            .as_obj()
            .filter(|m| matches!(&***m, Kind::Class(_)))
            .cloned()
        else {
            // A plain callable as metaclass is called as it is.
            return Ok(meta);
        };
        for b in bases {
            let bt = self.type_of(&Value::Obj(b.clone()));
            if self.is_subclass(&winner, &bt) {
                continue;
            }
            if !self.is_subclass(&bt, &winner) {
                return Err(self.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                     subclass of the metaclasses of all its bases",
                ));
            }
            winner = bt;
        }
        meta = Value::Obj(winner);
        Ok(meta)
    }

    /// The namespace a class body runs in: `meta.__prepare__(name, bases)` or a new dict.
    pub fn prepare_namespace(
        &mut self,
        meta: &Value,
        name: &Value,
        bases: &Value,
    ) -> PyResult<ObjRef> {
        let key = self.intern("__prepare__");
        let Some(prepare) = self.get_attr_opt(meta, &key)? else {
            return Ok(crate::vm::eval::mapping::new_dict());
        };
        let ns = self.call(&prepare, &[name.clone(), bases.clone()])?;
        match ns {
            Value::Obj(d) if matches!(&*d, Kind::Dict(_)) => Ok(d),
            other => {
                let m = format!(
                    "__prepare__() must return a dict, not {}",
                    self.type_name(&other)
                );
                Err(self.type_error(m))
            }
        }
    }

    /// Make `cls` an instance of metaclass `meta` (nothing to do for `type`).
    pub fn set_metaclass(&mut self, cls: &ObjRef, meta: &ObjRef) {
        if !meta.ptr_eq(&self.types.type_) {
            cls.set_ext(subclass_record(meta));
        }
    }

    /// A metaclass's own `__call__` for calling class `cls`, if it has one.
    #[inline]
    pub fn metaclass_call(&self, cls: &ObjRef) -> Option<Value> {
        cls.ext()?;
        let meta = self.type_of(&Value::Obj(cls.clone()));
        let call = self.lookup(&meta, &self.names.call)?;
        (!matches!(call.as_obj().map(|o| &**o), Some(Kind::Builtin(_)))).then_some(call)
    }

    /// The attribute names instances of a new class may have when it and
    /// all its bases declare `__slots__` (None: instances have a `__dict__`).
    pub fn slots_for(&mut self, ns: &ObjRef, mro: &[ObjRef]) -> PyResult<Option<Vec<ObjRef>>> {
        let key = self.intern("__slots__");
        let Some(decl) = self.dict_get_str_quiet(ns, &key) else {
            return Ok(None);
        };
        let names = if str_of(&decl).is_some() {
            vec![decl]
        } else {
            self.collect(&decl)?
        };
        let mut out = Vec::with_capacity(names.len());
        for n in names {
            match (str_of(&n), n.as_obj()) {
                (Some("__dict__"), _) => return Ok(None),
                (Some(_), Some(o)) => out.push(o.clone()),
                _ => {
                    let m = format!(
                        "__slots__ items must be strings, not '{}'",
                        self.type_name(&n)
                    );
                    return Err(self.type_error(m));
                }
            }
        }
        for base in mro {
            let Kind::Class(c) = &**base else { continue };
            if base.ptr_eq(&self.types.object) || c.layout == Layout::Native {
                continue;
            }
            match &c.slots {
                Some(s) => out.extend(s.iter().cloned()),
                None => return Ok(None),
            }
        }
        Ok(Some(out))
    }

    /// Whether a class with namespace `ns` and MRO `mro` (after itself)
    /// has a `__getattribute__` of its own.
    pub fn custom_getattribute_for(&self, ns: &ObjRef, mro: &[ObjRef]) -> bool {
        self.dict_get_str_quiet(ns, &self.names.getattribute)
            .is_some()
            || mro
                .iter()
                .any(|b| matches!(&**b, Kind::Class(c) if c.custom_getattribute.get()))
    }

    /// `o.name` through a class's own `__getattribute__`, then `__getattr__`
    /// when that raises AttributeError.
    #[cold]
    pub fn custom_getattr(&mut self, o: &Value, name: &ObjRef) -> PyResult<Value> {
        let ga = self.special(o, &self.names.getattribute.clone());
        let args = [o.clone(), Value::Obj(name.clone())];
        let r = match ga {
            Some(m) => self.call_unbound(&m, o, &args),
            None => return Err(self.attribute_error(o, name)),
        };
        match r {
            Err(e) if self.exc_is(&e, super::exc_table::Exc::AttributeError) => {
                match self.special(o, &self.names.getattr.clone()) {
                    Some(m) => self.call_unbound(&m, o, &args),
                    None => Err(e),
                }
            }
            r => r,
        }
    }
}

/// `type.__call__(cls, *args, **kw)`: make and initialise an instance.
fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args
        .vals
        .first()
        .and_then(|c| c.as_obj())
        .filter(|c| matches!(&***c, Kind::Class(_)))
        .cloned()
    else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    vm.construct(
        &cls,
        Args {
            vals: &args.vals[1..],
            kwnames: args.kwnames,
        },
    )
}

/// Register `type.__call__`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    super::add_method(vm, &t, "__call__", type_call);
}
