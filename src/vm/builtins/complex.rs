//! The `complex` type: its constructor (numbers, `__complex__`, strings in
//! CPython's forms), `real`/`imag`, `conjugate`, and its operator methods
//! (`(1j).__add__(2)`, `__abs__`, `__neg__`...), which answer
//! NotImplemented for operands that are not numbers. The arithmetic itself
//! lives in `eval/complex_ops.rs`; repr and format in `text/complex_text.rs`.

use alloc::format;

use super::{add_getset, add_method, method_args};
use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::{BinaryOp, CompareOp};
use crate::vm::eval::complex_ops::{as_complex, complex_value, equality, is_real, C};
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::{str_of, Value};
use crate::vm::{text, PyResult, Vm};

/// `self` of a complex method.
fn this(vm: &mut Vm, args: Args, name: &str) -> PyResult<C> {
    match args.vals.first().and_then(as_complex) {
        Some(z) => Ok(z),
        None => {
            let got = args
                .vals
                .first()
                .map_or("nothing".into(), |v| vm.type_name(v));
            let m = format!(
                "descriptor '{name}' for 'complex' objects doesn't apply to a '{got}' object"
            );
            Err(vm.type_error(m))
        }
    }
}

/// A real number argument of the constructor as a float (PyNumber_Float);
/// None if it is no number.
fn real_part(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(r) = vm.to_complex(v) {
        return r.map(|z| Some(z.0));
    }
    let float = vm.names.float.clone();
    if let Some(r) = vm.call_special(v, &float, &[])? {
        return match r {
            Value::Float(f) => Ok(Some(f)),
            _ => {
                let m = format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name(v),
                    vm.type_name(&r)
                );
                Err(vm.type_error(m))
            }
        };
    }
    let index = vm.names.index.clone();
    match vm.call_special(v, &index, &[])? {
        Some(r) => Ok(vm.to_complex(&r).transpose()?.map(|z| z.0)),
        None => Ok(None),
    }
}

/// What `__complex__` gives for `v`, if its type has one.
fn dunder_complex(vm: &mut Vm, v: &Value) -> PyResult<Option<C>> {
    if as_complex(v).is_some() || is_real(v) {
        return Ok(None);
    }
    let name = vm.intern("__complex__");
    let Some(r) = vm.call_special(v, &name, &[])? else {
        return Ok(None);
    };
    match as_complex(&r) {
        Some(z) => Ok(Some(z)),
        None => {
            let m = format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            );
            Err(vm.type_error(m))
        }
    }
}

/// One constructor operand: its value as a complex, and whether it was one.
/// (Only the first operand's `__complex__` is asked, as in CPython.)
fn operand(vm: &mut Vm, v: &Value, which: &str) -> PyResult<(C, bool)> {
    let special = match which {
        "first" => dunder_complex(vm, v)?,
        _ => None,
    };
    if let Some(z) = special.or_else(|| as_complex(v)) {
        return Ok((z, true));
    }
    match real_part(vm, v)? {
        Some(f) => Ok(((f, 0.0), false)),
        None => {
            let m = match which {
                "first" => format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    vm.type_name(v)
                ),
                _ => format!(
                    "complex() second argument must be a number, not '{}'",
                    vm.type_name(v)
                ),
            };
            Err(vm.type_error(m))
        }
    }
}

/// `complex(real=0, imag=0)` and `complex(string)`.
fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() + args.kwnames.len() > 2 {
        let m = format!(
            "complex() takes at most 2 arguments ({} given)",
            pos.len() + args.kwnames.len()
        );
        return Err(vm.type_error(m));
    }
    for (k, _) in args.kw() {
        let k = str_of(k).unwrap_or("");
        if k != "real" && k != "imag" {
            let m = format!("'{k}' is an invalid keyword argument for complex()");
            return Err(vm.type_error(m));
        }
    }
    let r = pos.first().or_else(|| args.kwarg("real")).cloned();
    let i = pos.get(1).or_else(|| args.kwarg("imag")).cloned();
    let Some(r) = r else {
        return match i {
            None => Ok(complex_value(0.0, 0.0)),
            Some(i) => construct(vm, &Value::Int(0), Some(&i)),
        };
    };
    if let Some(s) = str_of(&r) {
        if i.is_some() {
            let m = "complex() can't take second arg if first is a string";
            return Err(vm.type_error(m));
        }
        return match text::parse_complex(s) {
            Ok((re, im)) => Ok(complex_value(re, im)),
            Err(e) => Err(vm.text_error(e)),
        };
    }
    construct(vm, &r, i.as_ref())
}

/// complex(r, i) for numbers: `r + i*1j`, keeping signed zeros.
fn construct(vm: &mut Vm, r: &Value, i: Option<&Value>) -> PyResult<Value> {
    if i.is_some_and(|i| str_of(i).is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let (cr, cr_is_complex) = operand(vm, r, "first")?;
    let Some(i) = i else {
        return Ok(complex_value(cr.0, cr.1));
    };
    let (ci, ci_is_complex) = operand(vm, i, "second")?;
    let mut re = cr.0;
    let mut im = ci.0;
    if ci_is_complex {
        re -= ci.1;
    }
    if cr_is_complex {
        im += cr.1;
    }
    Ok(complex_value(re, im))
}

fn real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let z = this(vm, Args::positional(core::slice::from_ref(v)), "real")?;
    Ok(Value::Float(z.0))
}

fn imag(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let z = this(vm, Args::positional(core::slice::from_ref(v)), "imag")?;
    Ok(Value::Float(z.1))
}

fn no_args(vm: &mut Vm, args: Args, name: &str) -> PyResult<C> {
    method_args(vm, args, name, 0, 0)?;
    this(vm, args, name)
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = no_args(vm, args, "conjugate")?;
    Ok(complex_value(re, -im))
}

fn itself(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = no_args(vm, args, "__complex__")?;
    Ok(complex_value(re, im))
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = no_args(vm, args, "__getnewargs__")?;
    Ok(vm.new_tuple(alloc::vec![Value::Float(re), Value::Float(im)]))
}

fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = no_args(vm, args, "__neg__")?;
    Ok(complex_value(-re, -im))
}

fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = no_args(vm, args, "__pos__")?;
    Ok(complex_value(re, im))
}

/// `abs(z)`: hypot, infinite if a part is, OverflowError if only the
/// result is.
fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = no_args(vm, args, "__abs__")?;
    if re.is_infinite() || im.is_infinite() {
        return Ok(Value::Float(f64::INFINITY));
    }
    let r = libm::hypot(re, im);
    if r.is_infinite() {
        return Err(vm.new_exc(Exc::OverflowError, "absolute value too large"));
    }
    Ok(Value::Float(r))
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = no_args(vm, args, "__bool__")?;
    Ok(Value::Bool(re != 0.0 || im != 0.0))
}

fn repr_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = no_args(vm, args, "__repr__")?;
    let mut out = alloc::string::String::new();
    text::complex_repr(&mut out, re, im);
    Ok(vm.new_str_value(out))
}

fn hash_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = no_args(vm, args, "__hash__")?;
    Ok(Value::Int(crate::vm::eval::complex_ops::hash_complex((
        re, im,
    ))))
}

fn format_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "__format__", 1, 1)?;
    this(vm, args, "__format__")?;
    let Some(spec) = str_of(&args.vals[1]) else {
        let m = format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.vals[1])
        );
        return Err(vm.type_error(m));
    };
    let spec: alloc::string::String = spec.into();
    let s = vm.format(&args.vals[0], &spec)?;
    Ok(vm.new_str_value(s))
}

/// `z.__op__(w)` (or `__rop__`): NotImplemented unless `w` is a number.
fn binary(vm: &mut Vm, args: Args, op: BinaryOp, reflected: bool) -> PyResult<Value> {
    let max = if op == BinaryOp::Power { 2 } else { 1 };
    method_args(vm, args, op.symbol(), 1, max)?;
    this(vm, args, op.symbol())?;
    if args.vals.get(2).is_some_and(|m| !m.is_none()) {
        return Err(vm.value_error("complex modulo"));
    }
    let (a, b) = (&args.vals[0], &args.vals[1]);
    if !is_real(b) && as_complex(b).is_none() {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    vm.complex_binop(op, x, y)
        .unwrap_or_else(|| Ok(Value::Obj(vm.not_implemented.clone())))
}

fn compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    method_args(vm, args, op.symbol(), 1, 1)?;
    this(vm, args, op.symbol())?;
    match equality(&args.vals[0], &args.vals[1]) {
        Some(e) => Ok(Value::Bool(e == (op == CompareOp::Eq))),
        None => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq)
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne)
}

binops! {
    add, radd, "__add__", "__radd__" = Add;
    sub, rsub, "__sub__", "__rsub__" = Subtract;
    mul, rmul, "__mul__", "__rmul__" = Multiply;
    truediv, rtruediv, "__truediv__", "__rtruediv__" = TrueDivide;
    pow, rpow, "__pow__", "__rpow__" = Power;
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", complex_new),
    ("conjugate", conjugate),
    ("__complex__", itself),
    ("__getnewargs__", getnewargs),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__repr__", repr_),
    ("__hash__", hash_),
    ("__format__", format_),
    ("__eq__", eq),
    ("__ne__", ne),
];

pub fn install(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    for (name, f) in METHODS {
        add_method(vm, &t, name, *f);
    }
    for (name, rname, f, rf) in BINOPS {
        add_method(vm, &t, name, *f);
        add_method(vm, &t, rname, *rf);
    }
    add_getset(vm, &t, "real", real, None);
    add_getset(vm, &t, "imag", imag, None);
}
