//! repr/ascii/isprintable/isidentifier of str and repr of bytes against CPython.

use super::{check_all, table};
use crate::vm::text::{bytes_repr, is_identifier, is_printable, str_repr};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

#[test]
fn repr_matches_cpython() {
    let ours = table(include_str!("../../../../tests/text/repr_cases.txt"));
    let cpython_suite = table(include_str!("../../../../tests/text/repr_suite_cases.txt"));
    let rows = ours.chain(cpython_suite).map(|row| {
        let (expected, actual) = if row[0] == "str" {
            let s = &row[1];
            let (mut repr, mut ascii) = (String::new(), String::new());
            str_repr(&mut repr, s, false);
            str_repr(&mut ascii, s, true);
            let shown = |r: &str, a: &str, p: bool, i: bool| {
                format!("{r} | {a} | {} | {}", py_bool(p), py_bool(i))
            };
            (
                format!("{} | {} | {} | {}", row[2], row[3], row[4], row[5]),
                shown(&repr, &ascii, is_printable(s), is_identifier(s)),
            )
        } else {
            let bytes: Vec<u8> = (0..row[1].len() / 2)
                .map(|i| u8::from_str_radix(&row[1][2 * i..2 * i + 2], 16).unwrap())
                .collect();
            let mut repr = String::new();
            bytes_repr(&mut repr, &bytes);
            (row[2].clone(), repr)
        };
        (format!("{} {:?}", row[0], row[1]), expected, actual)
    });
    check_all("repr", rows);
}
