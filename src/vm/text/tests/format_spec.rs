//! `format(value, spec)` for str, int and float against CPython.

use super::{check_all, shown, table};
use crate::vm::text::{
    format_float, format_int, format_str, FormatSpec, IntValue, Scratch, TextResult,
};
use alloc::format;
use alloc::string::String;

/// An int too big for i64, given by its sign and digits in bases 2, 8, 10
/// and 16 (as the VM's big int would produce them).
struct BigInt<'a> {
    negative: bool,
    digits: [&'a str; 4],
}

impl BigInt<'_> {
    fn parse(text: &str) -> BigInt<'_> {
        let mut parts = text.split('|');
        let negative = parts.next() == Some("-");
        let mut digits = [""; 4];
        for slot in &mut digits {
            *slot = parts.next().unwrap();
        }
        BigInt { negative, digits }
    }
}

impl IntValue for BigInt<'_> {
    fn is_negative(&self) -> bool {
        self.negative
    }
    fn write_magnitude(&self, base: u32, out: &mut Scratch) {
        let index = match base {
            2 => 0,
            8 => 1,
            10 => 2,
            _ => 3,
        };
        out.push_bytes(self.digits[index].as_bytes());
    }
    fn to_i64(&self) -> Option<i64> {
        None
    }
    fn to_f64(&self) -> TextResult<f64> {
        let magnitude: f64 = self.digits[2].parse().unwrap();
        Ok(if self.negative { -magnitude } else { magnitude })
    }
}

fn format_value(kind: &str, value: &str, spec: &str) -> TextResult<String> {
    let type_name = if kind == "bigint" { "int" } else { kind };
    let parsed = FormatSpec::parse(spec, type_name)?;
    let mut out = String::new();
    match kind {
        "bigint" => format_int(&mut out, &BigInt::parse(value), &parsed, type_name)?,
        "int" => format_int(&mut out, &value.parse::<i64>().unwrap(), &parsed, type_name)?,
        "float" => format_float(&mut out, value.parse::<f64>().unwrap(), &parsed, type_name)?,
        _ => format_str(&mut out, value, &parsed, type_name)?,
    }
    Ok(out)
}

#[test]
fn format_matches_cpython() {
    let ours = table(include_str!("../../../../tests/text/format_cases.txt"));
    let cpython_suite = table(include_str!(
        "../../../../tests/text/format_suite_cases.txt"
    ));
    let rows = ours.chain(cpython_suite).map(|row| {
        let actual = shown(format_value(&row[0], &row[1], &row[2]));
        (
            format!("format({} {:?}, {:?})", row[0], row[1], row[2]),
            row[3].clone(),
            actual,
        )
    });
    check_all("format", rows);
}
