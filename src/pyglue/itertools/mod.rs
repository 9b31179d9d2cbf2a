//! The `itertools` module, native: every iterator type of CPython 3.11's
//! module is a class whose `__new__` makes a [`ModIter`] (the interpreter's
//! iterator object for modules) and whose step is a plain function over its
//! values and integers. This file owns the classes, the argument parsing
//! they share and the state helpers; `step.rs` the simple iterators,
//! `combin.rs` the combinatoric ones, `shared.rs` tee and groupby (iterators
//! that share state between objects).

mod combin;
mod shared;
mod step;

use core::cell::RefCell;

use alloc::format;
use alloc::vec::Vec;

use crate::vm::builtins::iter_types::shared_iterator_methods;
use crate::vm::builtins::subclass::allow_subclasses;
use crate::vm::builtins::types::new_class;
use crate::vm::builtins::{add_method, add_value};
use crate::vm::eval::iterate::new_iter;
use crate::vm::object::class::Layout;
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::iter::{IterState, ModIter, StepFn};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A new module iterator of class `cls`.
fn make(cls: &ObjRef, step: StepFn, vals: Vec<Value>, nums: Vec<i64>) -> Value {
    new_iter(IterState::Mod(alloc::boxed::Box::new(ModIter {
        class: cls.clone(),
        step,
        vals,
        nums,
    })))
}

/// Run `f` on the module iterator in `cell`; None once it is no longer one
/// (the cycle collector cleared it) or while it is borrowed.
fn with<R>(cell: &RefCell<IterState>, f: impl FnOnce(&mut ModIter) -> R) -> Option<R> {
    match &mut *cell.try_borrow_mut().ok()? {
        IterState::Mod(m) => Some(f(m)),
        _ => None,
    }
}

/// A copy of value `i` of the iterator in `cell` (`Null` if it has none).
fn val(cell: &RefCell<IterState>, i: usize) -> Value {
    with(cell, |m| m.vals.get(i).cloned())
        .flatten()
        .unwrap_or(Value::Null)
}

/// Set value `i` of the iterator in `cell`.
fn set_val(cell: &RefCell<IterState>, i: usize, v: Value) {
    let old = with(cell, |m| {
        m.vals.get_mut(i).map(|s| core::mem::replace(s, v))
    });
    drop(old);
}

/// The state cell of a module iterator value.
fn cell_of(v: &Value) -> Option<&RefCell<IterState>> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Iter(c)) => Some(c),
        _ => None,
    }
}

/// The class a `__new__` was called for.
fn class_arg(vm: &mut Vm, args: Args) -> PyResult<ObjRef> {
    match args.vals.first().and_then(|v| v.as_obj()) {
        Some(c) if matches!(&**c, Kind::Class(_)) => Ok(c.clone()),
        _ => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

/// The positional arguments of a `__new__` (class excluded) that takes
/// `min..=max` of them and no keywords, with CPython's messages.
fn positional<'a>(
    vm: &mut Vm,
    args: Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let pos = &args.vals[1..];
    super::expect_args(vm, name, pos.len(), min, max)?;
    Ok(pos)
}

/// The arguments of a `__new__` (class excluded) by [`super::parse_params`].
fn params(
    vm: &mut Vm,
    args: Args,
    name: &str,
    names: &[&str],
    required: usize,
    npos: usize,
) -> PyResult<Vec<Option<Value>>> {
    super::parse_params(vm, &args.pos()[1..], args, name, names, required, npos)
}

/// A non-negative count argument (`repeat`'s times, `tee`'s n): an
/// integer, clamped at zero unless `negative` names the ValueError.
fn count_arg(vm: &mut Vm, v: &Value, negative: Option<&str>) -> PyResult<i64> {
    let n = crate::vm::builtins::int_arg(vm, v)?;
    match negative {
        Some(m) if n < 0 => Err(vm.value_error(m)),
        _ => Ok(n.max(0)),
    }
}

/// The module's classes: name, `__new__`, whether Python classes may
/// derive from it.
const CLASSES: &[(&str, NativeFn, bool)] = &[
    ("count", step::count_new, true),
    ("cycle", step::cycle_new, true),
    ("repeat", step::repeat_new, true),
    ("accumulate", step::accumulate_new, true),
    ("chain", step::chain_new, true),
    ("compress", step::compress_new, true),
    ("dropwhile", step::dropwhile_new, true),
    ("takewhile", step::takewhile_new, true),
    ("filterfalse", step::filterfalse_new, true),
    ("islice", step::islice_new, true),
    ("pairwise", step::pairwise_new, true),
    ("starmap", step::starmap_new, true),
    ("zip_longest", step::zip_longest_new, true),
    ("groupby", shared::groupby_new, true),
    ("_grouper", shared::no_new, false),
    ("_tee", shared::no_new, false),
    ("product", combin::product_new, true),
    ("permutations", combin::permutations_new, true),
    ("combinations", combin::combinations_new, true),
    (
        "combinations_with_replacement",
        combin::combinations_with_replacement_new,
        true,
    ),
];

/// The class `itertools.name` (made at import).
fn class_named(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    match super::module_attr(vm, "itertools", name) {
        Some(Value::Obj(c)) => Ok(c),
        _ => Err(vm.new_exc(
            crate::vm::builtins::exc_table::Exc::ImportError,
            "itertools is not initialised",
        )),
    }
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let object = vm.types.object.clone();
    let module = vm.new_str_value("itertools".into());
    let protocol = shared_iterator_methods(vm);
    for &(name, new, basetype) in CLASSES {
        let cls = new_class(name, core::slice::from_ref(&object), Layout::Native);
        let Kind::Class(c) = &*cls else { continue };
        add_value(vm, &c.dict, "__module__", module.clone());
        add_method(vm, &cls, "__new__", new);
        for (k, f) in &protocol {
            add_value(vm, &c.dict, k, f.clone());
        }
        if basetype {
            allow_subclasses(vm, &cls);
        }
        add_value(vm, d, name, Value::Obj(cls));
    }
    step::install(vm)?;
    shared::install(vm, d)
}
