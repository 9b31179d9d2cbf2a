//! `repr(float)` against CPython for edge cases and thousands of random floats.

use super::{check_all, table};
use crate::vm::text::float_repr;
use alloc::string::String;

#[test]
fn repr_matches_cpython() {
    let rows = table(include_str!("../../../../tests/text/float_repr_cases.txt")).map(|row| {
        let value = f64::from_bits(u64::from_str_radix(&row[0], 16).unwrap());
        let mut out = String::new();
        float_repr(&mut out, value);
        (row[0].clone(), row[1].clone(), out)
    });
    check_all("float repr", rows);
}
