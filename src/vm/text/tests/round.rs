//! round(float, ndigits) against CPython.

use super::{check_all, shown, table};
use crate::vm::text::round_float;
use alloc::format;

#[test]
fn round_matches_cpython() {
    let rows = table(include_str!("../../../../tests/text/round_cases.txt")).map(|row| {
        let x = f64::from_bits(u64::from_str_radix(&row[0], 16).unwrap());
        let n: i64 = row[1].parse().unwrap();
        let actual = shown(round_float(x, n).map(|r| format!("{:016x}", r.to_bits())));
        (format!("round({x:e}, {n})"), row[2].clone(), actual)
    });
    check_all("round", rows);
}
