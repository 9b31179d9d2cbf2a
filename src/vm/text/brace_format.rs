//! `str.format` / `str.format_map`: CPython 3.11's MarkupIterator and field
//! resolution (Objects/stringlib/unicode_format.h). The engine parses and
//! drives a [`FormatFields`] implementation, which the VM provides to look
//! up arguments, attributes and items and to call `__format__`.

use super::error::{TextError, TextResult};
use super::spec::decimal_value;
use alloc::format;
use alloc::string::String;

/// The VM side of `str.format`: argument lookup and object operations.
pub trait FormatFields {
    type Value;
    type Error: From<TextError>;
    /// Positional argument `index`; `Ok(None)` if out of range. (For
    /// `format_map`, return [`positional_in_format_map`] as the error.)
    fn positional(&mut self, index: usize) -> Result<Option<Self::Value>, Self::Error>;
    /// Keyword argument `name` (a KeyError when missing).
    fn keyword(&mut self, name: &str) -> Result<Self::Value, Self::Error>;
    /// `value.name`.
    fn attribute(&mut self, value: Self::Value, name: &str) -> Result<Self::Value, Self::Error>;
    /// `value[key]` with a str key.
    fn item_str(&mut self, value: Self::Value, key: &str) -> Result<Self::Value, Self::Error>;
    /// `value[index]` for a decimal key.
    fn item_index(&mut self, value: Self::Value, index: usize) -> Result<Self::Value, Self::Error>;
    /// `!r`, `!s` or `!a`: repr(), str() or ascii() of the value.
    fn convert(&mut self, value: Self::Value, conversion: char)
        -> Result<Self::Value, Self::Error>;
    /// Appends `format(value, spec)` to `out`.
    fn format(
        &mut self,
        value: &Self::Value,
        spec: &str,
        out: &mut String,
    ) -> Result<(), Self::Error>;
}

/// The error `format_map` raises for a positional field.
pub fn positional_in_format_map() -> TextError {
    TextError::value("Format string contains positional fields")
}

/// Appends `fmt.format(...)` to `out`, resolving fields through `fields`.
pub fn brace_format<F: FormatFields>(
    out: &mut String,
    fmt: &str,
    fields: &mut F,
) -> Result<(), F::Error> {
    let mut numbering = AutoNumber::Unset;
    build(out, fmt, fields, 2, &mut numbering)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoNumber {
    Unset,
    Auto(usize),
    Manual,
}

fn build<F: FormatFields>(
    out: &mut String,
    fmt: &str,
    fields: &mut F,
    depth: u32,
    numbering: &mut AutoNumber,
) -> Result<(), F::Error> {
    if depth == 0 {
        return Err(TextError::value("Max string recursion exceeded").into());
    }
    let mut rest = fmt;
    while !rest.is_empty() {
        let Some(brace) = rest.find(['{', '}']) else {
            out.push_str(rest);
            break;
        };
        let c = rest.as_bytes()[brace];
        let after = &rest[brace + 1..];
        let doubled = after.as_bytes().first() == Some(&c);
        if c == b'}' && !doubled {
            return Err(TextError::value("Single '}' encountered in format string").into());
        }
        if after.is_empty() {
            return Err(TextError::value("Single '{' encountered in format string").into());
        }
        if doubled {
            out.push_str(&rest[..brace + 1]);
            rest = &after[1..];
            continue;
        }
        out.push_str(&rest[..brace]);
        let (field, remaining) = parse_field(after)?;
        rest = remaining;
        render_field(out, &field, fields, depth, numbering)?;
    }
    Ok(())
}

/// One replacement field: `{name!conversion:spec}`.
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    spec_has_fields: bool,
}

/// Parses the field after its `{`; returns it and the text after its `}`.
fn parse_field(text: &str) -> TextResult<(Field<'_>, &str)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut end_char = None;
    while at < bytes.len() {
        let c = bytes[at];
        at += 1;
        match c {
            b'{' => return Err(TextError::value("unexpected '{' in field name")),
            b'[' => {
                while at < bytes.len() && bytes[at] != b']' {
                    at += 1;
                }
            }
            b'}' | b':' | b'!' => {
                end_char = Some(c);
                break;
            }
            _ => {}
        }
    }
    let name = &text[..at - usize::from(end_char.is_some())];
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    match end_char {
        Some(b'}') => return Ok((field, &text[at..])),
        None => return Err(TextError::value("expected '}' before end of string")),
        _ => {}
    }
    if end_char == Some(b'!') {
        let Some(conversion) = text[at..].chars().next() else {
            return Err(TextError::value(
                "end of string while looking for conversion specifier",
            ));
        };
        field.conversion = Some(conversion);
        at += conversion.len_utf8();
        if at < bytes.len() {
            let c = bytes[at];
            at += 1;
            if c == b'}' {
                return Ok((field, &text[at..]));
            }
            if c != b':' {
                return Err(TextError::value("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = at;
    let mut depth = 1;
    while at < bytes.len() {
        let c = bytes[at];
        at += 1;
        match c {
            b'{' => {
                field.spec_has_fields = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &text[spec_start..at - 1];
                    return Ok((field, &text[at..]));
                }
            }
            _ => {}
        }
    }
    Err(TextError::value("unmatched '{' in format spec"))
}

fn render_field<F: FormatFields>(
    out: &mut String,
    field: &Field,
    fields: &mut F,
    depth: u32,
    numbering: &mut AutoNumber,
) -> Result<(), F::Error> {
    let mut value = resolve(field.name, fields, numbering)?;
    if let Some(conversion) = field.conversion {
        if !matches!(conversion, 'r' | 's' | 'a') {
            let code = u32::from(conversion);
            let shown = if code > 32 && code < 127 {
                format!("{conversion}")
            } else {
                format!("\\x{code:x}")
            };
            return Err(TextError::value(format!("Unknown conversion specifier {shown}")).into());
        }
        value = fields.convert(value, conversion)?;
    }
    if field.spec_has_fields {
        let mut spec = String::new();
        build(&mut spec, field.spec, fields, depth - 1, numbering)?;
        fields.format(&value, &spec, out)
    } else {
        fields.format(&value, field.spec, out)
    }
}

/// Looks up `name` = `first` followed by `.attr` / `[key]` parts.
fn resolve<F: FormatFields>(
    name: &str,
    fields: &mut F,
    numbering: &mut AutoNumber,
) -> Result<F::Value, F::Error> {
    let first_len = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_len);
    let index = decimal_index(first)?;
    let index = if first.is_empty() || index.is_some() {
        Some(next_index(numbering, index)?)
    } else {
        None
    };
    let mut value = match index {
        Some(i) => fields.positional(i)?.ok_or_else(|| {
            TextError::new(
                super::error::ErrorKind::IndexError,
                format!("Replacement index {i} out of range for positional args tuple"),
            )
        })?,
        None => fields.keyword(first)?,
    };
    while !rest.is_empty() {
        let is_attribute = rest.as_bytes()[0] == b'.';
        if !is_attribute && rest.as_bytes()[0] != b'[' {
            return Err(TextError::value(
                "Only '.' or '[' may follow ']' in format field specifier",
            )
            .into());
        }
        let body = &rest[1..];
        let (part, after) = if is_attribute {
            let end = body.find(['.', '[']).unwrap_or(body.len());
            (&body[..end], &body[end..])
        } else {
            let end = body
                .find(']')
                .ok_or_else(|| TextError::value("Missing ']' in format string"))?;
            (&body[..end], &body[end + 1..])
        };
        if part.is_empty() {
            return Err(TextError::value("Empty attribute in format string").into());
        }
        value = if is_attribute {
            fields.attribute(value, part)?
        } else {
            match decimal_index(part)? {
                Some(i) => fields.item_index(value, i)?,
                None => fields.item_str(value, part)?,
            }
        };
        rest = after;
    }
    Ok(value)
}

/// The field's number: explicit, or the next automatic one, enforcing
/// that one format string does not mix the two styles.
fn next_index(numbering: &mut AutoNumber, explicit: Option<usize>) -> TextResult<usize> {
    match (*numbering, explicit) {
        (AutoNumber::Auto(_), Some(_)) => Err(TextError::value(
            "cannot switch from automatic field numbering to manual field specification",
        )),
        (_, Some(i)) => {
            *numbering = AutoNumber::Manual;
            Ok(i)
        }
        (AutoNumber::Manual, None) => Err(TextError::value(
            "cannot switch from manual field specification to automatic field numbering",
        )),
        (AutoNumber::Unset, None) => {
            *numbering = AutoNumber::Auto(1);
            Ok(0)
        }
        (AutoNumber::Auto(next), None) => {
            *numbering = AutoNumber::Auto(next + 1);
            Ok(next)
        }
    }
}

/// `Some(n)` if `text` is all decimal digits (CPython's get_integer).
fn decimal_index(text: &str) -> TextResult<Option<usize>> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    decimal_value(text).map(Some)
}
