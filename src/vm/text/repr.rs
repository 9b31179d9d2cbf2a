//! `repr()`/`ascii()` of str and `repr()` of bytes, with CPython 3.11's
//! quote choice and escapes.

use super::char_class::is_printable_char;
use alloc::string::String;
use core::fmt::Write;

/// The quote repr uses: `"` only if the text has `'` and no `"`.
fn quote_for(bytes: &[u8]) -> u8 {
    if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    }
}

/// Appends `repr(s)` (or `ascii(s)` when `ascii_only`) to `out`.
pub fn str_repr(out: &mut String, s: &str, ascii_only: bool) {
    let quote = char::from(quote_for(s.as_bytes()));
    out.reserve(s.len() + 2);
    out.push(quote);
    let mut plain_from = 0;
    for (at, c) in s.char_indices() {
        let plain = c != quote
            && c != '\\'
            && if c.is_ascii() {
                (' '..'\x7f').contains(&c)
            } else {
                !ascii_only && is_printable_char(c)
            };
        if plain {
            continue;
        }
        out.push_str(&s[plain_from..at]);
        plain_from = at + c.len_utf8();
        push_escape(out, u32::from(c), quote);
    }
    out.push_str(&s[plain_from..]);
    out.push(quote);
}

/// Appends `repr(b)` (`b'...'`) to `out`.
pub fn bytes_repr(out: &mut String, b: &[u8]) {
    let quote = quote_for(b);
    out.reserve(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &byte in b {
        if byte != quote && byte != b'\\' && (0x20..0x7f).contains(&byte) {
            out.push(char::from(byte));
        } else {
            push_escape(out, u32::from(byte), char::from(quote));
        }
    }
    out.push(char::from(quote));
}

fn push_escape(out: &mut String, cp: u32, quote: char) {
    let _ = match cp {
        0x5c => out.write_str("\\\\"),
        0x09 => out.write_str("\\t"),
        0x0a => out.write_str("\\n"),
        0x0d => out.write_str("\\r"),
        _ if cp == u32::from(quote) => write!(out, "\\{quote}"),
        0..=0xff => write!(out, "\\x{cp:02x}"),
        0x100..=0xffff => write!(out, "\\u{cp:04x}"),
        _ => write!(out, "\\U{cp:08x}"),
    };
}
