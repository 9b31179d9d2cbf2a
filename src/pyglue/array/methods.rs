//! The named methods of `array.array`: growing and shrinking (append,
//! extend, insert, pop, remove), searching (index, count), in place
//! (reverse, byteswap), and conversions to and from lists, bytes, files
//! and str ('u' arrays), with CPython's errors.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{check_resizable, item_values, items, pack_all, sibling, this};
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::{int_arg, method_args};
use crate::vm::bytecode::CompareOp;
use crate::vm::object::array_buf::{array_of, ArrayBuf};
use crate::vm::object::bytes_like::byte_view;
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::{str_of, Kind, Value};
use crate::vm::{PyResult, Vm};

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("reverse", reverse),
    ("byteswap", byteswap),
    ("buffer_info", buffer_info),
    ("tobytes", tobytes),
    ("frombytes", frombytes),
    ("tolist", tolist),
    ("fromlist", fromlist),
    ("tofile", tofile),
    ("fromfile", fromfile),
    ("tounicode", tounicode),
    ("fromunicode", fromunicode),
    ("__copy__", copy),
    ("__deepcopy__", deepcopy),
];

/// The bytes of a str as 'u' items (4-byte code points).
pub fn unicode_bytes(s: &str) -> Vec<u8> {
    s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect()
}

/// The text of a 'u' array.
pub fn unicode_text(a: &ArrayBuf) -> String {
    a.buf
        .borrow()
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .map(|n| char::from_u32(n).unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Add `data` (whole items) at the end of the array `me`.
fn push_bytes(vm: &mut Vm, me: &Value, data: &[u8]) -> PyResult<()> {
    if data.is_empty() {
        return Ok(());
    }
    let a = this(vm, me)?;
    check_resizable(vm, &a)?;
    vm.grow_cell(&a.buf, data.len())?;
    a.buf.borrow_mut().extend_from_slice(data);
    Ok(())
}

/// The packed items of `vals`; on a bad item the ones before it are
/// added to `me` (as CPython's one-by-one loop leaves them) and the error
/// is raised.
fn push_values(vm: &mut Vm, me: &Value, vals: &[Value], partial: bool) -> PyResult<()> {
    let format = this(vm, me)?.format;
    match pack_all(vm, format, vals) {
        Ok(data) => push_bytes(vm, me, &data),
        Err((done, e)) => {
            if partial {
                push_bytes(vm, me, &done)?;
            }
            Err(e)
        }
    }
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.append", 1, 1)?;
    push_values(vm, &args.vals[0], &args.vals[1..2], false)?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.extend", 1, 1)?;
    let (me, src) = (&args.vals[0], &args.vals[1]);
    let format = this(vm, me)?.format;
    if let Some(b) = array_of(src) {
        if b.format != format {
            drop(b);
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        let data = b.buf.borrow().clone();
        drop(b);
        push_bytes(vm, me, &data)?;
        return Ok(Value::None);
    }
    let vals = vm.collect(src)?;
    push_values(vm, me, &vals, true)?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.insert", 2, 2)?;
    let me = &args.vals[0];
    let i = int_arg(vm, &args.vals[1])?;
    let format = this(vm, me)?.format;
    let mut item = Vec::new();
    items::pack_into(vm, format, &args.vals[2], &mut item)?;
    let a = this(vm, me)?;
    check_resizable(vm, &a)?;
    let n = a.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    vm.grow_cell(&a.buf, item.len())?;
    let size = a.itemsize();
    a.buf.borrow_mut().splice(at * size..at * size, item);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.pop", 0, 1)?;
    let me = &args.vals[0];
    let i = match args.vals.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let a = this(vm, me)?;
    let n = a.len() as i64;
    if n == 0 {
        return Err(vm.new_exc(Exc::IndexError, "pop from empty array"));
    }
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.new_exc(Exc::IndexError, "pop index out of range"));
    }
    check_resizable(vm, &a)?;
    let size = a.itemsize();
    let j = j as usize;
    let item: Vec<u8> = a.buf.borrow_mut().drain(j * size..(j + 1) * size).collect();
    Ok(items::unpack(vm, a.format, &item))
}

/// The index of the first item equal to `x` in `start..stop`.
pub fn find(
    vm: &mut Vm,
    me: &Value,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let vals = item_values(vm, me)?;
    let stop = stop.min(vals.len());
    for (i, v) in vals.iter().enumerate().take(stop).skip(start) {
        let r = vm.compare(CompareOp::Eq, v, x)?;
        if vm.truthy(&r)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.remove", 1, 1)?;
    let me = &args.vals[0];
    let Some(i) = find(vm, me, &args.vals[1], 0, usize::MAX)? else {
        return Err(vm.value_error("array.remove(x): x not in array"));
    };
    let a = this(vm, me)?;
    check_resizable(vm, &a)?;
    let size = a.itemsize();
    a.buf.borrow_mut().drain(i * size..(i + 1) * size);
    Ok(Value::None)
}

/// A start or stop bound of `index`, made non-negative against `n`.
fn bound(vm: &mut Vm, v: Option<&Value>, n: usize, default: usize) -> PyResult<usize> {
    match v {
        None => Ok(default),
        Some(v) => {
            let i = int_arg(vm, v)?;
            Ok(if i < 0 { (i + n as i64).max(0) } else { i } as usize)
        }
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.index", 1, 3)?;
    let me = &args.vals[0];
    let n = this(vm, me)?.len();
    let start = bound(vm, args.vals.get(2), n, 0)?;
    let stop = bound(vm, args.vals.get(3), n, n)?;
    match find(vm, me, &args.vals[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.count", 1, 1)?;
    let vals = item_values(vm, &args.vals[0])?;
    let mut n = 0;
    for v in &vals {
        let r = vm.compare(CompareOp::Eq, v, &args.vals[1])?;
        n += vm.truthy(&r)? as i64;
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.reverse", 0, 0)?;
    let a = this(vm, &args.vals[0])?;
    let size = a.itemsize();
    let mut data = a.buf.borrow_mut();
    data.reverse();
    data.chunks_exact_mut(size).for_each(|c| c.reverse());
    Ok(Value::None)
}

fn byteswap(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.byteswap", 0, 0)?;
    let a = this(vm, &args.vals[0])?;
    let size = a.itemsize();
    a.buf
        .borrow_mut()
        .chunks_exact_mut(size)
        .for_each(|c| c.reverse());
    Ok(Value::None)
}

/// `buffer_info()`: (address of the items, number of items).
fn buffer_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.buffer_info", 0, 0)?;
    let a = this(vm, &args.vals[0])?;
    let address = a.buf.borrow().as_ptr() as usize as i64;
    let n = a.len() as i64;
    Ok(vm.new_tuple(alloc::vec![Value::Int(address), Value::Int(n)]))
}

fn tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.tobytes", 0, 0)?;
    let a = this(vm, &args.vals[0])?;
    let data = vm.copy_vec(&a.buf.borrow())?;
    Ok(super::super::bytes_value(data))
}

fn frombytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.frombytes", 1, 1)?;
    let me = &args.vals[0];
    let data = match str_of(&args.vals[1]) {
        Some(_) => None,
        None => byte_view(&args.vals[1]).map(|b| b.to_vec()),
    };
    let Some(data) = data else {
        let m = format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&args.vals[1])
        );
        return Err(vm.type_error(m));
    };
    if !data.len().is_multiple_of(this(vm, me)?.itemsize()) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    push_bytes(vm, me, &data)?;
    Ok(Value::None)
}

fn tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.tolist", 0, 0)?;
    let vals = item_values(vm, &args.vals[0])?;
    Ok(vm.new_list(vals))
}

fn fromlist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.fromlist", 1, 1)?;
    let vals = match args.vals[1].as_obj().map(|o| &**o) {
        Some(Kind::List(l)) => l.borrow().clone(),
        _ => return Err(vm.type_error("arg must be list")),
    };
    push_values(vm, &args.vals[0], &vals, false)?;
    Ok(Value::None)
}

/// `f.<name>(arg)`.
fn call_on(vm: &mut Vm, f: &Value, name: &str, arg: Value) -> PyResult<Value> {
    let name = vm.intern(name);
    let m = vm.get_attr(f, &name)?;
    vm.call(&m, &[arg])
}

/// `tofile(f)`: the items' bytes to `f.write`, 64 KB at a time.
fn tofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.tofile", 1, 1)?;
    let data = this(vm, &args.vals[0])?.buf.borrow().clone();
    for block in data.chunks(64 * 1024) {
        let b = super::super::bytes_value(block.to_vec());
        call_on(vm, &args.vals[1], "write", b)?;
    }
    Ok(Value::None)
}

/// `fromfile(f, n)`: `n` items read by `f.read`; EOFError (after adding
/// the items read) when fewer came.
fn fromfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.fromfile", 2, 2)?;
    let me = &args.vals[0];
    let n = int_arg(vm, &args.vals[2])?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let size = this(vm, me)?.itemsize();
    let want = (n as usize)
        .checked_mul(size)
        .ok_or_else(|| vm.no_memory())?;
    let got = call_on(vm, &args.vals[1], "read", Value::Int(want as i64))?;
    let data = match got.as_obj().map(|o| &**o) {
        Some(Kind::Bytes(b)) => b.to_vec(),
        _ => return Err(vm.type_error("read() didn't return bytes")),
    };
    // As CPython: the bytes read go through frombytes whole.
    if !data.len().is_multiple_of(size) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    push_bytes(vm, me, &data)?;
    if data.len() < want {
        return Err(vm.new_exc(Exc::EOFError, "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

fn tounicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.tounicode", 0, 0)?;
    let a = this(vm, &args.vals[0])?;
    if a.format.code != b'u' {
        let m = "tounicode() may only be called on unicode type arrays";
        return Err(vm.value_error(m));
    }
    let text = unicode_text(&a);
    Ok(vm.new_str_value(text))
}

fn fromunicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.fromunicode", 1, 1)?;
    let me = &args.vals[0];
    let Some(s) = str_of(&args.vals[1]) else {
        let m = format!(
            "fromunicode() argument must be str, not {}",
            vm.type_name(&args.vals[1])
        );
        return Err(vm.type_error(m));
    };
    if this(vm, me)?.format.code != b'u' {
        let m = "fromunicode() may only be called on unicode type arrays";
        return Err(vm.value_error(m));
    }
    push_bytes(vm, me, &unicode_bytes(s))?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.__copy__", 0, 0)?;
    let me = &args.vals[0];
    let a = this(vm, me)?;
    let data = vm.copy_vec(&a.buf.borrow())?;
    Ok(sibling(me, a.format, data))
}

fn deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "array.__deepcopy__", 1, 1)?;
    copy(vm, Args::positional(&args.vals[..1]))
}
