//! The item formats of a memoryview (`memoryview.cast`): the struct
//! module's native single-character codes, little-endian as on the x86.
//! 'l', 'L', 'n', 'N' and 'P' are as wide as a pointer (4 bytes on DOS,
//! 8 on a 64-bit host), like the struct module's native sizes; 'u' (only
//! arrays have it) is a 4-byte code point.

use core::mem::size_of;

/// One item format, remembering whether it was written with '@'.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Format {
    pub code: u8,
    pub at_sign: bool,
}

/// An unpacked item: what `m[i]` and `tolist()` give.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Scalar {
    Int(i128),
    Float(f64),
    Bool(bool),
    /// A 'c' item: a bytes object of length 1.
    Char(u8),
}

impl Format {
    /// Unsigned bytes, the format of every view before a cast.
    pub const BYTES: Format = Format {
        code: b'B',
        at_sign: false,
    };

    /// "B", "@H"...: a native single-character format.
    pub fn parse(text: &str) -> Option<Format> {
        let (at_sign, code) = match text.as_bytes() {
            [b'@', c] => (true, *c),
            [c] => (false, *c),
            _ => return None,
        };
        let f = Format { code, at_sign };
        b"BbcHhIiLlQqNnPfd?".contains(&code).then_some(f)
    }

    /// The format as `memoryview.format` shows it.
    pub fn text(self) -> alloc::string::String {
        let mut s = alloc::string::String::new();
        if self.at_sign {
            s.push('@');
        }
        s.push(self.code as char);
        s
    }

    pub fn size(self) -> usize {
        match self.code {
            b'H' | b'h' => 2,
            b'I' | b'i' | b'f' | b'u' => 4,
            b'Q' | b'q' | b'd' => 8,
            b'L' | b'l' | b'N' | b'n' | b'P' => size_of::<usize>(),
            _ => 1,
        }
    }

    /// 'B', 'b' and 'c': the formats a cast may go between freely, and the
    /// only ones a view may be hashed with.
    pub fn is_byte(self) -> bool {
        matches!(self.code, b'B' | b'b' | b'c')
    }

    pub fn signed(self) -> bool {
        matches!(self.code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n')
    }

    /// The item stored in `bytes` (`size()` of them).
    pub fn unpack(self, bytes: &[u8]) -> Scalar {
        let mut raw = [0u8; 16];
        raw[..bytes.len()].copy_from_slice(bytes);
        match self.code {
            b'c' => Scalar::Char(bytes[0]),
            b'?' => Scalar::Bool(bytes[0] != 0),
            b'f' => Scalar::Float(f32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64),
            b'd' => Scalar::Float(f64::from_le_bytes(raw[..8].try_into().unwrap_or([0; 8]))),
            _ => {
                let bits = 8 * bytes.len() as u32;
                let n = u128::from_le_bytes(raw);
                let sign_bit = 1u128 << (bits - 1);
                if self.signed() && n & sign_bit != 0 {
                    Scalar::Int(n as i128 - (sign_bit << 1) as i128)
                } else {
                    Scalar::Int(n as i128)
                }
            }
        }
    }

    /// The bytes of `item`, or None when it is out of the format's range.
    /// The caller has turned the Python value into the scalar this format
    /// takes (Int for integer codes, Float for 'f'/'d', Bool, Char).
    pub fn pack(self, item: Scalar) -> Option<alloc::vec::Vec<u8>> {
        let size = self.size();
        match (self.code, item) {
            (b'c', Scalar::Char(c)) => Some(alloc::vec![c]),
            (b'?', Scalar::Bool(b)) => Some(alloc::vec![b as u8]),
            (b'f', Scalar::Float(x)) => Some((x as f32).to_le_bytes().to_vec()),
            (b'd', Scalar::Float(x)) => Some(x.to_le_bytes().to_vec()),
            (_, Scalar::Int(n)) => {
                let bits = 8 * size as u32;
                let (lo, hi) = if self.signed() {
                    (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
                } else {
                    (0, ((1u128 << bits) - 1) as i128)
                };
                (lo..=hi)
                    .contains(&n)
                    .then(|| n.to_le_bytes()[..size].to_vec())
            }
            _ => None,
        }
    }
}

impl Scalar {
    /// Python's `==` between two items (numbers by value; a 'c' item only
    /// equals another).
    pub fn same_value(self, other: Scalar) -> bool {
        let number = |s: Scalar| match s {
            Scalar::Int(n) => Some(n as f64),
            Scalar::Bool(b) => Some(b as u8 as f64),
            Scalar::Float(x) => Some(x),
            Scalar::Char(_) => None,
        };
        match (self, other) {
            (Scalar::Char(a), Scalar::Char(b)) => a == b,
            (Scalar::Int(a), Scalar::Int(b)) => a == b,
            _ => number(self).zip(number(other)).is_some_and(|(a, b)| a == b),
        }
    }
}
