//! The `zlib` module's native half: deflate and inflate streams over
//! miniz_oxide (no_std), in the zlib or raw format, and adler32. The
//! Python half (frozen/zlib.py) adds the gzip framing, the one-shot
//! functions, the Compress/Decompress objects and the error messages.

use alloc::vec;
use alloc::vec::Vec;

use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
use miniz_oxide::deflate::stream::deflate;
use miniz_oxide::inflate::stream::{inflate, InflateState};
use miniz_oxide::inflate::TINFLStatus;
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};

use super::{add_state_class, bytes_arg, bytes_value, new_state, raise_in, state_arg};
use crate::vm::builtins::{add_fn, arg_count, int_arg};
use crate::vm::object::func::Args;
use crate::vm::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Output is produced in pieces of this size.
const CHUNK: usize = 16384;

/// A deflate stream (boxed: miniz's compressor is large).
struct Deflater(alloc::boxed::Box<CompressorOxide>);

/// An inflate stream.
struct Inflater(alloc::boxed::Box<InflateState>);

fn error(vm: &mut Vm, code: i32, doing: &str, what: &str) -> ObjRef {
    let m = alloc::format!("Error {code} while {doing} data: {what}");
    raise_in(vm, "zlib", "error", m)
}

/// _deflater(level, zlib_header, strategy)
fn deflater(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_deflater", 3, 3)?;
    let level = int_arg(vm, &args.vals[0])?;
    let zlib = vm.truthy(&args.vals[1])?;
    let strategy = int_arg(vm, &args.vals[2])?;
    let level = if level == -1 { 6 } else { level };
    if !(0..=9).contains(&level) {
        return Err(error(vm, -2, "compressing", "Bad compression level"));
    }
    let wbits = if zlib { 15 } else { -15 };
    let flags = create_comp_flags_from_zip_params(level as i32, wbits, strategy as i32);
    let c = alloc::boxed::Box::new(CompressorOxide::new(flags));
    new_state(vm, "zlib", Deflater(c))
}

/// _deflate(state, data, flush): the compressed bytes this call produces.
fn deflate_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_deflate", 3, 3)?;
    let data = bytes_arg(vm, &args.vals[1])?;
    let flush = int_arg(vm, &args.vals[2])?;
    let Ok(flush) = MZFlush::new(flush as i32) else {
        return Err(error(vm, -2, "flushing", "inconsistent stream state"));
    };
    let mut d = state_arg::<Deflater>(vm, &args.vals[0])?;
    let mut out = Vec::new();
    let mut buf = vec![0u8; CHUNK];
    let mut input = &data[..];
    loop {
        let r = deflate(&mut d.0, input, &mut buf, flush);
        input = &input[r.bytes_consumed..];
        out.extend_from_slice(&buf[..r.bytes_written]);
        match r.status {
            Ok(MZStatus::StreamEnd) | Err(MZError::Buf) => break,
            Ok(_) if input.is_empty() && r.bytes_written < buf.len() => break,
            Ok(_) => {}
            Err(_) => {
                drop(d);
                return Err(error(vm, -2, "compressing", "inconsistent stream state"));
            }
        }
    }
    Ok(bytes_value(out))
}

/// _inflater(zlib_header)
fn inflater(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_inflater", 1, 1)?;
    let format = if vm.truthy(&args.vals[0])? {
        DataFormat::Zlib
    } else {
        DataFormat::Raw
    };
    new_state(vm, "zlib", Inflater(InflateState::new_boxed(format)))
}

/// _inflate(state, data, max_length): (output, bytes of data consumed,
/// stream ended). max_length 0 means no limit.
fn inflate_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_inflate", 3, 3)?;
    let data = bytes_arg(vm, &args.vals[1])?;
    let max = int_arg(vm, &args.vals[2])?.max(0) as usize;
    let mut st = state_arg::<Inflater>(vm, &args.vals[0])?;
    let mut out = Vec::new();
    let mut buf = vec![0u8; CHUNK];
    let (mut consumed, mut eof) = (0, false);
    loop {
        let room = if max == 0 {
            CHUNK
        } else {
            (max - out.len()).min(CHUNK)
        };
        if room == 0 {
            break;
        }
        let r = inflate(
            &mut st.0,
            &data[consumed..],
            &mut buf[..room],
            MZFlush::None,
        );
        consumed += r.bytes_consumed;
        out.extend_from_slice(&buf[..r.bytes_written]);
        match r.status {
            Ok(MZStatus::StreamEnd) => {
                eof = true;
                break;
            }
            Ok(_) if r.bytes_consumed == 0 && r.bytes_written == 0 => break,
            Ok(_) => {}
            Err(MZError::Buf) => break,
            Err(_) => {
                let what = match st.0.last_status() {
                    TINFLStatus::Adler32Mismatch => "incorrect data check",
                    _ => "invalid block type or code lengths",
                };
                drop(st);
                return Err(error(vm, -3, "decompressing", what));
            }
        }
    }
    let out = bytes_value(out);
    Ok(vm.new_tuple(vec![out, Value::Int(consumed as i64), Value::Bool(eof)]))
}

/// adler32(data, value=1)
fn adler32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "adler32", 1, 2)?;
    let data = bytes_arg(vm, &args.vals[0])?;
    let start = match args.vals.get(1) {
        Some(v) => int_arg(vm, v)? as u32,
        None => 1,
    };
    let mut a = adler2::Adler32::from_checksum(start);
    a.write_slice(&data);
    Ok(Value::Int(i64::from(a.checksum())))
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    add_state_class(vm, d);
    super::module_exception(
        vm,
        d,
        "zlib",
        "error",
        crate::vm::builtins::exc_table::Exc::Exception,
    );
    super::add_fns(
        vm,
        d,
        &[
            ("_deflater", deflater),
            ("_deflate", deflate_fn),
            ("_inflater", inflater),
            ("_inflate", inflate_fn),
            ("adler32", adler32),
        ],
    );
    add_fn(vm, d, "crc32", super::binascii::crc32);
    super::frozen_code::run(vm, d, "zlib")
}
