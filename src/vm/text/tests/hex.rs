//! bytes.hex and bytes.fromhex against CPython.

use super::{check_all, shown, table};
use crate::vm::text::{bytes_fromhex, bytes_hex, TextResult};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len() / 2)
        .map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn run(row: &[String]) -> TextResult<String> {
    let mut out = String::new();
    if row[0] == "hex" {
        let sep = row[2].chars().next().map(u32::from);
        bytes_hex(&mut out, &unhex(&row[1]), sep, row[3].parse().unwrap())?;
    } else {
        let mut bytes = Vec::new();
        bytes_fromhex(&row[1], &mut bytes)?;
        bytes_hex(&mut out, &bytes, None, 1)?;
    }
    Ok(out)
}

#[test]
fn hex_matches_cpython() {
    let rows = table(include_str!("../../../../tests/text/hex_cases.txt")).map(|row| {
        let actual = shown(run(&row));
        (
            format!("{} {:?} {:?} {}", row[0], row[1], row[2], row[3]),
            row[4].clone(),
            actual,
        )
    });
    check_all("hex", rows);
}
