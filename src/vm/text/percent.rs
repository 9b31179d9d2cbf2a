//! printf-style formatting, `str % args` and `bytes % args`, as CPython 3.11's
//! PyUnicode_Format / _PyBytes_FormatEx. The VM supplies the arguments and
//! the object conversions through [`PercentArgs`]; this engine owns parsing,
//! argument counting, numeric rendering, padding and every message.

use super::error::TextError;
use super::float_render::{render_float, FloatMode, FloatStyle};
use super::format_spec_apply::{IntValue, FLOAT_DIGITS_MAX};
use super::percent_directive::{
    parse_directive, Amount, Directive, F_ALT, F_BLANK, F_LJUST, F_SIGN, F_ZERO,
};
use super::scratch::Scratch;
use super::units::Units;
use alloc::format;

/// What `%c` received.
pub enum CharArg {
    /// An int (`None` when it does not even fit an i64).
    Int(Option<i64>),
    /// A one-character str (str formatting) or a one-byte bytes/bytearray.
    Unit(u32),
    /// Anything else.
    Invalid,
}

/// The right operand of `%`, as the VM sees it.
pub trait PercentArgs<T: Units + ?Sized> {
    /// A handle to one argument object.
    type Arg;
    type Int: IntValue;
    type Error: From<TextError>;

    /// `Some(n)` when the operand is a tuple of n items; `None` when it is
    /// one other object (which is then the only argument).
    fn tuple_len(&self) -> Option<usize>;
    /// Item `index` of the tuple, or the operand itself when it is not a tuple.
    fn item(&mut self, index: usize) -> Self::Arg;
    /// Whether the operand is a mapping (and not a tuple or str), which
    /// enables `%(key)s` and silences the "not all converted" check.
    fn is_mapping(&self) -> bool;
    /// `operand[key]` for `%(key)s`.
    fn lookup(&mut self, key: &T) -> Result<Self::Arg, Self::Error>;
    /// The type name shown in TypeErrors.
    fn type_name(&self, arg: &Self::Arg) -> &str;
    /// The int value for `%d %i %u` (`index_only` false: `__int__`, float
    /// truncation) or `%o %x %X` (`index_only`: `__index__` only); `None` if
    /// the object is not a number of that kind.
    fn to_int(
        &mut self,
        arg: &Self::Arg,
        index_only: bool,
    ) -> Result<Option<Self::Int>, Self::Error>;
    /// The value for `%e %f %g`; `None` if the object is not a real number.
    fn to_float(&mut self, arg: &Self::Arg) -> Result<Option<f64>, Self::Error>;
    /// The value of a `*` width/precision; `None` if it is not an int. Ints
    /// beyond i64 saturate to `i64::MIN`/`i64::MAX` (then OverflowError).
    fn to_star(&mut self, arg: &Self::Arg) -> Result<Option<i64>, Self::Error>;
    fn to_char(&mut self, arg: &Self::Arg) -> Result<CharArg, Self::Error>;
    /// Appends the object converted by `conv`: `s` (str(); for bytes the
    /// `__bytes__`/buffer contents, also for `b`), `r` (repr(); for bytes the
    /// ASCII repr), `a` (ascii()).
    fn write_text(
        &mut self,
        arg: &Self::Arg,
        conv: u8,
        out: &mut T::Buf,
    ) -> Result<(), Self::Error>;
}

/// Appends `fmt % args` to `out`.
pub fn percent_format<T, A>(out: &mut T::Buf, fmt: &T, args: &mut A) -> Result<(), A::Error>
where
    T: Units + ?Sized,
    A: PercentArgs<T>,
{
    let bytes = fmt.bytes();
    let mut source = ArgSource::new(args);
    let mut scratch = T::Buf::default();
    let mut at = 0;
    while at < bytes.len() {
        let Some(offset) = bytes[at..].iter().position(|&b| b == b'%') else {
            T::push(out, fmt.slice(at..bytes.len()));
            break;
        };
        T::push(out, fmt.slice(at..at + offset));
        at += offset + 1;
        if bytes.get(at) == Some(&b'%') {
            T::push(out, T::from_ascii("%"));
            at += 1;
            continue;
        }
        if bytes.get(at) == Some(&b'(') && !source.has_mapping {
            return Err(TextError::type_error("format requires a mapping").into());
        }
        let directive = parse_directive(bytes, at)?;
        at = directive.end;
        source.convert(out, fmt, &directive, &mut scratch)?;
    }
    if source.index < source.len && !source.has_mapping {
        return Err(not_all_converted::<T>().into());
    }
    Ok(())
}

/// CPython's argidx/arglen bookkeeping: a tuple is consumed item by item; a
/// single object (or a value looked up by key) counts as one argument.
struct ArgSource<'a, T: Units + ?Sized, A: PercentArgs<T>> {
    args: &'a mut A,
    has_mapping: bool,
    len: isize,
    index: isize,
    looked_up: Option<A::Arg>,
    _text: core::marker::PhantomData<fn(&T)>,
}

impl<'a, T: Units + ?Sized, A: PercentArgs<T>> ArgSource<'a, T, A> {
    fn new(args: &'a mut A) -> Self {
        let (len, index) = match args.tuple_len() {
            Some(n) => (n as isize, 0),
            None => (-1, -2),
        };
        ArgSource {
            has_mapping: args.is_mapping(),
            args,
            len,
            index,
            looked_up: None,
            _text: core::marker::PhantomData,
        }
    }

    fn next(&mut self) -> Result<A::Arg, A::Error> {
        if self.index >= self.len {
            return Err(TextError::type_error("not enough arguments for format string").into());
        }
        self.index += 1;
        if self.len >= 0 {
            return Ok(self.args.item((self.index - 1) as usize));
        }
        Ok(match self.looked_up.take() {
            Some(value) => value,
            None => self.args.item(0),
        })
    }

    fn star(&mut self) -> Result<i64, A::Error> {
        let arg = self.next()?;
        self.args
            .to_star(&arg)?
            .ok_or_else(|| TextError::type_error("* wants int").into())
    }

    fn convert(
        &mut self,
        out: &mut T::Buf,
        fmt: &T,
        d: &Directive,
        scratch: &mut T::Buf,
    ) -> Result<(), A::Error> {
        if let Some(key) = &d.key {
            self.looked_up = Some(self.args.lookup(fmt.slice(key.clone()))?);
            self.len = -1;
            self.index = -2;
        }
        let mut flags = d.flags;
        let width = match d.width {
            Amount::None => None,
            Amount::Given(w) => Some(w),
            Amount::Star => {
                let w = self.star()?;
                if w == i64::MIN || w == i64::MAX {
                    let msg = "Python int too large to convert to C ssize_t";
                    return Err(TextError::overflow(msg).into());
                }
                if w < 0 {
                    flags |= F_LJUST;
                }
                Some(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX))
            }
        };
        let precision = match d.precision {
            Amount::None => None,
            Amount::Given(p) => Some(p),
            Amount::Star => {
                let p = self.star()?;
                if i32::try_from(p).is_err() {
                    let msg = "Python int too large to convert to C int";
                    return Err(TextError::overflow(msg).into());
                }
                Some(crate::vm::object::int::clamp_size(p))
            }
        };
        let arg = self.next()?;
        let conv = fmt.unit_at(d.conv_at);
        let mut spec = Output {
            flags,
            width,
            precision,
            conv: conv as u8,
            signed: false,
        };
        let mut digits = Scratch::new();
        let mut unit = [0u8; 4];
        let text: &T = match char::from_u32(conv).unwrap_or('?') {
            c @ ('s' | 'r' | 'a' | 'b') if c != 'b' || T::IS_BYTES => {
                if width.is_none() && precision.is_none() {
                    return self.args.write_text(&arg, conv as u8, out);
                }
                T::clear(scratch);
                self.args.write_text(&arg, conv as u8, scratch)?;
                T::view(scratch)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let index_only = matches!(conv as u8, b'o' | b'x' | b'X');
                let Some(value) = self.args.to_int(&arg, index_only)? else {
                    let what = if index_only {
                        "an integer"
                    } else {
                        "a real number"
                    };
                    return Err(TextError::type_error(format!(
                        "%{} format: {what} is required, not {}",
                        conv as u8 as char,
                        self.args.type_name(&arg)
                    ))
                    .into());
                };
                spec.signed = true;
                int_text(&value, &spec, &mut digits)?;
                T::from_ascii(digits.as_str())
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let Some(value) = self.args.to_float(&arg)? else {
                    let what = if T::IS_BYTES {
                        "float argument required"
                    } else {
                        "must be real number"
                    };
                    return Err(TextError::type_error(format!(
                        "{what}, not {}",
                        self.args.type_name(&arg)
                    ))
                    .into());
                };
                spec.signed = true;
                float_text(value, &spec, &mut digits)?;
                T::from_ascii(digits.as_str())
            }
            'c' => {
                let code = char_code::<T, A>(self.args, &arg)?;
                T::encode_unit(code, &mut unit).unwrap_or(T::from_ascii(""))
            }
            _ => return Err(unsupported::<T>(conv, fmt.unit_index(d.conv_at)).into()),
        };
        spec.write(out, text)?;
        if self.has_mapping && self.index < self.len {
            return Err(not_all_converted::<T>().into());
        }
        Ok(())
    }
}

fn not_all_converted<T: Units + ?Sized>() -> TextError {
    TextError::type_error(if T::IS_BYTES {
        "not all arguments converted during bytes formatting"
    } else {
        "not all arguments converted during string formatting"
    })
}

/// CPython's message for an unknown conversion. For bytes it prints the
/// byte with a C `%c` of a signed char, so high bytes overflow instead.
fn unsupported<T: Units + ?Sized>(conv: u32, index: usize) -> TextError {
    let shown = match conv {
        32..=126 => char::from_u32(conv).unwrap_or('?'),
        0..=0x7f if T::IS_BYTES => char::from_u32(conv).unwrap_or('?'),
        0x80..=0xff if T::IS_BYTES => {
            return TextError::overflow("character argument not in range(0x110000)")
        }
        _ => '?',
    };
    TextError::value(format!(
        "unsupported format character '{shown}' (0x{conv:x}) at index {index}"
    ))
}

fn char_code<T: Units + ?Sized, A: PercentArgs<T>>(
    args: &mut A,
    arg: &A::Arg,
) -> Result<u32, A::Error> {
    let limit: i64 = if T::IS_BYTES { 0x100 } else { 0x110000 };
    let range_error = || {
        let shown = if T::IS_BYTES { "256" } else { "0x110000" };
        TextError::overflow(format!("%c arg not in range({shown})"))
    };
    match args.to_char(arg)? {
        CharArg::Unit(code) => Ok(code),
        CharArg::Int(Some(n)) if (0..limit).contains(&n) => Ok(n as u32),
        CharArg::Int(_) => Err(range_error().into()),
        CharArg::Invalid => Err(TextError::type_error(if T::IS_BYTES {
            "%c requires an integer in range(256) or a single byte"
        } else {
            "%c requires int or char"
        })
        .into()),
    }
}

/// `[-][0x]<zeros to precision><digits>` (_PyUnicode_FormatLong).
fn int_text<I: IntValue>(value: &I, spec: &Output, out: &mut Scratch) -> Result<(), TextError> {
    let (conv, precision) = (spec.conv, spec.precision);
    let base = match conv {
        b'o' => 8,
        b'x' | b'X' => 16,
        _ => 10,
    };
    if value.is_negative() {
        out.push(b'-');
    }
    if spec.flags & F_ALT != 0 && base != 10 {
        out.push(b'0');
        out.push(if base == 8 { b'o' } else { b'x' });
    }
    let mut digits = Scratch::new();
    value.write_magnitude(base, &mut digits);
    out.try_reserve(precision.unwrap_or(0).max(digits.len()) + 3)?;
    for _ in digits.len()..precision.unwrap_or(0) {
        out.push(b'0');
    }
    out.push_bytes(digits.as_bytes());
    if conv == b'X' {
        out.make_ascii_uppercase();
    }
    Ok(())
}

fn float_text(value: f64, spec: &Output, out: &mut Scratch) -> Result<(), TextError> {
    let conv = spec.conv;
    let mode = match conv.to_ascii_lowercase() {
        b'e' => FloatMode::Exponent,
        b'f' => FloatMode::Fixed,
        _ => FloatMode::General,
    };
    let style = FloatStyle {
        mode,
        precision: spec.precision.unwrap_or(6),
        upper: conv.is_ascii_uppercase(),
        alternate: spec.flags & F_ALT != 0,
        add_dot_0: false,
        no_neg_zero: false,
    };
    out.try_reserve(style.precision.saturating_add(FLOAT_DIGITS_MAX))?;
    render_float(out, value, &style);
    Ok(())
}

/// Width, sign and alt-prefix handling of one converted value
/// (unicode_format_arg_output).
struct Output {
    flags: u8,
    width: Option<usize>,
    precision: Option<usize>,
    conv: u8,
    /// A number: sign flags and zero padding apply.
    signed: bool,
}

impl Output {
    fn write<T: Units + ?Sized>(&self, out: &mut T::Buf, text: &T) -> Result<(), TextError> {
        let mut text = text;
        if matches!(self.conv, b's' | b'r' | b'a' | b'b') {
            if let Some(p) = self.precision {
                text = text.take_units(p);
            }
        }
        let bytes = text.bytes();
        let room = self.width.unwrap_or(0).saturating_add(bytes.len() + 1);
        if !T::try_reserve(out, room) {
            return Err(TextError::no_memory());
        }
        let fill = if self.signed && self.flags & F_ZERO != 0 {
            b'0'
        } else {
            b' '
        };
        let mut len = text.unit_len();
        let mut start = 0;
        let mut sign = None;
        if self.signed {
            match bytes.first() {
                Some(&c @ (b'-' | b'+')) => {
                    sign = Some(c);
                    start = 1;
                    len -= 1;
                }
                _ if self.flags & F_SIGN != 0 => sign = Some(b'+'),
                _ if self.flags & F_BLANK != 0 => sign = Some(b' '),
                _ => {}
            }
        }
        let mut width = self.width.unwrap_or(0).max(len);
        if sign.is_some() && width > len {
            width -= 1;
        }
        let has_prefix = self.flags & F_ALT != 0 && matches!(self.conv, b'x' | b'X' | b'o');
        let mut prefix = None;
        if has_prefix {
            prefix = Some(text.slice(start..start + 2));
            start += 2;
            width = width.saturating_sub(2);
            len -= 2;
        }
        let mut sign_buf = [0u8; 4];
        let sign_text = sign.and_then(|c| T::encode_unit(u32::from(c), &mut sign_buf));
        if fill != b' ' {
            Self::push_opt(out, sign_text);
            Self::push_opt(out, prefix);
        }
        if width > len && self.flags & F_LJUST == 0 {
            T::push_repeat(out, fill, width - len);
            width = len;
        }
        if fill == b' ' {
            Self::push_opt(out, sign_text);
            Self::push_opt(out, prefix);
        }
        T::push(out, text.slice(start..bytes.len()));
        if width > len {
            T::push_repeat(out, b' ', width - len);
        }
        Ok(())
    }

    fn push_opt<T: Units + ?Sized>(out: &mut T::Buf, part: Option<&T>) {
        if let Some(part) = part {
            T::push(out, part);
        }
    }
}
