//! The `struct` module: formats parsed into items, values packed into and
//! unpacked from bytes with CPython's sizes, alignment and `struct.error`
//! messages. Native mode (`@`, the default) is little-endian with the
//! target's `long`/`size_t` width and natural alignment, as CPython's.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_traits::{Signed, ToPrimitive};

use super::{bytes_arg, bytes_value, module_exception, number_arg, raise_in};
use crate::vm::builtins::types::new_class;
use crate::vm::builtins::{add_value, arg_count, method_args};
use crate::vm::object::bigint::{self, BigInt};
use crate::vm::object::bytes_like::{writable_len, write_at};
use crate::vm::object::class::Layout;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// One format item: a code repeated `count` times (for `s`/`p`, the length).
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    size: usize,
    offset: usize,
}

/// A parsed format string.
struct Format {
    little: bool,
    items: Vec<Item>,
    size: usize,
}

impl Format {
    /// How many Python values `pack` takes / `unpack` returns.
    fn value_count(&self) -> usize {
        self.items
            .iter()
            .map(|i| match i.code {
                b'x' => 0,
                b's' | b'p' => 1,
                _ => i.count,
            })
            .sum()
    }
}

/// Size of one item of `code` (None for an unknown code).
fn code_size(code: u8, standard: bool) -> Option<usize> {
    let word = core::mem::size_of::<usize>();
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if standard => 4,
        b'l' | b'L' | b'n' | b'N' | b'P' if !standard => word,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

fn parse(fmt: &str) -> Result<Format, &'static str> {
    let bytes = fmt.as_bytes();
    let (little, standard, mut pos) = match bytes.first() {
        Some(b'<') => (true, true, 1),
        Some(b'>' | b'!') => (false, true, 1),
        Some(b'=') => (true, true, 1),
        Some(b'@') => (true, false, 1),
        _ => (true, false, 0),
    };
    let mut items = Vec::new();
    let mut size = 0usize;
    while pos < bytes.len() {
        let c = bytes[pos];
        if c.is_ascii_whitespace() {
            pos += 1;
            continue;
        }
        let mut count = None;
        while pos < bytes.len() && bytes[pos].is_ascii_digit() {
            let d = (bytes[pos] - b'0') as usize;
            count = Some(
                count
                    .unwrap_or(0usize)
                    .checked_mul(10)
                    .and_then(|n: usize| n.checked_add(d))
                    .ok_or("total struct size too long")?,
            );
            pos += 1;
        }
        let Some(&code) = bytes.get(pos) else {
            return Err("repeat count given without format specifier");
        };
        pos += 1;
        let one = code_size(code, standard).ok_or("bad char in struct format")?;
        if !standard && !matches!(code, b's' | b'p' | b'x') {
            size = size.div_ceil(one) * one;
        }
        let count = count.unwrap_or(1);
        let total = one.checked_mul(count).ok_or("total struct size too long")?;
        items.push(Item {
            code,
            count,
            size: one,
            offset: size,
        });
        size = size
            .checked_add(total)
            .ok_or("total struct size too long")?;
    }
    Ok(Format {
        little,
        items,
        size,
    })
}

fn struct_error(vm: &mut Vm, msg: impl Into<String>) -> crate::vm::object::ObjRef {
    raise_in(vm, "struct", "error", msg.into())
}

/// The format argument (str or bytes) parsed, or the matching error.
fn layout_arg(vm: &mut Vm, v: &Value) -> PyResult<Format> {
    let text = match v.as_obj().map(|o| &**o) {
        Some(Kind::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => match str_of(v) {
            Some(s) => String::from(s),
            None => {
                let m = format!(
                    "Struct() argument 1 must be a str or bytes object, not {}",
                    vm.type_name(v)
                );
                return Err(vm.type_error(m));
            }
        },
    };
    parse(&text).map_err(|m| struct_error(vm, m))
}

fn put_uint(out: &mut [u8], v: u64, little: bool) {
    let n = out.len();
    for (i, b) in out.iter_mut().enumerate() {
        let shift = if little { i } else { n - 1 - i } * 8;
        *b = (v >> shift) as u8;
    }
}

fn get_uint(data: &[u8], little: bool) -> u64 {
    let mut v = 0u64;
    for i in 0..data.len() {
        let b = if little {
            data[data.len() - 1 - i]
        } else {
            data[i]
        };
        v = (v << 8) | b as u64;
    }
    v
}

/// An integer item, range-checked with CPython's message for its code.
fn int_item(vm: &mut Vm, v: &Value, code: u8, size: usize) -> PyResult<u64> {
    let x: i128 = match (v, bigint::as_big(v)) {
        (Value::Float(_), _) => None,
        // Past i128 is out of every format's range all the same.
        (_, Some(big)) => Some(big.to_i128().unwrap_or(if big.is_negative() {
            i128::MIN
        } else {
            i128::MAX
        })),
        _ => vm.index_value(v)?.map(i128::from),
    }
    .ok_or_else(|| struct_error(vm, "required argument is not an integer"))?;
    let signed = code.is_ascii_lowercase();
    let bits = size as u32 * 8;
    let (lo, hi): (i128, i128) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    if x < lo || x > hi {
        let m = match code {
            b'b' => format!("byte format requires {lo} <= number <= {hi}"),
            b'B' => format!("ubyte format requires {lo} <= number <= {hi}"),
            b'h' => format!("short format requires {lo} <= number <= {hi}"),
            b'H' => format!("ushort format requires {lo} <= number <= {hi}"),
            _ if bits < 64 && (signed || x >= 0) => {
                format!("'{}' format requires {lo} <= number <= {hi}", code as char)
            }
            _ => String::from("argument out of range"),
        };
        return Err(struct_error(vm, m));
    }
    Ok(x as u64)
}

/// IEEE 754 half precision from f64, rounding to nearest even; None on overflow.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = libm::fabs(x);
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // Scale so that one unit in the last place is 1, then round half to even.
    let (exp, unit) = if a < libm::ldexp(1.0, -14) {
        (0, libm::ldexp(1.0, -24))
    } else {
        let e = libm::ilogb(a);
        (e + 15, libm::ldexp(1.0, e - 10))
    };
    let q = libm::rint(a / unit) as u32;
    let bits = if exp == 0 {
        q // subnormal (q == 1024 rolls into the smallest normal)
    } else if q >= 2048 {
        ((exp as u32 + 1) << 10) | ((q >> 1) - 1024)
    } else {
        ((exp as u32) << 10) | (q - 1024)
    };
    if bits >= 0x7c00 {
        return None;
    }
    Some(sign | bits as u16)
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => libm::ldexp(frac, -24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => libm::ldexp(1024.0 + frac, exp - 25),
    }
}

fn float_item(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(_) | Value::Int(_) | Value::Bool(_) => number_arg(vm, v, "a float"),
        _ => Err(struct_error(vm, "required argument is not a float")),
    }
}

fn bytes_item<'a>(vm: &mut Vm, v: &'a Value, code: u8) -> PyResult<&'a [u8]> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Bytes(b)) => Ok(b),
        _ => Err(struct_error(
            vm,
            format!("argument for '{}' must be a bytes object", code as char),
        )),
    }
}

/// Pack `vals` by `lay` into `out` (exactly `lay.size` bytes, zeroed).
fn pack_values(vm: &mut Vm, lay: &Format, vals: &[Value], out: &mut [u8]) -> PyResult<()> {
    let want = lay.value_count();
    if vals.len() != want {
        return Err(struct_error(
            vm,
            format!(
                "pack expected {want} items for packing (got {})",
                vals.len()
            ),
        ));
    }
    let mut next = vals.iter();
    for it in &lay.items {
        match it.code {
            b'x' => {}
            b's' | b'p' => {
                let v = next.next().unwrap_or(&Value::None);
                let data = bytes_item(vm, v, it.code)?;
                let field = &mut out[it.offset..it.offset + it.count];
                if it.code == b'p' && it.count > 0 {
                    let n = data.len().min(it.count - 1).min(255);
                    field[0] = n as u8;
                    field[1..1 + n].copy_from_slice(&data[..n]);
                } else {
                    let n = data.len().min(it.count);
                    field[..n].copy_from_slice(&data[..n]);
                }
            }
            code => {
                for k in 0..it.count {
                    let v = next.next().unwrap_or(&Value::None);
                    let at = it.offset + k * it.size;
                    let field = &mut out[at..at + it.size];
                    pack_one(vm, lay, code, v, field)?;
                }
            }
        }
    }
    Ok(())
}

fn pack_one(vm: &mut Vm, lay: &Format, code: u8, v: &Value, field: &mut [u8]) -> PyResult<()> {
    let bits = match code {
        b'c' => match v.as_obj().map(|o| &**o) {
            Some(Kind::Bytes(b)) if b.len() == 1 => b[0] as u64,
            _ => {
                return Err(struct_error(
                    vm,
                    "char format requires a bytes object of length 1",
                ))
            }
        },
        b'?' => vm.truthy(v)? as u64,
        b'e' => {
            let x = float_item(vm, v)?;
            match f64_to_half(x) {
                Some(h) => h as u64,
                None => {
                    return Err(vm.new_exc(
                        crate::vm::builtins::exc_table::Exc::OverflowError,
                        "float too large to pack with e format",
                    ))
                }
            }
        }
        b'f' => {
            let x = float_item(vm, v)?;
            let f = x as f32;
            if f.is_infinite() && x.is_finite() {
                return Err(vm.new_exc(
                    crate::vm::builtins::exc_table::Exc::OverflowError,
                    "float too large to pack with f format",
                ));
            }
            f.to_bits() as u64
        }
        b'd' => float_item(vm, v)?.to_bits(),
        _ => int_item(vm, v, code, field.len())?,
    };
    put_uint(field, bits, lay.little);
    Ok(())
}

/// Unpack exactly `lay.size` bytes of `data` into a tuple.
fn unpack_values(vm: &mut Vm, lay: &Format, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(lay.value_count());
    for it in &lay.items {
        match it.code {
            b'x' => {}
            b's' => out.push(bytes_value(data[it.offset..it.offset + it.count].to_vec())),
            b'p' => {
                let field = &data[it.offset..it.offset + it.count];
                let n = field
                    .first()
                    .map_or(0, |&n| (n as usize).min(it.count.saturating_sub(1)));
                out.push(bytes_value(field.get(1..1 + n).unwrap_or(&[]).to_vec()));
            }
            code => {
                for k in 0..it.count {
                    let at = it.offset + k * it.size;
                    let raw = get_uint(&data[at..at + it.size], lay.little);
                    out.push(unpack_one(code, raw, it.size));
                }
            }
        }
    }
    vm.new_tuple(out)
}

fn unpack_one(code: u8, raw: u64, size: usize) -> Value {
    match code {
        b'c' => bytes_value(alloc::vec![raw as u8]),
        b'?' => Value::Bool(raw != 0),
        b'e' => Value::Float(half_to_f64(raw as u16)),
        b'f' => Value::Float(f32::from_bits(raw as u32) as f64),
        b'd' => Value::Float(f64::from_bits(raw)),
        c if c.is_ascii_lowercase() => {
            let shift = 64 - size * 8;
            Value::Int(((raw << shift) as i64) >> shift)
        }
        _ => match i64::try_from(raw) {
            Ok(small) => Value::Int(small),
            Err(_) => bigint::int_value(BigInt::from(raw)),
        },
    }
}

fn pack_with(vm: &mut Vm, lay: &Format, vals: &[Value]) -> PyResult<Value> {
    let mut out = alloc::vec![0u8; lay.size];
    pack_values(vm, lay, vals, &mut out)?;
    Ok(bytes_value(out))
}

/// Where `lay.size` bytes start in a `len`-byte buffer at `offset` (negative:
/// from the end), for `pack_into` (`packing`) or `unpack_from`.
fn buffer_start(
    vm: &mut Vm,
    lay: &Format,
    offset: Option<&Value>,
    len: usize,
    packing: bool,
) -> PyResult<usize> {
    let off = match offset {
        Some(v) => crate::vm::builtins::int_arg(vm, v)?,
        None => 0,
    };
    let len = len as i64;
    let start = if off < 0 {
        if off + len < 0 {
            let m = format!("offset {off} out of range for {len}-byte buffer");
            return Err(struct_error(vm, m));
        }
        off + len
    } else {
        off
    };
    if len - start >= lay.size as i64 {
        return Ok(start as usize);
    }
    let size = lay.size;
    let m = match (off < 0, packing) {
        (true, true) => format!("no space to pack {size} bytes at offset {off}"),
        (true, false) => format!("not enough data to unpack {size} bytes at offset {off}"),
        (false, _) => {
            let (name, verb) = if packing {
                ("pack_into", "packing")
            } else {
                ("unpack_from", "unpacking")
            };
            format!(
                "{name} requires a buffer of at least {} bytes for {verb} {size} bytes at offset {off} (actual buffer size is {len})",
                size as i64 + off
            )
        }
    };
    Err(struct_error(vm, m))
}

/// `pack_into(fmt, buffer, offset, *values)`: pack into a writable buffer.
fn pack_into_with(vm: &mut Vm, lay: &Format, pos: &[Value]) -> PyResult<Value> {
    let [buffer, offset, vals @ ..] = pos else {
        let m = format!(
            "pack_into expected at least 3 arguments, got {}",
            pos.len() + 1
        );
        return Err(vm.type_error(m));
    };
    let Some(len) = writable_len(buffer) else {
        let m = format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(buffer)
        );
        return Err(vm.type_error(m));
    };
    let start = buffer_start(vm, lay, Some(offset), len, true)?;
    let mut out = alloc::vec![0u8; lay.size];
    pack_values(vm, lay, vals, &mut out)?;
    write_at(buffer, start, &out);
    Ok(Value::None)
}

fn unpack_with(vm: &mut Vm, lay: &Format, data: &Value) -> PyResult<Value> {
    let data = bytes_arg(vm, data)?;
    if data.len() != lay.size {
        return Err(struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", lay.size),
        ));
    }
    Ok(unpack_values(vm, lay, &data))
}

fn unpack_from_with(
    vm: &mut Vm,
    lay: &Format,
    data: &Value,
    offset: Option<&Value>,
) -> PyResult<Value> {
    let data = bytes_arg(vm, data)?;
    let s = buffer_start(vm, lay, offset, data.len(), false)?;
    Ok(unpack_values(vm, lay, &data[s..s + lay.size]))
}

fn iter_unpack_with(vm: &mut Vm, lay: &Format, data: &Value) -> PyResult<Value> {
    let data = bytes_arg(vm, data)?;
    if lay.size == 0 {
        return Err(struct_error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % lay.size != 0 {
        return Err(struct_error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                lay.size
            ),
        ));
    }
    let items: Vec<Value> = data
        .chunks(lay.size)
        .map(|c| unpack_values(vm, lay, c))
        .collect();
    let list = vm.new_list(items);
    vm.get_iter(&list)
}

/// The positional arguments (at least `min`); keywords only where `kw_ok`.
fn need_format<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    kw_ok: bool,
) -> PyResult<&'a [Value]> {
    let pos = args.pos();
    if !kw_ok && !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if pos.len() < min {
        return Err(vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {}",
            if min == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    Ok(pos)
}

fn pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = need_format(vm, &args, "pack", 1, false)?;
    let lay = layout_arg(vm, &pos[0])?;
    pack_with(vm, &lay, &pos[1..])
}

fn pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = need_format(vm, &args, "pack_into", 1, false)?;
    let lay = layout_arg(vm, &pos[0])?;
    pack_into_with(vm, &lay, &pos[1..])
}

fn unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "unpack", 2, 2)?;
    let lay = layout_arg(vm, &args.vals[0])?;
    unpack_with(vm, &lay, &args.vals[1])
}

fn unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = need_format(vm, &args, "unpack_from", 2, true)?;
    let lay = layout_arg(vm, &pos[0])?;
    let offset = pos.get(2).or(args.kwarg("offset"));
    unpack_from_with(vm, &lay, &pos[1], offset)
}

fn iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "iter_unpack", 2, 2)?;
    let lay = layout_arg(vm, &args.vals[0])?;
    iter_unpack_with(vm, &lay, &args.vals[1])
}

fn calcsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "calcsize", 1, 1)?;
    let lay = layout_arg(vm, &args.vals[0])?;
    Ok(Value::Int(lay.size as i64))
}

/// The format a `Struct` instance was made with.
fn struct_format(vm: &mut Vm, this: &Value) -> PyResult<Format> {
    let k = vm.intern("format");
    let f = vm.get_attr(this, &k)?;
    layout_arg(vm, &f)
}

fn struct_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "Struct", 1, 1)?;
    let lay = layout_arg(vm, &args.vals[1])?;
    if let Some(d) = vm.instance_dict(&args.vals[0]) {
        add_value(vm, &d, "format", args.vals[1].clone());
        add_value(vm, &d, "size", Value::Int(lay.size as i64));
    }
    Ok(Value::None)
}

fn struct_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = need_format(vm, &args, "pack", 1, false)?;
    let lay = struct_format(vm, &pos[0])?;
    pack_with(vm, &lay, &pos[1..])
}

fn struct_pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = need_format(vm, &args, "pack_into", 1, false)?;
    let lay = struct_format(vm, &pos[0])?;
    pack_into_with(vm, &lay, &pos[1..])
}

fn struct_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "unpack", 1, 1)?;
    let lay = struct_format(vm, &args.vals[0])?;
    unpack_with(vm, &lay, &args.vals[1])
}

fn struct_unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = need_format(vm, &args, "unpack_from", 2, true)?;
    let lay = struct_format(vm, &pos[0])?;
    let offset = pos.get(2).or(args.kwarg("offset"));
    unpack_from_with(vm, &lay, &pos[1], offset)
}

fn struct_iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "iter_unpack", 1, 1)?;
    let lay = struct_format(vm, &args.vals[0])?;
    iter_unpack_with(vm, &lay, &args.vals[1])
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    module_exception(
        vm,
        d,
        "struct",
        "error",
        crate::vm::builtins::exc_table::Exc::Exception,
    );
    super::add_fns(
        vm,
        d,
        &[
            ("pack", pack),
            ("pack_into", pack_into),
            ("unpack", unpack),
            ("unpack_from", unpack_from),
            ("iter_unpack", iter_unpack),
            ("calcsize", calcsize),
        ],
    );
    let obj = vm.types.object.clone();
    let cls = new_class("Struct", &[obj], Layout::Object);
    super::add_methods(
        vm,
        &cls,
        &[
            ("__init__", struct_init),
            ("pack", struct_pack),
            ("pack_into", struct_pack_into),
            ("unpack", struct_unpack),
            ("unpack_from", struct_unpack_from),
            ("iter_unpack", struct_iter_unpack),
        ],
    );
    add_value(vm, d, "Struct", Value::Obj(cls));
    Ok(())
}
