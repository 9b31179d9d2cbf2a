//! Arbitrary-precision ints: the math behind `Kind::BigInt` (num-bigint),
//! with CPython's rules where they differ from plain integer math: floor
//! division, the numeric hash, exact int/float comparison, correctly
//! rounded true division and `pow(a, -b, m)`.
//!
//! Invariant: a `Kind::BigInt` never holds a value that fits an i64; such
//! values are `Value::Int` (see [`int_value`]), so the small-int fast paths
//! never see a big int that is "really" small.

use core::cmp::Ordering;

pub use num_bigint::BigInt;
use num_bigint::Sign;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use super::int::MODULUS;
use super::{Kind, ObjRef, Value};

/// Why a big-int operation has no int result (the VM picks the exception).
#[derive(Debug, PartialEq, Eq)]
pub enum BigError {
    ZeroDivision(&'static str),
    Value(&'static str),
    Overflow(&'static str),
    /// The result would not fit in memory.
    Memory,
}

/// The int as a value: `Value::Int` when it fits an i64, else a heap big int.
pub fn int_value(n: BigInt) -> Value {
    match n.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(ObjRef::new(Kind::BigInt(n))),
    }
}

/// The heap big int behind a value, if it is one.
pub fn as_big(v: &Value) -> Option<&BigInt> {
    match v {
        Value::Obj(o) => match &**o {
            Kind::BigInt(n) => Some(n),
            _ => None,
        },
        _ => None,
    }
}

/// Any int (bool, small or big) as a BigInt.
pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => as_big(v).cloned(),
    }
}

/// Fails with MemoryError unless about `bits` bits (and as much again for
/// the algorithms' scratch space) can be allocated. num-bigint aborts when
/// an allocation fails, so the room is asked for first and given back.
pub fn reserve_bits(bits: u64) -> Result<(), BigError> {
    let bytes = usize::try_from(bits / 8 + 16).map_err(|_| BigError::Memory)?;
    let doubled = bytes.checked_mul(2).ok_or(BigError::Memory)?;
    if doubled > isize::MAX as usize {
        return Err(BigError::Memory);
    }
    let mut probe: alloc::vec::Vec<u8> = alloc::vec::Vec::new();
    probe
        .try_reserve_exact(doubled)
        .map_err(|_| BigError::Memory)
}

/// `a // b` and `a % b` with Python's signs (the remainder takes the divisor's).
pub fn div_mod_floor(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), BigError> {
    if b.is_zero() {
        return Err(BigError::ZeroDivision("integer division or modulo by zero"));
    }
    Ok(a.div_mod_floor(b))
}

/// `a ** b` for b >= 0.
pub fn pow(a: &BigInt, b: &BigInt) -> Result<BigInt, BigError> {
    if a.is_zero() || a.is_one() {
        return Ok(a.clone());
    }
    if *a == BigInt::from(-1) {
        return Ok(if b.is_even() {
            BigInt::one()
        } else {
            a.clone()
        });
    }
    let exp = b.to_u32().ok_or(BigError::Memory)?;
    reserve_bits(a.bits().saturating_mul(u64::from(exp)))?;
    Ok(a.pow(exp))
}

/// `pow(a, b, m)`, `b` possibly negative (then through the modular inverse).
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> Result<BigInt, BigError> {
    if m.is_zero() {
        return Err(BigError::Value("pow() 3rd argument cannot be 0"));
    }
    let base = if b.is_negative() {
        mod_inverse(a, m).ok_or(BigError::Value(
            "base is not invertible for the given modulus",
        ))?
    } else {
        a.clone()
    };
    Ok(base.modpow(&b.abs(), m))
}

/// `x` with `x * a == 1 (mod m)`, if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m_abs = m.abs();
    let e = a.mod_floor(&m_abs).extended_gcd(&m_abs);
    if !e.gcd.is_one() {
        return None;
    }
    Some(e.x.mod_floor(&m_abs))
}

/// `a << n`.
pub fn shift_left(a: &BigInt, n: &BigInt) -> Result<BigInt, BigError> {
    if n.is_negative() {
        return Err(BigError::Value("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    let n = n
        .to_i64()
        .ok_or(BigError::Overflow("too many digits in integer"))? as u64;
    reserve_bits(a.bits().saturating_add(n))?;
    Ok(a << n)
}

/// `a >> n`, rounding toward negative infinity.
pub fn shift_right(a: &BigInt, n: &BigInt) -> Result<BigInt, BigError> {
    if n.is_negative() {
        return Err(BigError::Value("negative shift count"));
    }
    match n.to_u64() {
        Some(n) if n < a.bits() => Ok(a >> n),
        _ => Ok(if a.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }),
    }
}

/// `a * b`.
pub fn mul(a: &BigInt, b: &BigInt) -> Result<BigInt, BigError> {
    reserve_bits(a.bits().saturating_add(b.bits()))?;
    Ok(a * b)
}

/// The nearest float (ties to even), or None when it is too large.
pub fn to_f64(n: &BigInt) -> Option<f64> {
    n.to_f64().filter(|f| f.is_finite())
}

/// `int(f)` for a finite float: truncates toward zero, exactly.
pub fn from_f64_trunc(f: f64) -> BigInt {
    BigInt::from_f64(libm::trunc(f)).unwrap_or_default()
}

/// Exact comparison of an int with a float; None if the float is NaN.
pub fn cmp_float(n: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let floor = libm::floor(f);
    match n.cmp(&from_f64_trunc(floor)) {
        Ordering::Equal if floor != f => Some(Ordering::Less),
        o => Some(o),
    }
}

/// `a / b`, correctly rounded like CPython's long_true_divide: an integer
/// quotient with two bits more than a double holds and a sticky bit for
/// the remainder, then one rounding.
pub fn true_div(a: &BigInt, b: &BigInt) -> Result<f64, BigError> {
    if b.is_zero() {
        return Err(BigError::ZeroDivision("division by zero"));
    }
    const EXACT: u64 = 53;
    if a.bits() <= EXACT && b.bits() <= EXACT {
        let (x, y) = (a.to_f64().unwrap_or(0.0), b.to_f64().unwrap_or(1.0));
        return Ok(x / y);
    }
    let negative = a.is_negative() != b.is_negative();
    let (x, y) = (a.magnitude(), b.magnitude());
    // Scale so the quotient has at least 55 significant bits.
    let shift = y.bits() as i64 - x.bits() as i64 + 55;
    let (num, den) = if shift >= 0 {
        (x << shift as u64, y.clone())
    } else {
        (x.clone(), y << (-shift) as u64)
    };
    let (mut q, r) = num.div_rem(&den);
    if !r.is_zero() {
        q |= num_bigint::BigUint::one();
    }
    // `q` has 55 or 56 bits: exact in the conversion, which rounds once.
    let qf = q.to_f64().unwrap_or(0.0);
    let exp = -shift;
    if exp > 1100 {
        return Err(BigError::Overflow(
            "integer division result too large for a float",
        ));
    }
    let value = scale(qf, exp);
    if value.is_infinite() {
        return Err(BigError::Overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -value } else { value })
}

/// `x * 2**exp` with a single rounding (also into the subnormal range).
fn scale(x: f64, exp: i64) -> f64 {
    libm::ldexp(x, exp.clamp(-2000, 2000) as i32)
}

/// `hash(n)`: the value modulo 2**61 - 1 with the int's sign, as CPython.
pub fn hash(n: &BigInt) -> i64 {
    let m = (n.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    let h = if n.sign() == Sign::Minus { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Digits of `n` in `radix` (2..=36), lowercase, '-' first if negative.
pub fn to_radix(n: &BigInt, radix: u32) -> alloc::string::String {
    n.to_str_radix(radix)
}

/// `round(n, ndigits)`: `n` itself for ndigits >= 0, else rounded to a
/// multiple of 10**-ndigits with ties to even.
pub fn round_to_ten_power(n: &BigInt, ndigits: i64) -> Result<BigInt, BigError> {
    if ndigits >= 0 {
        return Ok(n.clone());
    }
    let places = u32::try_from(ndigits.unsigned_abs()).map_err(|_| BigError::Memory)?;
    reserve_bits(u64::from(places).saturating_mul(4))?;
    let unit = BigInt::from(10).pow(places);
    let (q, r) = n.div_mod_floor(&unit);
    let twice: BigInt = &r * 2;
    let up = match twice.cmp(&unit) {
        Ordering::Greater => true,
        Ordering::Equal => q.is_odd(),
        Ordering::Less => false,
    };
    Ok(if up { (q + 1) * unit } else { q * unit })
}
