//! Small-int helpers: Python's hash of numbers and the overflow hook.
//!
//! Ints are `Value::Int(i64)`. Arbitrary precision comes with a later issue:
//! every operation that can leave the i64 range calls [`overflow`], the one
//! place where a big-int result will be produced instead of the error.

/// CPython's modulus for numeric hashes (2**61 - 1).
pub const MODULUS: u64 = (1 << 61) - 1;

/// `hash(n)` for an int, as CPython computes it.
pub fn hash_int(n: i64) -> i64 {
    let m = (n.unsigned_abs() % MODULUS) as i64;
    let h = if n < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(x)` for a float: equal to the int hash when the value is integral,
/// so `1`, `1.0` and `True` are one dict key.
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x == libm::trunc(x) && x.abs() < 9.2e18 {
        return hash_int(x as i64);
    }
    // CPython's algorithm: the exact rational value modulo 2**61 - 1.
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    h = ((h << e) & MODULUS) | (h >> (61 - e));
    let mut r = h as i64;
    if x < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

fn frexp(x: f64) -> (f64, i32) {
    libm::frexp(x)
}

/// The int result does not fit in 64 bits.
#[derive(Debug)]
pub struct Overflow;

/// Hook for results outside i64: until big ints exist this is an
/// OverflowError ("int too large"), never a silent wrap.
#[inline]
pub fn overflow<T>() -> Result<T, Overflow> {
    Err(Overflow)
}

/// Python's floor division (rounds toward negative infinity); `b != 0`.
#[inline]
pub fn floor_div(a: i64, b: i64) -> Result<i64, Overflow> {
    let q = a.checked_div(b).ok_or(Overflow)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Ok(q - 1)
    } else {
        Ok(q)
    }
}

/// Python's modulo (sign of the divisor); `b != 0`.
#[inline]
pub fn floor_mod(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// `a ** b` for b >= 0.
pub fn pow(mut base: i64, mut exp: u64) -> Result<i64, Overflow> {
    let mut acc: i64 = 1;
    while exp > 0 {
        if exp & 1 == 1 {
            acc = acc.checked_mul(base).ok_or(Overflow)?;
        }
        exp >>= 1;
        if exp > 0 {
            base = base.checked_mul(base).ok_or(Overflow)?;
        }
    }
    Ok(acc)
}

/// Digits of `n` in `radix` (2..=36), lowercase, with a leading '-' if negative.
pub fn to_radix(n: i64, radix: u32) -> alloc::string::String {
    let mut digits = alloc::vec::Vec::new();
    let mut u = n.unsigned_abs();
    if u == 0 {
        digits.push(b'0');
    }
    while u > 0 {
        let d = (u % radix as u64) as u8;
        digits.push(if d < 10 { b'0' + d } else { b'a' + d - 10 });
        u /= radix as u64;
    }
    if n < 0 {
        digits.push(b'-');
    }
    digits.reverse();
    // SAFETY-free: only ASCII digits were pushed.
    alloc::string::String::from_utf8(digits).unwrap_or_default()
}
