//! The caret line CPython 3.11 prints under a traceback entry's source
//! line (`    ~~^~~`), computed from the failing instruction's
//! [`Location`] the way CPython's `traceback.c` does: `^` under the whole
//! position; for a binary operation `~` under the operands and `^` under
//! the operator; for a subscript `~` under the value and `^` under
//! `[index]`; nothing when the carets would underline the whole line.
use alloc::string::String;
use alloc::vec::Vec;

use super::Location;
use crate::vm::syntax::ast::{ExprKind, Mod, StmtKind};
use crate::vm::syntax::{parse, Mode};

/// The caret line for `line` (the entry's source line, as in the file, without
/// its line ending) when the instruction at `loc` failed; None when CPython
/// prints none.
pub fn caret_line(line: &str, loc: Location) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let leading = chars.iter().take_while(|c| is_indent(**c)).count();
    let trailing = chars.iter().rev().take_while(|c| c.is_whitespace()).count();
    let stripped_len = chars.len().saturating_sub(leading + trailing);
    let start = char_column(line, loc.col);
    let (end, anchors) = if loc.end_line == loc.line {
        let end = char_column(line, loc.end_col);
        let segment: String = chars.get(start..end.max(start))?.iter().collect();
        (end, anchors(&segment))
    } else {
        // A multi-line position is underlined to the end of its first line.
        (chars.len() - trailing, None)
    };
    if end <= start || start < leading || (end - start == stripped_len && anchors.is_none()) {
        return None;
    }
    let mut out = String::from("    ");
    out.extend(core::iter::repeat_n(' ', start - leading));
    for i in 0..end - start {
        out.push(match anchors {
            Some(a) if a.left <= i && i < a.right => a.secondary,
            Some(a) => a.primary,
            None => '^',
        });
    }
    Some(out)
}

/// Indentation characters CPython strips before printing a source line.
fn is_indent(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// A UTF-8 byte column of `text` as a character column (clamped to the end).
fn char_column(text: &str, byte_col: u32) -> usize {
    let byte_col = (byte_col as usize).min(text.len());
    match text.get(..byte_col) {
        Some(prefix) => prefix.chars().count(),
        None => text
            .char_indices()
            .take_while(|(i, _)| *i < byte_col)
            .count(),
    }
}

/// The secondary range of a position: characters `left..right` of the
/// segment get `secondary`, the others `primary`.
#[derive(Clone, Copy)]
struct Anchors {
    left: usize,
    right: usize,
    primary: char,
    secondary: char,
}

/// Parses the source segment of the position and finds the operator of a
/// binary operation or the `[index]` of a subscript (CPython's
/// `extract_anchors_from_line`).
fn anchors(segment: &str) -> Option<Anchors> {
    let Ok(Mod::Module { body }) = parse(segment, Mode::Exec) else {
        return None;
    };
    let [stmt] = &body[..] else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.node else {
        return None;
    };
    let bytes = segment.as_bytes();
    let (left, right, primary) = match &value.node {
        ExprKind::BinOp { left, right, .. } => {
            let (from, to) = (
                left.loc.end_col_offset as usize,
                right.loc.col_offset as usize,
            );
            let mut found = (from, from, '^');
            for i in from..to.min(bytes.len()) {
                if bytes[i].is_ascii_whitespace() {
                    continue;
                }
                let two_chars = i + 1 < to && !bytes[i + 1].is_ascii_whitespace();
                found = (i, i + 1 + two_chars as usize, '^');
                // A ')' closes the left operand: the operator comes later.
                if i + 1 < to && bytes[i] == b')' {
                    continue;
                }
                found.2 = '~';
                break;
            }
            found
        }
        ExprKind::Subscript { value, slice, .. } => (
            value.loc.end_col_offset as usize,
            slice.loc.end_col_offset as usize + 1,
            '~',
        ),
        _ => return None,
    };
    Some(Anchors {
        left: char_column(segment, left as u32),
        right: char_column(segment, right as u32),
        primary,
        secondary: '^',
    })
}
