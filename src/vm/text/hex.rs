//! `bytes.hex(sep, bytes_per_sep)` and `bytes.fromhex(text)` as CPython 3.11
//! (Python/pystrhex.c, _PyBytes_FromHex), with their messages.

use super::error::{TextError, TextResult};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// Appends `data.hex(sep, bytes_per_sep)`. `sep` is the separator's one
/// character or byte (the VM raises "sep must be length 1." / "sep must be
/// str or bytes." itself); separators go every `|bytes_per_sep|` bytes,
/// counted from the right when positive and from the left when negative.
pub fn bytes_hex(
    out: &mut String,
    data: &[u8],
    sep: Option<u32>,
    bytes_per_sep: i64,
) -> TextResult<()> {
    let sep = match sep {
        Some(code) if code > 127 => return Err(TextError::value("sep must be ASCII.")),
        Some(code) if bytes_per_sep != 0 => Some(char::from(code as u8)),
        _ => None,
    };
    let group = bytes_per_sep.unsigned_abs() as usize;
    out.try_reserve(data.len() * 3)
        .map_err(|_| TextError::no_memory())?;
    for (i, &byte) in data.iter().enumerate() {
        if let Some(sep) = sep {
            // Bytes before this one, counted from the side the groups start at.
            let done = if bytes_per_sep < 0 { i } else { data.len() - i };
            if i > 0 && done % group == 0 {
                out.push(sep);
            }
        }
        out.push(char::from(HEX_DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(HEX_DIGITS[usize::from(byte & 15)]));
    }
    Ok(())
}

/// Appends the bytes of `bytes.fromhex(text)`: pairs of hex digits, ASCII
/// whitespace allowed between pairs.
pub fn bytes_fromhex(text: &str, out: &mut Vec<u8>) -> TextResult<()> {
    let bad = |position: usize| {
        TextError::value(format!(
            "non-hexadecimal number found in fromhex() arg at position {position}"
        ))
    };
    if let Some(position) = text.chars().position(|c| !c.is_ascii()) {
        return Err(bad(position));
    }
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if matches!(bytes[at], b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            at += 1;
            continue;
        }
        let digit = |i: usize| bytes.get(i).and_then(|&b| char::from(b).to_digit(16));
        let high = digit(at).ok_or_else(|| bad(at))?;
        let low = digit(at + 1).ok_or_else(|| bad(at + 1))?;
        out.push((high * 16 + low) as u8);
        at += 2;
    }
    Ok(())
}
