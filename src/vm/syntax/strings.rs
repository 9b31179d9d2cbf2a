//! String and bytes literal decoding: backslash escapes as CPython 3.11
//! decodes them, with its error messages. Unknown escapes such as `\d` are
//! kept as written (backslash included), as CPython does.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::unicode_names::char_by_name;

/// Decodes the text between the quotes of a str literal.
pub fn decode_str(body: &str, raw: bool) -> Result<String, String> {
    if raw || !body.contains('\\') {
        return Ok(body.into());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            'N' => {
                let rest = &body[start + 2..];
                let name = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|end| &r[..end]));
                let Some(name) = name.filter(|n| !n.is_empty()) else {
                    let end = if rest.starts_with('{') {
                        body.len() - 1
                    } else {
                        start + 1
                    };
                    return Err(unicode_error(
                        body,
                        start,
                        end,
                        "malformed \\N character escape",
                    ));
                };
                let end = start + 3 + name.len();
                let Some(named) = char_by_name(name) else {
                    return Err(unicode_error(
                        body,
                        start,
                        end,
                        "unknown Unicode character name",
                    ));
                };
                out.push(named);
                while chars.peek().is_some_and(|&(i, _)| i <= end) {
                    chars.next();
                }
            }
            'x' | 'u' | 'U' => {
                let (len, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = hex_digits(&body[start + 2..], len);
                if digits.len() < len {
                    return Err(unicode_error(body, start, start + 1 + digits.len(), what));
                }
                let value = u32::from_str_radix(digits, 16).unwrap_or(u32::MAX);
                let Some(decoded) = char::from_u32(value) else {
                    let msg = if value > 0x10ffff {
                        "illegal Unicode character"
                    } else {
                        "surrogate characters are not supported"
                    };
                    return Err(unicode_error(body, start, start + 1 + len, msg));
                };
                out.push(decoded);
                for _ in 0..len {
                    chars.next();
                }
            }
            '0'..='7' => {
                let value = octal_escape(e, &mut chars);
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            _ => match simple_escape(e) {
                Some(b) => out.push(b as char),
                None => {
                    out.push('\\');
                    out.push(e);
                }
            },
        }
    }
    Ok(out)
}

/// Decodes the text between the quotes of a bytes literal.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    if !body.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".into());
    }
    if raw || !body.contains('\\') {
        return Ok(body.as_bytes().to_vec());
    }
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c != '\\' {
            out.push(c as u8);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push(b'\\');
            break;
        };
        match e {
            '\n' => {}
            'x' => {
                let digits = hex_digits(&body[start + 2..], 2);
                if digits.len() < 2 {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {start}"
                    ));
                }
                out.push(u8::from_str_radix(digits, 16).unwrap_or(0));
                chars.next();
                chars.next();
            }
            '0'..='7' => out.push(octal_escape(e, &mut chars) as u8),
            _ => match simple_escape(e) {
                Some(b) => out.push(b),
                None => out.extend_from_slice(&[b'\\', e as u8]),
            },
        }
    }
    Ok(out)
}

fn simple_escape(c: char) -> Option<u8> {
    Some(match c {
        '\\' => b'\\',
        '\'' => b'\'',
        '"' => b'"',
        'a' => 0x07,
        'b' => 0x08,
        'f' => 0x0c,
        'n' => b'\n',
        'r' => b'\r',
        't' => b'\t',
        'v' => 0x0b,
        _ => return None,
    })
}

/// Up to `max` leading hex digits of `text`.
fn hex_digits(text: &str, max: usize) -> &str {
    let n = text
        .bytes()
        .take(max)
        .take_while(u8::is_ascii_hexdigit)
        .count();
    &text[..n]
}

/// An octal escape: `first` and up to two more octal digits.
fn octal_escape(first: char, chars: &mut core::iter::Peekable<core::str::CharIndices>) -> u32 {
    let mut value = first as u32 - '0' as u32;
    for _ in 0..2 {
        match chars.peek() {
            Some(&(_, d @ '0'..='7')) => {
                value = value * 8 + (d as u32 - '0' as u32);
                chars.next();
            }
            _ => break,
        }
    }
    value
}

/// CPython's message for a bad escape in a str literal. Positions are byte
/// offsets into the literal text as CPython's decoder sees it: every
/// non-ASCII character before the escape counts as a 10-byte `\UXXXXXXXX`.
fn unicode_error(body: &str, start: usize, end: usize, what: &str) -> String {
    let widen = |at: usize| -> usize {
        body[..at]
            .chars()
            .map(|c| if c.is_ascii() { 1 } else { 10 })
            .sum()
    };
    let (start, end) = (widen(start), widen(start) + (end - start));
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
}
