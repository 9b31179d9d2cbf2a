//! UTF-16 and UTF-32, plain, -le and -be, for `codecs`: the plain forms
//! write a little-endian byte order mark (as CPython does on a PC) and read
//! either mark, defaulting to little-endian; surrogate pairs; CPython's
//! decode errors and the decode error handlers. Our str is UTF-8 and holds
//! no lone surrogates, so encoding cannot fail.

use alloc::string::String;
use alloc::vec::Vec;

use super::codecs::{decode_message, handler, CodecError, Handler};

/// Bytes per code unit.
#[derive(Clone, Copy, PartialEq)]
pub enum Width {
    W16,
    W32,
}

/// Byte order: fixed, or the plain codec's (marked).
#[derive(Clone, Copy, PartialEq)]
pub enum Order {
    Le,
    Be,
    Marked,
}

/// The codec's name in error messages (a marked codec reports the order it
/// read, as CPython does).
fn name(width: Width, be: bool) -> &'static str {
    match (width, be) {
        (Width::W16, false) => "utf-16-le",
        (Width::W16, true) => "utf-16-be",
        (Width::W32, false) => "utf-32-le",
        (Width::W32, true) => "utf-32-be",
    }
}

/// The most bytes `encode` writes for `text`.
pub fn encoded_size(text: &str, width: Width) -> usize {
    // A UTF-8 byte is at most one UTF-16 unit (two bytes); a 4-byte UTF-8
    // character is one UTF-32 unit, a 1-byte one four bytes.
    let per_byte = if width == Width::W16 { 2 } else { 4 };
    text.len().saturating_add(1).saturating_mul(per_byte)
}

/// Append `text` encoded to `out` (which has room for `encoded_size`).
pub fn encode(text: &str, width: Width, order: Order, out: &mut Vec<u8>) {
    let be = order == Order::Be;
    let mut unit = |u: u32| match (width, be) {
        (Width::W16, false) => out.extend_from_slice(&(u as u16).to_le_bytes()),
        (Width::W16, true) => out.extend_from_slice(&(u as u16).to_be_bytes()),
        (Width::W32, false) => out.extend_from_slice(&u.to_le_bytes()),
        (Width::W32, true) => out.extend_from_slice(&u.to_be_bytes()),
    };
    if order == Order::Marked {
        unit(0xfeff);
    }
    for c in text.chars() {
        match width {
            Width::W32 => unit(c as u32),
            Width::W16 => {
                let mut pair = [0u16; 2];
                for u in c.encode_utf16(&mut pair) {
                    unit(*u as u32);
                }
            }
        }
    }
}

/// Where the data starts and its byte order, after a plain codec's mark.
fn read_mark(data: &[u8], width: Width, order: Order) -> (usize, bool) {
    match (order, width) {
        (Order::Le, _) => (0, false),
        (Order::Be, _) => (0, true),
        (Order::Marked, Width::W16) => match data {
            [0xff, 0xfe, ..] => (2, false),
            [0xfe, 0xff, ..] => (2, true),
            _ => (0, false),
        },
        (Order::Marked, Width::W32) => match data {
            [0xff, 0xfe, 0, 0, ..] => (4, false),
            [0, 0, 0xfe, 0xff, ..] => (4, true),
            _ => (0, false),
        },
    }
}

/// The next code point at `pos`: Ok(char, bytes used) or Err(bad bytes, reason).
fn next(
    data: &[u8],
    pos: usize,
    width: Width,
    be: bool,
) -> Result<(char, usize), (usize, &'static str)> {
    let rest = &data[pos..];
    let unit = |i: usize, n: usize| {
        let b = &rest[i..i + n];
        b.iter().enumerate().fold(0u32, |acc, (k, &x)| {
            acc | (x as u32) << (8 * if be { n - 1 - k } else { k })
        })
    };
    match width {
        Width::W32 => {
            if rest.len() < 4 {
                return Err((rest.len(), "truncated data"));
            }
            match unit(0, 4) {
                0xd800..=0xdfff => Err((
                    4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                )),
                u => char::from_u32(u)
                    .map(|c| (c, 4))
                    .ok_or((4, "code point not in range(0x110000)")),
            }
        }
        Width::W16 => {
            if rest.len() < 2 {
                return Err((rest.len(), "truncated data"));
            }
            let hi = unit(0, 2);
            match hi {
                0xdc00..=0xdfff => Err((2, "illegal encoding")),
                0xd800..=0xdbff if rest.len() < 4 => Err((rest.len(), "unexpected end of data")),
                0xd800..=0xdbff => match unit(2, 2) {
                    lo @ 0xdc00..=0xdfff => {
                        let c = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                        Ok((char::from_u32(c).unwrap_or('\u{fffd}'), 4))
                    }
                    _ => Err((2, "illegal UTF-16 surrogate")),
                },
                u => Ok((char::from_u32(u).unwrap_or('\u{fffd}'), 2)),
            }
        }
    }
}

/// Decode `data` (the caller reserved room in `out`).
pub fn decode(
    data: &[u8],
    width: Width,
    order: Order,
    errors: &str,
    out: &mut String,
) -> Result<(), CodecError> {
    let (mut pos, be) = read_mark(data, width, order);
    while pos < data.len() {
        let bad = match next(data, pos, width, be) {
            Ok((c, used)) => {
                out.push(c);
                pos += used;
                continue;
            }
            Err(bad) => bad,
        };
        let (n, reason) = bad;
        match handler(errors)? {
            Handler::Strict | Handler::XmlCharRefReplace => {
                let m = decode_message(name(width, be), data, pos, pos + n, reason);
                return Err(CodecError::Decode(m));
            }
            Handler::Replace => out.push('\u{fffd}'),
            Handler::Ignore => {}
            Handler::BackslashReplace => {
                for b in &data[pos..pos + n] {
                    out.push_str(&alloc::format!("\\x{b:02x}"));
                }
            }
        }
        pos += n;
    }
    Ok(())
}
