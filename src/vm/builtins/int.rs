//! `int` and `bool`: constructors (with string parsing) and methods.

use alloc::format;
use alloc::string::String;

use super::{add_method, int_arg, method_args};
use crate::vm::eval::ops::as_int;
use crate::vm::object::bigint::{self, int_value, to_big, BigInt};
use crate::vm::object::bytes_like::byte_view;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Kind, Value};
use crate::vm::text;
use crate::vm::{PyResult, Vm};

/// An int literal too large for i64 (the compiler keeps its decimal digits).
pub fn big_literal(vm: &mut Vm, digits: &str) -> PyResult<Value> {
    match BigInt::parse_bytes(digits.as_bytes(), 10) {
        Some(n) => Ok(int_value(n)),
        None => Err(vm.value_error("invalid int literal")),
    }
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let base_arg = pos.get(1).or_else(|| args.kwarg("base")).cloned();
    let Some(x) = pos.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = base_arg {
        let base = super::bound_arg(vm, &b)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        if let Some(s) = str_of(x) {
            let s: String = s.into();
            return int_from_str(vm, &s, base as u32);
        }
        if let Some(data) = byte_view(x) {
            let data = data.to_vec();
            return int_from_bytes_text(vm, &data, base as u32);
        }
        return Err(vm.type_error("int() can't convert non-string with explicit base"));
    }
    match x {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => super::float::float_to_int(vm, *f),
        Value::Obj(o) => match &**o {
            Kind::BigInt(_) => Ok(x.clone()),
            Kind::Str(s) => {
                let s: String = s.as_str().into();
                int_from_str(vm, &s, 10)
            }
            Kind::Bytes(b) => int_from_bytes_text(vm, b, 10),
            Kind::ByteArray(b) => {
                let data = b.borrow().clone();
                int_from_bytes_text(vm, &data, 10)
            }
            _ => {
                for name in ["__int__", "__index__", "__trunc__"] {
                    let n = vm.intern(name);
                    if let Some(r) = vm.call_special(x, &n, &[])? {
                        return match to_big(&r) {
                            Some(i) => Ok(int_value(i)),
                            None => {
                                let m =
                                    format!("{name} returned non-int (type {})", vm.type_name(&r));
                                Err(vm.type_error(m))
                            }
                        };
                    }
                }
                let m = format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    vm.type_name(x)
                );
                Err(vm.type_error(m))
            }
        },
        _ => Err(vm.type_error(
            "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
        )),
    }
}

fn int_from_str(vm: &mut Vm, s: &str, base: u32) -> PyResult<Value> {
    let mut digits = text::Scratch::new();
    let parsed = text::parse_int(s, base, &mut digits);
    parsed_int_value(vm, parsed, &digits)
}

/// `int(b, base)` for bytes and bytearray.
fn int_from_bytes_text(vm: &mut Vm, data: &[u8], base: u32) -> PyResult<Value> {
    let mut digits = text::Scratch::new();
    let parsed = text::parse_int_bytes(data, base, &mut digits);
    parsed_int_value(vm, parsed, &digits)
}

/// The int a parse produced; a big one is built from the digits it left.
fn parsed_int_value(
    vm: &mut Vm,
    parsed: text::TextResult<text::ParsedInt>,
    digits: &text::Scratch,
) -> PyResult<Value> {
    match parsed {
        Ok(text::ParsedInt::Small(i)) => Ok(Value::Int(i)),
        Ok(text::ParsedInt::Big { negative, radix }) => {
            let magnitude = BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default();
            Ok(int_value(if negative { -magnitude } else { magnitude }))
        }
        Err(e) => Err(vm.text_error(e)),
    }
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    match pos.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

/// The receiver of an int method as a BigInt (small ints are widened).
fn self_int(vm: &mut Vm, args: Args, name: &str) -> PyResult<BigInt> {
    match args.vals.first().and_then(to_big) {
        Some(n) => Ok(n),
        None => Err(vm.type_error(format!("descriptor '{name}' requires an 'int' object"))),
    }
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "int.bit_length", 0, 0)?;
    if let Some(i) = as_int(&args.vals[0]) {
        return Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64));
    }
    let n = self_int(vm, args, "bit_length")?;
    Ok(Value::Int(n.bits() as i64))
}

fn bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "int.bit_count", 0, 0)?;
    let n = self_int(vm, args, "bit_count")?;
    Ok(Value::Int(n.magnitude().count_ones() as i64))
}

/// `round(n, ndigits)` for an int: ties to even at a power of ten.
fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "int.__round__", 0, 1)?;
    let n = self_int(vm, args, "__round__")?;
    let ndigits = match args.vals.get(1) {
        None | Some(Value::None) => 0,
        Some(v) => int_arg(vm, v)?,
    };
    match bigint::round_to_ten_power(&n, ndigits) {
        Ok(r) => Ok(int_value(r)),
        Err(e) => Err(vm.big_error(e)),
    }
}

fn int_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "int.__index__", 0, 0)?;
    let n = self_int(vm, args, "__index__")?;
    Ok(int_value(n))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    add_method(vm, &t.int, "__new__", int_new);
    add_method(vm, &t.int, "bit_length", bit_length);
    add_method(vm, &t.int, "bit_count", bit_count);
    add_method(vm, &t.int, "__round__", int_round);
    add_method(vm, &t.int, "__index__", int_index);
    add_method(vm, &t.int, "__int__", int_index);
    add_method(vm, &t.bool_, "__new__", bool_new);
}
