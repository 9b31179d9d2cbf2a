//! `bytes`: the constructor and the bytes methods (ASCII case and class
//! tests, searching, splitting, padding, hex, decode).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::bytes_shape as shape;
use super::{add_method, bound_arg, int_arg, method_args};
use crate::vm::object::bytes_like::{byte_view, bytes_like, ByteView};
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{text, PyResult, Vm};

/// A new bytes value.
pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(Kind::Bytes(data.into())))
}

/// The `self` bytes of a bytes method.
pub(super) fn this<'a>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<ByteView<'a>> {
    match args.vals.first().and_then(byte_view) {
        Some(b) => Ok(b),
        None => {
            let m = format!("descriptor '{name}' requires a 'bytes' or 'bytearray' object");
            Err(vm.type_error(m))
        }
    }
}

/// An argument that must be bytes-like.
pub(crate) fn bytes_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<ByteView<'a>> {
    match byte_view(v) {
        Some(b) => Ok(b),
        None => {
            let m = format!("a bytes-like object is required, not '{}'", vm.type_name(v));
            Err(vm.type_error(m))
        }
    }
}

/// A search needle: bytes, or an int in range(256) meaning one byte.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(n) = crate::vm::eval::ops::as_int(v) {
        if !(0..256).contains(&n) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(alloc::vec![n as u8]);
    }
    match byte_view(v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let m = format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}

/// The `start`/`end` arguments of find/count/startswith as a range of `n` bytes.
fn byte_range(vm: &mut Vm, n: usize, args: &[Value]) -> PyResult<Option<(usize, usize)>> {
    let n = n as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.first() {
        None | Some(Value::None) => 0,
        Some(v) => {
            let s = bound_arg(vm, v)?;
            if s > n {
                return Ok(None);
            }
            norm(s)
        }
    };
    let end = match args.get(1) {
        None | Some(Value::None) => n,
        Some(v) => norm(bound_arg(vm, v)?),
    };
    Ok((start <= end).then_some((start as usize, end as usize)))
}

/// Where `sub` first (or, with `rev`, last) occurs in `hay`.
pub(crate) fn find_in(hay: &[u8], sub: &[u8], rev: bool) -> Option<usize> {
    if sub.len() > hay.len() {
        return None;
    }
    let Some((&first, rest)) = sub.split_first() else {
        return Some(if rev { hay.len() } else { 0 });
    };
    // Scan for the first byte (a tight loop), compare the rest on a hit.
    let starts = &hay[..=hay.len() - sub.len()];
    let hit = |i: usize| hay[i + 1..i + sub.len()] == *rest;
    if rev {
        let mut end = starts.len();
        while let Some(i) = starts[..end].iter().rposition(|&c| c == first) {
            if hit(i) {
                return Some(i);
            }
            end = i;
        }
    } else {
        let mut from = 0;
        while let Some(p) = starts[from..].iter().position(|&c| c == first) {
            if hit(from + p) {
                return Some(from + p);
            }
            from += p + 1;
        }
    }
    None
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, rev: bool) -> PyResult<Option<i64>> {
    method_args(vm, args, name, 1, 3)?;
    let b = this(vm, args, name)?;
    let b: &[u8] = &b;
    let sub = needle(vm, &args.vals[1])?;
    let Some((a, e)) = byte_range(vm, b.len(), &args.vals[2..])? else {
        return Ok(None);
    };
    Ok(find_in(&b[a..e], &sub, rev).map(|p| (a + p) as i64))
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "find", false)?.unwrap_or(-1),
    ))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "rfind", true)?.unwrap_or(-1),
    ))
}

fn index_impl(vm: &mut Vm, args: Args, name: &str, rev: bool) -> PyResult<Value> {
    match find_impl(vm, args, name, rev)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    index_impl(vm, args, "index", false)
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    index_impl(vm, args, "rindex", true)
}

/// Non-overlapping occurrences of `sub` in `hay`, left to right.
fn occurrences(hay: &[u8], sub: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(p) = find_in(&hay[i..], sub, false) {
        out.push(i + p);
        i += p + sub.len().max(1);
        if i > hay.len() {
            break;
        }
    }
    out
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "count", 1, 3)?;
    let b = this(vm, args, "count")?;
    let b: &[u8] = &b;
    let sub = needle(vm, &args.vals[1])?;
    let Some((a, e)) = byte_range(vm, b.len(), &args.vals[2..])? else {
        return Ok(Value::Int(0));
    };
    Ok(Value::Int(occurrences(&b[a..e], &sub).len() as i64))
}

fn starts_ends(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult<Value> {
    method_args(vm, args, name, 1, 3)?;
    let b = this(vm, args, name)?;
    let b: &[u8] = &b;
    let Some((a, e)) = byte_range(vm, b.len(), &args.vals[2..])? else {
        return Ok(Value::Bool(false));
    };
    let hay = &b[a..e];
    let test = |p: &[u8]| {
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    let arg = &args.vals[1];
    if let Some(p) = byte_view(arg) {
        return Ok(Value::Bool(test(&p)));
    }
    if let Some(Kind::Tuple(t)) = arg.as_obj().map(|o| &**o) {
        for p in t.iter() {
            if test(&bytes_arg(vm, p)?) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let m = format!(
        "{name} first arg must be bytes or a tuple of bytes, not {}",
        vm.type_name(arg)
    );
    Err(vm.type_error(m))
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

pub(super) fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The `sep` and `maxsplit` arguments of split/rsplit.
fn split_args<'a>(vm: &mut Vm, args: Args<'a>) -> PyResult<(Option<ByteView<'a>>, i64)> {
    let pos = args.pos();
    let sep = match pos.get(1).or_else(|| args.kwarg("sep")) {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = bytes_arg(vm, v)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let maxsplit = match pos.get(2).or_else(|| args.kwarg("maxsplit")) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

/// Split `b` on `sep` (or runs of whitespace), at most `maxsplit` times,
/// from the left or, with `rev`, from the right. Parts come out in order.
fn split_parts<'a>(b: &'a [u8], sep: Option<&[u8]>, maxsplit: i64, rev: bool) -> Vec<&'a [u8]> {
    // Past the machine word (DOS) there is no limit: no wrap.
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut parts = Vec::new();
    let mut rest = b;
    match sep {
        Some(sep) => {
            while parts.len() < limit {
                let Some(p) = find_in(rest, sep, rev) else {
                    break;
                };
                if rev {
                    parts.push(&rest[p + sep.len()..]);
                    rest = &rest[..p];
                } else {
                    parts.push(&rest[..p]);
                    rest = &rest[p + sep.len()..];
                }
            }
            parts.push(rest);
        }
        None => loop {
            rest = trim(rest, is_space, !rev, rev);
            if rest.is_empty() {
                break;
            }
            if parts.len() == limit {
                parts.push(rest);
                break;
            }
            let cut = if rev {
                rest.iter().rposition(|&c| is_space(c)).map(|i| (i + 1, i))
            } else {
                rest.iter().position(|&c| is_space(c)).map(|i| (i, i))
            };
            match cut {
                Some((a, e)) if rev => {
                    parts.push(&rest[a..]);
                    rest = &rest[..e];
                }
                Some((a, _)) => {
                    parts.push(&rest[..a]);
                    rest = &rest[a..];
                }
                None => {
                    parts.push(rest);
                    break;
                }
            }
        },
    }
    if rev {
        parts.reverse();
    }
    parts
}

fn split_impl(vm: &mut Vm, args: Args, name: &str, rev: bool) -> PyResult<Value> {
    let b = this(vm, args, name)?;
    let b: &[u8] = &b;
    let (sep, maxsplit) = split_args(vm, args)?;
    let items = split_parts(b, sep.as_deref(), maxsplit, rev)
        .into_iter()
        .map(|p| bytes_like(&args.vals[0], p.to_vec()))
        .collect();
    Ok(vm.new_list(items))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, args, "splitlines")?;
    let b: &[u8] = &b;
    let keep = match args.pos().get(1).or_else(|| args.kwarg("keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut items = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        items.push(bytes_like(&args.vals[0], b[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < b.len() {
        items.push(bytes_like(&args.vals[0], b[start..].to_vec()));
    }
    Ok(vm.new_list(items))
}

fn trim(b: &[u8], strip: impl Fn(u8) -> bool, left: bool, right: bool) -> &[u8] {
    let mut a = 0;
    let mut e = b.len();
    while left && a < e && strip(b[a]) {
        a += 1;
    }
    while right && e > a && strip(b[e - 1]) {
        e -= 1;
    }
    &b[a..e]
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    method_args(vm, args, name, 0, 1)?;
    let b = this(vm, args, name)?;
    let b: &[u8] = &b;
    let out = match args.vals.get(1) {
        None | Some(Value::None) => trim(b, is_space, left, right),
        Some(v) => {
            let chars = bytes_arg(vm, v)?;
            let chars: &[u8] = &chars;
            trim(b, |c| chars.contains(&c), left, right)
        }
    };
    Ok(bytes_like(&args.vals[0], out.to_vec()))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "join", 1, 1)?;
    let sep = this(vm, args, "join")?;
    let sep: &[u8] = &sep;
    let items = vm.collect(&args.vals[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            vm.make_room(&mut out, sep.len())?;
            out.extend_from_slice(sep);
        }
        match byte_view(it) {
            Some(b) => {
                vm.make_room(&mut out, b.len())?;
                out.extend_from_slice(&b);
            }
            None => {
                let m = format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(it)
                );
                return Err(vm.type_error(m));
            }
        }
    }
    Ok(bytes_like(&args.vals[0], out))
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "replace", 2, 3)?;
    let b = this(vm, args, "replace")?;
    let b: &[u8] = &b;
    let old = bytes_arg(vm, &args.vals[1])?;
    let old: &[u8] = &old;
    let new = bytes_arg(vm, &args.vals[2])?;
    let new: &[u8] = &new;
    let limit = match args.vals.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let mut hits = if old.is_empty() {
        (0..=b.len()).collect()
    } else {
        occurrences(b, old)
    };
    if limit >= 0 {
        hits.truncate(limit as usize);
    }
    let mut out = Vec::with_capacity(b.len());
    let mut last = 0;
    for h in hits {
        out.extend_from_slice(&b[last..h]);
        out.extend_from_slice(new);
        last = h + old.len();
        if old.is_empty() && h < b.len() {
            out.push(b[h]);
            last = h + 1;
        }
    }
    out.extend_from_slice(&b[last.min(b.len())..]);
    Ok(bytes_like(&args.vals[0], out))
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, rev: bool) -> PyResult<Value> {
    method_args(vm, args, name, 1, 1)?;
    let b = this(vm, args, name)?;
    let b: &[u8] = &b;
    let sep = bytes_arg(vm, &args.vals[1])?;
    let sep: &[u8] = &sep;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts: [&[u8]; 3] = match find_in(b, sep, rev) {
        Some(i) => [&b[..i], sep, &b[i + sep.len()..]],
        None if rev => [b"", b"", b],
        None => [b, b"", b""],
    };
    let items = parts
        .iter()
        .map(|p| bytes_like(&args.vals[0], p.to_vec()))
        .collect();
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn remove_affix(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    method_args(vm, args, name, 1, 1)?;
    let b = this(vm, args, name)?;
    let b: &[u8] = &b;
    let p = bytes_arg(vm, &args.vals[1])?;
    let p: &[u8] = &p;
    let rest = if suffix {
        b.strip_suffix(p)
    } else {
        b.strip_prefix(p)
    };
    match rest {
        Some(r) if !p.is_empty() => Ok(bytes_like(&args.vals[0], r.to_vec())),
        _ => Ok(args.vals[0].clone()),
    }
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", true)
}

pub(super) fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "hex", 0, 2)?;
    let b = this(vm, args, "hex")?;
    let b: &[u8] = &b;
    let sep = match args.vals.get(1) {
        None => None,
        Some(v) => match str_of(v).or(match v.as_obj().map(|o| &**o) {
            Some(Kind::Bytes(b)) => core::str::from_utf8(b).ok(),
            _ => None,
        }) {
            Some(s) if s.chars().count() == 1 => s.chars().next().map(|c| c as u32),
            _ => return Err(vm.value_error("sep must be length 1.")),
        },
    };
    let per = match args.vals.get(2) {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    let mut out = String::new();
    text::bytes_hex(&mut out, b, sep, per).map_err(|e| vm.text_error(e))?;
    Ok(vm.new_str_value(out))
}

fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(s) = pos.last().filter(|_| pos.len() == 2).and_then(str_of) else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    let mut out = Vec::new();
    text::bytes_fromhex(s, &mut out).map_err(|e| vm.text_error(e))?;
    let cls = args.vals[0].as_obj();
    if cls.is_some_and(|c| c.ptr_eq(&vm.types.bytearray)) {
        return Ok(super::bytearray::new_bytearray(out));
    }
    Ok(new_bytes(out))
}

fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this(vm, args, "decode")?;
    let b: &[u8] = &b;
    let [enc, errors] = super::bytes_new::codec_args(vm, args, 1, "decode")?;
    let enc = enc.as_deref().unwrap_or("utf-8");
    match super::codecs::decode(b, enc, errors.as_deref().unwrap_or("strict")) {
        Ok(s) => Ok(vm.new_str_value(s)),
        Err(e) => Err(super::bytes_new::codec_error(vm, e)),
    }
}

fn bytes_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "__len__", 0, 0)?;
    Ok(Value::Int(this(vm, args, "__len__")?.len() as i64))
}

/// The methods bytes and bytearray share (results keep `self`'s type).
const SHARED: &[(&str, NativeFn)] = &[
    ("__len__", bytes_len),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("join", join),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("replace", replace),
    ("partition", partition),
    ("rpartition", rpartition),
    ("upper", shape::upper),
    ("lower", shape::lower),
    ("swapcase", shape::swapcase),
    ("capitalize", shape::capitalize),
    ("title", shape::title),
    ("isdigit", shape::isdigit),
    ("isalpha", shape::isalpha),
    ("isalnum", shape::isalnum),
    ("isspace", shape::isspace),
    ("isascii", shape::isascii),
    ("isupper", shape::isupper),
    ("islower", shape::islower),
    ("istitle", shape::istitle),
    ("expandtabs", shape::expandtabs),
    ("center", shape::center),
    ("ljust", shape::ljust),
    ("rjust", shape::rjust),
    ("zfill", shape::zfill),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("hex", hex),
    ("decode", decode),
];

/// Put the shared methods, `__new__` and the `fromhex` classmethod on `t`.
pub fn install_shared(vm: &mut Vm, t: &ObjRef, new: NativeFn, fromhex_name: &'static str) {
    add_method(vm, t, "__new__", new);
    for (name, f) in SHARED {
        add_method(vm, t, name, *f);
    }
    let fh = super::native(vm, fromhex_name, fromhex, false);
    let k = vm.intern("fromhex");
    if let Kind::Class(c) = &**t {
        vm.dict_set_str(&c.dict, k, Value::Obj(ObjRef::new(Kind::ClassMethod(fh))));
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.bytes.clone();
    install_shared(vm, &t, super::bytes_new::bytes_new, "bytes.fromhex");
}
