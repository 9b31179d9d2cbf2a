//! Small-int helpers: Python's hash of numbers and the i64 operations of the
//! fast path. An operation whose result leaves the i64 range reports
//! [`Overflow`]; the caller then redoes it on big ints ([`super::bigint`]).

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

/// The int result does not fit in 64 bits (redo it with big ints).
#[derive(Debug)]
pub struct Overflow;

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

/// A count or width from Python as a size: negative is 0, and past this
/// machine's `usize` (a 32-bit DOS build) it saturates, so the size check
/// that follows fails with MemoryError instead of wrapping modulo 2**32.
pub fn clamp_size(n: i64) -> usize {
    usize::try_from(n.max(0)).unwrap_or(usize::MAX)
}
