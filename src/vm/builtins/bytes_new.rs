//! The `bytes(...)` constructor and the codec argument glue shared by
//! `bytes.decode`, `str.encode` and `bytes(str, encoding)`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::codecs::{self, CodecError};
use super::exc_table::Exc;
use crate::vm::eval::subscript::Wide;
use crate::vm::object::bytes_like::byte_view;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The `encoding` and `errors` arguments of `fname`: positional from index
/// `first` of `args`, or by keyword; `None` when neither was given.
pub fn codec_args(
    vm: &mut Vm,
    args: Args,
    first: usize,
    fname: &str,
) -> PyResult<[Option<String>; 2]> {
    let pos = args.pos();
    let mut names = [None, None];
    for (i, key) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = pos.get(first + i).or_else(|| args.kwarg(key)) {
            match str_of(v) {
                Some(s) => names[i] = Some(s.into()),
                None => {
                    let m = format!(
                        "{fname}() argument '{key}' must be str, not {}",
                        vm.type_name(v)
                    );
                    return Err(vm.type_error(m));
                }
            }
        }
    }
    Ok(names)
}

/// A codec failure as the Python exception CPython raises for it.
pub fn codec_error(vm: &mut Vm, e: CodecError) -> ObjRef {
    match e {
        CodecError::Lookup(m) => vm.new_exc(Exc::LookupError, m),
        CodecError::Decode(m) => vm.new_exc(Exc::UnicodeDecodeError, m),
        CodecError::Encode(m) => vm.new_exc(Exc::UnicodeEncodeError, m),
        CodecError::Memory => vm.new_exc_empty(Exc::MemoryError),
    }
}

/// `text` encoded as `bytes(text, encoding, errors)` / `text.encode(...)` would.
pub fn encode_with(vm: &mut Vm, text: &str, names: [Option<String>; 2]) -> PyResult<Vec<u8>> {
    let [enc, errors] = names;
    codecs::encode(
        text,
        enc.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )
    .map_err(|e| codec_error(vm, e))
}

/// The bytes of `bytes(source)` for one non-str source argument.
pub fn bytes_from(vm: &mut Vm, source: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = byte_view(source) {
        return Ok(b.to_vec());
    }
    if str_of(source).is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if let Some(n) = vm.index_as(source, Wide::Fit)? {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        let n = usize::try_from(n).map_err(|_| vm.no_memory())?;
        let mut zeros = vm.vec_with_room(n)?;
        zeros.resize(n, 0);
        return Ok(zeros);
    }
    if !vm.is_iterable(source) {
        let m = format!("cannot convert '{}' object to bytes", vm.type_name(source));
        return Err(vm.type_error(m));
    }
    let items = vm.collect(source)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        match vm.index_as(it, Wide::Clamp)? {
            Some(n @ 0..=255) => out.push(n as u8),
            Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
            None => {
                let m = format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(it)
                );
                return Err(vm.type_error(m));
            }
        }
    }
    Ok(out)
}

/// The contents of `bytes(...)` / `bytearray(...)` (`name`): from nothing,
/// a count, an iterable of ints, a bytes-like, or a str and an encoding.
pub fn constructor_data(vm: &mut Vm, args: Args, name: &str) -> PyResult<Vec<u8>> {
    let pos = &args.pos()[1..];
    if pos.len() > 3 {
        let m = format!("{name}() takes at most 3 arguments ({} given)", pos.len());
        return Err(vm.type_error(m));
    }
    let names = codec_args(vm, args, 2, name)?;
    let source = pos.first().or_else(|| args.kwarg("source"));
    match (source, &names) {
        (None, [None, None]) => Ok(Vec::new()),
        (Some(v), _) if str_of(v).is_some() && names[0].is_some() => {
            let text = str_of(v).unwrap_or_default();
            encode_with(vm, text, names)
        }
        (Some(v), [None, None]) => bytes_from(vm, v),
        (Some(v), [None, Some(_)]) if str_of(v).is_some() => {
            Err(vm.type_error("string argument without an encoding"))
        }
        (_, [Some(_), _]) => Err(vm.type_error("encoding without a string argument")),
        _ => Err(vm.type_error("errors without a string argument")),
    }
}

/// `bytes()`, `bytes(n)`, `bytes(iterable)`, `bytes(b)`, `bytes(s, encoding[, errors])`.
pub fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = constructor_data(vm, args, "bytes")?;
    Ok(super::bytes::new_bytes(data))
}
