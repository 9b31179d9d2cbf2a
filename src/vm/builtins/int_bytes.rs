//! `int.to_bytes` and `int.from_bytes` (for the ints the VM has: i64).

use alloc::vec::Vec;

use super::bytes::new_bytes;
use super::bytes_new::bytes_from;
use super::exc_table::Exc;
use super::{add_method, int_arg};
use crate::vm::eval::ops::as_int;
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
    let n = match args.vals.first().and_then(as_int) {
        Some(n) => n as i128,
        None => return Err(vm.type_error("descriptor 'to_bytes' requires an 'int' object")),
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
    if n < 0 && !signed {
        let m = "can't convert negative int to unsigned";
        return Err(vm.new_exc(Exc::OverflowError, m));
    }
    let bits = (length as u32).saturating_mul(8).min(127);
    let fits = match (signed, bits) {
        (_, 127) => true,
        (false, b) => n < 1i128 << b,
        (true, 0) => n == 0,
        (true, b) => -(1i128 << (b - 1)) <= n && n < 1i128 << (b - 1),
    };
    if !fits {
        return Err(vm.new_exc(Exc::OverflowError, "int too big to convert"));
    }
    let mut out: Vec<u8> = (0..length as u32)
        .map(|i| (n >> (i * 8).min(127)) as u8)
        .collect();
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
    if as_int(src).is_some() {
        let m = alloc::format!("cannot convert '{}' object to bytes", vm.type_name(src));
        return Err(vm.type_error(m));
    }
    let mut data = bytes_from(vm, src)?;
    if !little_endian(vm, args, 2)? {
        data.reverse();
    }
    let negative = signed_arg(vm, args)? && data.last().is_some_and(|&b| b >= 0x80);
    let pad = if negative { 0xff } else { 0 };
    // Bytes beyond the 16th must be sign padding for the value to fit an i128.
    if data.iter().skip(16).any(|&b| b != pad) {
        return Err(vm.int_overflow());
    }
    let mut acc: i128 = if negative { -1 } else { 0 };
    for &b in data.iter().take(16).rev() {
        acc = (acc << 8) | b as i128;
    }
    match i64::try_from(acc) {
        Ok(n) => Ok(Value::Int(n)),
        Err(_) => Err(vm.int_overflow()),
    }
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
