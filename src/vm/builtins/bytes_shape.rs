//! The bytes/bytearray methods about the shape of the bytes: ASCII case
//! mapping, the character-class tests, tab expansion and padding.

use alloc::format;
use alloc::vec::Vec;

use super::bytes::{is_space, this};
use super::{int_arg, method_args};
use crate::vm::object::bytes_like::{byte_view, bytes_like};
use crate::vm::object::func::Args;
use crate::vm::object::Value;
use crate::vm::{PyResult, Vm};

/// A method mapping each byte of `self` to a new bytes value.
fn map_bytes(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    method_args(vm, args, name, 0, 0)?;
    let b = this(vm, args, name)?;
    let b: &[u8] = &b;
    Ok(bytes_like(&args.vals[0], f(b)))
}

pub(super) fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |b| b.to_ascii_uppercase())
}

pub(super) fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |b| b.to_ascii_lowercase())
}

pub(super) fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |b| {
        b.iter()
            .map(|&c| c ^ if c.is_ascii_alphabetic() { 0x20 } else { 0 })
            .collect()
    })
}

pub(super) fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "capitalize", |b| {
        let mut out = b.to_ascii_lowercase();
        if let Some(c) = out.first_mut() {
            c.make_ascii_uppercase();
        }
        out
    })
}

pub(super) fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

/// A method testing the bytes of `self`.
fn test_bytes(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    method_args(vm, args, name, 0, 0)?;
    let b = this(vm, args, name)?;
    let b: &[u8] = &b;
    Ok(Value::Bool(f(b)))
}

fn all_nonempty(b: &[u8], f: fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

pub(super) fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "isdigit", |b| all_nonempty(b, u8::is_ascii_digit))
}

pub(super) fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "isalpha", |b| {
        all_nonempty(b, u8::is_ascii_alphabetic)
    })
}

pub(super) fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "isalnum", |b| {
        all_nonempty(b, u8::is_ascii_alphanumeric)
    })
}

pub(super) fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "isspace", |b| all_nonempty(b, |c| is_space(*c)))
}

pub(super) fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "isascii", |b| b.is_ascii())
}

pub(super) fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

pub(super) fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

pub(super) fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_bytes(vm, args, "istitle", |b| {
        let mut prev_cased = false;
        let mut any = false;
        for &c in b {
            if c.is_ascii_uppercase() && prev_cased || c.is_ascii_lowercase() && !prev_cased {
                return false;
            }
            any |= c.is_ascii_alphabetic();
            prev_cased = c.is_ascii_alphabetic();
        }
        any
    })
}

pub(super) fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, args, "expandtabs")?;
    let b: &[u8] = &b;
    let size = super::str::tabsize_arg(vm, args)?;
    let mut out = Vec::with_capacity(b.len());
    let mut col = 0;
    for &c in b {
        match c {
            b'\t' if size > 0 => {
                let n = size - col % size;
                out.try_reserve(n).map_err(|_| vm.no_memory())?;
                out.resize(out.len() + n, b' ');
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(bytes_like(&args.vals[0], out))
}

/// The `width` and one-byte `fillbyte` arguments of center/ljust/rjust.
fn fill_arg(vm: &mut Vm, args: Args, name: &str) -> PyResult<(usize, u8)> {
    method_args(vm, args, name, 1, 2)?;
    let w = int_arg(vm, &args.vals[1])?;
    let fill = match args.vals.get(2) {
        None => b' ',
        Some(v) => match byte_view(v).as_deref() {
            Some([c]) => *c,
            _ => {
                let m = format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                );
                return Err(vm.type_error(m));
            }
        },
    };
    Ok((crate::vm::object::int::clamp_size(w), fill))
}

fn padded(
    vm: &mut Vm,
    like: &Value,
    b: &[u8],
    left: usize,
    right: usize,
    fill: u8,
) -> PyResult<Value> {
    let total = b.len().saturating_add(left).saturating_add(right);
    let mut out = vm.vec_with_room(total)?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(total, fill);
    Ok(bytes_like(like, out))
}

pub(super) fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (w, fill) = fill_arg(vm, args, "center")?;
    let b = this(vm, args, "center")?;
    let b: &[u8] = &b;
    let marg = w.saturating_sub(b.len());
    let left = marg / 2 + (marg & w & 1);
    padded(vm, &args.vals[0], b, left, marg - left, fill)
}

pub(super) fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (w, fill) = fill_arg(vm, args, "ljust")?;
    let b = this(vm, args, "ljust")?;
    let b: &[u8] = &b;
    padded(vm, &args.vals[0], b, 0, w.saturating_sub(b.len()), fill)
}

pub(super) fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (w, fill) = fill_arg(vm, args, "rjust")?;
    let b = this(vm, args, "rjust")?;
    let b: &[u8] = &b;
    padded(vm, &args.vals[0], b, w.saturating_sub(b.len()), 0, fill)
}

pub(super) fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "zfill", 1, 1)?;
    let b = this(vm, args, "zfill")?;
    let b: &[u8] = &b;
    let w = crate::vm::object::int::clamp_size(int_arg(vm, &args.vals[1])?);
    let (sign, digits) = match b.first() {
        Some(c @ (b'+' | b'-')) => (Some(*c), &b[1..]),
        _ => (None, b),
    };
    let zeros = w.saturating_sub(b.len());
    let mut out: Vec<u8> = sign.into_iter().collect();
    out.resize(out.len() + zeros, b'0');
    out.extend_from_slice(digits);
    Ok(bytes_like(&args.vals[0], out))
}
