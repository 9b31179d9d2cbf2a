//! Classes at run time: `__build_class__`, C3 MRO, instantiation
//! (`__new__` + `__init__`), `object`'s and `type`'s own methods,
//! `super`, `property`, `classmethod` and `staticmethod`.

use core::cell::RefCell;

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::{add_getset, add_method, arg_count};
use crate::vm::eval::frame::Frame;
use crate::vm::eval::mapping::new_dict;
use crate::vm::eval::run::CallOutcome;
use crate::vm::object::class::{ClassObj, Layout};
use crate::vm::object::func::{Args, Property};
use crate::vm::object::instance::InstanceObj;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// C3 linearisation of `bases` (without the new class itself); None when
/// no consistent order exists.
pub fn c3_merge(bases: &[ObjRef]) -> Option<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| match &**b {
            Kind::Class(c) => c.mro.borrow().clone(),
            _ => vec![b.clone()],
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|cand| !seqs.iter().any(|s| s[1..].iter().any(|x| x.ptr_eq(cand))))?;
        for s in seqs.iter_mut() {
            if s[0].ptr_eq(&head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// As [`c3_merge`] for the built-in types, whose bases are always consistent.
pub fn c3_mro_unchecked(bases: &[ObjRef]) -> Vec<ObjRef> {
    c3_merge(bases).unwrap_or_default()
}

fn is_native(v: &Value, name: &str) -> bool {
    matches!(v.as_obj().map(|o| &**o), Some(Kind::Builtin(b)) if b.name == name)
}

impl Vm {
    /// `cls(*args, **kw)`: the metaclass's `__call__`, or `type.__call__`.
    pub fn call_class(&mut self, cls: &ObjRef, args: Args) -> PyResult<Value> {
        if let Some(call) = self.metaclass_call(cls) {
            let mut all = Vec::with_capacity(args.vals.len() + 1);
            all.push(Value::Obj(cls.clone()));
            all.extend_from_slice(args.vals);
            return self.call_args(
                &call,
                Args {
                    vals: &all,
                    kwnames: args.kwnames,
                },
            );
        }
        self.construct(cls, args)
    }

    /// `type.__call__`: `__new__` then `__init__`.
    pub fn construct(&mut self, cls: &ObjRef, args: Args) -> PyResult<Value> {
        if cls.ptr_eq(&self.types.type_) && args.vals.len() == 1 && args.kwnames.is_empty() {
            return Ok(Value::Obj(self.type_of(&args.vals[0])));
        }
        let new = self
            .lookup(cls, &self.names.new.clone())
            .unwrap_or(Value::None);
        let builtin_type = matches!(&**cls, Kind::Class(c) if c.layout == Layout::Native);
        let mut with_cls = Vec::with_capacity(args.vals.len() + 1);
        with_cls.push(Value::Obj(cls.clone()));
        with_cls.extend_from_slice(args.vals);
        let new_args = Args {
            vals: &with_cls,
            kwnames: args.kwnames,
        };
        let new_f = match new.as_obj().map(|o| &**o) {
            Some(Kind::StaticMethod(f)) => f.clone(),
            // A built-in type's own `__new__` (subclass.rs wraps it).
            Some(Kind::Builtin(b)) if builtin_type => b.bound.clone().unwrap_or(new.clone()),
            _ => new.clone(),
        };
        let obj = self.call_args(&new_f, new_args)?;
        if builtin_type || !self.isinstance(&obj, cls) {
            return Ok(obj);
        }
        let init = self
            .lookup(cls, &self.names.init.clone())
            .unwrap_or(Value::None);
        if is_native(&init, "object.__init__") {
            if !args.vals.is_empty() && is_native(&new, "object.__new__") {
                let m = format!("{}() takes no arguments", self.class_name(cls));
                return Err(self.type_error(m));
            }
            return Ok(obj);
        }
        with_cls[0] = obj.clone();
        let r = self.call_args(
            &init,
            Args {
                vals: &with_cls,
                kwnames: args.kwnames,
            },
        )?;
        self.init_returned(r, obj)
    }

    /// `cls(...)` for a plain class whose `__new__` is `object.__new__`:
    /// with a Python `__init__`, the new instance bound into a frame for it,
    /// which the calling loop runs like any call (no nested loop); with
    /// `object.__init__` and no arguments, the instance. None when the class
    /// needs [`Vm::construct`].
    pub(crate) fn construct_plain(
        &mut self,
        cls: &ObjRef,
        args: Args,
    ) -> PyResult<Option<CallOutcome>> {
        match &**cls {
            // A metaclass (the subclass record) may define `__call__`.
            Kind::Class(c) if c.layout == Layout::Object && cls.ext().is_none() => {}
            _ => return Ok(None),
        }
        match self.lookup(cls, &self.names.new) {
            Some(new) if is_native(&new, "object.__new__") => {}
            _ => return Ok(None),
        }
        let Some(init) = self.lookup(cls, &self.names.init) else {
            return Ok(None);
        };
        match init.as_obj().map(|o| &**o) {
            Some(Kind::Func(func)) if !func.code.raw.is_resumable() => {
                let obj = self.new_instance(cls);
                let mut frame = self.bind_frame(func, Some(&obj), args)?;
                frame.constructing = Some(obj);
                Ok(Some(CallOutcome::Frame(frame)))
            }
            _ if args.vals.is_empty() && is_native(&init, "object.__init__") => {
                Ok(Some(CallOutcome::Value(self.new_instance(cls))))
            }
            _ => Ok(None),
        }
    }

    /// What `cls(...)` returns once `__init__` returned `r`: the instance,
    /// or TypeError when `__init__` returned something other than None.
    pub(crate) fn init_returned(&mut self, r: Value, obj: Value) -> PyResult<Value> {
        if !r.is_none() {
            let m = format!(
                "__init__() should return None, not '{}'",
                self.type_name(&r)
            );
            return Err(self.type_error(m));
        }
        Ok(obj)
    }

    /// A new plain instance of `cls`, with no attributes.
    pub fn new_instance(&mut self, cls: &ObjRef) -> Value {
        Value::Obj(ObjRef::new(Kind::Instance(InstanceObj::new(
            cls.clone(),
            None,
        ))))
    }

    /// Create a class object (an instance of `meta`) from a finished
    /// namespace; `kw` goes to `__init_subclass__`.
    pub fn make_class(
        &mut self,
        meta: &ObjRef,
        name: &str,
        bases: Vec<ObjRef>,
        ns: ObjRef,
        kw: Args,
    ) -> PyResult<ObjRef> {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        let mut layout = Layout::Object;
        for b in &bases {
            match &**b {
                Kind::Class(c) => match c.layout {
                    Layout::Exception => layout = Layout::Exception,
                    Layout::Native if !self.is_acceptable_base(b) => {
                        let m = format!(
                            "type '{}' is not an acceptable base type",
                            self.class_name(b)
                        );
                        return Err(self.type_error(m));
                    }
                    Layout::Native | Layout::NativeSub => layout = Layout::NativeSub,
                    Layout::Object => {}
                },
                _ => {
                    let m = format!(
                        "bases must be types, not {}",
                        self.type_name(&Value::Obj(b.clone()))
                    );
                    return Err(self.type_error(m));
                }
            }
        }
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|x| x.ptr_eq(b)) {
                let m = format!("duplicate base class {}", self.class_name(b));
                return Err(self.type_error(m));
            }
        }
        let Some(mro) = c3_merge(&bases) else {
            let names: Vec<String> = bases.iter().map(|b| self.class_name(b)).collect();
            let m = format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            );
            return Err(self.type_error(m));
        };
        // `__eq__` without `__hash__` makes instances unhashable, as in CPython.
        let eq = self.names.eq.clone();
        let hash = self.names.hash.clone();
        if self.dict_get_str_quiet(&ns, &eq).is_some()
            && self.dict_get_str_quiet(&ns, &hash).is_none()
        {
            self.dict_set_str(&ns, hash, Value::None);
        }
        self.wrap_implicit_methods(&ns);
        let slots = self.slots_for(&ns, &mro)?;
        let custom_getattribute = self.custom_getattribute_for(&ns, &mro);
        let qn = self.names.qualname.clone();
        let qualname = self
            .dict_del_str(&ns, &qn)
            .unwrap_or_else(|| Value::Obj(crate::vm::object::str::new_str(name)));
        let mut class = ClassObj::new(
            Value::Obj(crate::vm::object::str::new_str(name)),
            bases,
            ns.clone(),
            layout,
        );
        class.qualname = RefCell::new(qualname);
        class.keys = RefCell::new(slots.clone().unwrap_or_default());
        class.slots = slots;
        class.custom_getattribute.set(custom_getattribute);
        let del = self.intern("__del__");
        class.has_del.set(
            self.dict_get_str_quiet(&ns, &del).is_some()
                || mro
                    .iter()
                    .any(|b| matches!(&**b, Kind::Class(c) if c.has_del.get())),
        );
        let cls = ObjRef::new(Kind::Class(alloc::boxed::Box::new(class)));
        self.set_metaclass(&cls, meta);
        if let Kind::Class(c) = &*cls {
            let mut full = vec![cls.clone()];
            full.extend(mro);
            *c.mro.borrow_mut() = full;
        }
        let cc = self.intern("__classcell__");
        if let Some(Value::Obj(cell)) = self.dict_del_str(&ns, &cc) {
            if let Kind::Cell(c) = &*cell {
                *c.borrow_mut() = Value::Obj(cls.clone());
            }
        }
        self.run_set_name(&cls, &ns)?;
        self.run_init_subclass(&cls, kw)?;
        Ok(cls)
    }

    /// `__new__` is a static method, `__init_subclass__` and
    /// `__class_getitem__` class methods, without decorators.
    fn wrap_implicit_methods(&mut self, ns: &ObjRef) {
        let names = [
            self.names.new.clone(),
            self.names.init_subclass.clone(),
            self.names.class_getitem.clone(),
        ];
        for (i, n) in names.into_iter().enumerate() {
            if let Some(f @ Value::Obj(_)) = self.dict_get_str_quiet(ns, &n) {
                if matches!(f.as_obj().map(|o| &**o), Some(Kind::Func(_))) {
                    let k = if i == 0 {
                        Kind::StaticMethod(f)
                    } else {
                        Kind::ClassMethod(f)
                    };
                    self.dict_set_str(ns, n, Value::Obj(ObjRef::new(k)));
                }
            }
        }
    }

    /// Built-in types Python classes may derive from.
    fn is_acceptable_base(&self, b: &ObjRef) -> bool {
        self.types.type_.ptr_eq(b) || matches!(&**b, Kind::Class(c) if c.basetype.get())
    }

    fn run_set_name(&mut self, cls: &ObjRef, ns: &ObjRef) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match &**ns {
            Kind::Dict(d) => d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            _ => Vec::new(),
        };
        let set_name = self.names.set_name.clone();
        for (k, v) in items {
            if matches!(v.as_obj().map(|o| &**o), Some(Kind::Instance(_))) {
                self.call_special(&v, &set_name, &[Value::Obj(cls.clone()), k])?;
            }
        }
        Ok(())
    }

    fn run_init_subclass(&mut self, cls: &ObjRef, kw: Args) -> PyResult<()> {
        let name = self.names.init_subclass.clone();
        let Some(sup) = (match &**cls {
            Kind::Class(c) => c.mro.borrow().get(1).cloned(),
            _ => None,
        }) else {
            return Ok(());
        };
        if let Some(m) = self.lookup(&sup, &name) {
            if let Some(Kind::ClassMethod(f)) = m.as_obj().map(|o| &**o) {
                let f = f.clone();
                let mut all = Vec::with_capacity(kw.vals.len() + 1);
                all.push(Value::Obj(cls.clone()));
                all.extend_from_slice(kw.vals);
                self.call_args(
                    &f,
                    Args {
                        vals: &all,
                        kwnames: kw.kwnames,
                    },
                )?;
            }
        }
        Ok(())
    }

    /// Zero-argument `super()` inside a method running in frame `f`.
    pub(crate) fn zero_arg_super(&mut self, f: &Frame) -> PyResult<Value> {
        let raw = &f.code.raw;
        let cell_idx = raw
            .cellvars
            .iter()
            .chain(raw.freevars.iter())
            .position(|n| n == "__class__");
        let cls = cell_idx.and_then(|i| match &*f.cells[i] {
            Kind::Cell(c) => c.borrow().as_obj().cloned(),
            _ => None,
        });
        let Some(cls) = cls else {
            return Err(self.new_exc(Exc::RuntimeError, "super(): __class__ cell not found"));
        };
        if raw.arg_count == 0 && !raw.flags.has(crate::vm::bytecode::CodeFlags::VARARGS) {
            return Err(self.new_exc(Exc::RuntimeError, "super(): no arguments"));
        }
        let mut first = f.fast.first().cloned().unwrap_or(Value::Null);
        if raw.cellvars.first() == raw.varnames.first() {
            if let Some(Kind::Cell(c)) = f.cells.first().map(|c| &**c) {
                first = c.borrow().clone();
            }
        }
        if let Value::Null = first {
            return Err(self.new_exc(Exc::RuntimeError, "super(): arg[0] deleted"));
        }
        Ok(Value::Obj(ObjRef::new(Kind::Super(cls, first))))
    }
}

/// `__build_class__(body, name, *bases, **kw)`.
/// The classes a class statement's bases stand for: a base that is not a
/// class gives its `__mro_entries__(bases)` (`Generic[T]`, `NamedTuple`),
/// and then the original bases are returned too, for `__orig_bases__`.
fn resolve_bases(vm: &mut Vm, given: &[Value]) -> PyResult<(Vec<ObjRef>, Option<Value>)> {
    let mut bases = Vec::new();
    let mut orig = None;
    for b in given {
        match b.as_obj() {
            Some(o) if matches!(&**o, Kind::Class(_)) => bases.push(o.clone()),
            _ => {
                let name = vm.intern("__mro_entries__");
                let Some(f) = vm.get_attr_opt(b, &name)? else {
                    let m = format!("bases must be types, not {}", vm.type_name(b));
                    return Err(vm.type_error(m));
                };
                let all = match &orig {
                    Some(t) => t,
                    None => orig.insert(vm.new_tuple(given.to_vec())),
                }
                .clone();
                let entries = vm.call(&f, &[all])?;
                if !matches!(entries.as_obj().map(|o| &**o), Some(Kind::Tuple(_))) {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                }
                for e in vm.collect(&entries)? {
                    match e.as_obj() {
                        Some(o) if matches!(&**o, Kind::Class(_)) => bases.push(o.clone()),
                        _ => {
                            let m = format!("bases must be types, not {}", vm.type_name(&e));
                            return Err(vm.type_error(m));
                        }
                    }
                }
            }
        }
    }
    Ok((bases, orig))
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let body = pos[0].clone();
    let name: String = match str_of(&pos[1]) {
        Some(s) => s.into(),
        None => return Err(vm.type_error("__build_class__: name is not a string")),
    };
    let (bases, orig_bases) = resolve_bases(vm, &pos[2..])?;
    let Some(Kind::Func(func)) = body.as_obj().map(|o| &**o) else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let meta = vm.metaclass_for(args.kwarg("metaclass").cloned(), &bases)?;
    // The class keywords other than `metaclass=`, as trailing keyword arguments.
    let mut kw_vals: Vec<Value> = Vec::new();
    let mut kw_names: Vec<Value> = Vec::new();
    for (k, v) in args.kw().filter(|(k, _)| str_of(k) != Some("metaclass")) {
        kw_names.push(k.clone());
        kw_vals.push(v.clone());
    }
    let name_v = vm.new_str_value(name.clone());
    let bases_t: Vec<Value> = bases.iter().map(|b| Value::Obj(b.clone())).collect();
    let bases_t = vm.new_tuple(bases_t);
    let is_type = matches!(&meta, Value::Obj(m) if m.ptr_eq(&vm.types.type_));
    let ns = if is_type {
        new_dict()
    } else {
        vm.prepare_namespace(&meta, &name_v, &bases_t)?
    };
    vm.code_ready(&func.code)?;
    let mut frame = alloc::boxed::Box::new(Frame::new(
        func.code.clone(),
        func.globals.clone(),
        Some(ns.clone()),
    ));
    let ncell = func.code.raw.cellvars.len();
    for _ in 0..ncell {
        frame
            .cells
            .push(ObjRef::new(Kind::Cell(RefCell::new(Value::Null))));
    }
    frame.cells.extend(func.closure.borrow().iter().cloned());
    vm.run_nested(frame)?;
    if let Some(orig) = orig_bases {
        let k = vm.new_str_value("__orig_bases__".into());
        vm.setitem(&Value::Obj(ns.clone()), k, orig)?;
    }
    let kw = Args {
        vals: &kw_vals,
        kwnames: &kw_names,
    };
    if is_type {
        let t = vm.types.type_.clone();
        return Ok(Value::Obj(vm.make_class(&t, &name, bases, ns, kw)?));
    }
    let mut all = vec![name_v, bases_t, Value::Obj(ns)];
    all.extend(kw_vals.iter().cloned());
    vm.call_args(
        &meta,
        Args {
            vals: &all,
            kwnames: &kw_names,
        },
    )
}

/// `type.__new__(meta, name, bases, dict, **kw)` (the one-argument form is
/// handled by `construct`).
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 2 {
        return Ok(Value::Obj(vm.type_of(&pos[1])));
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let meta = match pos[0].as_obj() {
        Some(m) if matches!(&**m, Kind::Class(_)) => m.clone(),
        _ => return Err(vm.type_error("type.__new__(X): X is not a type object")),
    };
    let Some(name) = str_of(&pos[1]).map(String::from) else {
        let m = format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(&pos[1])
        );
        return Err(vm.type_error(m));
    };
    let bases: Vec<ObjRef> = vm
        .collect(&pos[2])?
        .into_iter()
        .filter_map(|b| b.as_obj().cloned())
        .collect();
    let ns = new_dict();
    let nsv = Value::Obj(ns.clone());
    vm.dict_update_from(&nsv, &pos[3], false)?;
    let kw = Args {
        vals: &args.vals[pos.len()..],
        kwnames: args.kwnames,
    };
    Ok(Value::Obj(vm.make_class(&meta, &name, bases, ns, kw)?))
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.vals.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    match &**cls {
        Kind::Class(c) if c.layout == Layout::Object => Ok(vm.new_instance(cls)),
        Kind::Class(c) if c.layout == Layout::Exception => {
            let a = args.pos()[1..].to_vec();
            Ok(Value::Obj(vm.exception_instance(cls, a)))
        }
        _ => {
            let n = vm.class_name(cls);
            Err(vm.type_error(format!(
                "object.__new__({n}) is not safe, use {n}.__new__()"
            )))
        }
    }
}

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "object.__repr__", 1, 1)?;
    let r = instance_default_repr(vm, &args.vals[0]);
    Ok(vm.new_str_value(r))
}

/// `<module.Class object at 0x...>`.
fn instance_default_repr(vm: &mut Vm, v: &Value) -> String {
    let t = vm.type_of(v);
    let module = match &*t {
        Kind::Class(c) => vm
            .dict_get_str_quiet(&c.dict, &vm.names.module.clone())
            .and_then(|m| str_of(&m).map(String::from)),
        _ => None,
    };
    let qual: String = match &*t {
        Kind::Class(c) => str_of(&c.qualname.borrow()).unwrap_or("?").into(),
        _ => "?".into(),
    };
    let addr = v.as_obj().map_or(0, |o| o.addr());
    match module {
        Some(m) if m != "builtins" => format!("<{m}.{qual} object at {addr:#x}>"),
        _ => format!("<{qual} object at {addr:#x}>"),
    }
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "object.__str__", 1, 1)?;
    let s = vm.repr_string(&args.vals[0])?;
    Ok(vm.new_str_value(s))
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "object.__eq__", 2, 2)?;
    if args.vals[0].is(&args.vals[1]) {
        return Ok(Value::Bool(true));
    }
    Ok(Value::Obj(vm.not_implemented.clone()))
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "object.__ne__", 2, 2)?;
    let r = vm.eq(&args.vals[0], &args.vals[1])?;
    Ok(Value::Bool(!r))
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "object.__hash__", 1, 1)?;
    Ok(Value::Int(
        (args.vals[0].as_obj().map_or(0, |o| o.addr()) >> 4) as i64,
    ))
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "object.__format__", 2, 2)?;
    if str_of(&args.vals[1]).is_some_and(|s| !s.is_empty()) {
        let m = format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args.vals[0])
        );
        return Err(vm.type_error(m));
    }
    vm.str_value(&args.vals[0])
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "object.__setattr__", 3, 3)?;
    let Some(name) = args.vals[1]
        .as_obj()
        .filter(|o| matches!(&***o, Kind::Str(_)))
        .cloned()
    else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let t = vm.type_of(&args.vals[0]);
    if crate::vm::eval::attr::slots_forbid(&t, &name) {
        return Err(vm.attribute_error(&args.vals[0], &name));
    }
    vm.generic_setattr(&args.vals[0], &name, args.vals[2].clone())?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "object.__getattribute__", 2, 2)?;
    let Some(name) = args.vals[1].as_obj().cloned() else {
        return Err(vm.type_error("attribute name must be string"));
    };
    match vm.get_attr_opt(&args.vals[0], &name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&args.vals[0], &name)),
    }
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "object.__delattr__", 2, 2)?;
    let Some(name) = args.vals[1].as_obj().cloned() else {
        return Err(vm.type_error("attribute name must be string"));
    };
    match vm.del_own_attr(&args.vals[0], &name) {
        Some(_) => Ok(Value::None),
        None => Err(vm.attribute_error(&args.vals[0], &name)),
    }
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        let cls = args.vals.first().and_then(|c| c.as_obj()).cloned();
        let name = cls.map_or_else(|| "object".into(), |c| vm.class_name(&c));
        let m = format!("{name}.__init_subclass__() takes no keyword arguments");
        return Err(vm.type_error(m));
    }
    Ok(Value::None)
}

fn class_of(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match v.as_obj() {
        Some(o) if matches!(&**o, Kind::Class(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'type' object")),
    }
}

fn type_name_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = class_of(vm, v)?;
    match &*c {
        Kind::Class(k) => Ok(k.name.borrow().clone()),
        _ => Ok(Value::None),
    }
}

fn type_name_set(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let c = class_of(vm, v)?;
    if let Kind::Class(k) = &*c {
        *k.name.borrow_mut() = x;
    }
    Ok(())
}

fn type_qualname_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = class_of(vm, v)?;
    match &*c {
        Kind::Class(k) => Ok(k.qualname.borrow().clone()),
        _ => Ok(Value::None),
    }
}

fn type_qualname_set(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let c = class_of(vm, v)?;
    if str_of(&x).is_none() {
        let m = format!(
            "can only assign string to {}.__qualname__, not '{}'",
            vm.class_name(&c),
            vm.type_name(&x)
        );
        return Err(vm.type_error(m));
    }
    if let Kind::Class(k) = &*c {
        *k.qualname.borrow_mut() = x;
    }
    Ok(())
}

/// A tuple of one of a class's class lists (`__bases__`, `__mro__`).
fn class_list_tuple(
    vm: &mut Vm,
    v: &Value,
    list: fn(&ClassObj) -> &RefCell<Vec<ObjRef>>,
) -> PyResult<Value> {
    let c = class_of(vm, v)?;
    let items: Vec<Value> = match &*c {
        Kind::Class(k) => list(k)
            .borrow()
            .iter()
            .map(|b| Value::Obj(b.clone()))
            .collect(),
        _ => Vec::new(),
    };
    Ok(vm.new_tuple(items))
}

fn type_bases_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    class_list_tuple(vm, v, |k| &k.bases)
}

fn type_base_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = class_of(vm, v)?;
    Ok(match &*c {
        Kind::Class(k) => k
            .bases
            .borrow()
            .first()
            .map_or(Value::None, |b| Value::Obj(b.clone())),
        _ => Value::None,
    })
}

fn type_mro_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    class_list_tuple(vm, v, |k| &k.mro)
}

fn type_dict_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = class_of(vm, v)?;
    Ok(match &*c {
        Kind::Class(k) => Value::Obj(k.dict.clone()),
        _ => Value::None,
    })
}

fn type_module_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = class_of(vm, v)?;
    let Kind::Class(k) = &*c else {
        return Ok(Value::None);
    };
    Ok(vm
        .dict_get_str_quiet(&k.dict, &vm.names.module.clone())
        .unwrap_or_else(|| Value::Obj(vm.intern("builtins"))))
}

fn type_doc_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = class_of(vm, v)?;
    let Kind::Class(k) = &*c else {
        return Ok(Value::None);
    };
    Ok(vm
        .dict_get_str_quiet(&k.dict, &vm.names.doc.clone())
        .unwrap_or(Value::None))
}

/// `type.__or__` / `__ror__`: `int | str` is a `types.UnionType` (frozen
/// Python, imported on first use), or NotImplemented for other operands.
fn type_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "type.__or__", 2, 2)?;
    union_of(vm, &args.vals[0], &args.vals[1])
}

fn type_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "type.__ror__", 2, 2)?;
    union_of(vm, &args.vals[1], &args.vals[0])
}

fn union_of(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let types = vm.import_module("types")?;
    let name = vm.intern("_union_or");
    let f = vm.get_attr(&types, &name)?;
    vm.call(&f, &[a.clone(), b.clone()])
}

/// `cls.__doc__ = text` (stored in the class's namespace, as CPython does
/// for classes made by a class statement).
fn type_doc_set(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let c = class_of(vm, v)?;
    if let Kind::Class(k) = &*c {
        let name = vm.names.doc.clone();
        vm.dict_set_str(&k.dict, name, x);
        vm.invalidate_lookups();
    }
    Ok(())
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "type.mro", 1, 1)?;
    let t = type_mro_get(vm, &args.vals[0])?;
    let items = vm.collect(&t)?;
    Ok(vm.new_list(items))
}

fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "type.__subclasscheck__", 2, 2)?;
    let (Some(a), Some(b)) = (args.vals[1].as_obj(), args.vals[0].as_obj()) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(vm.is_subclass(a, b)))
}

fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    match pos.len() {
        3 => match pos[1].as_obj() {
            Some(t) if matches!(&**t, Kind::Class(_)) => {
                let ok = match pos[2].as_obj() {
                    Some(c) if matches!(&**c, Kind::Class(_)) => vm.is_subclass(c, t),
                    _ => false,
                } || vm.isinstance(&pos[2], t);
                if !ok {
                    return Err(vm.type_error(
                        "super(type, obj): obj must be an instance or subtype of type",
                    ));
                }
                Ok(Value::Obj(ObjRef::new(Kind::Super(
                    t.clone(),
                    pos[2].clone(),
                ))))
            }
            _ => {
                let m = format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(&pos[1])
                );
                Err(vm.type_error(m))
            }
        },
        _ => Err(vm.new_exc(Exc::RuntimeError, "super(): no arguments")),
    }
}

fn property_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let mut parts = [Value::None, Value::None, Value::None, Value::None];
    for (i, v) in pos.iter().skip(1).take(4).enumerate() {
        parts[i] = v.clone();
    }
    for (i, name) in ["fget", "fset", "fdel", "doc"].iter().enumerate() {
        if let Some(v) = args.kwarg(name) {
            parts[i] = v.clone();
        }
    }
    if parts[3].is_none() {
        let doc = match parts[0].as_obj().map(|o| &**o) {
            Some(Kind::Func(f)) => f.doc(),
            _ => Value::None,
        };
        parts[3] = doc;
    }
    Ok(Value::Obj(ObjRef::new(Kind::Property(Box::new(
        Property {
            parts: RefCell::new(parts),
        },
    )))))
}

fn property_with(vm: &mut Vm, args: Args, slot: usize, name: &str) -> PyResult<Value> {
    arg_count(vm, args, name, 2, 2)?;
    let Some(Kind::Property(p)) = args.vals[0].as_obj().map(|o| &**o) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut parts = p.parts.borrow().clone();
    parts[slot] = args.vals[1].clone();
    Ok(Value::Obj(ObjRef::new(Kind::Property(Box::new(
        Property {
            parts: RefCell::new(parts),
        },
    )))))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 0, "property.getter")
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 1, "property.setter")
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 2, "property.deleter")
}

fn property_part(v: &Value, i: usize) -> Value {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Property(p)) => p.get(i),
        _ => Value::None,
    }
}

fn property_fget(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(property_part(v, 0))
}

fn property_fset(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(property_part(v, 1))
}

fn property_fdel(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(property_part(v, 2))
}

fn property_doc(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(property_part(v, 3))
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "classmethod", 2, 2)?;
    Ok(Value::Obj(ObjRef::new(Kind::ClassMethod(
        args.vals[1].clone(),
    ))))
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "method", 3, 3)?;
    let (f, obj) = (&args.vals[1], &args.vals[2]);
    if vm.special(f, &vm.names.call.clone()).is_none()
        && !matches!(
            f.as_obj().map(|o| &**o),
            Some(Kind::Func(_) | Kind::Builtin(_) | Kind::Method(..))
        )
    {
        return Err(vm.type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::Obj(ObjRef::new(Kind::Method(
        f.clone(),
        obj.clone(),
    ))))
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "staticmethod", 2, 2)?;
    Ok(Value::Obj(ObjRef::new(Kind::StaticMethod(
        args.vals[1].clone(),
    ))))
}

fn wrapped_func(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.as_obj().map(|o| &**o) {
        Some(Kind::ClassMethod(f) | Kind::StaticMethod(f)) => f.clone(),
        Some(Kind::Method(f, _)) => f.clone(),
        _ => Value::None,
    })
}

fn method_self(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.as_obj().map(|o| &**o) {
        Some(Kind::Method(_, s)) => s.clone(),
        _ => Value::None,
    })
}

/// Register everything this module defines.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    super::add_fn(vm, &b, "__build_class__", build_class);
    let t = vm.types.clone();
    add_method(vm, &t.type_, "__new__", type_new);
    add_method(vm, &t.type_, "mro", type_mro);
    add_method(vm, &t.type_, "__subclasscheck__", type_subclasscheck);
    add_method(vm, &t.type_, "__or__", type_or);
    add_method(vm, &t.type_, "__ror__", type_ror);
    add_getset(vm, &t.type_, "__name__", type_name_get, Some(type_name_set));
    add_getset(
        vm,
        &t.type_,
        "__qualname__",
        type_qualname_get,
        Some(type_qualname_set),
    );
    add_getset(vm, &t.type_, "__bases__", type_bases_get, None);
    add_getset(vm, &t.type_, "__base__", type_base_get, None);
    add_getset(vm, &t.type_, "__mro__", type_mro_get, None);
    add_getset(vm, &t.type_, "__dict__", type_dict_get, None);
    add_getset(vm, &t.type_, "__module__", type_module_get, None);
    add_getset(vm, &t.type_, "__doc__", type_doc_get, Some(type_doc_set));
    let o = &t.object;
    add_method(vm, o, "__new__", object_new);
    add_method(vm, o, "__init__", object_init);
    add_method(vm, o, "__repr__", object_repr);
    add_method(vm, o, "__str__", object_str);
    add_method(vm, o, "__eq__", object_eq);
    add_method(vm, o, "__ne__", object_ne);
    add_method(vm, o, "__hash__", object_hash);
    add_method(vm, o, "__format__", object_format);
    add_method(vm, o, "__setattr__", object_setattr);
    add_method(vm, o, "__getattribute__", object_getattribute);
    add_method(vm, o, "__delattr__", object_delattr);
    let isc = super::native(vm, "object.__init_subclass__", object_init_subclass, false);
    let k = vm.names.init_subclass.clone();
    if let Kind::Class(c) = &**o {
        vm.dict_set_str(&c.dict, k, Value::Obj(ObjRef::new(Kind::ClassMethod(isc))));
    }
    add_method(vm, &t.super_, "__new__", super_new);
    add_method(vm, &t.property, "__new__", property_new);
    add_method(vm, &t.property, "getter", property_getter);
    add_method(vm, &t.property, "setter", property_setter);
    add_method(vm, &t.property, "deleter", property_deleter);
    add_getset(vm, &t.property, "fget", property_fget, None);
    add_getset(vm, &t.property, "fset", property_fset, None);
    add_getset(vm, &t.property, "fdel", property_fdel, None);
    add_getset(vm, &t.property, "__doc__", property_doc, None);
    add_method(vm, &t.classmethod, "__new__", classmethod_new);
    add_method(vm, &t.staticmethod, "__new__", staticmethod_new);
    add_getset(vm, &t.classmethod, "__func__", wrapped_func, None);
    add_getset(vm, &t.staticmethod, "__func__", wrapped_func, None);
    add_method(vm, &t.method, "__new__", method_new);
    add_getset(vm, &t.method, "__func__", wrapped_func, None);
    add_getset(vm, &t.method, "__self__", method_self, None);
}
