//! A tiny stand-in for the VM's objects (ints, floats, str, bytes, tuples,
//! dicts, an empty list), decoded from the generators' typed notation, so
//! the engines can be tested against CPython without the real VM.

use crate::vm::text::{bytes_repr, float_repr, str_repr};
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

#[derive(Clone, Debug)]
pub enum Val {
    Int(i64),
    /// An int beyond i64 (only its decimal digits; enough for `%c` range errors).
    HugeInt(String),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Val>),
    Dict(Vec<(Val, Val)>),
    List(Vec<Val>),
    /// An instance of a class `P` with these attributes; repr `P()`.
    Object(Vec<(String, Val)>),
}

impl Val {
    /// Decodes one value (see tests/text/gen_percent.py), returning the rest.
    pub fn decode(text: &str) -> (Val, &str) {
        let (tag, rest) = text.split_at(1);
        let number = |rest: &str, end: char| {
            let cut = rest.find(end).unwrap();
            (rest[..cut].parse::<usize>().unwrap(), cut + 1)
        };
        match tag {
            "i" => {
                let cut = rest.find(';').unwrap();
                let digits = &rest[..cut];
                let val = digits
                    .parse()
                    .map_or_else(|_| Val::HugeInt(digits.into()), Val::Int);
                (val, &rest[cut + 1..])
            }
            "f" => {
                let bits = u64::from_str_radix(&rest[..16], 16).unwrap();
                (Val::Float(f64::from_bits(bits)), &rest[16..])
            }
            "s" => {
                let (n, skip) = number(rest, ':');
                let body = &rest[skip..];
                let end = body.char_indices().nth(n).map_or(body.len(), |(i, _)| i);
                (Val::Str(body[..end].into()), &body[end..])
            }
            "b" => {
                let (n, skip) = number(rest, ':');
                let hex = &rest[skip..skip + 2 * n];
                let bytes = (0..n).map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap());
                (Val::Bytes(bytes.collect()), &rest[skip + 2 * n..])
            }
            "t" | "d" | "l" => {
                let (n, skip) = number(rest, ':');
                let mut rest = &rest[skip..];
                let mut items = Vec::new();
                let per_item = if tag == "d" { 2 } else { 1 };
                for _ in 0..n * per_item {
                    let (item, after) = Val::decode(rest);
                    items.push(item);
                    rest = after;
                }
                let val = match tag {
                    "t" => Val::Tuple(items),
                    "d" => Val::Dict(
                        items
                            .chunks(2)
                            .map(|kv| (kv[0].clone(), kv[1].clone()))
                            .collect(),
                    ),
                    _ => Val::List(items),
                };
                (val, rest)
            }
            _ => panic!("bad value notation {text:?}"),
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            Val::Int(_) | Val::HugeInt(_) => "int",
            Val::Float(_) => "float",
            Val::Str(_) => "str",
            Val::Bytes(_) => "bytes",
            Val::Tuple(_) => "tuple",
            Val::Dict(_) => "dict",
            Val::List(_) => "list",
            Val::Object(_) => "P",
        }
    }

    pub fn repr(&self, out: &mut String) {
        match self {
            Val::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Val::HugeInt(digits) => out.push_str(digits),
            Val::Float(x) => float_repr(out, *x),
            Val::Str(s) => str_repr(out, s, false),
            Val::Bytes(b) => bytes_repr(out, b),
            Val::Tuple(items) => {
                out.push('(');
                repr_items(out, items);
                out.push_str(if items.len() == 1 { ",)" } else { ")" });
            }
            Val::List(items) => {
                out.push('[');
                repr_items(out, items);
                out.push(']');
            }
            Val::Dict(items) => {
                out.push('{');
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    k.repr(out);
                    out.push_str(": ");
                    v.repr(out);
                }
                out.push('}');
            }
            Val::Object(_) => out.push_str("P()"),
        }
    }

    pub fn str(&self, out: &mut String) {
        match self {
            Val::Str(s) => out.push_str(s),
            _ => self.repr(out),
        }
    }

    /// ascii(): repr with every non-ASCII character escaped.
    pub fn ascii(&self, out: &mut String) {
        match self {
            Val::Str(s) => str_repr(out, s, true),
            _ => self.repr(out),
        }
    }
}

fn repr_items(out: &mut String, items: &[Val]) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        item.repr(out);
    }
}
