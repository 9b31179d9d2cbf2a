//! The format-spec mini-language (`format(x, spec)`, f-string and
//! `str.format` specs): `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! parsed the way CPython 3.11's formatter_unicode.c does, with its messages.

use super::error::{TextError, TextResult};
use alloc::format;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// Padding goes between the sign/prefix and the digits.
    AfterSign,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `-` or nothing: only negative numbers get a sign.
    Minus,
    Plus,
    Space,
}

/// A parsed spec. `fill`/`align` are as written; the formatters resolve
/// defaults (numbers align right, strings left; `0` means zero padding).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: turn a negative zero result into a positive one (floats only).
    pub no_neg_zero: bool,
    pub alternate: bool,
    /// A `0` before the width with no explicit fill.
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl FormatSpec {
    /// Parses `spec`; `type_name` is only used in the error message.
    pub fn parse(spec: &str, type_name: &str) -> TextResult<FormatSpec> {
        let mut s = FormatSpec {
            fill: None,
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        };
        let mut chars = spec.chars();
        let first = chars.clone().next();
        let second = chars.clone().nth(1);
        if let Some(align) = second.and_then(align_of) {
            s.fill = first;
            s.align = Some(align);
            chars.nth(1);
        } else if let Some(align) = first.and_then(align_of) {
            s.align = Some(align);
            chars.next();
        }
        let mut rest = chars.as_str();
        let peek = |r: &str| r.as_bytes().first().copied();
        s.sign = match peek(rest) {
            Some(b'+') => Some(Sign::Plus),
            Some(b'-') => Some(Sign::Minus),
            Some(b' ') => Some(Sign::Space),
            _ => None,
        };
        if s.sign.is_some() {
            rest = &rest[1..];
        }
        if peek(rest) == Some(b'z') {
            s.no_neg_zero = true;
            rest = &rest[1..];
        }
        if peek(rest) == Some(b'#') {
            s.alternate = true;
            rest = &rest[1..];
        }
        if s.fill.is_none() && peek(rest) == Some(b'0') {
            s.zero_pad = true;
            rest = &rest[1..];
        }
        s.width = take_integer(&mut rest)?;
        if peek(rest) == Some(b',') {
            s.grouping = Some(',');
            rest = &rest[1..];
        }
        if peek(rest) == Some(b'_') {
            if s.grouping.is_some() {
                return Err(both_separators());
            }
            s.grouping = Some('_');
            rest = &rest[1..];
        }
        if peek(rest) == Some(b',') && s.grouping == Some('_') {
            return Err(both_separators());
        }
        if peek(rest) == Some(b'.') {
            rest = &rest[1..];
            s.precision = take_integer(&mut rest)?;
            if s.precision.is_none() {
                return Err(TextError::value("Format specifier missing precision"));
            }
        }
        let mut tail = rest.chars();
        s.ty = tail.next();
        if tail.next().is_some() {
            return Err(TextError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        Ok(s)
    }

    /// The fill character and alignment after applying the defaults for an
    /// object whose natural alignment is `default` (Right for numbers).
    pub fn fill_and_align(&self, default: Align) -> (char, Align) {
        let fill = self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' });
        let align = match self.align {
            Some(a) => a,
            None if self.zero_pad && default == Align::Right => Align::AfterSign,
            None => default,
        };
        (fill, align)
    }

    /// Checks `grouping` against the presentation type `ty` (PEP 378/515);
    /// returns the digits per group (3, or 4 for `_` with b/o/x/X).
    pub fn group_size(&self, ty: char) -> TextResult<usize> {
        let Some(sep) = self.grouping else {
            return Ok(0);
        };
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(3),
            'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(4),
            _ => Err(TextError::value(format!(
                "Cannot specify '{sep}' with {}.",
                quote_code(ty)
            ))),
        }
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

fn both_separators() -> TextError {
    TextError::value("Cannot specify both ',' and '_'.")
}

/// Reads a run of ASCII digits; `None` if there is none.
fn take_integer(rest: &mut &str) -> TextResult<Option<usize>> {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Ok(None);
    }
    let value = decimal_value(&rest[..digits])?;
    *rest = &rest[digits..];
    Ok(Some(value))
}

/// The value of a run of ASCII digits, as a Py_ssize_t (format strings).
pub(crate) fn decimal_value(digits: &str) -> TextResult<usize> {
    digits.bytes().try_fold(0usize, |value, b| {
        value
            .checked_mul(10)
            .and_then(|v| v.checked_add(usize::from(b - b'0')))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| TextError::value("Too many decimal digits in format string"))
    })
}

/// `'x'` for a printable ASCII code, `'\x..'` otherwise, as CPython prints it.
pub(crate) fn quote_code(ty: char) -> alloc::string::String {
    let code = ty as u32;
    if code > 32 && code < 128 {
        format!("'{ty}'")
    } else {
        format!("'\\x{code:x}'")
    }
}

/// CPython's "Unknown format code 'c' for object of type 't'".
pub fn unknown_code(ty: char, type_name: &str) -> TextError {
    TextError::value(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quote_code(ty)
    ))
}
