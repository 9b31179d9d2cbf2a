//! `round(x, ndigits)` for floats, as CPython's double_round: correctly
//! rounded to a decimal string (ties to even on the exact binary value)
//! and read back, so `round(2.675, 2) == 2.67` as in CPython.

use super::error::{TextError, TextResult};
use super::scratch::Scratch;
use core::fmt::Write;

/// Beyond this many digits a float rounds to itself (CPython's NDIGITS_MAX).
const NDIGITS_MAX: i64 = 323;
/// Below this a float rounds to a signed zero (CPython's NDIGITS_MIN).
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float `x`.
pub fn round_float(x: f64, ndigits: i64) -> TextResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let mut text = Scratch::new();
    if ndigits >= 0 {
        let _ = write!(text, "{:.*}", ndigits as usize, x);
    } else {
        round_to_tens(&mut text, x, ndigits.unsigned_abs() as usize);
    }
    let rounded: f64 = text.as_str().parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(TextError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// Writes `x` rounded to a multiple of 10^k as decimal text.
fn round_to_tens(text: &mut Scratch, x: f64, k: usize) {
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let exponent = decimal_exponent(x.abs());
    let significant = exponent + 1 - k as isize;
    if significant >= 1 {
        let _ = write!(text, "{:.*e}", significant as usize - 1, x);
        return;
    }
    // |x| < 10^k: the result is 0 or 10^k; halfway goes to the even 0.
    let rounds_up = significant == 0 && above_half(x.abs());
    let _ = write!(text, "{sign}{}e{k}", u8::from(rounds_up));
}

/// floor(log10(v)) for a finite v > 0 (0 for zero). 40 significant digits
/// are enough that rounding the expansion never carries into a new power of ten.
fn decimal_exponent(v: f64) -> isize {
    if v == 0.0 {
        return 0;
    }
    let mut text = Scratch::new();
    let _ = write!(text, "{v:.39e}");
    let s = text.as_str();
    s[s.find('e').map_or(s.len(), |e| e + 1)..]
        .parse()
        .unwrap_or(0)
}

/// Whether the exact value of `v` is above 5 × 10^E, E its decimal exponent.
fn above_half(v: f64) -> bool {
    let mut text = Scratch::new();
    // 767 significant digits hold any double exactly.
    let _ = write!(text, "{v:.800e}");
    let mantissa = text.as_str().split('e').next().unwrap_or("");
    let mut digits = mantissa.bytes().filter(u8::is_ascii_digit);
    match digits.next() {
        Some(first) if first > b'5' => true,
        Some(b'5') => digits.any(|d| d != b'0'),
        _ => false,
    }
}
