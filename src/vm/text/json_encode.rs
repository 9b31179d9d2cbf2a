//! The text pieces of `json.dumps` as CPython 3.11's encoder writes them:
//! quoted strings (with `ensure_ascii`) and floats (`NaN`, `Infinity`).

use super::error::{TextError, TextResult};
use super::float_render::float_repr;
use alloc::string::String;
use core::fmt::Write;

/// Appends `s` as a JSON string literal. With `ensure_ascii` (json.dumps'
/// default) every non-ASCII character becomes `\uXXXX` (a surrogate pair
/// beyond U+FFFF) and so does DEL.
pub fn json_quote(out: &mut String, s: &str, ensure_ascii: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    let mut plain_from = 0;
    for (at, c) in s.char_indices() {
        let plain = match c {
            '"' | '\\' | '\0'..='\x1f' => false,
            '\x7f'.. => !ensure_ascii,
            _ => true,
        };
        if plain {
            continue;
        }
        out.push_str(&s[plain_from..at]);
        plain_from = at + c.len_utf8();
        let _ = match c {
            '"' => out.write_str("\\\""),
            '\\' => out.write_str("\\\\"),
            '\n' => out.write_str("\\n"),
            '\r' => out.write_str("\\r"),
            '\t' => out.write_str("\\t"),
            '\x08' => out.write_str("\\b"),
            '\x0c' => out.write_str("\\f"),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
                Ok(())
            }
        };
    }
    out.push_str(&s[plain_from..]);
    out.push('"');
}

/// Appends a float as json.dumps does: its repr, or `NaN`/`Infinity`/
/// `-Infinity` (a ValueError when `allow_nan` is false).
pub fn json_float(out: &mut String, x: f64, allow_nan: bool) -> TextResult<()> {
    if x.is_finite() {
        float_repr(out, x);
        return Ok(());
    }
    if !allow_nan {
        return Err(TextError::value(
            "Out of range float values are not JSON compliant",
        ));
    }
    out.push_str(if x.is_nan() {
        "NaN"
    } else if x > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    });
    Ok(())
}
