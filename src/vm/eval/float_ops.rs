//! Float arithmetic as CPython's `floatobject.c` does it: the binary
//! operators with their ZeroDivisionError/OverflowError cases, `divmod`'s
//! sign rules, and exact comparison of an int with a float.

use core::cmp::Ordering;

use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::BinaryOp;
use crate::vm::object::str::new_str;
use crate::vm::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// CPython's float divmod: (floor quotient, modulo with the divisor's sign).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = libm::fmod(vx, wx);
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = libm::floor(div);
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        libm::copysign(0.0, vx / wx)
    };
    (floordiv, m)
}

/// `i <=> f` without rounding `i` to a float (so `2**53 + 1 > 2.0**53`);
/// None when `f` is NaN.
pub fn compare_int_float(i: i64, f: f64) -> Option<Ordering> {
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if f.is_nan() {
        return None;
    }
    if f >= TWO_63 {
        return Some(Ordering::Less);
    }
    if f < -TWO_63 {
        return Some(Ordering::Greater);
    }
    // |f| < 2**63 here, so its integral part is an exact i64.
    let whole = libm::trunc(f);
    match i.cmp(&(whole as i64)) {
        Ordering::Equal => (0.0).partial_cmp(&(f - whole)),
        unequal => Some(unequal),
    }
}

/// The eval loop's fast path for `x op y` on two floats: `+`, `-`, `*`,
/// and `/` by a non-zero divisor; None for the rest (then
/// [`Vm::float_binop`] and its errors).
#[inline]
pub fn quick_float_binop(op: u32, x: f64, y: f64) -> Option<f64> {
    use super::ops::binop_code::*;
    match op {
        ADD => Some(x + y),
        SUB => Some(x - y),
        MUL => Some(x * y),
        DIV if y != 0.0 => Some(x / y),
        _ => None,
    }
}

impl Vm {
    /// The float result of `x op y`; None for operators floats lack.
    pub(crate) fn float_binop(&mut self, op: BinaryOp, x: f64, y: f64) -> Option<PyResult<Value>> {
        let r = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Subtract => x - y,
            BinaryOp::Multiply => x * y,
            BinaryOp::TrueDivide => {
                if y == 0.0 {
                    return Some(Err(self.zero_division("float division by zero")));
                }
                x / y
            }
            BinaryOp::FloorDivide => {
                if y == 0.0 {
                    return Some(Err(self.zero_division("float floor division by zero")));
                }
                float_divmod(x, y).0
            }
            BinaryOp::Remainder => {
                if y == 0.0 {
                    return Some(Err(self.zero_division("float modulo")));
                }
                float_divmod(x, y).1
            }
            BinaryOp::Power => return Some(self.float_pow(x, y)),
            _ => return None,
        };
        Some(Ok(Value::Float(r)))
    }

    /// `divmod(x, y)` for floats: a (quotient, remainder) tuple.
    pub fn float_divmod_value(&mut self, x: f64, y: f64) -> PyResult<Value> {
        if y == 0.0 {
            return Err(self.zero_division("float divmod()"));
        }
        let (q, r) = float_divmod(x, y);
        Ok(self.new_tuple(alloc::vec![Value::Float(q), Value::Float(r)]))
    }

    /// `x ** y` as CPython's float_pow: a finite pair with an infinite
    /// result is OverflowError(34, 'Numerical result out of range'); a
    /// negative base to a fractional power is a complex power.
    pub fn float_pow(&mut self, x: f64, y: f64) -> PyResult<Value> {
        if x == 0.0 && y < 0.0 && y.is_finite() {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && x.is_finite() && y.is_finite() && y != libm::floor(y) {
            return self
                .complex_arith(BinaryOp::Power, (x, 0.0), (y, 0.0))
                .map(|(re, im)| super::complex_ops::complex_value(re, im));
        }
        let r = libm::pow(x, y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.erange_overflow());
        }
        Ok(Value::Float(r))
    }

    fn zero_division(&mut self, msg: &str) -> ObjRef {
        self.new_exc(Exc::ZeroDivisionError, msg)
    }

    /// The OverflowError CPython raises from a C library ERANGE.
    pub fn erange_overflow(&mut self) -> ObjRef {
        let text = Value::Obj(new_str("Numerical result out of range"));
        self.new_exc_args(Exc::OverflowError, alloc::vec![Value::Int(34), text])
    }
}
