//! Random garbage through every engine: each call must return a value or a
//! TextError, never panic (a panic fails the test).

use super::percent::run as percent_run;
use crate::vm::text::{
    brace_format, format_float, format_int, format_str, parse_float, parse_int, FormatSpec, Scratch,
};
use crate::vm::text::{json_decode, JsonBuilder, JsonError};
use alloc::string::String;
use alloc::vec::Vec;

const ALPHABET: &[char] = &[
    '{', '}', '[', ']', '(', ')', '%', ':', '!', '.', ',', '_', '#', '0', '1', '9', '*', '-', '+',
    ' ', '<', '>', '^', '=', 'z', 'a', 'x', 'd', 's', 'r', 'f', 'e', 'g', 'c', 'n', 'X', 'é', '€',
    '😀', '\t', 'l',
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn text(&mut self) -> String {
        let len = (self.next() % 12) as usize;
        (0..len)
            .map(|_| ALPHABET[(self.next() % ALPHABET.len() as u64) as usize])
            .collect()
    }
}

#[test]
fn engines_never_panic_on_garbage() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let mut out = String::new();
    for _ in 0..30_000 {
        let text = rng.text();
        out.clear();
        if let Ok(spec) = FormatSpec::parse(&text, "t") {
            let _ = format_int(&mut out, &(rng.next() as i64), &spec, "int");
            let _ = format_float(&mut out, f64::from_bits(rng.next()), &spec, "float");
            let _ = format_str(&mut out, &text, &spec, "str");
        }
        let _ = percent_run("str", &text, "t2:i5;s1:é");
        let _ = percent_run("bytes", &text, "d1:s1:ab1:ff");
        let _ = brace_format(&mut out, &text, &mut super::brace::Args::new());
        let _ = parse_int(&text, (rng.next() % 40) as u32, &mut Scratch::new());
        let _ = parse_float(&text);
        let _ = super::json::loads(&text);
    }
}

/// Builds only the nesting depth, so huge documents make no deep values.
struct DepthBuilder;

impl JsonBuilder for DepthBuilder {
    type Value = usize;
    type Error = JsonError;
    fn null(&mut self) -> Result<usize, JsonError> {
        Ok(0)
    }
    fn boolean(&mut self, _: bool) -> Result<usize, JsonError> {
        Ok(0)
    }
    fn int(&mut self, _: &str) -> Result<usize, JsonError> {
        Ok(0)
    }
    fn float(&mut self, _: &str) -> Result<usize, JsonError> {
        Ok(0)
    }
    fn string(&mut self, _: &str) -> Result<usize, JsonError> {
        Ok(0)
    }
    fn array(&mut self, items: Vec<usize>) -> Result<usize, JsonError> {
        Ok(1 + items.into_iter().max().unwrap_or(0))
    }
    fn object(&mut self, pairs: Vec<(usize, usize)>) -> Result<usize, JsonError> {
        Ok(1 + pairs.into_iter().map(|(_, v)| v).max().unwrap_or(0))
    }
}

#[test]
fn deeply_nested_json_needs_no_deep_stack() {
    let depth = 200_000;
    let doc: String = "[".repeat(depth) + &"]".repeat(depth);
    assert_eq!(json_decode(&doc, &mut DepthBuilder), Ok(depth));
    let unclosed: String = "{\"a\": [".repeat(depth);
    let err = json_decode(&unclosed, &mut DepthBuilder).unwrap_err();
    assert_eq!((err.msg, err.pos), ("Expecting value", unclosed.len()));
}

#[test]
fn absurd_widths_raise_memory_error() {
    use crate::vm::text::ErrorKind;
    let huge = "1000000000000000000";
    let spec = FormatSpec::parse(huge, "float").unwrap();
    let err = format_float(&mut String::new(), 1.5, &spec, "float").unwrap_err();
    assert_eq!(err.kind, ErrorKind::MemoryError);
    let spec = FormatSpec::parse(huge, "str").unwrap();
    let err = format_str(&mut String::new(), "x", &spec, "str").unwrap_err();
    assert_eq!(err.kind, ErrorKind::MemoryError);
    let fmt = alloc::format!("%{huge}d");
    assert_eq!(
        percent_run("str", &fmt, "i1;").unwrap_err().kind,
        ErrorKind::MemoryError
    );
}
