//! The VM side of big ints: operators, comparisons and unary operators when
//! an operand is a big int or a small-int result left the i64 range, the
//! int-to-text conversions (with CPython 3.11's digit limit) and the
//! mapping of [`BigError`] to Python exceptions.

use core::cmp::Ordering;

use alloc::string::String;

use super::exc_table::Exc;
use crate::vm::bytecode::BinaryOp;
use crate::vm::object::bigint::{self, as_big, int_value, to_big, BigError, BigInt};
use crate::vm::object::func::Args;
use crate::vm::object::{ObjRef, Value};
use crate::vm::text;
use crate::vm::text::number_parse::{max_str_digits, set_max_str_digits};
use crate::vm::{PyResult, Vm};

/// Smallest `sys.set_int_max_str_digits` value other than 0 (CPython's).
const MIN_STR_DIGITS: i64 = 640;

/// `sys.get_int_max_str_digits()`.
pub fn sys_get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arg_count(vm, args, "get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`.
pub fn sys_set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.pos().first().or_else(|| args.kwarg("maxdigits")) else {
        let m = "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)";
        return Err(vm.type_error(m));
    };
    let n = super::int_arg(vm, v)?;
    if n != 0 && n < MIN_STR_DIGITS {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    set_max_str_digits(n as usize);
    Ok(Value::None)
}

impl Vm {
    pub fn big_error(&mut self, e: BigError) -> ObjRef {
        match e {
            BigError::ZeroDivision(m) => self.new_exc(Exc::ZeroDivisionError, m),
            BigError::Value(m) => self.value_error(m),
            BigError::Overflow(m) => self.new_exc(Exc::OverflowError, m),
            BigError::Memory => self.new_exc_empty(Exc::MemoryError),
        }
    }

    /// A big int as a float, or CPython's OverflowError.
    pub fn big_to_f64(&mut self, n: &BigInt) -> PyResult<f64> {
        bigint::to_f64(n)
            .ok_or_else(|| self.new_exc(Exc::OverflowError, "int too large to convert to float"))
    }

    /// Arithmetic where an operand is a big int; None if neither is one (or
    /// the other operand is not a number).
    pub fn big_binop(&mut self, op: BinaryOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
        if as_big(a).is_none() && as_big(b).is_none() {
            return None;
        }
        if op == BinaryOp::MatrixMultiply {
            return None;
        }
        if let (Some(x), Some(y)) = (to_big(a), to_big(b)) {
            return Some(self.int_binop_big(op, &x, &y));
        }
        let as_float = |vm: &mut Vm, v: &Value| match (v, as_big(v)) {
            (Value::Float(f), _) => Some(Ok(*f)),
            (_, Some(n)) => Some(vm.big_to_f64(n)),
            _ => None,
        };
        let x = as_float(self, a)?;
        let y = as_float(self, b)?;
        match (x, y) {
            (Ok(x), Ok(y)) => self.float_binop(op, x, y),
            (Err(e), _) | (_, Err(e)) => Some(Err(e)),
        }
    }

    /// An int operator on big operands (also the overflow path of the
    /// small-int fast path).
    pub fn int_binop_big(&mut self, op: BinaryOp, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        let r = match op {
            BinaryOp::Add => Ok(x + y),
            BinaryOp::Subtract => Ok(x - y),
            BinaryOp::Multiply => bigint::mul(x, y),
            BinaryOp::FloorDivide => bigint::div_mod_floor(x, y).map(|(q, _)| q),
            BinaryOp::Remainder => bigint::div_mod_floor(x, y)
                .map(|(_, r)| r)
                .map_err(|_| BigError::ZeroDivision("integer modulo by zero")),
            BinaryOp::TrueDivide => {
                return match bigint::true_div(x, y) {
                    Ok(f) => Ok(Value::Float(f)),
                    Err(e) => Err(self.big_error(e)),
                }
            }
            BinaryOp::Power if y.sign() == num_bigint::Sign::Minus => {
                return self.int_negative_power(x, y)
            }
            BinaryOp::Power => bigint::pow(x, y),
            BinaryOp::LShift => bigint::shift_left(x, y),
            BinaryOp::RShift => bigint::shift_right(x, y),
            BinaryOp::And => Ok(x & y),
            BinaryOp::Or => Ok(x | y),
            BinaryOp::Xor => Ok(x ^ y),
            BinaryOp::MatrixMultiply => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
            }
        };
        match r {
            Ok(n) => Ok(int_value(n)),
            Err(e) => Err(self.big_error(e)),
        }
    }

    /// `x ** y` for y < 0: a float, as CPython.
    fn int_negative_power(&mut self, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        if x.sign() == num_bigint::Sign::NoSign {
            return Err(self.new_exc(
                Exc::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ));
        }
        let base = self.big_to_f64(x)?;
        let exp = bigint::to_f64(y).unwrap_or(f64::NEG_INFINITY);
        Ok(Value::Float(libm::pow(base, exp)))
    }

    /// Ordering of two numbers when one is a big int, or an i64 too large
    /// for a float to hold exactly is compared with a float. Outer None:
    /// not such a pair; inner None: unordered (NaN).
    pub fn big_compare(&mut self, a: &Value, b: &Value) -> Option<Option<Ordering>> {
        const EXACT_IN_F64: u64 = 1 << 53;
        let inexact = |v: &Value| matches!(v, Value::Int(i) if i.unsigned_abs() > EXACT_IN_F64);
        if as_big(a).is_none() && as_big(b).is_none() && !inexact(a) && !inexact(b) {
            return None;
        }
        match (to_big(a), to_big(b), a, b) {
            (Some(x), Some(y), _, _) => Some(Some(x.cmp(&y))),
            (Some(x), None, _, Value::Float(f)) => Some(bigint::cmp_float(&x, *f)),
            (None, Some(y), Value::Float(f), _) => {
                Some(bigint::cmp_float(&y, *f).map(Ordering::reverse))
            }
            _ => None,
        }
    }

    /// `-n`, `+n`, `~n` for a big int `v` (None if `v` is not one).
    pub fn big_unary(&mut self, v: &Value, op: char) -> Option<Value> {
        let n = as_big(v)?;
        Some(match op {
            '-' => int_value(-n),
            '~' => int_value(!n),
            _ => v.clone(),
        })
    }

    /// `str(n)` for a big int, refusing more decimal digits than
    /// `sys.get_int_max_str_digits()` allows.
    pub fn big_decimal(&mut self, n: &BigInt) -> PyResult<String> {
        let limit = max_str_digits();
        // A number of `bits` bits has at least (bits - 1) * log10(2) + 1
        // digits: reject hopeless cases before the slow conversion.
        let too_long = |digits: usize| limit != 0 && digits > limit;
        if too_long(((n.bits().saturating_sub(1)) as f64 * core::f64::consts::LOG10_2) as usize + 1)
        {
            return Err(self.digit_limit_error());
        }
        let s = bigint::to_radix(n, 10);
        if too_long(s.trim_start_matches('-').len()) {
            return Err(self.digit_limit_error());
        }
        Ok(s)
    }

    fn digit_limit_error(&mut self) -> ObjRef {
        let m = alloc::format!(
            "Exceeds the limit ({} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits()
        );
        self.value_error(m)
    }
}

/// `pow(a, b, m)` for ints.
pub fn pow_mod(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    let (Some(x), Some(e), Some(m)) = (to_big(a), to_big(b), to_big(m)) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    match bigint::pow_mod(&x, &e, &m) {
        Ok(r) => Ok(int_value(r)),
        Err(e) => Err(vm.big_error(e)),
    }
}

/// `operator.index(v)` as a BigInt: an int, or what `__index__` returns.
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(n) = to_big(v) {
        return Ok(n);
    }
    let name = vm.names.index.clone();
    let r = vm.call_special(v, &name, &[])?;
    match r.as_ref().and_then(to_big) {
        Some(n) => Ok(n),
        None => {
            let m = alloc::format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}

/// `hex(n)`, `oct(n)`, `bin(n)`: the digits after `prefix`, sign first.
pub fn radix_text(vm: &mut Vm, v: &Value, base: u32, prefix: &str) -> PyResult<String> {
    let n = index_big(vm, v)?;
    let digits = bigint::to_radix(&n, base);
    Ok(match digits.strip_prefix('-') {
        Some(d) => alloc::format!("-{prefix}{d}"),
        None => alloc::format!("{prefix}{digits}"),
    })
}

/// A big int as the text formatters see it.
impl text::IntValue for BigInt {
    fn is_negative(&self) -> bool {
        self.sign() == num_bigint::Sign::Minus
    }
    fn write_magnitude(&self, base: u32, out: &mut text::Scratch) {
        out.push_bytes(self.magnitude().to_str_radix(base).as_bytes());
    }
    fn to_i64(&self) -> Option<i64> {
        num_traits::ToPrimitive::to_i64(self)
    }
    fn to_f64(&self) -> text::TextResult<f64> {
        bigint::to_f64(self)
            .ok_or_else(|| text::TextError::overflow("int too large to convert to float"))
    }
}

/// `format(n, spec)` for a big int `v`.
pub fn format_big(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    let Some(n) = as_big(v) else {
        return Ok(String::new());
    };
    let parsed = text::FormatSpec::parse(spec, "int").map_err(|e| vm.text_error(e))?;
    if matches!(parsed.ty, None | Some('d' | 'n')) {
        vm.big_decimal(n)?;
    }
    let mut out = String::new();
    text::format_int(&mut out, n, &parsed, "int").map_err(|e| vm.text_error(e))?;
    Ok(out)
}
