//! The `binascii` module: hex (`hexlify`/`unhexlify` and their aliases),
//! base64 lines (`b2a_base64`/`a2b_base64`) and `crc32`, with CPython's
//! `binascii.Error` messages.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{bytes_arg, bytes_value, module_exception, raise_in};
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::{arg_count, int_arg};
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, ObjRef, Value};
use crate::vm::{PyResult, Vm};

const HEX: &[u8; 16] = b"0123456789abcdef";
const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn error(vm: &mut Vm, msg: impl Into<String>) -> ObjRef {
    raise_in(vm, "binascii", "Error", msg.into())
}

/// The input of the a2b functions: bytes, or a str of ASCII characters.
fn ascii_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match str_of(v) {
        Some(s) if s.is_ascii() => Ok(s.as_bytes().to_vec()),
        Some(_) => Err(vm.value_error("string argument should contain only ASCII characters")),
        None => bytes_arg(vm, v),
    }
}

/// hexlify(data, sep=None, bytes_per_sep=1), grouping from the right (or the left when negative).
fn hexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let data = bytes_arg(vm, pos.first().unwrap_or(&Value::None))?;
    let sep = match pos.get(1).or(args.kwarg("sep")) {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = match str_of(v) {
                Some(s) => s.as_bytes().to_vec(),
                None => bytes_arg(vm, v)?,
            };
            if s.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(s[0])
        }
    };
    let group = match pos.get(2).or(args.kwarg("bytes_per_sep")) {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    let g = group.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep {
            let boundary = if group < 0 { i } else { data.len() - i };
            if i > 0 && g > 0 && boundary % g == 0 {
                out.push(s);
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    Ok(bytes_value(out))
}

fn unhexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "unhexlify", 1, 1)?;
    let text = ascii_arg(vm, &args.vals[0])?;
    if text.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(text.len() / 2);
    for pair in text.chunks(2) {
        let (Some(hi), Some(lo)) = (
            (pair[0] as char).to_digit(16),
            (pair[1] as char).to_digit(16),
        ) else {
            return Err(error(vm, "Non-hexadecimal digit found"));
        };
        out.push((hi * 16 + lo) as u8);
    }
    Ok(bytes_value(out))
}

fn b2a_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!(
            "b2a_base64() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let data = bytes_arg(vm, &pos[0])?;
    let newline = match args.kwarg("newline") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n = (chunk[0] as u32) << 16
            | (*chunk.get(1).unwrap_or(&0) as u32) << 8
            | *chunk.get(2).unwrap_or(&0) as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(bytes_value(out))
}

/// a2b_base64 in CPython's non-strict mode: characters outside the alphabet
/// are skipped, decoding stops at complete padding.
fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "a2b_base64", 1, 1)?;
    let text = ascii_arg(vm, &args.vals[0])?;
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut quad, mut pads, mut chars) = (0u32, 0usize, 0usize, 0usize);
    for &c in &text {
        if c == b'=' {
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    return Ok(bytes_value(out));
                }
            }
            continue;
        }
        let Some(v) = B64.iter().position(|&b| b == c) else {
            continue;
        };
        chars += 1;
        acc = (acc << 6) | v as u32;
        quad += 1;
        if quad >= 2 {
            let shift = 2 * (4 - quad);
            out.push((acc >> shift) as u8);
            acc &= (1 << shift) - 1;
        }
        if quad == 4 {
            quad = 0;
            acc = 0;
        }
    }
    match quad {
        0 => Ok(bytes_value(out)),
        1 => {
            let m = format!("Invalid base64-encoded string: number of data characters ({chars}) cannot be 1 more than a multiple of 4");
            Err(error(vm, m))
        }
        _ => Err(error(vm, "Incorrect padding")),
    }
}

/// CRC-32 (IEEE 802.3, the zlib polynomial), a byte at a time through a
/// 1 KiB table built at compile time (bit by bit took ~80 instructions a
/// byte on DOS, too slow to check a transfer).
pub fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    !data.iter().fold(!crc, |crc, &b| {
        CRC32_TABLE[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8)
    })
}

const CRC32_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = i as u32;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
            bit += 1;
        }
        table[i] = crc;
        i += 1;
    }
    table
};

pub fn crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "crc32", 1, 2)?;
    let data = bytes_arg(vm, &args.vals[0])?;
    let start = match args.vals.get(1) {
        Some(v) => int_arg(vm, v)? as u32,
        None => 0,
    };
    Ok(Value::Int(crc32_update(start, &data) as i64))
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    module_exception(vm, d, "binascii", "Error", Exc::ValueError);
    module_exception(vm, d, "binascii", "Incomplete", Exc::Exception);
    super::add_fns(
        vm,
        d,
        &[
            ("hexlify", hexlify),
            ("b2a_hex", hexlify),
            ("unhexlify", unhexlify),
            ("a2b_hex", unhexlify),
            ("b2a_base64", b2a_base64),
            ("a2b_base64", a2b_base64),
            ("crc32", crc32),
        ],
    );
    Ok(())
}
