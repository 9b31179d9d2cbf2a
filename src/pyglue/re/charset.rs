//! Character classes of `re`: `\d \w \s` and their negations (Unicode or
//! ASCII), and bracketed sets with ranges, negation and case folding.

use alloc::vec;
use alloc::vec::Vec;

use super::parse::fold;

#[derive(Clone, Copy, PartialEq)]
pub enum Class {
    Digit,
    NotDigit,
    Word,
    NotWord,
    Space,
    NotSpace,
}

#[derive(Clone)]
pub enum SetItem {
    Range(u32, u32),
    /// A class, ASCII-only when the flag is set.
    Class(Class, bool),
}

#[derive(Clone)]
pub struct CharSet {
    pub neg: bool,
    pub items: Vec<SetItem>,
    pub icase: bool,
    pub ascii: bool,
}

pub fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    char::from_u32(c).is_some_and(is_decimal)
}

/// Unicode decimal digits beyond ASCII (category Nd): the common blocks
/// (core has no Nd table).
fn is_decimal(ch: char) -> bool {
    let c = ch as u32;
    const STARTS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
        0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10,
    ];
    STARTS.iter().any(|&s| (s..s + 10).contains(&c))
}

pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return c < 128 && ((c as u8).is_ascii_alphanumeric() || c == b'_' as u32);
    }
    char::from_u32(c).is_some_and(|ch| ch.is_alphanumeric() || ch == '_')
}

pub fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return matches!(c, 9..=13 | 32) || (!ascii && (0x1C..=0x1F).contains(&c));
    }
    char::from_u32(c).is_some_and(|ch| ch.is_whitespace())
}

impl Class {
    pub fn has(self, c: u32, ascii: bool) -> bool {
        match self {
            Class::Digit => is_digit(c, ascii),
            Class::NotDigit => !is_digit(c, ascii),
            Class::Word => is_word(c, ascii),
            Class::NotWord => !is_word(c, ascii),
            Class::Space => is_space(c, ascii),
            Class::NotSpace => !is_space(c, ascii),
        }
    }
}

impl CharSet {
    pub fn one(item: SetItem) -> CharSet {
        CharSet {
            neg: false,
            items: vec![item],
            icase: false,
            ascii: false,
        }
    }

    fn has_raw(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            SetItem::Range(lo, hi) => lo <= c && c <= hi,
            SetItem::Class(k, ascii) => k.has(c, ascii),
        })
    }

    pub fn has(&self, c: u32) -> bool {
        let mut hit = self.has_raw(c);
        if !hit && self.icase {
            let lower = fold(c, self.ascii);
            hit = lower != c && self.has_raw(lower);
            if !hit {
                hit = upper(c, self.ascii).is_some_and(|u| u != c && self.has_raw(u));
            }
        }
        hit != self.neg
    }
}

/// The simple upper case of `c`, if it is one character.
fn upper(c: u32, ascii: bool) -> Option<u32> {
    if c < 128 || ascii {
        return Some(if (b'a' as u32..=b'z' as u32).contains(&c) {
            c - 32
        } else {
            c
        });
    }
    let mut u = char::from_u32(c)?.to_uppercase();
    match (u.next(), u.next()) {
        (Some(x), None) => Some(x as u32),
        _ => None,
    }
}
