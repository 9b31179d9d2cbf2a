//! `int.to_bytes` and `int.from_bytes`, for ints of any size.

use alloc::vec::Vec;
use num_bigint::Sign;

use super::bytes::new_bytes;
use super::bytes_new::bytes_from;
use super::exc_table::Exc;
use super::{add_method, int_arg};
use crate::vm::object::bigint::{int_value, to_big, BigInt};
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The `byteorder` argument (positional at `at`, or by keyword): true for little.
fn little_endian(vm: &mut Vm, args: Args, at: usize) -> PyResult<bool> {
    match args.pos().get(at).or_else(|| args.kwarg("byteorder")) {
        None => Ok(false),
        Some(v) => match str_of(v) {
            Some("big") => Ok(false),
            Some("little") => Ok(true),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
    }
}

fn signed_arg(vm: &mut Vm, args: Args) -> PyResult<bool> {
    match args.kwarg("signed") {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(n) = args.vals.first().and_then(to_big) else {
        return Err(vm.type_error("descriptor 'to_bytes' requires an 'int' object"));
    };
    let length = match args.pos().get(1).or_else(|| args.kwarg("length")) {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = little_endian(vm, args, 2)?;
    let signed = signed_arg(vm, args)?;
    let negative = n.sign() == Sign::Minus;
    if negative && !signed {
        let m = "can't convert negative int to unsigned";
        return Err(vm.new_exc(Exc::OverflowError, m));
    }
    // Little-endian, shortest form (two's complement when signed).
    let mut out = match (n.sign(), signed) {
        (Sign::NoSign, _) => Vec::new(),
        (_, true) => n.to_signed_bytes_le(),
        (_, false) => n.magnitude().to_bytes_le(),
    };
    let length = length as usize;
    if out.len() > length {
        return Err(vm.new_exc(Exc::OverflowError, "int too big to convert"));
    }
    if out.try_reserve_exact(length - out.len()).is_err() {
        return Err(vm.new_exc_empty(Exc::MemoryError));
    }
    out.resize(length, if negative { 0xff } else { 0 });
    if !little {
        out.reverse();
    }
    Ok(new_bytes(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(src) = args.pos().get(1).or_else(|| args.kwarg("bytes")) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    if to_big(src).is_some() {
        let m = alloc::format!("cannot convert '{}' object to bytes", vm.type_name(src));
        return Err(vm.type_error(m));
    }
    let mut data = bytes_from(vm, src)?;
    if !little_endian(vm, args, 2)? {
        data.reverse();
    }
    let n = if signed_arg(vm, args)? {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    Ok(int_value(n))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.int.clone();
    add_method(vm, &t, "to_bytes", to_bytes);
    let fb = super::native(vm, "int.from_bytes", from_bytes, false);
    let k = vm.intern("from_bytes");
    if let Kind::Class(c) = &*t {
        vm.dict_set_str(&c.dict, k, Value::Obj(ObjRef::new(Kind::ClassMethod(fb))));
    }
}
