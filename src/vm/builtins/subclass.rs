//! Python subclasses of the built-in types (`class L(list)`, `class N(int)`,
//! `class M(type)`). Their instances stay native objects (a `list` subclass
//! instance is a real list, so every native code path accepts it) carrying
//! a subclass record: `ObjRef::ext`, an `Instance` that holds the real class
//! and the `__dict__`. `int`/`float` values live inline, so their subclass
//! instances are `Kind::NumSub` boxes that native methods see unboxed.
//!
//! This module owns making those instances (the built-in `__new__`s are
//! wrapped to adopt what they make), the `__init__` of the mutable built-in
//! containers, calling a subclass's override of a special method, and
//! `__class__` assignment.

use alloc::format;
use alloc::vec::Vec;

use super::types::Types;
use crate::vm::object::class::Layout;
use crate::vm::object::func::{Args, BuiltinObj, NativeFn};
use crate::vm::object::instance::InstanceObj;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Whether `v` is a native object that is an instance of a Python subclass.
#[inline]
pub fn has_record(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.ext().is_some())
}

/// The number a `Kind::NumSub` box stands for.
#[inline]
pub fn number_of(v: &Value) -> Option<Value> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::NumSub(n)) => Some(n.clone()),
        _ => None,
    }
}

/// `v`, unboxed when it is an instance of an `int`/`float` subclass.
pub fn unboxed(v: &Value) -> Value {
    number_of(v).unwrap_or_else(|| v.clone())
}

/// The first built-in type in a class's MRO (`list` for `class L(list)`).
pub fn native_base(cls: &ObjRef) -> Option<ObjRef> {
    let Kind::Class(c) = &**cls else { return None };
    let mro = c.mro.borrow();
    mro.iter()
        .find(|k| matches!(&***k, Kind::Class(kc) if kc.layout == Layout::Native))
        .cloned()
}

fn is_native_sub(cls: &Value) -> bool {
    matches!(cls.as_obj().map(|o| &**o), Some(Kind::Class(c)) if c.layout == Layout::NativeSub)
}

/// A fresh copy of an immutable native object that is shared elsewhere.
fn copy_native(o: &ObjRef) -> Option<ObjRef> {
    Some(ObjRef::new(match &**o {
        Kind::Str(s) => return Some(crate::vm::object::str::new_str(s.as_str())),
        Kind::Bytes(b) => Kind::Bytes(b.clone()),
        Kind::Tuple(t) => Kind::Tuple(t.clone()),
        Kind::NumSub(n) => Kind::NumSub(n.clone()),
        _ => return None,
    }))
}

/// The subclass record for an instance of `cls`.
pub fn subclass_record(cls: &ObjRef) -> ObjRef {
    ObjRef::new(Kind::Instance(InstanceObj::new(cls.clone(), None)))
}

impl Vm {
    /// Make `v` (just made by a built-in `__new__`) an instance of `cls`
    /// when `cls` is a Python subclass of a built-in type.
    pub fn adopt(&mut self, cls: &Value, v: Value) -> Value {
        let Some(c) = cls.as_obj().filter(|_| is_native_sub(cls)) else {
            return v;
        };
        let obj = match v {
            Value::Obj(o) if o.refcount() == 1 && o.ext().is_none() => o,
            Value::Obj(o) => match copy_native(&o) {
                Some(copy) => copy,
                None => return Value::Obj(o),
            },
            n @ (Value::Int(_) | Value::Float(_) | Value::Bool(_)) => ObjRef::new(Kind::NumSub(n)),
            other => return other,
        };
        obj.set_ext(subclass_record(c));
        Value::Obj(obj)
    }

    /// Call the method that `o`'s Python class defines for `name` in place
    /// of the built-in type's (`o` carries a subclass record); None when
    /// the class inherits the built-in behaviour.
    #[cold]
    pub fn call_override(
        &mut self,
        o: &Value,
        name: &ObjRef,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let t = self.type_of(o);
        let Some(m) = self.lookup(&t, name) else {
            return Ok(None);
        };
        if matches!(
            m.as_obj().map(|x| &**x),
            Some(Kind::Builtin(_) | Kind::GetSet(_))
        ) && self.defined_natively(&t, name)
        {
            return Ok(None);
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(o.clone());
        all.extend_from_slice(args);
        self.call_unbound(&m, o, &all).map(Some)
    }

    /// Whether the class in `t`'s MRO that defines `name` is a built-in one
    /// (a native method a Python class stores, as `IntEnum.__str__ =
    /// int.__repr__` does, is still an override).
    fn defined_natively(&self, t: &ObjRef, name: &ObjRef) -> bool {
        let Kind::Class(c) = &**t else { return true };
        for k in c.mro.borrow().iter() {
            if let Kind::Class(kc) = &**k {
                if self.dict_get_str_quiet(&kc.dict, name).is_some() {
                    return kc.layout == Layout::Native || k.ptr_eq(&self.types.object);
                }
            }
        }
        true
    }

    /// Arguments for a native method of `int`/`float` called on a subclass
    /// instance: the same, with the instance unboxed.
    pub fn unbox_self(&self, b: &BuiltinObj, args: &[Value]) -> Option<Vec<Value>> {
        let n = number_of(args.first()?)?;
        let numeric = ["int.", "float.", "bool."]
            .iter()
            .any(|p| b.name.starts_with(p));
        if !numeric {
            return None;
        }
        let mut all = args.to_vec();
        all[0] = n;
        Some(all)
    }

    /// `o.__class__ = cls`, allowed between classes with the same layout.
    pub fn set_class(&mut self, o: &Value, cls: &Value) -> PyResult<()> {
        let Some(new) = cls
            .as_obj()
            .filter(|c| matches!(&***c, Kind::Class(_)))
            .cloned()
        else {
            let m = format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(cls)
            );
            return Err(self.type_error(m));
        };
        let record = match o.as_obj() {
            Some(x) if matches!(&**x, Kind::Instance(_)) => Some(x.clone()),
            // A module becomes an instance of a ModuleType subclass.
            Some(x) if matches!(&**x, Kind::Module(_)) && x.ext().is_none() => {
                let module = self.types.module.clone();
                if self.is_subclass(&new, &module) && !new.ptr_eq(&module) {
                    x.set_ext(subclass_record(&new));
                    return Ok(());
                }
                None
            }
            Some(x) => x.ext().cloned(),
            None => None,
        };
        let Some(record) = record.filter(|_| !self.is_builtin_type(&new)) else {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        };
        let old = self.type_of(o);
        if !self.same_layout(&old, &new) {
            let m = format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                self.class_name(&new),
                self.class_name(&old)
            );
            return Err(self.type_error(m));
        }
        if let Kind::Instance(i) = &*record {
            i.set_class(new);
        }
        Ok(())
    }

    fn is_builtin_type(&self, cls: &ObjRef) -> bool {
        matches!(&**cls, Kind::Class(c) if c.layout == Layout::Native)
            || cls.ptr_eq(&self.types.object)
    }

    fn same_layout(&self, a: &ObjRef, b: &ObjRef) -> bool {
        let (Kind::Class(x), Kind::Class(y)) = (&**a, &**b) else {
            return false;
        };
        let bases_match = match (native_base(a), native_base(b)) {
            (Some(p), Some(q)) => p.ptr_eq(&q),
            _ => x.layout == y.layout,
        };
        bases_match && x.slots.is_some() == y.slots.is_some()
    }
}

/// A built-in type's `__new__`, wrapped (the original is the bound first
/// argument) so that what it makes for a subclass becomes an instance of it.
/// `list`, `dict` and `set` subclasses start empty: their `__init__` fills them.
fn adopting_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let orig = args.vals[0].clone();
    let rest = Args {
        vals: &args.vals[1..],
        kwnames: args.kwnames,
    };
    let cls = match rest.vals.first() {
        Some(c) if is_native_sub(c) => c.clone(),
        _ => return vm.call_args(&orig, rest),
    };
    let Some(base) = cls.as_obj().and_then(native_base) else {
        return vm.call_args(&orig, rest);
    };
    let t = vm.types.clone();
    let filled_by_init = [&t.list, &t.dict, &t.set].iter().any(|x| x.ptr_eq(&base));
    let made = if filled_by_init {
        vm.call(&orig, &[Value::Obj(base)])?
    } else {
        let mut a = rest.vals.to_vec();
        a[0] = Value::Obj(base);
        vm.call_args(
            &orig,
            Args {
                vals: &a,
                kwnames: rest.kwnames,
            },
        )?
    };
    Ok(vm.adopt(&cls, made))
}

/// Call the built-in method `name` of type `t` with `args`.
fn call_base(vm: &mut Vm, t: &ObjRef, name: &str, args: Args) -> PyResult<Value> {
    let k = vm.intern(name);
    let m = vm.lookup(t, &k).unwrap_or(Value::None);
    vm.call_args(&m, args)
}

/// `list.__init__(self, iterable=())`.
fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "list", 0, 1)?;
    let t = vm.types.list.clone();
    call_base(vm, &t, "clear", Args::positional(&args.vals[..1]))?;
    if args.vals.len() == 2 {
        call_base(vm, &t, "extend", args)?;
    }
    Ok(Value::None)
}

/// `dict.__init__(self, *args, **kw)`.
fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = vm.types.dict.clone();
    call_base(vm, &t, "update", args)?;
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`.
fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "set", 0, 1)?;
    let t = vm.types.set.clone();
    call_base(vm, &t, "clear", Args::positional(&args.vals[..1]))?;
    if args.vals.len() == 2 {
        call_base(vm, &t, "update", args)?;
    }
    Ok(Value::None)
}

/// `T.__getitem__(self, key)` of a built-in type (reached by `super()`).
fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "__getitem__", 1, 1)?;
    vm.native_getitem(&args.vals[0], &args.vals[1])
}

fn dunder_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "__setitem__", 2, 2)?;
    let (k, v) = (args.vals[1].clone(), args.vals[2].clone());
    vm.native_setitem(&args.vals[0], k, v)?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "__delitem__", 1, 1)?;
    vm.native_delitem(&args.vals[0], &args.vals[1])?;
    Ok(Value::None)
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "__contains__", 1, 1)?;
    Ok(Value::Bool(
        vm.native_contains(&args.vals[0], &args.vals[1])?,
    ))
}

fn dunder_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "__iter__", 0, 0)?;
    vm.native_iter(&args.vals[0])
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "__len__", 0, 0)?;
    Ok(Value::Int(
        super::funcs::native_len(vm, &args.vals[0])? as i64
    ))
}

fn dunder_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "__repr__", 0, 0)?;
    let mut out = alloc::string::String::new();
    vm.native_repr_into(&mut out, &args.vals[0])?;
    Ok(vm.new_str_value(out))
}

/// `int.__float__`, `float.__int__`, `float.__float__`: what `int(x)` and
/// `float(x)` fall back to for a subclass instance.
fn number_convert(vm: &mut Vm, args: Args, to_float: bool) -> PyResult<Value> {
    super::method_args(vm, args, "conversion", 0, 0)?;
    match (args.vals[0].clone(), to_float) {
        (Value::Int(i), true) => Ok(Value::Float(i as f64)),
        (Value::Bool(b), true) => Ok(Value::Float(b as i64 as f64)),
        (f @ Value::Float(_), true) => Ok(f),
        (f @ Value::Float(_), false) => {
            let int = vm.types.int.clone();
            vm.call(&Value::Obj(int), &[f])
        }
        (other, _) => {
            let m = format!("expected a number, not '{}'", vm.type_name(&other));
            Err(vm.type_error(m))
        }
    }
}

fn to_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    number_convert(vm, args, true)
}

fn to_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    number_convert(vm, args, false)
}

/// The container special methods a subclass's `super()` reaches (where
/// the type's own module does not define them).
fn install_dunders(vm: &mut Vm) {
    let t = vm.types.clone();
    let all = [
        &t.list,
        &t.tuple,
        &t.str,
        &t.bytes,
        &t.bytearray,
        &t.dict,
        &t.set,
        &t.frozenset,
    ];
    let mut methods: Vec<(&ObjRef, &'static str, NativeFn)> = Vec::new();
    for ty in all {
        methods.push((ty, "__contains__", dunder_contains));
        methods.push((ty, "__iter__", dunder_iter));
        methods.push((ty, "__len__", dunder_len));
        methods.push((ty, "__repr__", dunder_repr));
    }
    for ty in &all[..6] {
        methods.push((ty, "__getitem__", dunder_getitem));
    }
    for ty in [&t.list, &t.bytearray, &t.dict] {
        methods.push((ty, "__setitem__", dunder_setitem));
        methods.push((ty, "__delitem__", dunder_delitem));
    }
    methods.push((&t.int, "__float__", to_float));
    methods.push((&t.float, "__float__", to_float));
    methods.push((&t.float, "__int__", to_int));
    for (ty, name, f) in methods {
        let Kind::Class(c) = &**ty else { continue };
        let k = vm.intern(name);
        if vm.dict_get_str_quiet(&c.dict, &k).is_none() {
            super::add_method(vm, ty, name, f);
        }
    }
}

/// The built-in types (other than `type`) a Python class may derive from.
fn subclassable(t: &Types) -> [&ObjRef; 16] {
    [
        &t.int,
        &t.float,
        &t.str,
        &t.bytes,
        &t.bytearray,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.map,
        &t.zip,
        &t.filter,
        &t.enumerate,
        &t.reversed,
        &t.module,
    ]
}

/// Let Python classes derive from the built-in type `ty`: mark it so and
/// wrap its `__new__` so that what it makes for a subclass becomes an
/// instance of it (modules' types, as `itertools.chain`, use it too).
pub fn allow_subclasses(vm: &mut Vm, ty: &ObjRef) {
    let Kind::Class(c) = &**ty else { return };
    c.basetype.set(true);
    let new = vm.names.new.clone();
    let Some(orig) = vm.dict_get_str_quiet(&c.dict, &new) else {
        return;
    };
    let name = match orig.as_obj().map(|o| &**o) {
        Some(Kind::Builtin(b)) => b.name,
        _ => return,
    };
    let wrapped = Value::Obj(ObjRef::new(Kind::Builtin(BuiltinObj {
        name,
        f: adopting_new,
        bound: Some(orig),
        method: true,
    })));
    vm.dict_set_str(&c.dict, new, wrapped);
}

/// Wrap the `__new__` of every subclassable built-in type; give the
/// mutable containers their `__init__`. Runs after the types' own installs.
pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    for ty in subclassable(&t) {
        allow_subclasses(vm, ty);
    }
    super::add_method(vm, &t.list, "__init__", list_init);
    super::add_method(vm, &t.dict, "__init__", dict_init);
    super::add_method(vm, &t.set, "__init__", set_init);
    install_dunders(vm);
}
