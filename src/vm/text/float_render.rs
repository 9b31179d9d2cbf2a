//! Floats to text exactly as CPython's PyOS_double_to_string does
//! (modes `e`, `f`, `g` and `r` = repr), without libc: the shortest digits
//! come from `ryu`, correctly rounded fixed-precision digits from core::fmt
//! (exact, ties to even, like David Gay's dtoa that CPython uses).

use super::scratch::Scratch;
use core::fmt::Write;

/// More significant digits than any double has exactly (767), so asking
/// core::fmt for this many gives the exact value; the rest are zeros.
/// (core::fmt also refuses precisions above 65535.)
const EXACT_SIGNIFICANT: usize = 800;
/// More fractional digits than any double has exactly (1074).
const EXACT_FRACTION: usize = 1100;

/// Which of CPython's float conversions to perform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatMode {
    /// `e`: one digit, point, `precision` digits, exponent.
    Exponent,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, exponent when too big/small.
    General,
    /// repr: the shortest digits that round-trip.
    Repr,
}

/// Options of one conversion (the flags of PyOS_double_to_string; the
/// callers place `+`/space signs themselves).
#[derive(Clone, Copy, Debug)]
pub struct FloatStyle {
    pub mode: FloatMode,
    pub precision: usize,
    /// `E`/`F`/`G`: uppercase exponent letter, `INF`, `NAN`.
    pub upper: bool,
    /// `#`: keep the point and (for `g`) trailing zeros.
    pub alternate: bool,
    /// Append `.0` to integral results without exponent (repr, format with no type).
    pub add_dot_0: bool,
    /// `z`: drop the sign of a result that rounds to zero.
    pub no_neg_zero: bool,
}

impl FloatStyle {
    /// The style of `repr(float)` and `str(float)`.
    pub const REPR: FloatStyle = FloatStyle {
        mode: FloatMode::Repr,
        precision: 0,
        upper: false,
        alternate: false,
        add_dot_0: true,
        no_neg_zero: false,
    };
}

/// Appends `repr(value)` to `out` (e.g. `1e+16`, `0.0001`, `-0.0`, `inf`).
pub fn float_repr(out: &mut alloc::string::String, value: f64) {
    let mut buf = Scratch::new();
    render_float(&mut buf, value, &FloatStyle::REPR);
    out.push_str(buf.as_str());
}

/// Appends `value` rendered with `style` to `out` (ASCII only).
pub fn render_float(out: &mut Scratch, value: f64, style: &FloatStyle) {
    let negative = value.is_sign_negative();
    if !value.is_finite() {
        if value.is_nan() {
            out.push_bytes(if style.upper { b"NAN" } else { b"nan" });
        } else {
            push_sign(out, negative);
            out.push_bytes(if style.upper { b"INF" } else { b"inf" });
        }
        return;
    }
    if style.mode == FloatMode::Fixed {
        render_fixed(out, value, style);
        return;
    }
    let significant = match style.mode {
        FloatMode::Exponent => Some(style.precision + 1),
        FloatMode::General => Some(style.precision.max(1)),
        _ => None,
    };
    let mut digits = Scratch::new();
    let decpt = decimal_digits(value.abs(), significant, &mut digits);
    let digits = digits.as_bytes();
    let is_zero = digits == b"0";
    push_sign(out, negative && !(style.no_neg_zero && is_zero));
    layout(out, digits, decpt, style);
}

/// `f`: core::fmt's fixed notation is already CPython's layout; only `#`
/// (keep the point) and `z` (unsigned zero) need adding.
fn render_fixed(out: &mut Scratch, value: f64, style: &FloatStyle) {
    let mut negative = value.is_sign_negative();
    let mut body = Scratch::new();
    let target = if negative && style.no_neg_zero {
        &mut body
    } else {
        push_sign(out, negative);
        &mut *out
    };
    let exact = style.precision.min(EXACT_FRACTION);
    let _ = write!(target, "{:.*}", exact, value.abs());
    for _ in exact..style.precision {
        target.push(b'0');
    }
    if style.alternate && style.precision == 0 {
        target.push(b'.');
    }
    if !body.is_empty() {
        negative = !body.as_bytes().iter().all(|&b| b == b'0' || b == b'.');
        push_sign(out, negative);
        out.push_bytes(body.as_bytes());
    }
}

fn push_sign(out: &mut Scratch, negative: bool) {
    if negative {
        out.push(b'-');
    }
}

/// Writes the digits of `value` (>= 0, finite) rounded to `significant`
/// digits, or the shortest that round-trip, into `digits`, without leading
/// or trailing zeros ("0" for zero), and returns the position of the
/// decimal point relative to their start.
fn decimal_digits(value: f64, significant: Option<usize>, digits: &mut Scratch) -> isize {
    let mut text = Scratch::new();
    let mut ryu_buf = ryu::Buffer::new();
    let printed: &[u8] = match significant {
        None => ryu_buf.format_finite(value).as_bytes(),
        Some(n) => {
            let _ = write!(text, "{:.*e}", n.min(EXACT_SIGNIFICANT) - 1, value);
            text.as_bytes()
        }
    };
    parse_printed(printed, digits)
}

/// Splits Rust/ryu output like `12.50`, `0.001`, `1.5e-7`, `1e16` into
/// stripped digits and the decimal point position.
fn parse_printed(printed: &[u8], digits: &mut Scratch) -> isize {
    let (mantissa, exponent) = match printed.iter().position(|&b| b == b'e' || b == b'E') {
        Some(e) => (&printed[..e], parse_exponent(&printed[e + 1..])),
        None => (printed, 0),
    };
    let int_len = mantissa
        .iter()
        .position(|&b| b == b'.')
        .unwrap_or(mantissa.len());
    let mut decpt = int_len as isize + exponent;
    let mut started = false;
    for &b in mantissa {
        if b == b'.' {
            continue;
        }
        if !started && b == b'0' {
            decpt -= 1;
            continue;
        }
        started = true;
        digits.push(b);
    }
    let kept = digits
        .as_bytes()
        .iter()
        .rposition(|&b| b != b'0')
        .map_or(0, |i| i + 1);
    if kept == 0 {
        digits.clear();
        digits.push(b'0');
        return 1;
    }
    digits.truncate(kept);
    decpt
}

fn parse_exponent(text: &[u8]) -> isize {
    let (negative, body) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = body
        .iter()
        .fold(0isize, |acc, &b| acc * 10 + isize::from(b - b'0'));
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// format_float_short's layout: the digit string padded with zeros on
/// either side, the point placed, trailing point dropped, exponent added.
fn layout(out: &mut Scratch, digits: &[u8], decpt: isize, style: &FloatStyle) {
    let digits_len = digits.len() as isize;
    let precision = style.precision as isize;
    let mut decpt = decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match style.mode {
        FloatMode::Exponent => {
            use_exp = true;
            vdigits_end = precision + 1;
        }
        FloatMode::Fixed => vdigits_end = decpt + precision,
        FloatMode::General => {
            let precision = precision.max(1);
            let limit = if style.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if style.alternate {
                vdigits_end = precision;
            }
        }
        FloatMode::Repr => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && style.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    if decpt <= 0 {
        push_zeros(out, decpt - vdigits_start);
        out.push(b'.');
        push_zeros(out, -decpt);
    } else {
        push_zeros(out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_bytes(&digits[..decpt as usize]);
        out.push(b'.');
        out.push_bytes(&digits[decpt as usize..]);
    } else {
        out.push_bytes(digits);
    }
    if digits_len < decpt {
        push_zeros(out, decpt - digits_len);
        out.push(b'.');
        push_zeros(out, vdigits_end - decpt);
    } else {
        push_zeros(out, vdigits_end - digits_len);
    }
    if out.as_bytes().last() == Some(&b'.') && !style.alternate {
        out.truncate(out.len() - 1);
    }
    if use_exp {
        out.push(if style.upper { b'E' } else { b'e' });
        let _ = write!(out, "{exp:+03}");
    }
}

fn push_zeros(out: &mut Scratch, count: isize) {
    for _ in 0..count.max(0) {
        out.push(b'0');
    }
}
