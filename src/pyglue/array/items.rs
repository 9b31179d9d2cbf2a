//! One array item between Python and its packed bytes: the conversions of
//! each type code with CPython's errors (which C type overflowed, which
//! Python type was refused), and unpacking back into a Python value.

use alloc::format;
use alloc::vec::Vec;

use num_traits::{Signed, ToPrimitive};

use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::int_ops::index_big;
use crate::vm::object::bigint::{int_value, BigInt};
use crate::vm::object::memformat::{Format, Scalar};
use crate::vm::object::{str_of, Value};
use crate::vm::{PyResult, Vm};

/// Append the bytes of `v` as one item of `format` to `out`.
pub fn pack_into(vm: &mut Vm, format: Format, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
    let scalar = match format.code {
        b'u' => {
            let mut chars = str_of(v).map(|s| s.chars());
            match chars.as_mut().map(|c| (c.next(), c.next())) {
                Some((Some(c), None)) => Scalar::Int(c as i128),
                _ => return Err(vm.type_error("array item must be unicode character")),
            }
        }
        b'f' | b'd' => Scalar::Float(float_item(vm, v)?),
        _ => Scalar::Int(int_item(vm, format, v)?),
    };
    match format.pack(scalar) {
        Some(bytes) => {
            vm.make_room(out, bytes.len())?;
            out.extend_from_slice(&bytes);
            Ok(())
        }
        None => Err(vm.new_exc(Exc::OverflowError, "array item out of range")),
    }
}

/// The value of a 'f' or 'd' item: a float, an int, `__float__` or
/// `__index__` (CPython's PyFloat_AsDouble).
fn float_item(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match super::super::math::real(vm, v) {
        Ok(x) => Ok(x),
        Err(e) => {
            let index = vm.names.index.clone();
            if vm.special(v, &index).is_some() {
                let n = index_big(vm, v)?;
                return vm.big_to_f64(&n);
            }
            Err(e)
        }
    }
}

/// The value of an integer item, checked against its C type's range the
/// way CPython's array module checks it.
fn int_item(vm: &mut Vm, format: Format, v: &Value) -> PyResult<i128> {
    let n: i128 = match v {
        Value::Int(i) => *i as i128,
        Value::Bool(b) => *b as i128,
        Value::Float(_) => {
            let m = "'float' object cannot be interpreted as an integer";
            return Err(vm.type_error(m));
        }
        _ => {
            let big = index_big(vm, v)?;
            big.to_i128().unwrap_or(match big.is_negative() {
                true => i128::MIN,
                false => i128::MAX,
            })
        }
    };
    let long = i64::MIN as i128..=i64::MAX as i128;
    let ulong = 0..=u64::MAX as i128;
    let size = format.size() as u32;
    let (lo, hi) = match format.signed() {
        true => (-(1i128 << (8 * size - 1)), (1i128 << (8 * size - 1)) - 1),
        false => (0, (1i128 << (8 * size)) - 1),
    };
    let too_long = "Python int too large to convert to C long";
    let too_ulong = "Python int too large to convert to C unsigned long";
    let negative = "can't convert negative value to unsigned int";
    let msg = match format.code {
        b'b' | b'B' | b'h' | b'H' | b'i' if !long.contains(&n) => too_long,
        b'l' if !(lo..=hi).contains(&n) => too_long,
        b'I' | b'L' if n < 0 => negative,
        b'L' if n > hi => too_ulong,
        b'I' if !ulong.contains(&n) => too_ulong,
        b'q' if !(lo..=hi).contains(&n) => "int too big to convert",
        b'Q' if n < 0 => "can't convert negative int to unsigned",
        b'Q' if n > hi => "int too big to convert",
        // CPython reads a 'b' item as a C short and an 'H' item as a C
        // int first: outside those, that type's message.
        b'b' if !(-0x8000..=0x7fff).contains(&n) => return Err(range_error(vm, b'h', n)),
        b'H' if !(i32::MIN as i128..=i32::MAX as i128).contains(&n) => {
            return Err(range_error(vm, b'i', n))
        }
        code if !(lo..=hi).contains(&n) => return Err(range_error(vm, code, n)),
        _ => return Ok(n),
    };
    Err(vm.new_exc(Exc::OverflowError, msg))
}

/// "signed char is greater than maximum" and the like: `n` is outside the
/// range of the C type of `code` (and inside a C long).
fn range_error(vm: &mut Vm, code: u8, n: i128) -> crate::vm::PyErr {
    let what = match code {
        b'b' => "signed char",
        b'B' => "unsigned byte integer",
        b'h' => "signed short integer",
        b'H' => "unsigned short",
        b'i' => "signed integer",
        _ => "unsigned int",
    };
    let side = if n < 0 {
        "less than minimum"
    } else {
        "greater than maximum"
    };
    vm.new_exc(Exc::OverflowError, format!("{what} is {side}"))
}

/// The item stored in `bytes` as a Python value.
pub fn unpack(vm: &mut Vm, format: Format, bytes: &[u8]) -> Value {
    match format.unpack(bytes) {
        Scalar::Int(n) if format.code == b'u' => {
            let c = char::from_u32(n as u32).unwrap_or(char::REPLACEMENT_CHARACTER);
            vm.char_value(c)
        }
        Scalar::Int(n) => match i64::try_from(n) {
            Ok(small) => Value::Int(small),
            Err(_) => int_value(BigInt::from(n)),
        },
        Scalar::Float(x) => Value::Float(x),
        Scalar::Bool(b) => Value::Bool(b),
        Scalar::Char(c) => Value::Int(c as i64),
    }
}
