//! `float`: the constructor (numbers, strings, `__float__`), conversion to
//! int, and the methods CPython's float has beyond its operators
//! (`is_integer`, `as_integer_ratio`, `hex`, `fromhex`, `__trunc__`,
//! `__floor__`, `__ceil__`, `__round__`, `__int__`, `__float__`).

use alloc::format;
use alloc::string::String;

use super::exc_table::Exc;
use super::{add_method, int_arg, method_args};
use crate::vm::bytecode::BinaryOp;
use crate::vm::object::bytes_like::byte_view;
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::text;
use crate::vm::{PyResult, Vm};

/// 2**63: floats from here on do not fit an i64.
const TWO_63: f64 = 9_223_372_036_854_775_808.0;

/// An integral float as an int of any size (`int(1e300)`): small values
/// directly, larger ones as mantissa << exponent through the int operators.
pub fn integral_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.new_exc(
            Exc::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    if (-TWO_63..TWO_63).contains(&f) {
        return Ok(Value::Int(f as i64));
    }
    let (mantissa, exponent) = mantissa_exponent(f);
    shifted_int(vm, mantissa, exponent)
}

/// `n << by` through the int operators, so results past i64 become big ints.
fn shifted_int(vm: &mut Vm, n: i64, by: i32) -> PyResult<Value> {
    let (n, by) = (Value::Int(n), Value::Int(by as i64));
    vm.binary_op(BinaryOp::LShift as u32, &n, &by)
}

/// `int(f)`: truncate toward zero.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    integral_to_int(vm, libm::trunc(f))
}

/// A finite float as `mantissa * 2**exponent` with an odd (or zero) mantissa.
fn mantissa_exponent(f: f64) -> (i64, i32) {
    if f == 0.0 {
        return (0, 0);
    }
    let (m, e) = libm::frexp(f);
    let mut mantissa = libm::ldexp(m, 53) as i64;
    let mut exponent = e - 53;
    let zeros = mantissa.trailing_zeros();
    mantissa >>= zeros;
    exponent += zeros as i32;
    (mantissa, exponent)
}

/// `round(f)` and `round(f, n)`: half to even on the exact binary value.
pub fn float_round(vm: &mut Vm, f: f64, ndigits: Option<i64>) -> PyResult<Value> {
    match ndigits {
        None => integral_to_int(vm, libm::rint(f)),
        Some(n) => text::round_float(f, n)
            .map(Value::Float)
            .map_err(|e| vm.text_error(e)),
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let Some(x) = pos.first() else {
        return Ok(Value::Float(0.0));
    };
    match x {
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::Float(f) => Ok(Value::Float(*f)),
        _ => {
            if let Some(n) = crate::vm::object::bigint::as_big(x) {
                return vm.big_to_f64(n).map(Value::Float);
            }
            if let Some(s) = str_of(x) {
                return text::parse_float(s)
                    .map(Value::Float)
                    .map_err(|e| vm.text_error(e));
            }
            if let Some(data) = byte_view(x) {
                return text::parse_float_bytes(&data)
                    .map(Value::Float)
                    .map_err(|e| vm.text_error(e));
            }
            let n = vm.names.float.clone();
            if let Some(r) = vm.call_special(x, &n, &[])? {
                return match r {
                    Value::Float(_) => Ok(r),
                    _ => {
                        let m = format!(
                            "{}.__float__ returned non-float (type {})",
                            vm.type_name(x),
                            vm.type_name(&r)
                        );
                        Err(vm.type_error(m))
                    }
                };
            }
            let index = vm.intern("__index__");
            if let Some(r) = vm.call_special(x, &index, &[])? {
                return vm.binary_op(BinaryOp::TrueDivide as u32, &r, &Value::Int(1));
            }
            let m = format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(x)
            );
            Err(vm.type_error(m))
        }
    }
}

/// `self` of a float method.
fn this(vm: &mut Vm, args: Args, name: &str) -> PyResult<f64> {
    match args.vals.first() {
        Some(Value::Float(f)) => Ok(*f),
        _ => {
            let short = name.trim_start_matches("float.");
            let m = format!("descriptor '{short}' requires a 'float' object");
            Err(vm.type_error(m))
        }
    }
}

fn no_arg_method(vm: &mut Vm, args: Args, name: &str) -> PyResult<f64> {
    method_args(vm, args, name, 0, 0)?;
    this(vm, args, name)
}

fn is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = no_arg_method(vm, args, "float.is_integer")?;
    Ok(Value::Bool(f.is_finite() && f == libm::trunc(f)))
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = no_arg_method(vm, args, "float.as_integer_ratio")?;
    if f.is_infinite() {
        let m = "cannot convert Infinity to integer ratio";
        return Err(vm.new_exc(Exc::OverflowError, m));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (mantissa, exponent) = mantissa_exponent(f);
    let (numerator, denominator) = if exponent >= 0 {
        (shifted_int(vm, mantissa, exponent)?, Value::Int(1))
    } else {
        (Value::Int(mantissa), shifted_int(vm, 1, -exponent)?)
    };
    Ok(vm.new_tuple(alloc::vec![numerator, denominator]))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = no_arg_method(vm, args, "float.hex")?;
    let mut out = String::new();
    text::float_hex(&mut out, f);
    Ok(Value::Obj(crate::vm::object::str::from_string(out)))
}

/// `float.fromhex(s)`, a classmethod.
fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "float.fromhex", 1, 1)?;
    let Some(s) = str_of(&args.vals[1]) else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let f = text::float_fromhex(s).map_err(|e| vm.text_error(e))?;
    Ok(Value::Float(f))
}

fn to_int_method(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = no_arg_method(vm, args, name)?;
    integral_to_int(vm, f(x))
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int_method(vm, args, "float.__trunc__", libm::trunc)
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int_method(vm, args, "float.__floor__", libm::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    to_int_method(vm, args, "float.__ceil__", libm::ceil)
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "float.__round__", 0, 1)?;
    let f = this(vm, args, "float.__round__")?;
    let ndigits = match args.vals.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(int_arg(vm, v)?),
    };
    float_round(vm, f, ndigits)
}

fn float_itself(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(no_arg_method(vm, args, "float.__float__")?))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__new__", float_new),
    ("is_integer", is_integer),
    ("as_integer_ratio", as_integer_ratio),
    ("hex", hex),
    ("__trunc__", trunc),
    ("__int__", trunc),
    ("__floor__", floor),
    ("__ceil__", ceil),
    ("__round__", round),
    ("__float__", float_itself),
];

pub fn install(vm: &mut Vm) {
    let t: ObjRef = vm.types.float.clone();
    for (name, f) in METHODS {
        add_method(vm, &t, name, *f);
    }
    let from_hex = super::native(vm, "float.fromhex", fromhex, false);
    let key = vm.intern("fromhex");
    if let Kind::Class(c) = &*t {
        let method = Value::Obj(ObjRef::new(Kind::ClassMethod(from_hex)));
        vm.dict_set_str(&c.dict, key, method);
    }
}
