//! `_datetime`: the native fast paths of the `datetime` module.
//!
//! `datetime` is frozen Python (src/pyglue/frozen/datetime.py): its classes
//! are plain `__slots__` classes and its Python methods are the whole,
//! reference behaviour. On a 486 each of those methods is dozens of
//! bytecodes and several calls for what CPython's C module does in one, so
//! the module ends by handing its classes to [`install`], which puts native
//! methods in their place for the hot operations (construction, timedelta
//! and date/datetime arithmetic, comparisons, hashing, `toordinal`,
//! `weekday`, `isoformat`, the field getters). Each native method handles
//! the common case (int fields, the module's own classes, naive or
//! same-tzinfo datetimes) reading and writing the instances' slots by
//! name, and calls the Python method it replaced for everything else, so
//! errors, subclasses and time zones keep exactly the Python behaviour.
//! delta.rs holds the timedelta methods, dates.rs those of date and
//! datetime.

mod dates;
mod delta;

use alloc::collections::BTreeMap;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::RefCell;

use crate::global::Global;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::native;
use crate::vm::eval::ops::as_int;
use crate::vm::object::func::{Args, GetSet, Getter, NativeFn};
use crate::vm::object::instance::InstanceObj;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The slot names the natives read and write (interned at install).
struct Names {
    days: ObjRef,
    seconds: ObjRef,
    microseconds: ObjRef,
    year: ObjRef,
    month: ObjRef,
    day: ObjRef,
    hour: ObjRef,
    minute: ObjRef,
    second: ObjRef,
    microsecond: ObjRef,
    tzinfo: ObjRef,
    fold: ObjRef,
}

/// What [`install`] learnt: the classes and the Python methods replaced.
struct State {
    timedelta: ObjRef,
    date: ObjRef,
    datetime: ObjRef,
    tzinfo: ObjRef,
    names: Names,
    /// The replaced Python methods by "class.method".
    python: BTreeMap<&'static str, Value>,
}

/// The state of the last `import datetime` (one per interpreter run).
static STATE: Global<RefCell<Option<Rc<State>>>> = Global::new(RefCell::new(None));

fn state(vm: &mut Vm) -> PyResult<Rc<State>> {
    match &*STATE.borrow() {
        Some(s) => Ok(s.clone()),
        None => Err(vm.type_error("datetime natives used before install")),
    }
}

/// A class's natives: (class index in `install`'s arguments, method name,
/// the key its Python method is kept under, the native).
pub(super) type Table = &'static [(usize, &'static str, &'static str, NativeFn)];

/// Getters by class index and attribute name.
pub(super) type Getters = &'static [(usize, &'static str, Getter)];

/// `_datetime.install(timedelta, date, datetime, tzinfo, time)`: replace
/// the hot Python methods of the classes by natives (see the module doc).
fn install(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins::arg_count(vm, args, "install", 5, 5)?;
    let mut classes = Vec::new();
    for v in args.pos() {
        match v {
            Value::Obj(o) if matches!(&**o, Kind::Class(_)) => classes.push(o.clone()),
            _ => return Err(vm.type_error("install() takes classes")),
        }
    }
    let mut python = BTreeMap::new();
    for table in [delta::METHODS, dates::METHODS] {
        for &(ci, name, key, f) in table {
            let cls = Value::Obj(classes[ci].clone());
            let n = vm.intern(name);
            let old = vm.get_attr(&cls, &n)?;
            python.insert(key, old);
            let v = native(vm, key, f, true);
            vm.set_attr(&cls, &n, v)?;
        }
    }
    for getters in [delta::GETTERS, dates::GETTERS] {
        for &(ci, name, get) in getters {
            let cls = Value::Obj(classes[ci].clone());
            let n = vm.intern(name);
            let v = Value::Obj(ObjRef::new(Kind::GetSet(GetSet {
                name,
                get,
                set: None,
            })));
            vm.set_attr(&cls, &n, v)?;
        }
    }
    let names = Names {
        days: vm.intern("_days"),
        seconds: vm.intern("_seconds"),
        microseconds: vm.intern("_microseconds"),
        year: vm.intern("_year"),
        month: vm.intern("_month"),
        day: vm.intern("_day"),
        hour: vm.intern("_hour"),
        minute: vm.intern("_minute"),
        second: vm.intern("_second"),
        microsecond: vm.intern("_microsecond"),
        tzinfo: vm.intern("_tzinfo"),
        fold: vm.intern("_fold"),
    };
    *STATE.borrow_mut() = Some(Rc::new(State {
        timedelta: classes[0].clone(),
        date: classes[1].clone(),
        datetime: classes[2].clone(),
        tzinfo: classes[3].clone(),
        names,
        python,
    }));
    Ok(Value::None)
}

/// Call the Python method kept under `key` with the native's arguments.
fn python(vm: &mut Vm, st: &State, key: &str, args: Args) -> PyResult<Value> {
    match st.python.get(key) {
        Some(f) => {
            let f = f.clone();
            vm.call_args(&f, args)
        }
        None => Err(vm.type_error("datetime native without its Python method")),
    }
}

/// The instance attribute `name` of `v` (None if `v` is no instance or
/// lacks it).
fn field(v: &Value, name: &ObjRef) -> Option<Value> {
    match v {
        Value::Obj(o) => match &**o {
            Kind::Instance(i) => i.get(name),
            _ => None,
        },
        _ => None,
    }
}

/// The int attribute `name` of `v`.
fn int_field(v: &Value, name: &ObjRef) -> Option<i64> {
    as_int(&field(v, name)?)
}

/// The int attributes `names` of `v`, all of them or None.
fn int_fields<const N: usize>(v: &Value, names: [&ObjRef; N]) -> Option<[i64; N]> {
    let mut out = [0; N];
    for (o, n) in out.iter_mut().zip(names) {
        *o = int_field(v, n)?;
    }
    Some(out)
}

/// Whether `v`'s class is exactly `cls`.
fn is_exact(v: &Value, cls: &ObjRef) -> bool {
    match v {
        Value::Obj(o) => match &**o {
            Kind::Instance(i) => i.class().ptr_eq(cls),
            _ => false,
        },
        _ => false,
    }
}

/// A new instance of `cls` with the attributes `fields`, as
/// `object.__new__(cls)` and stores would make it.
fn make(cls: &ObjRef, fields: &[(&ObjRef, Value)]) -> Value {
    let inst = InstanceObj::new(cls.clone(), None);
    for (name, v) in fields {
        inst.set(name, v.clone());
    }
    Value::Obj(ObjRef::new(Kind::Instance(inst)))
}

/// Match a native's arguments (after `self`/`cls`) to the parameter
/// `names` (the first `npos` may be positional): the values by
/// parameter, or None when the call is not a plain one (too many
/// arguments, an unknown or repeated keyword) and the Python method must
/// answer it.
fn bind<const N: usize>(args: &Args, names: [&str; N], npos: usize) -> Option<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = core::array::from_fn(|_| None);
    let pos = &args.pos()[1..];
    if pos.len() > npos {
        return None;
    }
    for (o, v) in out.iter_mut().zip(pos) {
        *o = Some(v.clone());
    }
    for (k, v) in args.kw() {
        let k = crate::vm::object::str_of(k)?;
        let i = names.iter().position(|n| *n == k)?;
        if out[i].is_some() {
            return None;
        }
        out[i] = Some(v.clone());
    }
    Some(out)
}

/// `hash()` of an object that equals the int `n` in its own kind
/// (CPython's int hash: `n` modulo 2**61 - 1, keeping the sign).
fn hash_value(n: i128) -> Value {
    let r = (n.unsigned_abs() % crate::vm::object::int::MODULUS as u128) as i64;
    let h = if n < 0 { -r } else { r };
    Value::Int(if h == -1 { -2 } else { h })
}

/// A field getter (`days`, `year`...): the slot `pick` chooses.
fn getter(vm: &mut Vm, v: &Value, pick: fn(&State) -> &ObjRef, name: &str) -> PyResult<Value> {
    let st = state(vm)?;
    match field(v, pick(&st)) {
        Some(x) => Ok(x),
        None => {
            let m = alloc::format!("'{}' object has no attribute '{name}'", vm.type_name(v));
            Err(vm.new_exc(Exc::AttributeError, m))
        }
    }
}

/// Getter functions over [`getter`], one per attribute.
macro_rules! getters {
    ($($fname:ident $attr:literal $slot:ident;)*) => {$(
        pub(super) fn $fname(vm: &mut Vm, v: &Value) -> PyResult<Value> {
            super::getter(vm, v, |st| &st.names.$slot, $attr)
        }
    )*};
}
use getters;

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    crate::vm::builtins::add_fn(vm, d, "install", install);
    Ok(())
}
