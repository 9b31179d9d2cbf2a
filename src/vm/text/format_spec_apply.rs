//! `format(value, spec)` for str, int and float: applies a parsed
//! [`FormatSpec`] the way CPython 3.11's formatter_unicode.c does.

use super::error::{TextError, TextResult};
use super::float_render::{render_float, FloatMode, FloatStyle};
use super::layout::{write_number, write_padded, Grouping, NumberParts};
use super::scratch::Scratch;
use super::spec::{unknown_code, Align, FormatSpec, Sign};
use alloc::string::String;

/// An integer as the formatters see it, so the VM can pass a machine int
/// now and a big int later.
pub trait IntValue {
    fn is_negative(&self) -> bool;
    /// Appends the magnitude's digits in `base` (2, 8, 10 or 16; lowercase).
    fn write_magnitude(&self, base: u32, out: &mut Scratch);
    /// The value if it fits an i64 (for `c`).
    fn to_i64(&self) -> Option<i64>;
    /// The nearest float, or CPython's OverflowError (for `e f g %`).
    fn to_f64(&self) -> TextResult<f64>;
}

impl IntValue for i64 {
    fn is_negative(&self) -> bool {
        *self < 0
    }
    fn write_magnitude(&self, base: u32, out: &mut Scratch) {
        write_u64(self.unsigned_abs(), base, out);
    }
    fn to_i64(&self) -> Option<i64> {
        Some(*self)
    }
    fn to_f64(&self) -> TextResult<f64> {
        Ok(*self as f64)
    }
}

/// Appends the digits of `n` in `base` (2..=36, lowercase) to `out`.
pub fn write_u64(mut n: u64, base: u32, out: &mut Scratch) {
    let mut buf = [0u8; 64];
    let mut at = buf.len();
    let base = u64::from(base);
    loop {
        at -= 1;
        let digit = (n % base) as u8;
        buf[at] = if digit < 10 {
            b'0' + digit
        } else {
            b'a' + digit - 10
        };
        n /= base;
        if n == 0 {
            break;
        }
    }
    out.push_bytes(&buf[at..]);
}

/// `format(s, spec)` for a str `s`; `type_name` names the object's type in errors.
pub fn format_str(out: &mut String, s: &str, spec: &FormatSpec, type_name: &str) -> TextResult<()> {
    let ty = spec.ty.unwrap_or('s');
    spec.group_size(ty)?;
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(TextError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(TextError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(TextError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(TextError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let (fill, align) = spec.fill_and_align(Align::Left);
    if align == Align::AfterSign {
        return Err(TextError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (text, len) = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((cut, _)) => (&s[..cut], p),
            None => (s, s.chars().count()),
        },
        None => (
            s,
            if spec.width.is_some() {
                s.chars().count()
            } else {
                0
            },
        ),
    };
    write_padded(out, text, len, fill, align, spec.width.unwrap_or(0))
}

/// `format(n, spec)` for an int (types b c d o x X n, none, and the float
/// types, which convert through [`IntValue::to_f64`]).
pub fn format_int<I: IntValue + ?Sized>(
    out: &mut String,
    value: &I,
    spec: &FormatSpec,
    type_name: &str,
) -> TextResult<()> {
    let ty = spec.ty.unwrap_or('d');
    let group = spec.group_size(ty)?;
    let base = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' | 'c' => 10,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float(out, value.to_f64()?, spec, type_name);
        }
        _ => return Err(unknown_code(ty, type_name)),
    };
    if spec.precision.is_some() {
        return Err(TextError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(TextError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let (fill, align) = spec.fill_and_align(Align::Right);
    let mut digits = Scratch::new();
    let mut char_buf = [0u8; 4];
    let parts = if ty == 'c' {
        if spec.sign.is_some() {
            return Err(TextError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(TextError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = value
            .to_i64()
            .ok_or_else(|| TextError::overflow("Python int too large to convert to C long"))?;
        let c = u32::try_from(code)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| TextError::overflow("%c arg not in range(0x110000)"))?;
        NumberParts {
            sign: None,
            prefix: "",
            digits: "",
            remainder: c.encode_utf8(&mut char_buf),
            upper: false,
        }
    } else {
        value.write_magnitude(base, &mut digits);
        let prefix = match (spec.alternate, ty) {
            (true, 'b') => "0b",
            (true, 'o') => "0o",
            (true, 'x' | 'X') => "0x",
            _ => "",
        };
        NumberParts {
            sign: sign_char(value.is_negative(), spec.sign),
            prefix,
            digits: digits.as_str(),
            remainder: "",
            upper: ty == 'X',
        }
    };
    let grouping = Grouping {
        separator: spec.grouping.unwrap_or(','),
        size: group,
    };
    write_number(out, &parts, fill, align, spec.width.unwrap_or(0), grouping)
}

fn sign_char(negative: bool, sign: Option<Sign>) -> Option<char> {
    match (negative, sign) {
        (true, _) => Some('-'),
        (false, Some(Sign::Plus)) => Some('+'),
        (false, Some(Sign::Space)) => Some(' '),
        _ => None,
    }
}

/// Room for a float's integer digits, sign, point and exponent, besides its precision.
pub(crate) const FLOAT_DIGITS_MAX: usize = 330;

/// `format(x, spec)` for a float (types e E f F g G n % and none).
pub fn format_float(
    out: &mut String,
    value: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> TextResult<()> {
    let ty = spec.ty.unwrap_or('\0');
    let group = spec.group_size(ty)?;
    let (mode, upper) = match ty {
        'e' => (FloatMode::Exponent, false),
        'E' => (FloatMode::Exponent, true),
        'f' | '%' => (FloatMode::Fixed, false),
        'F' => (FloatMode::Fixed, true),
        'g' | 'n' => (FloatMode::General, false),
        'G' => (FloatMode::General, true),
        '\0' if spec.precision.is_some() => (FloatMode::General, false),
        '\0' => (FloatMode::Repr, false),
        _ => return Err(unknown_code(ty, type_name)),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(TextError::value("precision too big"));
    }
    let style = FloatStyle {
        mode,
        precision: spec.precision.unwrap_or(if ty == '\0' { 0 } else { 6 }),
        upper,
        alternate: spec.alternate,
        add_dot_0: ty == '\0',
        no_neg_zero: spec.no_neg_zero,
    };
    let (fill, align) = spec.fill_and_align(Align::Right);
    let number = FloatNumber {
        style,
        sign: spec.sign,
        percent: ty == '%',
        group,
        separator: spec.grouping.unwrap_or(','),
    };
    number.write(out, value, fill, align, spec.width.unwrap_or(0))
}

/// How one float is laid out: by `format(float)` or as a part of a
/// complex number.
pub(crate) struct FloatNumber {
    pub style: FloatStyle,
    pub sign: Option<Sign>,
    /// `%`: times 100, with a percent sign.
    pub percent: bool,
    /// Digits per group (0: none), and the separator.
    pub group: usize,
    pub separator: char,
}

impl FloatNumber {
    /// Appends `value` padded to `width`.
    pub(crate) fn write(
        &self,
        out: &mut String,
        value: f64,
        fill: char,
        align: Align,
        width: usize,
    ) -> TextResult<()> {
        let style = self.style;
        let value = if self.percent { value * 100.0 } else { value };
        let mut text = Scratch::new();
        text.try_reserve(style.precision.saturating_add(FLOAT_DIGITS_MAX))?;
        render_float(&mut text, value, &style);
        if self.percent {
            text.push(b'%');
        }
        let body = text.as_str();
        let (negative, body) = match body.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, body),
        };
        let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
        let parts = NumberParts {
            sign: sign_char(negative, self.sign),
            prefix: "",
            digits: &body[..int_len],
            remainder: &body[int_len..],
            upper: false,
        };
        let grouping = Grouping {
            separator: self.separator,
            size: self.group,
        };
        write_number(out, &parts, fill, align, width, grouping)
    }
}
