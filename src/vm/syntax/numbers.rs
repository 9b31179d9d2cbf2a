//! Number literals: scanning with CPython 3.11's tokenizer rules and error
//! messages, and turning the text into a [`Constant`].

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::ast::Constant;

/// A malformed literal. `offset` is the absolute byte index whose distance
/// from the line start is the 1-based column CPython reports.
pub struct NumberError {
    pub msg: String,
    pub offset: usize,
    pub end_offset: Option<usize>,
}

type ScanResult<T> = Result<T, NumberError>;

fn invalid(kind: &str, offset: usize) -> NumberError {
    NumberError {
        msg: format!("invalid {kind} literal"),
        offset,
        end_offset: None,
    }
}

/// Scans the number starting at `start`; returns its value and end index.
pub fn scan_number(bytes: &[u8], start: usize) -> ScanResult<(Constant, usize)> {
    let scanner = Scanner { bytes };
    let end = scanner.scan(start)?;
    let text: String = bytes[start..end]
        .iter()
        .filter(|&&b| b != b'_')
        .map(|&b| b as char)
        .collect();
    Ok((literal_value(&text), end))
}

struct Scanner<'a> {
    bytes: &'a [u8],
}

impl Scanner<'_> {
    fn at(&self, pos: usize) -> u8 {
        self.bytes.get(pos).copied().unwrap_or(0)
    }

    fn scan(&self, start: usize) -> ScanResult<usize> {
        let first = self.at(start);
        if first == b'.' {
            return self.fraction(start + 1);
        }
        if first == b'0' {
            let radix = match self.at(start + 1).to_ascii_lowercase() {
                b'x' => Some((16, "hexadecimal")),
                b'o' => Some((8, "octal")),
                b'b' => Some((2, "binary")),
                _ => None,
            };
            if let Some((radix, kind)) = radix {
                return self.radix_digits(start + 2, radix, kind);
            }
            return self.zero_prefixed(start);
        }
        let pos = self.decimal_tail(start)?;
        self.after_integer_part(pos)
    }

    /// Digits after 0x/0o/0b, with single underscores between them.
    fn radix_digits(&self, mut pos: usize, radix: u32, kind: &str) -> ScanResult<usize> {
        let bad_digit = |c: u8, pos: usize| NumberError {
            msg: format!("invalid digit '{}' in {kind} literal", c as char),
            offset: pos + 1,
            end_offset: None,
        };
        loop {
            if self.at(pos) == b'_' {
                pos += 1;
            }
            let c = self.at(pos);
            if !(c as char).is_digit(radix) {
                if c.is_ascii_digit() {
                    return Err(bad_digit(c, pos));
                }
                return Err(invalid(kind, pos));
            }
            while (self.at(pos) as char).is_digit(radix) {
                pos += 1;
            }
            if self.at(pos) != b'_' {
                break;
            }
        }
        if radix < 10 && self.at(pos).is_ascii_digit() {
            return Err(bad_digit(self.at(pos), pos));
        }
        self.verify_end(pos, kind)?;
        Ok(pos)
    }

    /// A decimal literal starting with 0: zeros, then maybe a float part.
    fn zero_prefixed(&self, start: usize) -> ScanResult<usize> {
        let mut pos = start;
        loop {
            if self.at(pos) == b'_' {
                pos += 1;
                if !self.at(pos).is_ascii_digit() {
                    return Err(invalid("decimal", pos));
                }
            }
            if self.at(pos) != b'0' {
                break;
            }
            pos += 1;
        }
        let zeros_end = pos;
        let nonzero = self.at(pos).is_ascii_digit();
        if nonzero {
            pos = self.decimal_tail(pos)?;
        }
        match self.at(pos) {
            b'.' | b'e' | b'E' | b'j' | b'J' => self.after_integer_part(pos),
            _ if nonzero => Err(NumberError {
                msg: "leading zeros in decimal integer literals are not permitted; \
                      use an 0o prefix for octal integers"
                    .into(),
                offset: start + 1,
                end_offset: Some(zeros_end + 1),
            }),
            _ => {
                self.verify_end(pos, "decimal")?;
                Ok(pos)
            }
        }
    }

    /// Digits with single underscores between them; `pos` is at a digit.
    fn decimal_tail(&self, mut pos: usize) -> ScanResult<usize> {
        loop {
            while self.at(pos).is_ascii_digit() {
                pos += 1;
            }
            if self.at(pos) != b'_' {
                return Ok(pos);
            }
            pos += 1;
            if !self.at(pos).is_ascii_digit() {
                return Err(invalid("decimal", pos));
            }
        }
    }

    /// After the integer digits: an optional fraction, exponent, `j`.
    fn after_integer_part(&self, pos: usize) -> ScanResult<usize> {
        if self.at(pos) == b'.' {
            return self.fraction(pos + 1);
        }
        self.exponent(pos)
    }

    fn fraction(&self, mut pos: usize) -> ScanResult<usize> {
        if self.at(pos).is_ascii_digit() {
            pos = self.decimal_tail(pos)?;
        }
        self.exponent(pos)
    }

    fn exponent(&self, mut pos: usize) -> ScanResult<usize> {
        if matches!(self.at(pos), b'e' | b'E') {
            let e_pos = pos;
            pos += 1;
            if matches!(self.at(pos), b'+' | b'-') {
                pos += 1;
                if !self.at(pos).is_ascii_digit() {
                    return Err(invalid("decimal", pos));
                }
            } else if !self.at(pos).is_ascii_digit() {
                // `1else`: the number ends before the `e`.
                self.verify_end(e_pos, "decimal")?;
                return Ok(e_pos);
            }
            pos = self.decimal_tail(pos)?;
        }
        if matches!(self.at(pos), b'j' | b'J') {
            self.verify_end(pos + 1, "imaginary")?;
            return Ok(pos + 1);
        }
        self.verify_end(pos, "decimal")?;
        Ok(pos)
    }

    /// A number may not run into a name, except a keyword that can follow
    /// a number in valid code (`1if x else y`), as CPython 3.11 allows.
    fn verify_end(&self, pos: usize, kind: &str) -> ScanResult<()> {
        let rest = &self.bytes[pos.min(self.bytes.len())..];
        let keyword_follows = ["and", "else", "for", "if", "in", "is", "or", "not"]
            .iter()
            .any(|kw| rest.starts_with(kw.as_bytes()));
        let c = self.at(pos);
        if !keyword_follows && (c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80) {
            return Err(invalid(kind, pos));
        }
        Ok(())
    }
}

/// The value of a scanned literal (underscores already removed).
fn literal_value(text: &str) -> Constant {
    let lower = text.as_bytes().get(1).map(u8::to_ascii_lowercase);
    let radix = match (text.as_bytes().first(), lower) {
        (Some(b'0'), Some(b'x')) => 16,
        (Some(b'0'), Some(b'o')) => 8,
        (Some(b'0'), Some(b'b')) => 2,
        _ => 10,
    };
    if radix != 10 {
        return int_value(&text[2..], radix);
    }
    if let Some(imag) = text.strip_suffix(['j', 'J']) {
        return Constant::Complex(imag.parse().unwrap_or(0.0));
    }
    if text.contains(['.', 'e', 'E']) {
        return Constant::Float(text.parse().unwrap_or(0.0));
    }
    int_value(text, 10)
}

/// An integer from validated digits: i64 when it fits, else its decimal text.
fn int_value(digits: &str, radix: u32) -> Constant {
    match i64::from_str_radix(digits, radix) {
        Ok(value) => Constant::Int(value),
        Err(_) => Constant::BigInt(to_decimal(digits, radix)),
    }
}

/// Converts digits in `radix` to decimal text using base-10^9 limbs
/// (big literals are rare; the runtime's bignum type parses the result).
fn to_decimal(digits: &str, radix: u32) -> String {
    const LIMB: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = Vec::new(); // little-endian
    for d in digits.chars().filter_map(|c| c.to_digit(radix)) {
        let mut carry = d as u64;
        for limb in limbs.iter_mut() {
            let v = *limb * radix as u64 + carry;
            *limb = v % LIMB;
            carry = v / LIMB;
        }
        while carry > 0 {
            limbs.push(carry % LIMB);
            carry /= LIMB;
        }
    }
    let mut out = match limbs.last() {
        Some(top) => format!("{top}"),
        None => return "0".into(),
    };
    for limb in limbs.iter().rev().skip(1) {
        out.push_str(&format!("{limb:09}"));
    }
    out
}
