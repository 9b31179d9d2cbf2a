//! Unicode character classes against CPython's str predicates.

use super::{check_all, table};
use crate::vm::text::{
    decimal_value, is_alnum, is_alpha, is_decimal, is_digit, is_identifier, is_numeric,
    is_printable, is_space,
};
use alloc::format;
use alloc::string::{String, ToString};

#[test]
fn char_classes_match_cpython() {
    let rows = table(include_str!("../../../../tests/text/char_class_cases.txt")).map(|row| {
        let c = char::from_u32(u32::from_str_radix(&row[0], 16).unwrap()).unwrap();
        let (mut one, mut after_a) = ([0; 4], String::from("a"));
        after_a.push(c);
        let predicates = [
            is_space(c),
            is_alpha(c),
            is_decimal(c),
            is_digit(c),
            is_numeric(c),
            is_alnum(c),
            is_printable(c.encode_utf8(&mut one)),
            is_identifier(c.encode_utf8(&mut one)),
            is_identifier(&after_a),
        ];
        let flags: String = predicates
            .iter()
            .map(|&p| if p { '1' } else { '0' })
            .collect();
        let value = decimal_value(c).map_or("-".to_string(), |v| v.to_string());
        (
            format!("U+{}", row[0]),
            format!("{} {}", row[1], row[2]),
            format!("{flags} {value}"),
        )
    });
    check_all("char classes", rows);
}
