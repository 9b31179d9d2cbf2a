//! `float.hex()` and `float.fromhex()` as CPython 3.11 writes and reads
//! them (`-0x1.8000000000000p+1`, `0x.8p1`, `inf`...). Written by hand: the
//! hexf crates parse Rust literals only, without CPython's rounding of long
//! mantissas, its spellings of inf/nan or its error messages.

use alloc::string::String;
use core::fmt::Write;

use super::{TextError, TextResult};

/// Appends `x.hex()`: 13 hex digits of mantissa, a decimal binary exponent.
pub fn float_hex(out: &mut String, x: f64) {
    if x.is_nan() {
        out.push_str("nan");
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return;
    }
    if x == 0.0 {
        out.push_str("0x0.0p+0");
        return;
    }
    let bits = x.to_bits();
    let fraction = bits & ((1 << 52) - 1);
    let biased = ((bits >> 52) & 0x7ff) as i32;
    // Subnormals keep the minimum exponent with a leading 0.
    let (lead, exponent) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let _ = write!(out, "0x{lead}.{fraction:013x}p{exponent:+}");
}

/// Parses `float.fromhex(text)`, correctly rounded (half to even).
pub fn float_fromhex(text: &str) -> TextResult<f64> {
    let invalid = || TextError::value("invalid hexadecimal floating-point string");
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = |x: f64| if negative { -x } else { x };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let digits_part = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa_text, exponent_text) = match digits_part.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (digits_part, None),
    };
    let mantissa = HexMantissa::parse(mantissa_text).ok_or_else(invalid)?;
    let exponent = match exponent_text {
        Some(e) => parse_exponent(e).ok_or_else(invalid)?,
        None => 0,
    };
    let value = mantissa.to_f64(exponent).ok_or_else(|| {
        TextError::overflow("hexadecimal value too large to represent as a float")
    })?;
    Ok(sign(value))
}

/// The significant hex digits of a mantissa: the first 30 (120 bits) exactly,
/// the rest folded into a sticky bit, and the binary exponent of the last kept digit.
struct HexMantissa {
    bits: u128,
    sticky: bool,
    exponent: i64,
}

impl HexMantissa {
    const KEPT_DIGITS: u32 = 30;

    fn parse(text: &str) -> Option<Self> {
        let (whole, fraction) = match text.split_once('.') {
            Some((w, f)) => (w, f),
            None => (text, ""),
        };
        if whole.is_empty() && fraction.is_empty() {
            return None;
        }
        let mut m = HexMantissa {
            bits: 0,
            sticky: false,
            exponent: 0,
        };
        let mut kept = 0;
        for (c, in_fraction) in whole
            .chars()
            .map(|c| (c, false))
            .chain(fraction.chars().map(|c| (c, true)))
        {
            let d = c.to_digit(16)?;
            if kept == 0 && d == 0 {
                m.exponent -= 4 * in_fraction as i64;
            } else if kept < Self::KEPT_DIGITS {
                m.bits = m.bits << 4 | d as u128;
                m.exponent -= 4 * in_fraction as i64;
                kept += 1;
            } else {
                m.sticky |= d != 0;
                m.exponent += 4 * !in_fraction as i64;
            }
        }
        Some(m)
    }

    /// `bits * 2**(exponent + extra)` rounded to a double; None on overflow.
    fn to_f64(&self, extra: i64) -> Option<f64> {
        if self.bits == 0 {
            return Some(0.0);
        }
        let length = 128 - self.bits.leading_zeros() as i64;
        let exponent = self.exponent.saturating_add(extra);
        let top = exponent.saturating_add(length - 1);
        if top > 1023 {
            return None;
        }
        // Bits a double keeps at this magnitude: fewer below 2**-1022.
        let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
        if keep <= -1 {
            return Some(0.0);
        }
        let drop = (length - keep).max(0);
        let mut kept = if drop >= 128 { 0 } else { self.bits >> drop };
        if drop > 0 {
            let half = 1u128 << (drop - 1).min(127);
            let rest = self.bits & ((half << 1).wrapping_sub(1));
            let above_half = rest > half || (rest == half && self.sticky);
            if above_half || (rest == half && kept & 1 == 1) {
                kept += 1;
            }
        }
        let value = libm::ldexp(kept as f64, (exponent + drop).clamp(-2000, 2000) as i32);
        value.is_finite().then_some(value)
    }
}

/// The decimal exponent after `p`: optional sign, at least one digit.
fn parse_exponent(text: &str) -> Option<i64> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let magnitude = digits.bytes().fold(0i64, |n, b| {
        n.saturating_mul(10).saturating_add((b - b'0') as i64)
    });
    Some(if negative { -magnitude } else { magnitude })
}
