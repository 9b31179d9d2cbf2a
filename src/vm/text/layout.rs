//! Padding and digit grouping: CPython's calc_number_widths/fill_number
//! (numbers) and the plain padding used for strings.

use super::error::{TextError, TextResult};
use super::spec::Align;
use alloc::string::String;

/// A number split the way CPython lays it out:
/// `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
pub struct NumberParts<'a> {
    pub sign: Option<char>,
    pub prefix: &'a str,
    /// The integer digits (ASCII); may be empty (inf, nan, `c`).
    pub digits: &'a str,
    /// Everything after the integer digits, decimal point included.
    pub remainder: &'a str,
    /// Uppercase the prefix and digits (`X`).
    pub upper: bool,
}

/// Grouping: separator and digits per group (0 = no grouping).
#[derive(Clone, Copy)]
pub struct Grouping {
    pub separator: char,
    pub size: usize,
}

/// Writes `parts` padded to `width` with `fill`/`align` into `out`.
pub fn write_number(
    out: &mut String,
    parts: &NumberParts,
    fill: char,
    align: Align,
    width: usize,
    grouping: Grouping,
) -> TextResult<()> {
    let sign_len = usize::from(parts.sign.is_some());
    let fixed = sign_len + parts.prefix.len() + parts.remainder.chars().count();
    // Zero padding inside the digits (fill '0' with '=') goes through grouping.
    let min_width = if fill == '0' && align == Align::AfterSign {
        width.saturating_sub(fixed)
    } else {
        0
    };
    let plan = GroupPlan::new(parts.digits.len(), min_width, grouping);
    let padding = width.saturating_sub(fixed + plan.total);
    reserve(out, width.max(fixed + plan.total) + 4)?;
    let (left, inner, right) = match align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    push_fill(out, fill, left);
    if let Some(sign) = parts.sign {
        out.push(sign);
    }
    push_maybe_upper(out, parts.prefix, parts.upper);
    push_fill(out, fill, inner);
    plan.write(out, parts.digits, grouping, parts.upper);
    out.push_str(parts.remainder);
    push_fill(out, fill, right);
    Ok(())
}

/// Writes `text` (`len` characters long) padded to `width`.
pub fn write_padded(
    out: &mut String,
    text: &str,
    len: usize,
    fill: char,
    align: Align,
    width: usize,
) -> TextResult<()> {
    let padding = width.saturating_sub(len);
    reserve(out, text.len() + padding * fill.len_utf8())?;
    let left = match align {
        Align::Left => 0,
        Align::Center => padding / 2,
        Align::Right | Align::AfterSign => padding,
    };
    push_fill(out, fill, left);
    out.push_str(text);
    push_fill(out, fill, padding - left);
    Ok(())
}

/// Makes room for `additional` bytes (user-given widths can be huge).
fn reserve(out: &mut String, additional: usize) -> TextResult<()> {
    out.try_reserve(additional)
        .map_err(|_| TextError::no_memory())
}

fn push_fill(out: &mut String, fill: char, count: usize) {
    if fill.is_ascii() {
        out.extend(core::iter::repeat_n(fill, count));
    } else {
        for _ in 0..count {
            out.push(fill);
        }
    }
}

fn push_maybe_upper(out: &mut String, text: &str, upper: bool) {
    if upper {
        out.extend(text.chars().map(|c| c.to_ascii_uppercase()));
    } else {
        out.push_str(text);
    }
}

/// How `digits` digits become grouped output of at least `min_width`
/// characters: leading zeros to add and the final length
/// (_PyUnicode_InsertThousandsGrouping's counting pass).
struct GroupPlan {
    zeros: usize,
    total: usize,
}

impl GroupPlan {
    fn new(digits: usize, min_width: usize, grouping: Grouping) -> GroupPlan {
        if digits == 0 {
            return GroupPlan { zeros: 0, total: 0 };
        }
        if grouping.size == 0 {
            let len = digits.max(min_width);
            return GroupPlan {
                zeros: len - digits,
                total: len,
            };
        }
        // Every group is full except the leftmost; a group starts while
        // digits remain or the minimum width is not reached yet.
        let mut remaining = digits as isize;
        let mut min = min_width as isize;
        let size = grouping.size as isize;
        let mut total = 0isize;
        let mut zeros = 0isize;
        let mut first = true;
        loop {
            let len = size.min(remaining.max(min).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            total += n_zeros + n_chars + if first { 0 } else { 1 };
            zeros += n_zeros;
            first = false;
            remaining -= n_chars;
            min -= len;
            if remaining <= 0 && min <= 0 {
                break;
            }
            min -= 1;
        }
        GroupPlan {
            zeros: zeros as usize,
            total: total as usize,
        }
    }

    fn write(&self, out: &mut String, digits: &str, grouping: Grouping, upper: bool) {
        if grouping.size == 0 {
            push_fill(out, '0', self.zeros);
            push_maybe_upper(out, digits, upper);
            return;
        }
        // Emit left to right: position counted from the right decides
        // where separators go.
        let count = self.zeros + digits.len();
        let digit_bytes = digits.as_bytes();
        for i in 0..count {
            let from_right = count - i;
            let c = if i < self.zeros {
                b'0'
            } else {
                digit_bytes[i - self.zeros]
            };
            out.push(if upper {
                c.to_ascii_uppercase() as char
            } else {
                c as char
            });
            if from_right > 1 && (from_right - 1).is_multiple_of(grouping.size) {
                out.push(grouping.separator);
            }
        }
    }
}
