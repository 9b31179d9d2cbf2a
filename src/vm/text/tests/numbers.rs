//! int(text, base) and float(text) for str and bytes against CPython.

use super::{check_all, shown, table};
use crate::vm::text::{
    float_repr, parse_float, parse_float_bytes, parse_int, parse_int_bytes, ParsedInt, Scratch,
    TextResult,
};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

fn latin1(text: &str) -> Vec<u8> {
    text.chars().map(|c| c as u32 as u8).collect()
}

fn show_int(parsed: TextResult<ParsedInt>, digits: &Scratch) -> TextResult<String> {
    Ok(match parsed? {
        ParsedInt::Small(n) => n.to_string(),
        ParsedInt::Big { negative, .. } => {
            let text = digits.as_str().trim_start_matches('0');
            format!(
                "big:{}{}",
                if negative { "-" } else { "" },
                if text.is_empty() { "0" } else { text }
            )
        }
    })
}

fn run(kind: &str, text: &str, base: &str) -> TextResult<String> {
    let mut digits = Scratch::new();
    match kind {
        "int" => show_int(parse_int(text, base.parse().unwrap(), &mut digits), &digits),
        "intb" => show_int(
            parse_int_bytes(&latin1(text), base.parse().unwrap(), &mut digits),
            &digits,
        ),
        "float" => parse_float(text).map(|x| format!("{:016x}", x.to_bits())),
        "repr" => {
            let mut out = String::new();
            float_repr(
                &mut out,
                f64::from_bits(u64::from_str_radix(text, 16).unwrap()),
            );
            Ok(out)
        }
        _ => parse_float_bytes(&latin1(text)).map(|x| format!("{:016x}", x.to_bits())),
    }
}

#[test]
fn number_parsing_matches_cpython() {
    let ours = table(include_str!("../../../../tests/text/number_cases.txt"));
    let cpython_suite = table(include_str!(
        "../../../../tests/text/number_suite_cases.txt"
    ));
    let rows = ours.chain(cpython_suite).map(|row| {
        let actual = shown(run(&row[0], &row[1], &row[2]));
        let case: String = row[1].chars().take(60).collect();
        (
            format!("{}({case:?}, {})", row[0], row[2]),
            row[3].clone(),
            actual,
        )
    });
    check_all("number parsing", rows);
}
