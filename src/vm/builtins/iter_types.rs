//! The built-in iterator types `map`, `zip`, `filter`, `enumerate` and
//! `reversed`: classes (so `isinstance(map(f, x), map)` holds and Python
//! classes may derive from them) whose `__new__` makes a native iterator,
//! and the iterator protocol every native iterator class shares.

use alloc::format;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::funcs::len_of;
use super::{add_method, arg_count, int_arg};
use crate::vm::eval::iterate::new_iter;
use crate::vm::object::func::Args;
use crate::vm::object::iter::IterState;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The arguments of a `__new__` without the class (these types build the
/// same iterator for a subclass: `subclass::adopting_new` adopts it).
fn without_cls(args: Args) -> Args {
    Args {
        vals: args.vals.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    }
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = without_cls(args);
    arg_count(vm, args, "reversed", 1, 1)?;
    let v = &args.vals[0];
    match v.as_obj().map(|o| &**o) {
        Some(Kind::List(l)) => {
            let n = l.borrow().len();
            Ok(new_iter(IterState::Reversed(v.clone(), n)))
        }
        Some(Kind::Tuple(t)) => Ok(new_iter(IterState::Reversed(v.clone(), t.len()))),
        Some(Kind::Bytes(b)) => Ok(new_iter(IterState::Reversed(v.clone(), b.len()))),
        Some(Kind::ByteArray(b)) => {
            let n = b.borrow().len();
            Ok(new_iter(IterState::Reversed(v.clone(), n)))
        }
        Some(Kind::Str(s)) => Ok(new_iter(IterState::Reversed(v.clone(), s.char_len()))),
        Some(Kind::Range(..) | Kind::BigRange(_)) => vm.range_reversed(v.as_obj().expect("range")),
        Some(Kind::Dict(_) | Kind::DictView(..)) => {
            let items = vm.collect(v)?;
            let n = items.len();
            let l = vm.new_list(items);
            Ok(new_iter(IterState::Reversed(l, n)))
        }
        _ => {
            if let Some(r) = vm.call_special(v, &vm.names.reversed.clone(), &[])? {
                return Ok(r);
            }
            if vm.special(v, &vm.names.getitem.clone()).is_some()
                && vm.special(v, &vm.names.len.clone()).is_some()
            {
                let n = len_of(vm, v)?;
                return Ok(new_iter(IterState::Reversed(v.clone(), n)));
            }
            let m = format!("'{}' object is not reversible", vm.type_name(v));
            Err(vm.type_error(m))
        }
    }
}

fn enumerate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = without_cls(args);
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let start = match pos.get(1).or_else(|| args.kwarg("start")) {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let it = vm.get_iter(&pos[0])?;
    Ok(new_iter(IterState::Enumerate(it, start)))
}

fn zip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = without_cls(args);
    let mut its = Vec::new();
    for v in args.pos() {
        its.push(vm.get_iter(v)?);
    }
    Ok(new_iter(IterState::Zip(its.into())))
}

fn map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = without_cls(args);
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for v in &pos[1..] {
        its.push(vm.get_iter(v)?);
    }
    Ok(new_iter(IterState::Map(pos[0].clone(), its.into())))
}

fn filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = without_cls(args);
    arg_count(vm, args, "filter", 2, 2)?;
    let it = vm.get_iter(&args.vals[1])?;
    Ok(new_iter(IterState::Filter(args.vals[0].clone(), it)))
}

/// `it.__next__()` of a native iterator (the built-in behaviour, also
/// what a subclass's `super().__next__()` reaches).
fn next_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "__next__", 0, 0)?;
    match vm.native_next(&args.vals[0])? {
        Some(v) => Ok(v),
        None => Err(vm.new_exc_empty(Exc::StopIteration)),
    }
}

fn identity(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "__iter__", 0, 0)?;
    Ok(args.vals[0].clone())
}

/// `it.__length_hint__()` of a native iterator over a sequence or range:
/// the items left; NotImplemented for the others.
fn length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "__length_hint__", 0, 0)?;
    let (seq, done) = match args.vals[0].as_obj().map(|o| &**o) {
        Some(Kind::Iter(st)) => match &*st.borrow() {
            IterState::Seq(s, i) => (s.clone(), *i as i64),
            IterState::Reversed(_, i) => return Ok(Value::from(*i)),
            IterState::Range { next, stop, step } => {
                let left = (i128::from(*stop) - i128::from(*next) + i128::from(*step)
                    - i128::from(step.signum()))
                    / i128::from(*step);
                return Ok(Value::Int(left.max(0) as i64));
            }
            IterState::Exhausted => return Ok(Value::Int(0)),
            _ => return Ok(Value::Obj(vm.not_implemented.clone())),
        },
        _ => return Ok(Value::Obj(vm.not_implemented.clone())),
    };
    let n = len_of(vm, &seq)? as i64;
    Ok(Value::Int((n - done).max(0)))
}

/// Give a native iterator class `__iter__` and `__next__`.
pub fn add_iterator_methods(vm: &mut Vm, cls: &ObjRef) {
    add_method(vm, cls, "__next__", next_method);
    add_method(vm, cls, "__iter__", identity);
}

/// `__next__` and `__iter__` as native functions a module shares among
/// its iterator classes (one pair of objects, not one per class).
pub fn shared_iterator_methods(vm: &mut Vm) -> [(&'static str, Value); 2] {
    [
        ("__next__", super::native(vm, "__next__", next_method, true)),
        ("__iter__", super::native(vm, "__iter__", identity, true)),
    ]
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    let b = vm.builtins.clone();
    for (cls, name, new) in [
        (&t.map, "map", map as crate::vm::object::func::NativeFn),
        (&t.zip, "zip", zip),
        (&t.filter, "filter", filter),
        (&t.enumerate, "enumerate", enumerate),
        (&t.reversed, "reversed", reversed),
    ] {
        add_method(vm, cls, "__new__", new);
        add_iterator_methods(vm, cls);
        super::add_value(vm, &b, name, Value::Obj(cls.clone()));
    }
    add_iterator_methods(vm, &t.iterator);
    add_method(vm, &t.iterator, "__length_hint__", length_hint);
    add_method(vm, &t.reversed, "__length_hint__", length_hint);
}
