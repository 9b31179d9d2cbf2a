//! `int` and `bool`: constructors (with string parsing) and methods.

use alloc::format;
use alloc::string::String;

use super::{add_method, int_arg, method_args};
use crate::vm::eval::ops::as_int;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Kind, Value};
use crate::vm::text;
use crate::vm::{PyResult, Vm};

/// An int literal too large for i64 (big ints come with a later issue).
pub fn big_literal(vm: &mut Vm, _digits: &str) -> PyResult<Value> {
    Err(vm.int_overflow())
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let base_arg = pos.get(1).or_else(|| args.kwarg("base")).cloned();
    let Some(x) = pos.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = base_arg {
        let base = int_arg(vm, &b)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let Some(s) = str_of(x) else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        let s: String = s.into();
        return int_from_str(vm, &s, base as u32);
    }
    match x {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => super::float::float_to_int(vm, *f),
        Value::Obj(o) => match &**o {
            Kind::Str(s) => {
                let s: String = s.as_str().into();
                int_from_str(vm, &s, 10)
            }
            Kind::Bytes(b) => {
                let s = String::from_utf8_lossy(b).into_owned();
                int_from_str(vm, &s, 10)
            }
            _ => {
                for name in ["__int__", "__index__", "__trunc__"] {
                    let n = vm.intern(name);
                    if let Some(r) = vm.call_special(x, &n, &[])? {
                        return match as_int(&r) {
                            Some(i) => Ok(Value::Int(i)),
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
    match text::parse_int(s, base, &mut digits) {
        Ok(text::ParsedInt::Small(i)) => Ok(Value::Int(i)),
        Ok(text::ParsedInt::Big { .. }) => Err(vm.int_overflow()),
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

fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "int.bit_length", 0, 0)?;
    let i = int_arg(vm, &args.vals[0])?;
    Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64))
}

fn int_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "int.__index__", 0, 0)?;
    Ok(Value::Int(int_arg(vm, &args.vals[0])?))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    add_method(vm, &t.int, "__new__", int_new);
    add_method(vm, &t.int, "bit_length", bit_length);
    add_method(vm, &t.int, "__index__", int_index);
    add_method(vm, &t.int, "__int__", int_index);
    add_method(vm, &t.bool_, "__new__", bool_new);
}
