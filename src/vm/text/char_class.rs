//! Unicode character classes exactly as CPython 3.11 (Unicode 14) has them:
//! `str.isspace/isalpha/isdecimal/isdigit/isnumeric/isalnum/isprintable/
//! isidentifier`, from the ranges generated into `unicode_tables`. (Rust's
//! own `char` predicates follow other definitions and a newer Unicode.)

use super::unicode_tables::{
    ALPHA, DECIMAL, DIGIT, ID_CONTINUE_MORE, ID_START_LESS, ID_START_MORE, LEN_BITS, NUMERIC,
    PRINTABLE, SPACES,
};

fn in_ranges(table: &[u32], cp: u32) -> bool {
    range_of(table, cp).is_some()
}

/// The first code point of the range of `table` holding `cp`.
fn range_of(table: &[u32], cp: u32) -> Option<u32> {
    let after = table.partition_point(|&r| r >> LEN_BITS <= cp);
    let r = *table.get(after.checked_sub(1)?)?;
    let lo = r >> LEN_BITS;
    (cp - lo <= r & ((1 << LEN_BITS) - 1)).then_some(lo)
}

/// `c.isspace()`: ASCII \t \n \v \f \r, \x1c-\x1f, space, and Unicode spaces.
pub fn is_space(c: char) -> bool {
    match c {
        '\t'..='\r' | '\x1c'..='\x1f' | ' ' => true,
        _ if c.is_ascii() => false,
        _ => SPACES.binary_search(&u32::from(c)).is_ok(),
    }
}

/// `c.isalpha()` (Unicode letters: categories Lu Ll Lt Lm Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(&ALPHA, c.into())
}

/// The value of a decimal digit (`c.isdecimal()`), any script.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = u32::from(c);
    range_of(&DECIMAL, cp).map(|lo| (cp - lo) % 10)
}

/// `c.isdecimal()`.
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `c.isdigit()`: decimals plus digits like '²'.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(&DIGIT, c.into())
}

/// `c.isnumeric()`: digits plus numerals like '½' and '五'.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(&NUMERIC, c.into())
}

/// `c.isalnum()`.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// Whether `c` is printable in CPython's sense (repr leaves it unescaped).
pub fn is_printable_char(c: char) -> bool {
    let cp = u32::from(c);
    if cp < 0x80 {
        return (0x20..0x7f).contains(&cp);
    }
    in_ranges(&PRINTABLE, cp)
}

/// `str.isprintable()`.
pub fn is_printable(s: &str) -> bool {
    s.chars().all(is_printable_char)
}

/// Whether non-ASCII `cp` may start an identifier (the tables keep the
/// identifier classes as their few differences from the letters).
fn is_id_start_non_ascii(cp: u32) -> bool {
    if in_ranges(&ALPHA, cp) {
        !in_ranges(&ID_START_LESS, cp)
    } else {
        in_ranges(&ID_START_MORE, cp)
    }
}

/// `str.isidentifier()`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let start = |c: char| {
        c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && is_id_start_non_ascii(c.into()))
    };
    let cont = |c: char| {
        c == '_'
            || c.is_ascii_alphanumeric()
            || (!c.is_ascii()
                && (is_id_start_non_ascii(c.into()) || in_ranges(&ID_CONTINUE_MORE, c.into())))
    };
    start(first) && chars.all(cont)
}
