//! json.loads / json.dumps (strings and floats) against CPython.

use super::{check_all, table};
use crate::vm::text::{
    json_decode, json_float, json_quote, parse_float, parse_int, JsonBuilder, JsonError, ParsedInt,
    Scratch, TextError,
};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

/// A decoded JSON value, written back in json.dumps' default format.
enum J {
    Null,
    Bool(bool),
    Int(String),
    Float(f64),
    Str(String),
    Array(Vec<J>),
    Object(Vec<(J, J)>),
}

impl J {
    fn dump(&self, out: &mut String) {
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Int(digits) => out.push_str(digits),
            J::Float(x) => json_float(out, *x, true).unwrap(),
            J::Str(s) => json_quote(out, s, true),
            J::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.dump(out);
                }
                out.push(']');
            }
            J::Object(pairs) => {
                out.push('{');
                for (i, (k, v)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    k.dump(out);
                    out.push_str(": ");
                    v.dump(out);
                }
                out.push('}');
            }
        }
    }
}

enum Failure {
    Json(JsonError),
    Text(TextError),
}

impl From<JsonError> for Failure {
    fn from(e: JsonError) -> Self {
        Failure::Json(e)
    }
}

impl From<TextError> for Failure {
    fn from(e: TextError) -> Self {
        Failure::Text(e)
    }
}

struct Builder;

impl JsonBuilder for Builder {
    type Value = J;
    type Error = Failure;
    fn null(&mut self) -> Result<J, Failure> {
        Ok(J::Null)
    }
    fn boolean(&mut self, value: bool) -> Result<J, Failure> {
        Ok(J::Bool(value))
    }
    fn int(&mut self, text: &str) -> Result<J, Failure> {
        let mut digits = Scratch::new();
        Ok(J::Int(match parse_int(text, 10, &mut digits)? {
            ParsedInt::Small(n) => n.to_string(),
            ParsedInt::Big { negative, .. } => {
                format!(
                    "{}{}",
                    if negative { "-" } else { "" },
                    digits.as_str().trim_start_matches('0')
                )
            }
        }))
    }
    fn float(&mut self, text: &str) -> Result<J, Failure> {
        Ok(J::Float(parse_float(text)?))
    }
    fn string(&mut self, text: &str) -> Result<J, Failure> {
        Ok(J::Str(text.into()))
    }
    fn array(&mut self, items: Vec<J>) -> Result<J, Failure> {
        Ok(J::Array(items))
    }
    fn object(&mut self, pairs: Vec<(J, J)>) -> Result<J, Failure> {
        // Like a dict: a repeated key keeps its place and takes the new value.
        let mut merged: Vec<(J, J)> = Vec::new();
        for (key, value) in pairs {
            let J::Str(name) = &key else {
                unreachable!("keys are strings")
            };
            match merged
                .iter_mut()
                .find(|(k, _)| matches!(k, J::Str(n) if n == name))
            {
                Some(slot) => slot.1 = value,
                None => merged.push((key, value)),
            }
        }
        Ok(J::Object(merged))
    }
}

pub(super) fn loads(doc: &str) -> String {
    match json_decode(doc, &mut Builder) {
        Ok(value) => {
            let mut out = String::new();
            value.dump(&mut out);
            out
        }
        Err(Failure::Json(e)) => format!("!JSONDecodeError: {}", e.message()),
        Err(Failure::Text(e)) => format!("!{:?}: {}", e.kind, e.message),
    }
}

#[test]
fn json_matches_cpython() {
    let ours = table(include_str!("../../../../tests/text/json_cases.txt"));
    let cpython_suite = table(include_str!("../../../../tests/text/json_suite_cases.txt"));
    let rows = ours.chain(cpython_suite).map(|row| {
        let actual = match row[0].as_str() {
            "loads" => loads(&row[1]),
            kind => {
                let mut out = String::new();
                json_quote(&mut out, &row[1], kind == "dumps");
                out
            }
        };
        let case: String = row[1].chars().take(50).collect();
        (format!("{} {case:?}", row[0]), row[2].clone(), actual)
    });
    check_all("json", rows);
}
