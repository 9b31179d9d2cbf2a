//! `format(value, spec)` for str, int and float against CPython.

use super::{check_all, shown, table};
use crate::vm::text::{format_float, format_int, format_str, FormatSpec, TextResult};
use alloc::format;
use alloc::string::String;

fn format_value(kind: &str, value: &str, spec: &str) -> TextResult<String> {
    let type_name = kind;
    let parsed = FormatSpec::parse(spec, type_name)?;
    let mut out = String::new();
    match kind {
        "int" => format_int(&mut out, &value.parse::<i64>().unwrap(), &parsed, type_name)?,
        "float" => format_float(&mut out, value.parse::<f64>().unwrap(), &parsed, type_name)?,
        _ => format_str(&mut out, value, &parsed, type_name)?,
    }
    Ok(out)
}

#[test]
fn format_matches_cpython() {
    let rows = table(include_str!("../testdata/format_cases.txt")).map(|row| {
        let actual = shown(format_value(&row[0], &row[1], &row[2]));
        (
            format!("format({} {:?}, {:?})", row[0], row[1], row[2]),
            row[3].clone(),
            actual,
        )
    });
    check_all("format", rows);
}
