//! Complex arithmetic as CPython 3.11's `complexobject.c` does it: the
//! operands an int, float or complex may meet, `+ - * / **` with their
//! ZeroDivisionError/OverflowError cases (Smith's division, repeated
//! squaring for small integral powers), equality and the numeric hash.
//! Plain f64 arithmetic: on DOS it is the soft-float of the i486 target.

use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::BinaryOp;
use crate::vm::object::bigint::as_big;
use crate::vm::object::int::hash_float;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A complex number: (real, imag).
pub type C = (f64, f64);

/// A new complex object.
pub fn complex_value(re: f64, im: f64) -> Value {
    Value::Obj(ObjRef::new(Kind::Complex(re, im)))
}

/// The parts of a complex object (not of ints or floats).
#[inline]
pub fn as_complex(v: &Value) -> Option<C> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Complex(re, im)) => Some((*re, *im)),
        _ => None,
    }
}

/// Whether `v` is an int (bool, big) or float: a real operand of complex
/// arithmetic.
pub fn is_real(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_)) || as_big(v).is_some()
}

/// `a * b`.
pub fn c_prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` by Smith's method (CPython's `_Py_c_quot`); None for a zero divisor.
pub fn c_quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (libm::fabs(b.0), libm::fabs(b.1));
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN in the divisor.
        Some((f64::NAN, f64::NAN))
    }
}

/// `x ** n` for n >= 0 by repeated squaring (`c_powu`).
fn c_powu(x: C, n: u64) -> C {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// Why a power failed: CPython's errno after `complex_pow`.
enum PowError {
    /// EDOM: zero to a negative or complex power.
    Domain,
    /// ERANGE: an infinite part.
    Range,
}

/// `a ** b` (`complex_pow`): small integral exponents by squaring, the
/// rest through polar form (`_Py_c_pow`).
fn c_pow(a: C, b: C) -> Result<C, PowError> {
    let small_int = b.1 == 0.0 && b.0 == libm::floor(b.0) && libm::fabs(b.0) <= 100.0;
    let p = if small_int {
        let n = b.0 as i64;
        let r = c_powu(a, n.unsigned_abs());
        if n >= 0 {
            r
        } else {
            c_quot((1.0, 0.0), r).ok_or(PowError::Domain)?
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowError::Domain);
        }
        (0.0, 0.0)
    } else {
        let vabs = libm::hypot(a.0, a.1);
        let mut len = libm::pow(vabs, b.0);
        let at = libm::atan2(a.1, a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= libm::exp(at * b.1);
            phase += b.1 * libm::log(vabs);
        }
        (len * libm::cos(phase), len * libm::sin(phase))
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(PowError::Range);
    }
    Ok(p)
}

/// `hash(z)`: the real part's hash plus 1000003 times the imaginary's,
/// so a complex with no imaginary part hashes as its real part.
pub fn hash_complex(z: C) -> i64 {
    const IMAG: u64 = 1_000_003;
    let h = (hash_float(z.0) as u64).wrapping_add(IMAG.wrapping_mul(hash_float(z.1) as u64));
    match h as i64 {
        -1 => -2,
        h => h,
    }
}

/// `z == v` for a complex `z` and a number `v`; None if `v` is not one.
pub fn complex_eq(z: C, v: &Value) -> Option<bool> {
    if let Some(w) = as_complex(v) {
        return Some(z == w);
    }
    if z.1 != 0.0 {
        return is_real(v).then_some(false);
    }
    let real = match v {
        Value::Float(f) => Value::Float(*f),
        _ if is_real(v) => v.clone(),
        _ => return None,
    };
    crate::vm::eval::mapping::native_eq(&Value::Float(z.0), &real)
}

/// `a == b` when either side is a complex and the other a number; None
/// otherwise (other types decide by their own methods).
pub fn equality(a: &Value, b: &Value) -> Option<bool> {
    match (as_complex(a), as_complex(b)) {
        (Some(z), _) => complex_eq(z, b),
        (None, Some(z)) => complex_eq(z, a),
        _ => None,
    }
}

impl Vm {
    /// A real or complex operand as a complex (an int too large for a
    /// float is OverflowError); None for anything else.
    pub fn to_complex(&mut self, v: &Value) -> Option<PyResult<C>> {
        Some(Ok(match v {
            Value::Int(i) => (*i as f64, 0.0),
            Value::Bool(b) => (*b as i64 as f64, 0.0),
            Value::Float(f) => (*f, 0.0),
            _ => {
                if let Some(z) = as_complex(v) {
                    z
                } else {
                    let n = as_big(v)?;
                    return Some(self.big_to_f64(n).map(|f| (f, 0.0)));
                }
            }
        }))
    }

    /// `a op b` where one side is a complex; None when the operator or
    /// the other operand is not one complex numbers take.
    pub fn complex_binop(&mut self, op: BinaryOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
        if as_complex(a).is_none() && as_complex(b).is_none() {
            return None;
        }
        if !matches!(
            op,
            BinaryOp::Add
                | BinaryOp::Subtract
                | BinaryOp::Multiply
                | BinaryOp::TrueDivide
                | BinaryOp::Power
        ) {
            return None;
        }
        let x = match self.to_complex(a)? {
            Ok(x) => x,
            Err(e) => return Some(Err(e)),
        };
        let y = match self.to_complex(b)? {
            Ok(y) => y,
            Err(e) => return Some(Err(e)),
        };
        Some(
            self.complex_arith(op, x, y)
                .map(|(re, im)| complex_value(re, im)),
        )
    }

    /// `x op y` for `+ - * / **` on two complex numbers.
    pub fn complex_arith(&mut self, op: BinaryOp, x: C, y: C) -> PyResult<C> {
        Ok(match op {
            BinaryOp::Add => (x.0 + y.0, x.1 + y.1),
            BinaryOp::Subtract => (x.0 - y.0, x.1 - y.1),
            BinaryOp::Multiply => c_prod(x, y),
            BinaryOp::TrueDivide => match c_quot(x, y) {
                Some(r) => r,
                None => {
                    return Err(self.new_exc(Exc::ZeroDivisionError, "complex division by zero"))
                }
            },
            _ => match c_pow(x, y) {
                Ok(r) => r,
                Err(PowError::Domain) => {
                    let m = "0.0 to a negative or complex power";
                    return Err(self.new_exc(Exc::ZeroDivisionError, m));
                }
                Err(PowError::Range) => {
                    return Err(self.new_exc(Exc::OverflowError, "complex exponentiation"))
                }
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::object::bigint;
    use crate::vm::object::int::hash_int;

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_complex((1.0, 2.0)), 2000007);
        assert_eq!(hash_complex((3.0, 0.0)), hash_int(3));
        assert_eq!(hash_complex((2.5, -3.0)), 1152921504603846969);
    }

    #[test]
    fn smith_division() {
        assert_eq!(c_quot((1.0, 2.0), (3.0, -4.0)), Some((-0.2, 0.4)));
        assert_eq!(c_quot((1.0, 0.0), (0.0, 0.0)), None);
    }

    #[test]
    fn big_int_is_real() {
        let big = bigint::int_value(bigint::BigInt::from(1u8) << 80usize);
        assert!(is_real(&big));
    }
}
