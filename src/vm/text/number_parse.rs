//! `int(text, base)` and `float(text)` from str or bytes, with CPython 3.11's
//! syntax (whitespace, signs, underscores between digits, base prefixes,
//! Unicode decimal digits and spaces) and messages. Decimal-to-binary float
//! conversion is core's correctly rounded `str::parse::<f64>`.

use super::char_class::{decimal_value, is_space as is_unicode_space};
use super::error::{TextError, TextResult};
use super::repr::{bytes_repr, str_repr};
use super::scratch::Scratch;
use alloc::format;
use alloc::string::String;

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const MAX_STR_DIGITS: usize = 4300;

/// `sys.get_int_max_str_digits()`: the most decimal digits `int()` parses
/// and `str()` writes (0: no limit).
static MAX_DIGITS: core::sync::atomic::AtomicUsize =
    core::sync::atomic::AtomicUsize::new(MAX_STR_DIGITS);

pub fn max_str_digits() -> usize {
    MAX_DIGITS.load(core::sync::atomic::Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)` (the caller checks `n`).
pub fn set_max_str_digits(n: usize) {
    MAX_DIGITS.store(n, core::sync::atomic::Ordering::Relaxed);
}

/// A parsed int: small enough for i64, or too big (its digits, without
/// sign or underscores, were left in the caller's buffer for a big int).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParsedInt {
    Small(i64),
    Big { negative: bool, radix: u32 },
}

/// `int(text, base)` for a str.
pub fn parse_int(text: &str, base: u32, digits: &mut Scratch) -> TextResult<ParsedInt> {
    let mut ascii = Scratch::new();
    to_ascii(text, &mut ascii);
    parse_int_ascii(ascii.as_bytes(), base, digits).map_err(|e| {
        int_error(e, base, || {
            let mut shown = String::new();
            str_repr(&mut shown, text, false);
            shown
        })
    })
}

/// `int(data, base)` for bytes/bytearray.
pub fn parse_int_bytes(data: &[u8], base: u32, digits: &mut Scratch) -> TextResult<ParsedInt> {
    parse_int_ascii(data, base, digits).map_err(|e| {
        int_error(e, base, || {
            let mut shown = String::new();
            bytes_repr(&mut shown, data);
            shown
        })
    })
}

/// `float(text)` for a str.
pub fn parse_float(text: &str) -> TextResult<f64> {
    let mut ascii = Scratch::new();
    to_ascii(text, &mut ascii);
    parse_float_ascii(ascii.as_bytes()).ok_or_else(|| {
        let mut shown = String::new();
        str_repr(&mut shown, text, false);
        float_error(&shown)
    })
}

/// `float(data)` for bytes/bytearray.
pub fn parse_float_bytes(data: &[u8]) -> TextResult<f64> {
    parse_float_ascii(data).ok_or_else(|| {
        let mut shown = String::new();
        bytes_repr(&mut shown, data);
        float_error(&shown)
    })
}

fn float_error(shown: &str) -> TextError {
    TextError::value(format!("could not convert string to float: {shown}"))
}

enum IntError {
    BadBase,
    Invalid,
    TooManyDigits(usize),
}

fn int_error(e: IntError, base: u32, shown: impl FnOnce() -> String) -> TextError {
    match e {
        IntError::BadBase => TextError::value("int() base must be >= 2 and <= 36, or 0"),
        IntError::TooManyDigits(n) => TextError::value(format!(
            "Exceeds the limit ({} digits) for integer string conversion: \
             value has {n} digits; use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits()
        )),
        IntError::Invalid => {
            // CPython shows at most 200 characters of the repr (%.200R).
            let shown = shown();
            let cut = shown
                .char_indices()
                .nth(200)
                .map_or(shown.len(), |(i, _)| i);
            TextError::value(format!(
                "invalid literal for int() with base {base}: {}",
                &shown[..cut]
            ))
        }
    }
}

/// _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ',
/// Unicode decimal digits their ASCII digit; anything else non-ASCII ends
/// the text with a '?' (which no parser accepts).
fn to_ascii(text: &str, out: &mut Scratch) {
    if text.is_ascii() {
        out.push_bytes(text.as_bytes());
        return;
    }
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else if is_unicode_space(c) {
            out.push(b' ');
        } else if let Some(digit) = decimal_value(c) {
            out.push(b'0' + digit as u8);
        } else {
            out.push(b'?');
            return;
        }
    }
}

/// Py_ISSPACE: the ASCII whitespace the C parsers skip.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// PyLong_FromString over ASCII bytes.
fn parse_int_ascii(text: &[u8], base: u32, digits: &mut Scratch) -> Result<ParsedInt, IntError> {
    if base == 1 || base > 36 {
        return Err(IntError::BadBase);
    }
    let mut at = text.iter().take_while(|&&b| is_space(b)).count();
    let negative = text.get(at) == Some(&b'-');
    if matches!(text.get(at), Some(b'+' | b'-')) {
        at += 1;
    }
    let prefix = |c: u8| {
        text.get(at) == Some(&b'0') && text.get(at + 1).map(u8::to_ascii_lowercase) == Some(c)
    };
    let mut radix = base;
    let mut only_zeros = false;
    if base == 0 {
        radix = if prefix(b'x') {
            16
        } else if prefix(b'o') {
            8
        } else if prefix(b'b') {
            2
        } else {
            only_zeros = text.get(at) == Some(&b'0');
            10
        };
    }
    let has_prefix = match radix {
        16 => prefix(b'x'),
        8 => prefix(b'o'),
        2 => prefix(b'b'),
        _ => false,
    };
    if has_prefix {
        at += 2;
        if text.get(at) == Some(&b'_') {
            at += 1;
        }
    }
    let start_len = digits.len();
    let mut previous_underscore = true; // no leading underscore
    while let Some(&b) = text.get(at) {
        if b == b'_' {
            if previous_underscore {
                return Err(IntError::Invalid);
            }
            previous_underscore = true;
        } else if digit_value(b) < radix {
            if only_zeros && b != b'0' {
                return Err(IntError::Invalid);
            }
            digits.push(b.to_ascii_lowercase());
            previous_underscore = false;
        } else {
            break;
        }
        at += 1;
    }
    let count = digits.len() - start_len;
    if count == 0 || previous_underscore {
        return Err(IntError::Invalid);
    }
    let limit = max_str_digits();
    if !radix.is_power_of_two() && limit != 0 && count > limit {
        return Err(IntError::TooManyDigits(count));
    }
    if text[at..].iter().any(|&b| !is_space(b)) {
        return Err(IntError::Invalid);
    }
    let mut magnitude: u64 = 0;
    for &b in &digits.as_bytes()[start_len..] {
        match magnitude
            .checked_mul(u64::from(radix))
            .and_then(|m| m.checked_add(u64::from(digit_value(b))))
        {
            Some(m) => magnitude = m,
            None => return Ok(ParsedInt::Big { negative, radix }),
        }
    }
    let value = if negative {
        0i64.checked_sub_unsigned(magnitude)
    } else {
        i64::try_from(magnitude).ok()
    };
    Ok(value.map_or(ParsedInt::Big { negative, radix }, ParsedInt::Small))
}

/// PyFloat_FromString over ASCII bytes; `None` if it is not a float literal.
fn parse_float_ascii(text: &[u8]) -> Option<f64> {
    let start = text.iter().position(|&b| !is_space(b))?;
    let end = text.iter().rposition(|&b| !is_space(b))? + 1;
    let body = &text[start..end];
    let mut clean = Scratch::new();
    if !strip_underscores(body, &mut clean) {
        return None;
    }
    let literal = clean.as_str();
    if !is_float_literal(literal.as_bytes()) {
        return None;
    }
    literal.parse::<f64>().ok()
}

/// `[sign] (inf | infinity | nan | digits [. [digits]] | . digits) [exponent]`.
fn is_float_literal(text: &[u8]) -> bool {
    float_prefix_len(text) == Some(text.len())
}

/// The length of the longest float literal `text` starts with, as C's
/// strtod reads it (`1e` is `1`); None if it starts with none.
fn float_prefix_len(text: &[u8]) -> Option<usize> {
    let sign = usize::from(matches!(text.first(), Some(b'+' | b'-')));
    let body = &text[sign..];
    let starts =
        |word: &[u8]| body.len() >= word.len() && body[..word.len()].eq_ignore_ascii_case(word);
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if starts(word) {
            return Some(sign + word.len());
        }
    }
    let int_digits = body.iter().take_while(|b| b.is_ascii_digit()).count();
    let mut at = int_digits;
    let mut frac_digits = 0;
    if body.get(at) == Some(&b'.') {
        frac_digits = body[at + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        at += 1 + frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(body.get(at), Some(b'e' | b'E')) {
        let mut exp = at + 1;
        if matches!(body.get(exp), Some(b'+' | b'-')) {
            exp += 1;
        }
        let exp_digits = body[exp..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if exp_digits > 0 {
            at = exp + exp_digits;
        }
    }
    Some(sign + at)
}

/// `complex(text)` for a str: `[(] [real] [sign imag] j [)]` in
/// CPython's forms, with whitespace around and inside the parentheses.
pub fn parse_complex(text: &str) -> TextResult<(f64, f64)> {
    let mut ascii = Scratch::new();
    to_ascii(text, &mut ascii);
    let mut clean = Scratch::new();
    if !strip_underscores(ascii.as_bytes(), &mut clean) {
        let mut shown = String::new();
        str_repr(&mut shown, text, false);
        let m = format!("could not convert string to complex: {shown}");
        return Err(TextError::value(m));
    }
    parse_complex_ascii(clean.as_bytes())
        .ok_or_else(|| TextError::value("complex() arg is a malformed string"))
}

fn parse_complex_ascii(text: &[u8]) -> Option<(f64, f64)> {
    let skip_space = |at: &mut usize| {
        while text.get(*at).is_some_and(|&b| is_space(b)) {
            *at += 1;
        }
    };
    let float_at = |at: usize| -> Option<(f64, usize)> {
        let len = float_prefix_len(&text[at..])?;
        let literal = core::str::from_utf8(&text[at..at + len]).ok()?;
        Some((literal.parse::<f64>().ok()?, at + len))
    };
    let is_j = |at: usize| matches!(text.get(at), Some(b'j' | b'J'));
    let unit = |b: u8| if b == b'+' { 1.0 } else { -1.0 };
    let mut at = 0;
    skip_space(&mut at);
    let bracket = text.get(at) == Some(&b'(');
    if bracket {
        at += 1;
        skip_space(&mut at);
    }
    let (mut re, mut im) = (0.0, 0.0);
    match float_at(at) {
        Some((z, end)) => {
            at = end;
            match text.get(at) {
                Some(&sign @ (b'+' | b'-')) => {
                    re = z;
                    match float_at(at) {
                        Some((y, end)) => {
                            im = y;
                            at = end;
                        }
                        None => {
                            im = unit(sign);
                            at += 1;
                        }
                    }
                    if !is_j(at) {
                        return None;
                    }
                    at += 1;
                }
                Some(b'j' | b'J') => {
                    im = z;
                    at += 1;
                }
                _ => re = z,
            }
        }
        None => {
            if let Some(&sign @ (b'+' | b'-')) = text.get(at) {
                im = unit(sign);
                at += 1;
            } else {
                im = 1.0;
            }
            if !is_j(at) {
                return None;
            }
            at += 1;
        }
    }
    skip_space(&mut at);
    if bracket {
        if text.get(at) != Some(&b')') {
            return None;
        }
        at += 1;
        skip_space(&mut at);
    }
    (at == text.len()).then_some((re, im))
}

/// Copies `text` without its underscores; false if one is not between
/// two digits.
fn strip_underscores(text: &[u8], out: &mut Scratch) -> bool {
    for (i, &b) in text.iter().enumerate() {
        if b == b'_' {
            let before = i.checked_sub(1).map(|j| text[j]);
            let after = text.get(i + 1);
            if !before.is_some_and(|c| c.is_ascii_digit()) || !after.is_some_and(u8::is_ascii_digit)
            {
                return false;
            }
        } else {
            out.push(b);
        }
    }
    true
}
