//! The `array` module, native: `array.array`, a sequence of numbers (or
//! characters, 'u') of one C type packed in one buffer. The memory is an
//! [`ArrayBuf`] (vm/object/array_buf.rs) inside a native object, which the
//! buffer protocol reads and writes (memoryview, bytes(), struct.pack_into,
//! file write/readinto). Here: the class, its constructor, repr and the
//! helpers its halves share; items.rs converts items, seq.rs holds the
//! sequence operators, methods.rs the named methods.
//!
//! Item sizes are those of the C compiler of the platform: 'l' and 'L' are
//! as wide as a pointer (8 bytes on the 64-bit host, 4 on DOS, as DJGPP's
//! `long`); 'u' is a 4-byte code point on both (CPython's wchar_t on Linux).

mod items;
mod methods;
mod seq;

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Ref;

use super::add_methods;
use crate::vm::builtins::types::new_class;
use crate::vm::builtins::{add_getset, add_value};
use crate::vm::object::array_buf::{array_of, ArrayBuf};
use crate::vm::object::bytes_like::ByteArrayBuf;
use crate::vm::object::class::Layout;
use crate::vm::object::func::Args;
use crate::vm::object::memformat::Format;
use crate::vm::object::native::new_native;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The type codes, in the order CPython lists them.
const TYPECODES: &str = "bBuhHiIlLqQfd";

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let object = vm.types.object.clone();
    let cls = new_class("array", &[object], Layout::Native);
    if let Kind::Class(c) = &*cls {
        let m = vm.new_str_value("array".into());
        add_value(vm, &c.dict, "__module__", m);
    }
    add_methods(vm, &cls, &[("__new__", array_new), ("__repr__", repr)]);
    add_methods(vm, &cls, seq::METHODS);
    add_methods(vm, &cls, methods::METHODS);
    add_getset(vm, &cls, "typecode", typecode, None);
    add_getset(vm, &cls, "itemsize", itemsize, None);
    crate::vm::builtins::subclass::allow_subclasses(vm, &cls);
    add_value(vm, d, "array", Value::Obj(cls.clone()));
    add_value(vm, d, "ArrayType", Value::Obj(cls));
    let codes = vm.new_str_value(TYPECODES.into());
    add_value(vm, d, "typecodes", codes);
    Ok(())
}

/// The array `v` (a method's `self`), or TypeError.
fn this<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Ref<'a, ArrayBuf>> {
    match array_of(v) {
        Some(a) => Ok(a),
        None => {
            let m = format!(
                "descriptor requires a 'array.array' object but received '{}'",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}

/// A new array of class `cls` and `format` holding the packed `data`.
fn new_array(cls: &ObjRef, format: Format, data: Vec<u8>) -> Value {
    let buf = ByteArrayBuf::new(data);
    new_native(cls, ArrayBuf { format, buf })
}

/// A new array of the class of the array `like`, holding `data`.
fn sibling(like: &Value, format: Format, data: Vec<u8>) -> Value {
    match like.as_obj().map(|o| &**o) {
        Some(Kind::Native(n)) => new_array(&n.class, format, data),
        _ => Value::None,
    }
}

/// The format of type code `code`, or CPython's ValueError.
fn format_of(vm: &mut Vm, code: &Value) -> PyResult<Format> {
    let mut chars = str_of(code).map(|s| s.chars());
    let c = match chars.as_mut().map(|c| (c.next(), c.next())) {
        Some((Some(c), None)) => c,
        _ => {
            let what = match str_of(code) {
                Some(_) => String::from("str"),
                None => vm.type_name(code),
            };
            let m = format!("array() argument 1 must be a unicode character, not {what}");
            return Err(vm.type_error(m));
        }
    };
    if !c.is_ascii() || !TYPECODES.contains(c) {
        let m = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)";
        return Err(vm.value_error(m));
    }
    Ok(Format {
        code: c as u8,
        at_sign: false,
    })
}

/// `array(typecode[, initializer])`.
fn array_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let (code, init) = match pos {
        [c] => (c, None),
        [c, i] => (c, Some(i)),
        _ => {
            let n = pos.len();
            let m = match n {
                0 => format!("array() takes at least 1 argument ({n} given)"),
                _ => format!("array() takes at most 2 arguments ({n} given)"),
            };
            return Err(vm.type_error(m));
        }
    };
    let format = format_of(vm, code)?;
    let data = match init {
        None => Vec::new(),
        Some(v) => initial_data(vm, format, v)?,
    };
    match args.vals[0].as_obj() {
        Some(cls) => Ok(new_array(cls, format, data)),
        None => Err(vm.type_error("array.__new__(X): X is not a type object")),
    }
}

/// The packed items an initializer gives: a str ('u' arrays), a bytes or
/// bytearray (their bytes), an array (its items) or any iterable.
fn initial_data(vm: &mut Vm, format: Format, v: &Value) -> PyResult<Vec<u8>> {
    let code = format.code as char;
    if let Some(s) = str_of(v) {
        if code != 'u' {
            let m = format!("cannot use a str to initialize an array with typecode '{code}'");
            return Err(vm.type_error(m));
        }
        return Ok(methods::unicode_bytes(s));
    }
    if matches!(
        v.as_obj().map(|o| &**o),
        Some(Kind::Bytes(_) | Kind::ByteArray(_))
    ) {
        let data = crate::vm::object::bytes_like::byte_view(v).map(|b| b.to_vec());
        let data = data.unwrap_or_default();
        if !data.len().is_multiple_of(format.size()) {
            return Err(vm.value_error("bytes length not a multiple of item size"));
        }
        return Ok(data);
    }
    let other = array_of(v).map(|a| a.format);
    if let Some(other) = other {
        if other.code == b'u' && code != 'u' {
            let m =
                format!("cannot use a unicode array to initialize an array with typecode '{code}'");
            return Err(vm.type_error(m));
        }
        if other == format {
            let a = this(vm, v)?;
            let data = a.buf.borrow().clone();
            return Ok(data);
        }
    }
    let items = vm.collect(v)?;
    pack_all(vm, format, &items).map_err(|(_, e)| e)
}

/// The items packed; on a bad item, the bytes of those before it and the
/// error.
fn pack_all(
    vm: &mut Vm,
    format: Format,
    items: &[Value],
) -> Result<Vec<u8>, (Vec<u8>, crate::vm::PyErr)> {
    let mut out = match vm.vec_with_room(items.len().saturating_mul(format.size())) {
        Ok(v) => v,
        Err(e) => return Err((Vec::new(), e)),
    };
    for it in items {
        if let Err(e) = items::pack_into(vm, format, it, &mut out) {
            return Err((out, e));
        }
    }
    Ok(out)
}

/// The items of an array as Python values.
fn values(vm: &mut Vm, a: &ArrayBuf) -> PyResult<Vec<Value>> {
    let data = a.buf.borrow();
    let size = a.itemsize();
    let mut out = vm.vec_with_room(data.len() / size)?;
    for chunk in data.chunks_exact(size) {
        out.push(items::unpack(vm, a.format, chunk));
    }
    Ok(out)
}

/// The items of the array `v` as Python values.
fn item_values(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let a = this(vm, v)?;
    values(vm, &a)
}

/// `repr(a)`: `array('i', [1, 2])`, `array('u', 'ab')`, `array('d')`.
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::builtins::method_args(vm, args, "array.__repr__", 0, 0)?;
    let a = this(vm, &args.vals[0])?;
    let (code, empty) = (a.format.code as char, a.is_empty());
    let body = match code {
        _ if empty => None,
        'u' => Some(vm.new_str_value(methods::unicode_text(&a))),
        _ => {
            let items = values(vm, &a)?;
            Some(vm.new_list(items))
        }
    };
    drop(a);
    let mut out = format!("array('{code}'");
    if let Some(b) = body {
        out.push_str(", ");
        vm.repr_into(&mut out, &b)?;
    }
    out.push(')');
    Ok(vm.new_str_value(out))
}

fn typecode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let code = this(vm, v)?.format.code as char;
    Ok(vm.char_value(code))
}

fn itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this(vm, v)?.itemsize() as i64))
}

/// BufferError when `a`'s length may not change (a memoryview exports it).
fn check_resizable(vm: &mut Vm, a: &ArrayBuf) -> PyResult<()> {
    if a.buf.resizable() {
        return Ok(());
    }
    let m = "cannot resize an array that is exporting buffers";
    Err(vm.new_exc(crate::vm::builtins::exc_table::Exc::BufferError, m))
}
