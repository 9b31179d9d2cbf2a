//! The byte codecs behind `bytes.decode`/`str.encode`: utf-8, ascii,
//! latin-1, the DOS code pages cp437/cp850 (`codepages`) and utf-16/utf-32
//! (`codecs_wide`), with the
//! strict/replace/ignore/backslashreplace (and, encoding, xmlcharrefreplace)
//! error handlers and CPython's error messages. (Five small codecs do not
//! justify a crate; encoding_rs has no DOS code pages.)

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::codecs_wide::{self, Order, Width};

/// Why a codec call failed: an unknown codec or handler, bad data, or no
/// memory for the result.
pub enum CodecError {
    Lookup(String),
    Decode(String),
    Encode(String),
    Memory,
}

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Cp437,
    Cp850,
    Wide(Width, Order),
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp437 | Codec::Cp850 => "charmap",
            Codec::Wide(..) => "utf-16",
        }
    }

    /// The characters of bytes 0x80-0xFF of a code page.
    fn page(self) -> Option<&'static [char; 128]> {
        match self {
            Codec::Cp437 => Some(&super::codepages::CP437),
            Codec::Cp850 => Some(&super::codepages::CP850),
            _ => None,
        }
    }

    /// The byte of `c`, if this (single-byte) codec has one.
    fn encode_char(self, c: char) -> Option<u8> {
        let n = c as u32;
        match self {
            Codec::Ascii | Codec::Utf8 | Codec::Wide(..) => (n < 0x80).then_some(n as u8),
            Codec::Latin1 => (n < 0x100).then_some(n as u8),
            Codec::Cp437 | Codec::Cp850 => match n {
                0..0x80 => Some(n as u8),
                _ => self
                    .page()?
                    .iter()
                    .position(|&p| p == c)
                    .map(|i| 0x80 + i as u8),
            },
        }
    }
}

fn lookup(encoding: &str) -> Result<Codec, CodecError> {
    let norm: String = encoding
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" => {
            Ok(Codec::Latin1)
        }
        "cp437" | "437" | "ibm437" => Ok(Codec::Cp437),
        "cp850" | "850" | "ibm850" => Ok(Codec::Cp850),
        "utf-16" | "utf16" | "u16" => Ok(Codec::Wide(Width::W16, Order::Marked)),
        "utf-16-le" | "utf-16le" | "utf16le" => Ok(Codec::Wide(Width::W16, Order::Le)),
        "utf-16-be" | "utf-16be" | "utf16be" => Ok(Codec::Wide(Width::W16, Order::Be)),
        "utf-32" | "utf32" | "u32" => Ok(Codec::Wide(Width::W32, Order::Marked)),
        "utf-32-le" | "utf-32le" | "utf32le" => Ok(Codec::Wide(Width::W32, Order::Le)),
        "utf-32-be" | "utf-32be" | "utf32be" => Ok(Codec::Wide(Width::W32, Order::Be)),
        _ => Err(CodecError::Lookup(format!("unknown encoding: {encoding}"))),
    }
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Handler {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
    XmlCharRefReplace,
}

pub(super) fn handler(errors: &str) -> Result<Handler, CodecError> {
    match errors {
        "strict" => Ok(Handler::Strict),
        "replace" => Ok(Handler::Replace),
        "ignore" => Ok(Handler::Ignore),
        "backslashreplace" => Ok(Handler::BackslashReplace),
        "xmlcharrefreplace" => Ok(Handler::XmlCharRefReplace),
        _ => Err(CodecError::Lookup(format!(
            "unknown error handler name '{errors}'"
        ))),
    }
}

/// CPython's "can't decode byte(s)" message for `data[start..end]`.
pub(super) fn decode_message(
    name: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> String {
    if end - start == 1 {
        format!(
            "'{name}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            data[start]
        )
    } else {
        format!(
            "'{name}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    }
}

/// Decode `data` with the named codec and error handler.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> Result<String, CodecError> {
    let codec = lookup(encoding)?;
    let mut out = String::new();
    // Every byte is at most 3 bytes of text (cp437's box drawing).
    let most = data
        .len()
        .saturating_mul(if codec == Codec::Utf8 { 1 } else { 3 });
    out.try_reserve_exact(most)
        .map_err(|_| CodecError::Memory)?;
    if let Codec::Wide(width, order) = codec {
        codecs_wide::decode(data, width, order, errors, &mut out)?;
        return Ok(out);
    }
    let mut pos = 0;
    while pos < data.len() {
        let rest = &data[pos..];
        let (good, bad, reason) = match codec {
            // Decoded whole before the loop.
            Codec::Wide(..) => break,
            Codec::Latin1 => {
                out.extend(rest.iter().map(|&b| char::from(b)));
                break;
            }
            Codec::Cp437 | Codec::Cp850 => {
                let page = codec.page().unwrap_or(&super::codepages::CP437);
                out.extend(rest.iter().map(|&b| match b {
                    0..0x80 => char::from(b),
                    _ => page[b as usize - 0x80],
                }));
                break;
            }
            Codec::Ascii => match rest.iter().position(|b| !b.is_ascii()) {
                None => (rest.len(), 0, ""),
                Some(i) => (i, 1, "ordinal not in range(128)"),
            },
            Codec::Utf8 => match core::str::from_utf8(rest) {
                Ok(_) => (rest.len(), 0, ""),
                Err(e) => {
                    let at = e.valid_up_to();
                    match e.error_len() {
                        None => (at, rest.len() - at, "unexpected end of data"),
                        Some(n) if matches!(rest[at], 0x80..=0xc1 | 0xf5..) => {
                            (at, n, "invalid start byte")
                        }
                        Some(n) => (at, n, "invalid continuation byte"),
                    }
                }
            },
        };
        // The first `good` bytes are valid in every codec that gets here.
        out.push_str(core::str::from_utf8(&rest[..good]).unwrap_or_default());
        if bad == 0 {
            break;
        }
        let start = pos + good;
        match handler(errors)? {
            // xmlcharrefreplace is for encoding only: CPython then raises
            // TypeError; here the strict error is reported.
            Handler::Strict | Handler::XmlCharRefReplace => {
                let m = decode_message(codec.name(), data, start, start + bad, reason);
                return Err(CodecError::Decode(m));
            }
            Handler::Replace => out.push('\u{fffd}'),
            Handler::Ignore => {}
            Handler::BackslashReplace => {
                for b in &data[start..start + bad] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
        }
        pos = start + bad;
    }
    Ok(out)
}

/// Encode `text` with the named codec and error handler.
pub fn encode(text: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    let codec = lookup(encoding)?;
    let mut out = Vec::new();
    let most = match codec {
        Codec::Wide(width, _) => codecs_wide::encoded_size(text, width),
        _ => text.len(),
    };
    out.try_reserve_exact(most)
        .map_err(|_| CodecError::Memory)?;
    let reason = match codec {
        Codec::Wide(width, order) => {
            codecs_wide::encode(text, width, order, &mut out);
            return Ok(out);
        }
        Codec::Utf8 => {
            out.extend_from_slice(text.as_bytes());
            return Ok(out);
        }
        Codec::Ascii => "ordinal not in range(128)",
        Codec::Latin1 => "ordinal not in range(256)",
        Codec::Cp437 | Codec::Cp850 => "character maps to <undefined>",
    };
    let mut chars = Vec::new();
    chars
        .try_reserve_exact(text.chars().count())
        .map_err(|_| CodecError::Memory)?;
    chars.extend(text.chars());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = codec.encode_char(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let end = (i..chars.len())
            .find(|&j| codec.encode_char(chars[j]).is_some())
            .unwrap_or(chars.len());
        match handler(errors)? {
            Handler::Strict => {
                let name = codec.name();
                let m = if end - i == 1 {
                    format!(
                        "'{name}' codec can't encode character {} in position {i}: {reason}",
                        char_escape(chars[i])
                    )
                } else {
                    format!(
                        "'{name}' codec can't encode characters in position {i}-{}: {reason}",
                        end - 1
                    )
                };
                return Err(CodecError::Encode(m));
            }
            Handler::Replace => out.resize(out.len() + end - i, b'?'),
            Handler::Ignore => {}
            Handler::BackslashReplace => {
                for &c in &chars[i..end] {
                    let e = char_escape(c);
                    out.extend_from_slice(&e.as_bytes()[1..e.len() - 1]);
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// A character as CPython quotes it in codec errors: '\xe9', '\u20ac', '\U0001f600'.
fn char_escape(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("'\\x{n:02x}'"),
        n if n < 0x10000 => format!("'\\u{n:04x}'"),
        n => format!("'\\U{n:08x}'"),
    }
}
