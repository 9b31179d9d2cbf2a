//! The `cmath` module: complex versions of the `math` functions, over
//! `libm` (soft-float on DOS), with the algorithms CPython's cmathmodule
//! uses for finite arguments (scaled to avoid needless overflow and
//! underflow, branch cuts continuous from the side of the signed zero) and
//! its errors: "math domain error" (ValueError), "math range error"
//! (OverflowError). Infinite and NaN arguments give C99's special values,
//! as CPython's tables do (cmath_special.rs).

use alloc::format;

use crate::vm::builtins::add_value;
use crate::vm::eval::complex_ops::{as_complex, c_quot, complex_value, C};
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

use super::cmath_special::{self as sv, cis_inf, cis_zero, lookup};
use core::f64::consts::{E, LN_10, LN_2, PI};

/// Past this a part is "large": formulas that would overflow are scaled.
const LARGE: f64 = f64::MAX / 4.0;
const SQRT_LARGE: f64 = 6.703903964971299e153; // sqrt(LARGE)
const LOG_LARGE: f64 = 708.3964185322641; // log(LARGE)
const SQRT_DBL_MIN: f64 = 1.4916681462400413e-154; // sqrt(f64::MIN_POSITIVE)
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

/// What went wrong, as C's errno.
pub(super) enum Fail {
    Domain,
    Range,
}

pub(super) type CResult = Result<C, Fail>;

/// An argument as a complex: complex, `__complex__`, or a real number.
fn arg(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(z) = as_complex(v) {
        return Ok(z);
    }
    if let Some(r) = vm.to_complex(v) {
        return r;
    }
    let name = vm.intern("__complex__");
    if let Some(r) = vm.call_special(v, &name, &[])? {
        if let Some(z) = as_complex(&r) {
            return Ok(z);
        }
        let m = format!(
            "__complex__ returned non-complex (type {})",
            vm.type_name(&r)
        );
        return Err(vm.type_error(m));
    }
    let float = vm.names.float.clone();
    if let Some(Value::Float(f)) = vm.call_special(v, &float, &[])? {
        return Ok((f, 0.0));
    }
    let m = format!("must be real number, not {}", vm.type_name(v));
    Err(vm.type_error(m))
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn is_nan(z: C) -> bool {
    z.0.is_nan() || z.1.is_nan()
}

/// An infinite result from finite input overflowed.
fn range_checked(r: C) -> CResult {
    if !finite(r) {
        return Err(Fail::Range);
    }
    Ok(r)
}

fn times_i(z: C) -> C {
    (-z.1, z.0)
}

/// `-i * z`: undoes [`times_i`].
fn over_i(z: C) -> C {
    (z.1, -z.0)
}

fn sqrt(z: C) -> CResult {
    if !finite(z) {
        return lookup(&sv::SQRT, z);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return Ok((0.0, z.1));
    }
    let (mut ax, ay) = (libm::fabs(z.0), libm::fabs(z.1));
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up first.
        ax = libm::ldexp(ax, SCALE_UP);
        let h = libm::hypot(ax, libm::ldexp(ay, SCALE_UP));
        libm::ldexp(libm::sqrt(ax + h), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * libm::sqrt(ax + libm::hypot(ax, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    Ok(if z.0 >= 0.0 {
        (s, libm::copysign(d, z.1))
    } else {
        (d, libm::copysign(s, z.1))
    })
}

/// `log(hypot(x, y))` for large parts, without overflow.
fn log_large(z: C) -> f64 {
    libm::log(libm::hypot(z.0 / 2.0, z.1 / 2.0)) + LN_2 * 2.0
}

fn large(z: C) -> bool {
    libm::fabs(z.0) > LARGE || libm::fabs(z.1) > LARGE
}

fn acos(z: C) -> CResult {
    if !finite(z) {
        return lookup(&sv::ACOS, z);
    }
    if large(z) {
        let im = if z.0 < 0.0 {
            -libm::copysign(log_large(z), z.1)
        } else {
            libm::copysign(log_large(z), -z.1)
        };
        return Ok((libm::atan2(libm::fabs(z.1), z.0), im));
    }
    let s1 = sqrt((1.0 - z.0, -z.1))?;
    let s2 = sqrt((1.0 + z.0, z.1))?;
    let r = (
        2.0 * libm::atan2(s1.0, s2.0),
        libm::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    );
    Ok(r)
}

fn acosh(z: C) -> CResult {
    if !finite(z) {
        return lookup(&sv::ACOSH, z);
    }
    if large(z) {
        return Ok((log_large(z), libm::atan2(z.1, z.0)));
    }
    let s1 = sqrt((z.0 - 1.0, z.1))?;
    let s2 = sqrt((z.0 + 1.0, z.1))?;
    let r = (
        libm::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * libm::atan2(s1.1, s2.0),
    );
    Ok(r)
}

fn asinh(z: C) -> CResult {
    if !finite(z) {
        return lookup(&sv::ASINH, z);
    }
    if large(z) {
        let re = if z.1 >= 0.0 {
            libm::copysign(log_large(z), z.0)
        } else {
            -libm::copysign(log_large(z), -z.0)
        };
        return Ok((re, libm::atan2(z.1, libm::fabs(z.0))));
    }
    let s1 = sqrt((1.0 + z.1, -z.0))?;
    let s2 = sqrt((1.0 - z.1, z.0))?;
    let r = (
        libm::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        libm::atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1),
    );
    Ok(r)
}

fn asin(z: C) -> CResult {
    asinh(times_i(z)).map(over_i)
}

fn atanh(z: C) -> CResult {
    if !finite(z) {
        return lookup(&sv::ATANH, z);
    }
    if z.0 < 0.0 {
        return atanh((-z.0, -z.1)).map(|r| (-r.0, -r.1));
    }
    let ay = libm::fabs(z.1);
    if z.0 > SQRT_LARGE || ay > SQRT_LARGE {
        // atanh(z) ~ 1/z +/- i*pi/2 for a large z.
        let h = libm::hypot(z.0 / 2.0, z.1 / 2.0);
        return Ok((z.0 / 4.0 / h / h, -libm::copysign(PI / 2.0, -z.1)));
    }
    if z.0 == 1.0 && ay < SQRT_DBL_MIN {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        let re = -libm::log(libm::sqrt(ay) / libm::sqrt(libm::hypot(ay, 2.0)));
        return Ok((re, libm::copysign(libm::atan2(2.0, -ay) / 2.0, z.1)));
    }
    let one_minus = 1.0 - z.0;
    let re = libm::log1p(4.0 * z.0 / (one_minus * one_minus + ay * ay)) / 4.0;
    let im = -libm::atan2(-2.0 * z.1, one_minus * (1.0 + z.0) - ay * ay) / 2.0;
    Ok((re, im))
}

fn atan(z: C) -> CResult {
    atanh(times_i(z)).map(over_i)
}

fn cosh(z: C) -> CResult {
    if !finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (c, s) = cis_inf(z.1);
            return Ok((c, if z.0 > 0.0 { s } else { -s }));
        }
        return lookup(&sv::COSH, z);
    }
    let r = if libm::fabs(z.0) > LOG_LARGE {
        // cosh(x) overflows before cosh(z) does.
        let x1 = z.0 - libm::copysign(1.0, z.0);
        (
            libm::cos(z.1) * libm::cosh(x1) * E,
            libm::sin(z.1) * libm::sinh(x1) * E,
        )
    } else {
        (
            libm::cos(z.1) * libm::cosh(z.0),
            libm::sin(z.1) * libm::sinh(z.0),
        )
    };
    range_checked(r)
}

fn sinh(z: C) -> CResult {
    if !finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (c, s) = cis_inf(z.1);
            return Ok((if z.0 > 0.0 { c } else { -c }, s));
        }
        return lookup(&sv::SINH, z);
    }
    let r = if libm::fabs(z.0) > LOG_LARGE {
        let x1 = z.0 - libm::copysign(1.0, z.0);
        (
            libm::cos(z.1) * libm::sinh(x1) * E,
            libm::sin(z.1) * libm::cosh(x1) * E,
        )
    } else {
        (
            libm::cos(z.1) * libm::sinh(z.0),
            libm::sin(z.1) * libm::cosh(z.0),
        )
    };
    range_checked(r)
}

fn tanh(z: C) -> CResult {
    if !finite(z) {
        if z.0.is_infinite() && z.1.is_finite() {
            let im = 2.0 * libm::sin(z.1) * libm::cos(z.1);
            return Ok((libm::copysign(1.0, z.0), libm::copysign(0.0, im)));
        }
        return lookup(&sv::TANH, z);
    }
    let r = if libm::fabs(z.0) > LOG_LARGE {
        (
            libm::copysign(1.0, z.0),
            4.0 * libm::sin(z.1) * libm::cos(z.1) * libm::exp(-2.0 * libm::fabs(z.0)),
        )
    } else {
        let (tx, ty) = (libm::tanh(z.0), libm::tan(z.1));
        let cx = 1.0 / libm::cosh(z.0);
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    Ok(r)
}

fn cos(z: C) -> CResult {
    cosh(times_i(z))
}

fn sin(z: C) -> CResult {
    sinh(times_i(z)).map(over_i)
}

fn tan(z: C) -> CResult {
    tanh(times_i(z)).map(over_i)
}

fn exp(z: C) -> CResult {
    if !finite(z) {
        if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            return Ok(if z.0 > 0.0 {
                cis_inf(z.1)
            } else {
                cis_zero(z.1)
            });
        }
        return lookup(&sv::EXP, z);
    }
    let l = if z.0 > LOG_LARGE {
        super::exp::exp(z.0 - 1.0) * E
    } else {
        super::exp::exp(z.0)
    };
    let r = if z.1 == 0.0 {
        (l, z.1)
    } else {
        (l * libm::cos(z.1), l * libm::sin(z.1))
    };
    range_checked(r)
}

fn log(z: C) -> CResult {
    if !finite(z) {
        return lookup(&sv::LOG, z);
    }
    let (ax, ay) = (libm::fabs(z.0), libm::fabs(z.1));
    let re = if ax > LARGE || ay > LARGE {
        libm::log(libm::hypot(ax / 2.0, ay / 2.0)) + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax == 0.0 && ay == 0.0 {
            return Err(Fail::Domain);
        }
        // hypot(ax, ay) would be subnormal.
        let h = libm::hypot(libm::ldexp(ax, 53), libm::ldexp(ay, 53));
        libm::log(h) - 53.0 * LN_2
    } else {
        let h = libm::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            libm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            libm::log(h)
        }
    };
    Ok((re, libm::atan2(z.1, z.0)))
}

fn log10(z: C) -> CResult {
    log(z).map(|r| (r.0 / LN_10, r.1 / LN_10))
}

/// Raise the Python exception for a failed function.
fn fail(vm: &mut Vm, f: Fail) -> ObjRef {
    match f {
        Fail::Domain => vm.value_error("math domain error"),
        Fail::Range => vm.new_exc(
            crate::vm::builtins::exc_table::Exc::OverflowError,
            "math range error",
        ),
    }
}

type CFn = fn(C) -> CResult;

/// The one-argument functions.
const UNARY: [(&str, CFn); 15] = [
    ("sqrt", sqrt),
    ("exp", exp),
    ("log10", log10),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh),
];

/// Native functions are plain fn pointers: one thin wrapper per row.
macro_rules! unary_wrappers {
    ($($i:literal),*) => {
        const UNARY_FNS: [NativeFn; UNARY.len()] = [$(|vm, args| unary(vm, args, $i)),*];
    };
}
unary_wrappers!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);

/// The one argument of `cmath.name(z)`, with Argument Clinic's errors.
fn one_arg(vm: &mut Vm, args: Args, name: &str) -> PyResult<C> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.vals.len() != 1 {
        let m = format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            args.vals.len()
        );
        return Err(vm.type_error(m));
    }
    arg(vm, &args.vals[0])
}

/// Check a positional-only count as Argument Clinic words it.
fn arg_range(vm: &mut Vm, args: Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.vals.len();
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let m = if min == max && n != min {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else if n > max {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    } else {
        return Ok(());
    };
    Err(vm.type_error(m))
}

fn unary(vm: &mut Vm, args: Args, i: usize) -> PyResult<Value> {
    let (name, f) = UNARY[i];
    let z = one_arg(vm, args, name)?;
    result(vm, f(z))
}

fn result(vm: &mut Vm, r: CResult) -> PyResult<Value> {
    match r {
        Ok((re, im)) => Ok(complex_value(re, im)),
        Err(e) => Err(fail(vm, e)),
    }
}

/// `log(z[, base])`.
fn log_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_range(vm, args, "log", 1, 2)?;
    let z = arg(vm, &args.vals[0])?;
    let base = match args.vals.get(1) {
        Some(b) => Some(arg(vm, b)?),
        None => None,
    };
    let r = log(z).and_then(|x| match base {
        None => Ok(x),
        Some(b) => c_quot(x, log(b)?).ok_or(Fail::Domain),
    });
    result(vm, r)
}

/// `abs(z)` as `cmath.polar` computes it: OverflowError if only the
/// result is infinite.
fn modulus(vm: &mut Vm, z: C) -> PyResult<f64> {
    if z.0.is_infinite() || z.1.is_infinite() {
        return Ok(f64::INFINITY);
    }
    let r = libm::hypot(z.0, z.1);
    if r.is_infinite() {
        return Err(fail(vm, Fail::Range));
    }
    Ok(r)
}

fn phase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = one_arg(vm, args, "phase")?;
    Ok(Value::Float(libm::atan2(z.1, z.0)))
}

fn polar(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = one_arg(vm, args, "polar")?;
    let r = modulus(vm, z)?;
    let phi = libm::atan2(z.1, z.0);
    Ok(vm.new_tuple(alloc::vec![Value::Float(r), Value::Float(phi)]))
}

/// A real argument (`rect`'s r and phi).
fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if as_complex(v).is_some() {
        let m = format!("must be real number, not {}", vm.type_name(v));
        return Err(vm.type_error(m));
    }
    arg(vm, v).map(|z| z.0)
}

fn rect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_range(vm, args, "rect", 2, 2)?;
    let r = real(vm, &args.vals[0])?;
    let phi = real(vm, &args.vals[1])?;
    if r != 0.0 && !r.is_nan() && phi.is_infinite() {
        return Err(fail(vm, Fail::Domain));
    }
    let z = if r == 0.0 && !phi.is_finite() {
        (0.0, 0.0)
    } else if r.is_infinite() && phi == 0.0 {
        (r, libm::copysign(0.0, phi) * libm::copysign(1.0, r))
    } else if r.is_infinite() && phi.is_nan() {
        (f64::INFINITY, f64::NAN)
    } else if r.is_infinite() && phi.is_finite() {
        let inf = libm::copysign(f64::INFINITY, r);
        (
            libm::copysign(inf, libm::cos(phi) * r),
            libm::copysign(inf, libm::sin(phi) * r),
        )
    } else if phi == 0.0 {
        (r, r * phi)
    } else {
        (r * libm::cos(phi), r * libm::sin(phi))
    };
    Ok(complex_value(z.0, z.1))
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(C) -> bool) -> PyResult<Value> {
    let z = one_arg(vm, args, name)?;
    Ok(Value::Bool(f(z)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isfinite", finite)
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isinf", |z| {
        z.0.is_infinite() || z.1.is_infinite()
    })
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isnan", is_nan)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, rel, abs) = super::isclose_args(vm, args, arg)?;
    if a == b {
        return Ok(Value::Bool(true));
    }
    if !finite(a) && !is_nan(a) || !finite(b) && !is_nan(b) {
        return Ok(Value::Bool(false));
    }
    let diff = libm::hypot(a.0 - b.0, a.1 - b.1);
    let close =
        diff <= rel * libm::hypot(b.0, b.1) || diff <= rel * libm::hypot(a.0, a.1) || diff <= abs;
    Ok(Value::Bool(close))
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    for (i, (name, _)) in UNARY.iter().enumerate() {
        crate::vm::builtins::add_fn(vm, d, name, UNARY_FNS[i]);
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("log", log_fn),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
    ];
    crate::pyglue::add_fns(vm, d, fns);
    add_value(vm, d, "pi", Value::Float(PI));
    add_value(vm, d, "e", Value::Float(E));
    add_value(vm, d, "tau", Value::Float(core::f64::consts::TAU));
    add_value(vm, d, "inf", Value::Float(f64::INFINITY));
    add_value(vm, d, "nan", Value::Float(f64::NAN));
    add_value(vm, d, "infj", complex_value(0.0, f64::INFINITY));
    add_value(vm, d, "nanj", complex_value(0.0, f64::NAN));
    Ok(())
}
