//! `str % args` and `bytes % args` against CPython.

use super::value_model::Val;
use super::{check_all, shown, table};
use crate::vm::text::{percent_format, CharArg, ErrorKind, PercentArgs, TextError, Units};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

struct Operand(Val);

fn same_key(a: &Val, b: &Val) -> bool {
    match (a, b) {
        (Val::Str(x), Val::Str(y)) => x == y,
        (Val::Bytes(x), Val::Bytes(y)) => x == y,
        _ => false,
    }
}

/// What both str and bytes formatting share in the model.
trait Flavor: Units {
    fn key_val(key: &Self) -> Val;
    fn is_own_type(v: &Val) -> bool;
    fn single_unit(v: &Val) -> Option<u32>;
    fn text(arg: &Val, conv: u8, out: &mut Self::Buf) -> Result<(), TextError>;
}

impl Flavor for str {
    fn key_val(key: &str) -> Val {
        Val::Str(key.into())
    }
    fn is_own_type(v: &Val) -> bool {
        matches!(v, Val::Str(_))
    }
    fn single_unit(v: &Val) -> Option<u32> {
        match v {
            Val::Str(s) if s.chars().count() == 1 => s.chars().next().map(u32::from),
            _ => None,
        }
    }
    fn text(arg: &Val, conv: u8, out: &mut String) -> Result<(), TextError> {
        match conv {
            b's' => arg.str(out),
            b'r' => arg.repr(out),
            _ => arg.ascii(out),
        }
        Ok(())
    }
}

impl Flavor for [u8] {
    fn key_val(key: &[u8]) -> Val {
        Val::Bytes(key.into())
    }
    fn is_own_type(v: &Val) -> bool {
        matches!(v, Val::Bytes(_))
    }
    fn single_unit(v: &Val) -> Option<u32> {
        match v {
            Val::Bytes(b) if b.len() == 1 => Some(u32::from(b[0])),
            _ => None,
        }
    }
    fn text(arg: &Val, conv: u8, out: &mut Vec<u8>) -> Result<(), TextError> {
        match (conv, arg) {
            (b's' | b'b', Val::Bytes(b)) => out.extend_from_slice(b),
            (b's' | b'b', other) => {
                return Err(TextError::type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                other.type_name()
            )))
            }
            _ => {
                let mut text = String::new();
                arg.ascii(&mut text);
                out.extend_from_slice(text.as_bytes());
            }
        }
        Ok(())
    }
}

impl<T: Flavor + ?Sized> PercentArgs<T> for Operand {
    type Arg = Val;
    type Int = i64;
    type Error = TextError;

    fn tuple_len(&self) -> Option<usize> {
        match &self.0 {
            Val::Tuple(items) => Some(items.len()),
            _ => None,
        }
    }
    fn item(&mut self, index: usize) -> Val {
        match &self.0 {
            Val::Tuple(items) => items[index].clone(),
            other => other.clone(),
        }
    }
    fn is_mapping(&self) -> bool {
        match &self.0 {
            Val::Dict(_) | Val::List(_) => true,
            Val::Str(_) | Val::Bytes(_) => !T::is_own_type(&self.0),
            _ => false,
        }
    }
    fn lookup(&mut self, key: &T) -> Result<Val, TextError> {
        let wanted = T::key_val(key);
        match &self.0 {
            Val::Dict(items) => items
                .iter()
                .find(|(item_key, _)| same_key(item_key, &wanted))
                .map(|(_, v)| v.clone())
                .ok_or_else(|| {
                    let mut shown = String::new();
                    wanted.repr(&mut shown);
                    TextError::new(ErrorKind::KeyError, shown)
                }),
            other => Err(TextError::type_error(format!(
                "{} indices must be integers or slices, not {}",
                other.type_name(),
                wanted.type_name()
            ))),
        }
    }
    fn type_name(&self, arg: &Val) -> &str {
        arg.type_name()
    }
    fn to_int(&mut self, arg: &Val, index_only: bool) -> Result<Option<i64>, TextError> {
        match arg {
            Val::Int(n) => Ok(Some(*n)),
            Val::HugeInt(_) => Err(TextError::value("the test model has no big ints")),
            Val::Float(x) if !index_only => {
                if x.is_nan() {
                    Err(TextError::value("cannot convert float NaN to integer"))
                } else if x.is_infinite() {
                    Err(TextError::overflow(
                        "cannot convert float infinity to integer",
                    ))
                } else {
                    Ok(Some(*x as i64))
                }
            }
            _ => Ok(None),
        }
    }
    fn to_float(&mut self, arg: &Val) -> Result<Option<f64>, TextError> {
        Ok(match arg {
            Val::Int(n) => Some(*n as f64),
            Val::Float(x) => Some(*x),
            _ => None,
        })
    }
    fn to_star(&mut self, arg: &Val) -> Result<Option<i64>, TextError> {
        Ok(match arg {
            Val::Int(n) => Some(*n),
            _ => None,
        })
    }
    fn to_char(&mut self, arg: &Val) -> Result<CharArg, TextError> {
        Ok(match arg {
            Val::Int(n) => CharArg::Int(Some(*n)),
            Val::HugeInt(_) => CharArg::Int(None),
            other => T::single_unit(other).map_or(CharArg::Invalid, CharArg::Unit),
        })
    }
    fn write_text(&mut self, arg: &Val, conv: u8, out: &mut T::Buf) -> Result<(), TextError> {
        T::text(arg, conv, out)
    }
}

pub(super) fn run(kind: &str, fmt: &str, args: &str) -> Result<String, TextError> {
    let (value, rest) = Val::decode(args);
    assert!(rest.is_empty(), "trailing argument notation {rest:?}");
    let mut operand = Operand(value);
    if kind == "bytes" {
        let fmt: Vec<u8> = fmt.chars().map(|c| c as u32 as u8).collect();
        let mut out = Vec::new();
        percent_format::<[u8], _>(&mut out, &fmt, &mut operand)?;
        Ok(out.iter().map(|&b| char::from(b)).collect())
    } else {
        let mut out = String::new();
        percent_format::<str, _>(&mut out, fmt, &mut operand)?;
        Ok(out)
    }
}

#[test]
fn percent_matches_cpython() {
    let ours = table(include_str!("../../../../tests/text/percent_cases.txt"));
    let cpython_suite = table(include_str!(
        "../../../../tests/text/percent_suite_cases.txt"
    ));
    let rows = ours.chain(cpython_suite).map(|row| {
        let actual = shown(run(&row[0], &row[1], &row[2]));
        (
            format!("{} {:?} % {}", row[0], row[1], row[2]),
            row[3].clone(),
            actual,
        )
    });
    check_all("percent", rows);
}
