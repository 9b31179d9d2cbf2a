//! The `math` module over the `libm` crate (soft-float safe on DOS), with
//! CPython's error rules: a NaN from a non-NaN argument is "math domain
//! error", an infinity from a finite argument is "math range error"
//! (OverflowError) where the function can overflow, a domain error otherwise.

use alloc::format;
use alloc::vec::Vec;

pub(super) mod cmath;
mod cmath_special;
mod exp;
mod int;

use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::float::integral_to_int;
use crate::vm::builtins::{add_fn, add_value, arg_count, int_arg};
use crate::vm::bytecode::BinaryOp;
use crate::vm::object::bigint;
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A real-number argument as f64 ("must be real number, not str" otherwise).
pub(super) fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => {
            if let Some(n) = bigint::as_big(v) {
                return vm.big_to_f64(n);
            }
            let float = vm.names.float.clone();
            if let Some(Value::Float(f)) = vm.call_special(v, &float, &[])? {
                return Ok(f);
            }
            let m = format!("must be real number, not {}", vm.type_name(v));
            Err(vm.type_error(m))
        }
    }
}

fn domain(vm: &mut Vm) -> ObjRef {
    vm.value_error("math domain error")
}

fn range(vm: &mut Vm) -> ObjRef {
    vm.new_exc(Exc::OverflowError, "math range error")
}

/// Apply CPython's error rules to `r = f(x)`.
fn checked(vm: &mut Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(Value::Float(r))
}

/// The one-argument float functions: name, function, can it overflow.
/// (name, function, can it overflow).
type Unary = (&'static str, fn(f64) -> f64, bool);

const UNARY: &[Unary] = &[
    ("acos", libm::acos, false),
    ("acosh", libm::acosh, false),
    ("asin", libm::asin, false),
    ("asinh", libm::asinh, false),
    ("atan", libm::atan, false),
    ("atanh", libm::atanh, false),
    ("cbrt", libm::cbrt, false),
    ("cos", libm::cos, false),
    ("cosh", libm::cosh, true),
    ("erf", libm::erf, false),
    ("erfc", libm::erfc, false),
    ("exp", exp::exp, true),
    ("exp2", libm::exp2, true),
    ("expm1", libm::expm1, true),
    ("fabs", libm::fabs, false),
    ("log1p", libm::log1p, false),
    ("sin", libm::sin, false),
    ("sinh", libm::sinh, true),
    ("sqrt", libm::sqrt, false),
    ("tan", libm::tan, false),
    ("tanh", libm::tanh, false),
];

/// Native functions are plain fn pointers, so each table row gets a thin
/// wrapper that looks itself up by index.
macro_rules! unary_wrappers {
    ($($i:literal),*) => {
        const UNARY_FNS: &[NativeFn] = &[$(|vm, args| unary(vm, args, $i)),*];
    };
}
unary_wrappers!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);

fn unary(vm: &mut Vm, args: Args, i: usize) -> PyResult<Value> {
    let (name, f, can_overflow) = UNARY[i];
    arg_count(vm, args, name, 1, 1)?;
    let x = real(vm, &args.vals[0])?;
    checked(vm, x, f(x), can_overflow)
}

/// Gamma functions: poles at zero and the negative integers are domain errors.
fn gamma_like(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    arg_count(vm, args, name, 1, 1)?;
    let x = real(vm, &args.vals[0])?;
    if x.is_finite() && x <= 0.0 && libm::floor(x) == x {
        return Err(domain(vm));
    }
    if x == f64::NEG_INFINITY && name == "gamma" {
        return Err(domain(vm));
    }
    checked(vm, x, f(x), true)
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    gamma_like(vm, args, "gamma", libm::tgamma)
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    gamma_like(vm, args, "lgamma", libm::lgamma)
}

/// Natural log of a positive real, domain error otherwise.
fn ln(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let x = real(vm, v)?;
    if x.is_nan() || x > 0.0 {
        return Ok(libm::log(x));
    }
    Err(domain(vm))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "log", 1, 2)?;
    let num = ln(vm, &args.vals[0])?;
    let Some(b) = args.vals.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = ln(vm, b)?;
    if den == 0.0 {
        return Err(vm.new_exc(Exc::ZeroDivisionError, "float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log_with(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    arg_count(vm, args, name, 1, 1)?;
    let x = real(vm, &args.vals[0])?;
    if !(x.is_nan() || x > 0.0) {
        return Err(domain(vm));
    }
    Ok(Value::Float(f(x)))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    log_with(vm, args, "log2", libm::log2)
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    log_with(vm, args, "log10", libm::log10)
}

/// floor/ceil/trunc: ints pass through, other objects answer through
/// their `__floor__`/`__ceil__`/`__trunc__`, floats are rounded here.
fn rounding(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    arg_count(vm, args, name, 1, 1)?;
    match &args.vals[0] {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => integral_to_int(vm, f(*x)),
        v => {
            let special = vm.intern(&format!("__{name}__"));
            if let Some(r) = vm.call_special(v, &special, &[])? {
                return Ok(r);
            }
            if name == "trunc" {
                let m = format!("type {} doesn't define __trunc__ method", vm.type_name(v));
                return Err(vm.type_error(m));
            }
            let x = real(vm, v)?;
            integral_to_int(vm, f(x))
        }
    }
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "floor", libm::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "ceil", libm::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "trunc", libm::trunc)
}

fn two_reals(vm: &mut Vm, args: Args, name: &str) -> PyResult<(f64, f64)> {
    arg_count(vm, args, name, 2, 2)?;
    Ok((real(vm, &args.vals[0])?, real(vm, &args.vals[1])?))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two_reals(vm, args, "atan2")?;
    Ok(Value::Float(libm::atan2(y, x)))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "copysign")?;
    Ok(Value::Float(libm::copysign(x, y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "remainder")?;
    let r = libm::remainder(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "nextafter")?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

/// math.pow: C99 pow with CPython's error mapping.
fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, args, "pow")?;
    let r = libm::pow(x, y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain(vm) } else { range(vm) });
        }
    }
    Ok(Value::Float(r))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "ldexp", 2, 2)?;
    let x = real(vm, &args.vals[0])?;
    if let Value::Float(_) = args.vals[1] {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = int_arg(vm, &args.vals[1])?.clamp(-100_000, 100_000) as i32;
    let r = libm::ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "frexp", 1, 1)?;
    let x = real(vm, &args.vals[0])?;
    let (m, e) = if x.is_finite() {
        libm::frexp(x)
    } else {
        (x, 0)
    };
    Ok(vm.new_tuple(alloc::vec![Value::Float(m), Value::Int(e as i64)]))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "modf", 1, 1)?;
    let x = real(vm, &args.vals[0])?;
    let (frac, int) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else {
        libm::modf(x)
    };
    Ok(vm.new_tuple(alloc::vec![Value::Float(frac), Value::Float(int)]))
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    arg_count(vm, args, name, 1, 1)?;
    let x = real(vm, &args.vals[0])?;
    Ok(Value::Bool(f(x)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isfinite", f64::is_finite)
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isinf", f64::is_infinite)
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isnan", f64::is_nan)
}

/// `isclose`'s arguments, for math and cmath: the two values (read by
/// `each`) and the tolerances (rel_tol, abs_tol), checked as CPython does.
pub(super) fn isclose_args<T>(
    vm: &mut Vm,
    args: Args,
    each: fn(&mut Vm, &Value) -> PyResult<T>,
) -> PyResult<(T, T, f64, f64)> {
    let pos = args.pos();
    if pos.len() != 2 {
        let m = format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            pos.len()
        );
        return Err(vm.type_error(m));
    }
    let (a, b) = (each(vm, &pos[0])?, each(vm, &pos[1])?);
    let rel = match args.kwarg("rel_tol") {
        Some(v) => real(vm, v)?,
        None => 1e-9,
    };
    let abs = match args.kwarg("abs_tol") {
        Some(v) => real(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    Ok((a, b, rel, abs))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, rel, abs) = isclose_args(vm, args, real)?;
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = libm::fabs(b - a);
    let close = diff <= libm::fabs(rel * b) || diff <= libm::fabs(rel * a) || diff <= abs;
    Ok(Value::Bool(close))
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "degrees", 1, 1)?;
    let x = real(vm, &args.vals[0])?;
    Ok(Value::Float(x * (180.0 / core::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "radians", 1, 1)?;
    let x = real(vm, &args.vals[0])?;
    Ok(Value::Float(x * (core::f64::consts::PI / 180.0)))
}

/// fsum: Shewchuk's exact partial sums (the algorithm CPython uses).
fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "fsum", 1, 1)?;
    let items = vm.collect(&args.vals[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0;
    for v in &items {
        let mut x = real(vm, v)?;
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if libm::fabs(x) < libm::fabs(y) {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if special.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    if let Some(mut top) = partials.pop() {
        hi = top;
        while let Some(y) = partials.pop() {
            let x = top;
            hi = x + y;
            let lo = y - (hi - x);
            top = hi;
            if lo != 0.0 {
                // Round half to even across the remaining partials.
                if let Some(&next) = partials.last() {
                    if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
                        let y2 = lo * 2.0;
                        let x2 = hi + y2;
                        if y2 == x2 - hi {
                            hi = x2;
                        }
                    }
                }
                break;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        let m = format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        );
        return Err(vm.type_error(m));
    }
    let mut acc = args.kwarg("start").cloned().unwrap_or(Value::Int(1));
    for v in vm.collect(&pos[0])? {
        acc = vm.binary_op(BinaryOp::Multiply as u32, &acc, &v)?;
    }
    Ok(acc)
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "hypot", 0, usize::MAX)?;
    let mut coords = Vec::with_capacity(args.vals.len());
    for v in args.vals {
        coords.push(real(vm, v)?);
    }
    Ok(Value::Float(norm(&coords)))
}

/// Euclidean norm, scaled to avoid overflow; infinities win over NaN.
fn norm(coords: &[f64]) -> f64 {
    if coords.iter().any(|c| c.is_infinite()) {
        return f64::INFINITY;
    }
    let max = coords.iter().fold(0.0f64, |m, c| {
        if libm::fabs(*c) > m || c.is_nan() {
            libm::fabs(*c)
        } else {
            m
        }
    });
    if max == 0.0 || max.is_nan() || coords.len() <= 1 {
        return max;
    }
    let sum: f64 = coords.iter().map(|c| (c / max) * (c / max)).sum();
    max * libm::sqrt(sum)
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "dist", 2, 2)?;
    let p = vm.collect(&args.vals[0])?;
    let q = vm.collect(&args.vals[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        d.push(real(vm, a)? - real(vm, b)?);
    }
    Ok(Value::Float(norm(&d)))
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    for (i, (name, _, _)) in UNARY.iter().enumerate() {
        add_fn(vm, d, name, UNARY_FNS[i]);
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("atan2", atan2),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("nextafter", nextafter),
        ("pow", pow),
        ("ldexp", ldexp),
        ("frexp", frexp),
        ("modf", modf),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
        ("degrees", degrees),
        ("radians", radians),
        ("factorial", int::factorial),
        ("gcd", int::gcd),
        ("lcm", int::lcm),
        ("isqrt", int::isqrt),
        ("comb", int::comb),
        ("perm", int::perm),
        ("fsum", fsum),
        ("prod", prod),
        ("hypot", hypot),
        ("dist", dist),
    ];
    super::add_fns(vm, d, fns);
    add_value(vm, d, "pi", Value::Float(core::f64::consts::PI));
    add_value(vm, d, "e", Value::Float(core::f64::consts::E));
    add_value(vm, d, "tau", Value::Float(core::f64::consts::TAU));
    add_value(vm, d, "inf", Value::Float(f64::INFINITY));
    add_value(vm, d, "nan", Value::Float(f64::NAN));
    Ok(())
}
