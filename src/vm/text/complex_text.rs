//! Complex numbers to text as CPython 3.11 does: `repr` (`(1+2j)`, `-0j`,
//! `(nan+infj)`, `1e+16j`) and `format(z, spec)` (formatter_unicode.c's
//! format_complex_internal: each part laid out as a float, the imaginary
//! one always signed when a real part is shown, then padded as a whole).

use super::error::{TextError, TextResult};
use super::float_render::{render_float, FloatMode, FloatStyle};
use super::format_spec_apply::FloatNumber;
use super::layout::write_padded;
use super::scratch::Scratch;
use super::spec::{unknown_code, Align, FormatSpec, Sign};
use alloc::string::String;

/// The shortest round-tripping digits, without `.0` (repr mode `r`).
const PART: FloatStyle = FloatStyle {
    add_dot_0: false,
    ..FloatStyle::REPR
};

/// Appends `repr(complex(re, im))` to `out`.
pub fn complex_repr(out: &mut String, re: f64, im: f64) {
    let mut buf = Scratch::new();
    let show_real = re != 0.0 || re.is_sign_negative();
    if show_real {
        out.push('(');
        render_float(&mut buf, re, &PART);
        out.push_str(buf.as_str());
        buf = Scratch::new();
    }
    render_float(&mut buf, im, &PART);
    if show_real && !buf.as_str().starts_with('-') {
        out.push('+');
    }
    out.push_str(buf.as_str());
    out.push('j');
    if show_real {
        out.push(')');
    }
}

/// `format(complex(re, im), spec)` (types e E f F g G n and none).
pub fn format_complex(out: &mut String, re: f64, im: f64, spec: &FormatSpec) -> TextResult<()> {
    let (fill, align) = spec.fill_and_align(Align::Right);
    if fill == '0' {
        let m = "Zero padding is not allowed in complex format specifier";
        return Err(TextError::value(m));
    }
    if align == Align::AfterSign {
        let m = "'=' alignment flag is not allowed in complex format specifier";
        return Err(TextError::value(m));
    }
    let ty = spec.ty.unwrap_or('\0');
    let (mode, upper) = match ty {
        'e' => (FloatMode::Exponent, false),
        'E' => (FloatMode::Exponent, true),
        'f' => (FloatMode::Fixed, false),
        'F' => (FloatMode::Fixed, true),
        'g' | 'n' => (FloatMode::General, false),
        'G' => (FloatMode::General, true),
        '\0' if spec.precision.is_some() => (FloatMode::General, false),
        '\0' => (FloatMode::Repr, false),
        _ => return Err(unknown_code(ty, "complex")),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(TextError::value("precision too big"));
    }
    let group = spec.group_size(ty)?;
    // With no type it reads like str(z): parentheses unless the real part is +0.
    let skip_re = ty == '\0' && re == 0.0 && !re.is_sign_negative();
    let add_parens = ty == '\0' && !skip_re;
    let mut number = FloatNumber {
        style: FloatStyle {
            mode,
            precision: spec.precision.unwrap_or(if ty == '\0' { 0 } else { 6 }),
            upper,
            alternate: spec.alternate,
            add_dot_0: false,
            no_neg_zero: spec.no_neg_zero,
        },
        sign: spec.sign,
        percent: false,
        group,
        separator: spec.grouping.unwrap_or(','),
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        number.write(&mut body, re, ' ', Align::Right, 0)?;
        number.sign = Some(Sign::Plus);
    }
    number.write(&mut body, im, ' ', Align::Right, 0)?;
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let width = spec.width.unwrap_or(0);
    write_padded(out, &body, body.chars().count(), fill, align, width)
}
