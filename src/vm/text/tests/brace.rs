//! `str.format` against CPython, with the arguments of tests/text/gen_brace.py.

use super::value_model::Val;
use super::{check_all, shown, table};
use crate::vm::text::{
    brace_format, format_float, format_int, format_str, ErrorKind, FormatFields, FormatSpec,
    TextError,
};
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

fn s(text: &str) -> Val {
    Val::Str(text.into())
}

fn point() -> Val {
    Val::Object(vec![
        ("x".into(), Val::Int(1)),
        ("name".into(), s("pt")),
        ("items".into(), Val::List(vec![Val::Int(1), Val::Int(2)])),
    ])
}

/// ARGS and KWARGS of gen_brace.py.
pub(super) struct Args {
    positional: Vec<Val>,
    keywords: Vec<(&'static str, Val)>,
}

impl Args {
    pub(super) fn new() -> Args {
        Args {
            positional: vec![
                Val::Int(42),
                Val::Float(-3.5),
                s("hello"),
                Val::List(vec![Val::Int(10), Val::Int(20), Val::Int(30)]),
                Val::Dict(vec![(s("k"), s("v")), (s("n"), Val::Int(7))]),
                point(),
            ],
            keywords: vec![
                ("a", Val::Int(1)),
                ("b", s("bee")),
                ("f", Val::Float(2.5)),
                ("p", point()),
                ("w", Val::Int(10)),
                ("prec", Val::Int(3)),
                ("d", Val::Dict(vec![(s("x"), s("y"))])),
            ],
        }
    }
}

fn key_error(key: &Val) -> TextError {
    let mut text = String::new();
    key.repr(&mut text);
    TextError::new(ErrorKind::KeyError, text)
}

impl FormatFields for Args {
    type Value = Val;
    type Error = TextError;

    fn positional(&mut self, index: usize) -> Result<Option<Val>, TextError> {
        Ok(self.positional.get(index).cloned())
    }
    fn keyword(&mut self, name: &str) -> Result<Val, TextError> {
        let found = self.keywords.iter().find(|(k, _)| *k == name);
        found
            .map(|(_, v)| v.clone())
            .ok_or_else(|| key_error(&s(name)))
    }
    fn attribute(&mut self, value: Val, name: &str) -> Result<Val, TextError> {
        let found = match (&value, name) {
            (Val::Object(attrs), _) => attrs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone()),
            (Val::Int(n), "real") => Some(Val::Int(*n)),
            (Val::Int(_), "imag") => Some(Val::Int(0)),
            _ => None,
        };
        found.ok_or_else(|| {
            TextError::new(
                ErrorKind::AttributeError,
                format!("'{}' object has no attribute '{name}'", value.type_name()),
            )
        })
    }
    fn item_str(&mut self, value: Val, key: &str) -> Result<Val, TextError> {
        match &value {
            Val::Dict(items) => items
                .iter()
                .find(|(k, _)| matches!(k, Val::Str(t) if t == key))
                .map(|(_, v)| v.clone())
                .ok_or_else(|| key_error(&s(key))),
            Val::List(_) | Val::Tuple(_) => Err(TextError::type_error(format!(
                "{} indices must be integers or slices, not str",
                value.type_name()
            ))),
            _ => Err(not_subscriptable(&value)),
        }
    }
    fn item_index(&mut self, value: Val, index: usize) -> Result<Val, TextError> {
        match &value {
            Val::List(items) | Val::Tuple(items) => items.get(index).cloned().ok_or_else(|| {
                TextError::new(
                    ErrorKind::IndexError,
                    format!("{} index out of range", value.type_name()),
                )
            }),
            Val::Dict(_) => Err(key_error(&Val::Int(index as i64))),
            _ => Err(not_subscriptable(&value)),
        }
    }
    fn convert(&mut self, value: Val, conversion: char) -> Result<Val, TextError> {
        let mut text = String::new();
        match conversion {
            's' => value.str(&mut text),
            'r' => value.repr(&mut text),
            _ => value.ascii(&mut text),
        }
        Ok(Val::Str(text))
    }
    fn format(&mut self, value: &Val, spec: &str, out: &mut String) -> Result<(), TextError> {
        let type_name = value.type_name();
        match value {
            Val::Int(n) => format_int(out, n, &FormatSpec::parse(spec, type_name)?, type_name),
            Val::Float(x) => format_float(out, *x, &FormatSpec::parse(spec, type_name)?, type_name),
            Val::Str(text) => {
                format_str(out, text, &FormatSpec::parse(spec, type_name)?, type_name)
            }
            _ if spec.is_empty() => {
                value.str(out);
                Ok(())
            }
            _ => Err(TextError::type_error(format!(
                "unsupported format string passed to {type_name}.__format__"
            ))),
        }
    }
}

fn not_subscriptable(value: &Val) -> TextError {
    TextError::type_error(format!(
        "'{}' object is not subscriptable",
        value.type_name()
    ))
}

#[test]
fn brace_format_matches_cpython() {
    let rows = table(include_str!("../../../../tests/text/brace_cases.txt")).map(|row| {
        let mut out = String::new();
        let result = brace_format(&mut out, &row[0], &mut Args::new()).map(|()| out);
        (
            format!("{:?}.format(...)", row[0]),
            row[1].clone(),
            shown(result),
        )
    });
    check_all("str.format", rows);
}
