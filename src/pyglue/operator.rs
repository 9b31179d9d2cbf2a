//! The `operator` module, native: the operators as functions (each one the
//! interpreter's own operation: `vm.binary_op`, `vm.compare`...), their
//! in-place forms and dunder aliases, `length_hint`, and the callable
//! classes `itemgetter`, `attrgetter` (dotted names) and `methodcaller`,
//! whose instances keep what they were made with as hidden attributes.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::expect_args;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::types::new_class;
use crate::vm::builtins::{add_method, add_value, native};
use crate::vm::bytecode::{BinaryOp, CompareOp};
use crate::vm::object::class::Layout;
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The two arguments of a binary operator function.
fn two<'a>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    no_keywords(vm, args, name)?;
    expect_args(vm, name, args.vals.len(), 2, 2)?;
    Ok(args.vals)
}

/// The one argument of a unary operator function (CPython's METH_O message).
fn one<'a>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<&'a Value> {
    no_keywords(vm, args, name)?;
    if args.vals.len() != 1 {
        let m = format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            args.vals.len()
        );
        return Err(vm.type_error(m));
    }
    Ok(&args.vals[0])
}

fn no_keywords(vm: &mut Vm, args: Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!("{name}() takes no keyword arguments")))
}

macro_rules! binary_fns {
    ($($name:ident = $op:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = two(vm, args, stringify!($name))?;
            vm.binary_op($op as u32, &a[0], &a[1])
        })*
        const BINARY: &[(&str, NativeFn)] = &[$((stringify!($name), $name),)*];
    };
}

const I: u32 = BinaryOp::INPLACE;

binary_fns! {
    add = BinaryOp::Add; sub = BinaryOp::Subtract; mul = BinaryOp::Multiply;
    truediv = BinaryOp::TrueDivide; floordiv = BinaryOp::FloorDivide;
    mod_ = BinaryOp::Remainder; pow = BinaryOp::Power; matmul = BinaryOp::MatrixMultiply;
    and_ = BinaryOp::And; or_ = BinaryOp::Or; xor = BinaryOp::Xor;
    lshift = BinaryOp::LShift; rshift = BinaryOp::RShift;
    iadd = BinaryOp::Add as u32 + I; isub = BinaryOp::Subtract as u32 + I;
    imul = BinaryOp::Multiply as u32 + I; itruediv = BinaryOp::TrueDivide as u32 + I;
    ifloordiv = BinaryOp::FloorDivide as u32 + I; imod = BinaryOp::Remainder as u32 + I;
    ipow = BinaryOp::Power as u32 + I; imatmul = BinaryOp::MatrixMultiply as u32 + I;
    iand = BinaryOp::And as u32 + I; ior = BinaryOp::Or as u32 + I;
    ixor = BinaryOp::Xor as u32 + I; ilshift = BinaryOp::LShift as u32 + I;
    irshift = BinaryOp::RShift as u32 + I;
}

macro_rules! compare_fns {
    ($($name:ident = $op:ident;)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = two(vm, args, stringify!($name))?;
            vm.compare(CompareOp::$op, &a[0], &a[1])
        })*
        const COMPARE: &[(&str, NativeFn)] = &[$((stringify!($name), $name),)*];
    };
}

compare_fns! { lt = Lt; le = Le; eq = Eq; ne = Ne; gt = Gt; ge = Ge; }

fn not_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "not_")?;
    Ok(Value::Bool(!vm.truthy(a)?))
}

fn truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "truth")?;
    Ok(Value::Bool(vm.truthy(a)?))
}

fn is_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = two(vm, args, "is_")?;
    Ok(Value::Bool(a[0].is(&a[1])))
}

fn is_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = two(vm, args, "is_not")?;
    Ok(Value::Bool(!a[0].is(&a[1])))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one(vm, args, "abs")?;
    crate::vm::builtins::funcs::abs(vm, args)
}

fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "neg")?;
    vm.neg(a)
}

fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "pos")?;
    vm.pos(a)
}

fn inv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "inv")?;
    vm.invert(a)
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, args, "index")?;
    match a {
        Value::Int(_) => Ok(a.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ if matches!(a.as_obj().map(|o| &**o), Some(Kind::BigInt(_))) => Ok(a.clone()),
        _ => {
            let i = crate::vm::builtins::int_arg(vm, a)?;
            Ok(Value::Int(i))
        }
    }
}

/// The TypeError of `concat` when `a` is not a sequence.
fn check_sequence(vm: &mut Vm, a: &Value) -> PyResult<()> {
    if vm.special(a, &vm.names.getitem.clone()).is_some() {
        return Ok(());
    }
    let m = format!("'{}' object can't be concatenated", vm.type_name(a));
    Err(vm.type_error(m))
}

fn concat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = two(vm, args, "concat")?;
    check_sequence(vm, &a[0])?;
    vm.binary_op(BinaryOp::Add as u32, &a[0], &a[1])
}

fn iconcat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = two(vm, args, "iconcat")?;
    check_sequence(vm, &a[0])?;
    vm.binary_op(BinaryOp::Add as u32 + I, &a[0], &a[1])
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = two(vm, args, "contains")?;
    Ok(Value::Bool(vm.contains(&a[0], &a[1])?))
}

/// The positions in `a` of items that are or equal `b`, first only when
/// `first`.
fn positions(vm: &mut Vm, a: &Value, b: &Value, first: bool) -> PyResult<Vec<usize>> {
    let it = vm.get_iter(a)?;
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(x) = vm.next(&it)? {
        if x.is(b) || vm.eq(&x, b)? {
            out.push(i);
            if first {
                break;
            }
        }
        i += 1;
    }
    Ok(out)
}

#[allow(non_snake_case)]
fn countOf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = two(vm, args, "countOf")?;
    Ok(Value::from(positions(vm, &a[0], &a[1], false)?.len()))
}

#[allow(non_snake_case)]
fn indexOf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = two(vm, args, "indexOf")?;
    match positions(vm, &a[0], &a[1], true)?.first() {
        Some(&i) => Ok(Value::from(i)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = two(vm, args, "getitem")?;
    vm.getitem(&a[0], &a[1])
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, args, "setitem")?;
    expect_args(vm, "setitem", args.vals.len(), 3, 3)?;
    let a = args.vals;
    vm.setitem(&a[0], a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = two(vm, args, "delitem")?;
    vm.delitem(&a[0], &a[1])?;
    Ok(Value::None)
}

fn call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().is_empty() {
        return Err(vm.type_error("call expected at least 1 argument, got 0"));
    }
    let rest = Args {
        vals: &args.vals[1..],
        kwnames: args.kwnames,
    };
    vm.call_args(&args.vals[0], rest)
}

fn length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, args, "length_hint")?;
    expect_args(vm, "length_hint", args.vals.len(), 1, 2)?;
    let obj = &args.vals[0];
    let default = match args.vals.get(1) {
        Some(d) => crate::vm::builtins::int_arg(vm, d)?,
        None => 0,
    };
    // CPython asks the type's length slot when it has one: here, `len()`
    // unless it says the object has no length.
    match crate::vm::builtins::funcs::len_of(vm, obj) {
        Ok(n) => return Ok(Value::from(n)),
        Err(e) if vm.exc_is(&e, Exc::TypeError) => {}
        Err(e) => return Err(e),
    }
    let hint = vm.intern("__length_hint__");
    let r = match vm.call_special(obj, &hint, &[]) {
        Ok(Some(r)) => r,
        Ok(None) => return Ok(Value::Int(default)),
        Err(e) if vm.exc_is(&e, Exc::TypeError) => return Ok(Value::Int(default)),
        Err(e) => return Err(e),
    };
    if vm.is_not_implemented(&r) {
        return Ok(Value::Int(default));
    }
    match r {
        Value::Int(n) if n < 0 => Err(vm.value_error("__length_hint__() should return >= 0")),
        Value::Int(_) => Ok(r),
        _ => {
            let m = format!(
                "__length_hint__ must be an integer, not {}",
                vm.type_name(&r)
            );
            Err(vm.type_error(m))
        }
    }
}

/// The hidden attribute of an operator object holding what it was made with.
const STATE: &str = "_operator_state";

/// A new instance of the operator class `cls` holding `state`.
fn with_state(vm: &mut Vm, cls: &Value, state: Value) -> PyResult<Value> {
    let Some(c) = cls.as_obj() else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    let obj = vm.new_instance(c);
    let k = vm.intern(STATE);
    vm.set_attr(&obj, &k, state)?;
    Ok(obj)
}

/// The state an operator object holds (a tuple), and the call's argument.
fn state_and_arg(vm: &mut Vm, args: Args, name: &str) -> PyResult<(Value, Value)> {
    no_keywords(vm, args, name)?;
    expect_args(vm, name, args.vals.len().saturating_sub(1), 1, 1)?;
    let k = vm.intern(STATE);
    let st = match args.vals[0].as_obj().map(|o| &**o) {
        Some(Kind::Instance(i)) => i.get(&k),
        _ => None,
    };
    match st {
        Some(s) => Ok((s, args.vals[1].clone())),
        None => Err(vm.type_error(format!("descriptor requires an operator.{name} object"))),
    }
}

fn items_of(v: &Value) -> &[Value] {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Tuple(t)) => t,
        _ => &[],
    }
}

/// `cls(a, *more)`'s arguments as a tuple (for the getters).
fn getter_args(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    no_keywords(vm, args, name)?;
    if args.vals.len() < 2 {
        return Err(vm.type_error(format!("{name} expected 1 argument, got 0")));
    }
    Ok(vm.new_tuple(args.vals[1..].to_vec()))
}

fn itemgetter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = getter_args(vm, args, "itemgetter")?;
    with_state(vm, &args.vals[0], items)
}

fn itemgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (st, obj) = state_and_arg(vm, args, "itemgetter")?;
    match items_of(&st) {
        [one] => vm.getitem(&obj, one),
        many => {
            let mut out = Vec::with_capacity(many.len());
            for k in many {
                out.push(vm.getitem(&obj, k)?);
            }
            Ok(vm.new_tuple(out))
        }
    }
}

fn attrgetter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = getter_args(vm, args, "attrgetter")?;
    if items_of(&names).iter().any(|n| str_of(n).is_none()) {
        return Err(vm.type_error("attribute name must be a string"));
    }
    with_state(vm, &args.vals[0], names)
}

/// `obj.a.b.c` for the dotted name `path`.
fn resolve(vm: &mut Vm, obj: Value, path: &Value) -> PyResult<Value> {
    let text = str_of(path).unwrap_or("");
    if !text.contains('.') {
        let k = path.as_obj().cloned().expect("a str");
        return vm.get_attr(&obj, &k);
    }
    let mut cur = obj;
    for part in text.split('.') {
        let k = vm.intern(part);
        cur = vm.get_attr(&cur, &k)?;
    }
    Ok(cur)
}

fn attrgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (st, obj) = state_and_arg(vm, args, "attrgetter")?;
    match items_of(&st) {
        [one] => resolve(vm, obj, one),
        many => {
            let mut out = Vec::with_capacity(many.len());
            for p in many {
                out.push(resolve(vm, obj.clone(), p)?);
            }
            Ok(vm.new_tuple(out))
        }
    }
}

/// `operator.NAME(repr, repr, ...)` of a getter's state.
fn getter_repr(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let k = vm.intern(STATE);
    let st = match args.vals.first().and_then(|v| v.as_obj()).map(|o| &**o) {
        Some(Kind::Instance(i)) => i.get(&k).unwrap_or(Value::None),
        _ => Value::None,
    };
    let mut out = format!("operator.{name}(");
    for (i, v) in items_of(&st).iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        vm.repr_into(&mut out, v)?;
    }
    out.push(')');
    Ok(vm.new_str_value(out))
}

fn itemgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    getter_repr(vm, args, "itemgetter")
}

fn attrgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    getter_repr(vm, args, "attrgetter")
}

// methodcaller's state: (name, args tuple, kwnames tuple, kw values...).
fn methodcaller_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(name) = pos.get(1) else {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    };
    if str_of(name).is_none() {
        return Err(vm.type_error("method name must be a string"));
    }
    let call_args = vm.new_tuple(pos[2..].to_vec());
    let kwnames = vm.new_tuple(args.kwnames.to_vec());
    let mut st = alloc::vec![name.clone(), call_args, kwnames];
    st.extend_from_slice(&args.vals[pos.len()..]);
    let st = vm.new_tuple(st);
    with_state(vm, &args.vals[0], st)
}

fn methodcaller_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (st, obj) = state_and_arg(vm, args, "methodcaller")?;
    let st = items_of(&st);
    let k = st[0].as_obj().cloned().expect("a str");
    let m = vm.get_attr(&obj, &k)?;
    let mut vals = items_of(&st[1]).to_vec();
    vals.extend_from_slice(&st[3..]);
    let call = Args {
        vals: &vals,
        kwnames: items_of(&st[2]),
    };
    vm.call_args(&m, call)
}

fn methodcaller_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let k = vm.intern(STATE);
    let st = match args.vals.first().and_then(|v| v.as_obj()).map(|o| &**o) {
        Some(Kind::Instance(i)) => i.get(&k).unwrap_or(Value::None),
        _ => Value::None,
    };
    let st = items_of(&st).to_vec();
    let mut out = String::from("operator.methodcaller(");
    if let [name, pos, kwnames, kw @ ..] = &st[..] {
        vm.repr_into(&mut out, name)?;
        for v in items_of(pos) {
            out.push_str(", ");
            vm.repr_into(&mut out, v)?;
        }
        for (k, v) in items_of(kwnames).iter().zip(kw) {
            out.push_str(&format!(", {}=", str_of(k).unwrap_or("?")));
            vm.repr_into(&mut out, v)?;
        }
    }
    out.push(')');
    Ok(vm.new_str_value(out))
}

const CLASSES: &[(&str, NativeFn, NativeFn, NativeFn)] = &[
    (
        "itemgetter",
        itemgetter_new,
        itemgetter_call,
        itemgetter_repr,
    ),
    (
        "attrgetter",
        attrgetter_new,
        attrgetter_call,
        attrgetter_repr,
    ),
    (
        "methodcaller",
        methodcaller_new,
        methodcaller_call,
        methodcaller_repr,
    ),
];

const OTHER: &[(&str, NativeFn)] = &[
    ("not_", not_),
    ("truth", truth),
    ("is_", is_),
    ("is_not", is_not),
    ("abs", abs),
    ("neg", neg),
    ("pos", pos),
    ("inv", inv),
    ("invert", inv),
    ("index", index),
    ("concat", concat),
    ("iconcat", iconcat),
    ("contains", contains),
    ("countOf", countOf),
    ("indexOf", indexOf),
    ("getitem", getitem),
    ("setitem", setitem),
    ("delitem", delitem),
    ("call", call),
    ("length_hint", length_hint),
];

/// Functions without a dunder alias in CPython's module.
const NO_DUNDER: &[&str] = &[
    "truth",
    "is_",
    "is_not",
    "countOf",
    "indexOf",
    "length_hint",
];

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    for &(name, f) in BINARY.iter().chain(COMPARE).chain(OTHER) {
        let name = if name == "mod_" { "mod" } else { name };
        let v = native(vm, name, f, false);
        add_value(vm, d, name, v.clone());
        if !NO_DUNDER.contains(&name) {
            add_value(vm, d, &format!("__{}__", name.trim_end_matches('_')), v);
        }
    }
    let object = vm.types.object.clone();
    let module = vm.new_str_value("operator".into());
    for &(name, new, call, repr) in CLASSES {
        let cls = new_class(name, core::slice::from_ref(&object), Layout::Native);
        if let Kind::Class(c) = &*cls {
            add_value(vm, &c.dict, "__module__", module.clone());
        }
        add_method(vm, &cls, "__new__", new);
        add_method(vm, &cls, "__call__", call);
        add_method(vm, &cls, "__repr__", repr);
        add_value(vm, d, name, Value::Obj(cls));
    }
    Ok(())
}
