//! One `%` directive of printf-style formatting: `%[(key)][flags][width][.prec][hlL]conv`,
//! read the way CPython's unicode_format_arg_parse reads it.

use super::error::TextError;

pub const F_LJUST: u8 = 1;
pub const F_SIGN: u8 = 2;
pub const F_BLANK: u8 = 4;
pub const F_ALT: u8 = 8;
pub const F_ZERO: u8 = 16;

/// Width or precision: absent, written, or `*` (taken from the arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    None,
    Given(usize),
    Star,
}

/// A parsed directive; `key` and `conv_at` are byte offsets in the format.
#[derive(Clone, Debug)]
pub struct Directive {
    pub key: Option<core::ops::Range<usize>>,
    pub flags: u8,
    pub width: Amount,
    pub precision: Amount,
    /// Byte offset of the conversion character.
    pub conv_at: usize,
    /// Byte offset just past the directive (when the conversion is valid ASCII).
    pub end: usize,
}

/// Parses the directive after the `%` at `fmt[start - 1]`. The conversion
/// character is not checked here (the argument is fetched first, as in CPython).
pub fn parse_directive(fmt: &[u8], start: usize) -> Result<Directive, TextError> {
    let mut at = start;
    let mut key = None;
    if fmt.get(at) == Some(&b'(') {
        let key_start = at + 1;
        let mut depth = 1;
        at += 1;
        while depth > 0 && at < fmt.len() {
            match fmt[at] {
                b')' => depth -= 1,
                b'(' => depth += 1,
                _ => {}
            }
            at += 1;
        }
        if depth > 0 {
            return Err(TextError::value("incomplete format key"));
        }
        key = Some(key_start..at - 1);
    }
    let mut flags = 0;
    while let Some(&c) = fmt.get(at) {
        flags |= match c {
            b'-' => F_LJUST,
            b'+' => F_SIGN,
            b' ' => F_BLANK,
            b'#' => F_ALT,
            b'0' => F_ZERO,
            _ => break,
        };
        at += 1;
    }
    let width = read_amount(fmt, &mut at, "width too big", isize::MAX as usize)?;
    let mut precision = Amount::None;
    if fmt.get(at) == Some(&b'.') {
        at += 1;
        precision = match read_amount(fmt, &mut at, "precision too big", i32::MAX as usize)? {
            Amount::None => Amount::Given(0),
            other => other,
        };
    }
    if matches!(fmt.get(at), Some(b'h' | b'l' | b'L')) {
        at += 1;
    }
    if at >= fmt.len() {
        return Err(TextError::value("incomplete format"));
    }
    Ok(Directive {
        key,
        flags,
        width,
        precision,
        conv_at: at,
        end: at + 1,
    })
}

fn read_amount(fmt: &[u8], at: &mut usize, too_big: &str, max: usize) -> Result<Amount, TextError> {
    match fmt.get(*at) {
        Some(b'*') => {
            *at += 1;
            Ok(Amount::Star)
        }
        Some(b'0'..=b'9') => {
            let mut value: usize = 0;
            while let Some(&d @ b'0'..=b'9') = fmt.get(*at) {
                value = value
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(usize::from(d - b'0')))
                    .filter(|v| *v <= max)
                    .ok_or_else(|| TextError::value(too_big))?;
                *at += 1;
            }
            Ok(Amount::Given(value))
        }
        _ => Ok(Amount::None),
    }
}
