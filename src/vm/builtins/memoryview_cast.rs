//! `memoryview.cast(format[, shape])` and the items of a cast view as
//! Python values: reading (`m[i]`, `tolist()`) and writing (`m[i] = v`)
//! through the view's format (object/memformat.rs), with CPython's errors.

use alloc::format;
use alloc::vec::Vec;

use num_traits::ToPrimitive;

use super::int_ops::index_big;
use crate::vm::object::bigint::{int_value, BigInt};
use crate::vm::object::bytes_like::byte_view;
use crate::vm::object::func::Args;
use crate::vm::object::memformat::{Format, Scalar};
use crate::vm::object::memview::MemView;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Item `i` (below `len`) of `m` as a Python value.
pub fn item_value(m: &MemView, i: usize) -> Value {
    match m.format.unpack(&m.item_bytes(i)) {
        Scalar::Int(n) => match i64::try_from(n) {
            Ok(small) => Value::Int(small),
            Err(_) => int_value(BigInt::from(n)),
        },
        Scalar::Float(x) => Value::Float(x),
        Scalar::Bool(b) => Value::Bool(b),
        Scalar::Char(c) => super::bytes::new_bytes(alloc::vec![c]),
    }
}

/// The bytes of `v` stored as one item of `format`.
pub fn item_bytes_of(vm: &mut Vm, format: Format, v: &Value) -> PyResult<Vec<u8>> {
    let code = format.code as char;
    let wrong_type =
        |vm: &mut Vm| vm.type_error(format!("memoryview: invalid type for format '{code}'"));
    let scalar = match format.code {
        b'c' => match byte_view(v) {
            Some(b) if matches!(v.as_obj().map(|o| &**o), Some(Kind::Bytes(_))) => match *b {
                [c] => Some(Scalar::Char(c)),
                _ => None,
            },
            _ => return Err(wrong_type(vm)),
        },
        b'?' => Some(Scalar::Bool(vm.truthy(v)?)),
        b'f' | b'd' => match v {
            Value::Float(x) => Some(Scalar::Float(*x)),
            _ => match crate::vm::object::bigint::to_big(v) {
                Some(n) => Some(Scalar::Float(n.to_f64().unwrap_or(f64::INFINITY))),
                None => return Err(wrong_type(vm)),
            },
        },
        _ => {
            if matches!(v, Value::Float(_)) {
                return Err(wrong_type(vm));
            }
            let n = index_big(vm, v).map_err(|_| wrong_type(vm))?;
            n.to_i128().map(Scalar::Int)
        }
    };
    match scalar.and_then(|s| format.pack(s)) {
        Some(bytes) => Ok(bytes),
        None => Err(vm.value_error(format!("memoryview: invalid value for format '{code}'"))),
    }
}

/// `m.cast(format, shape=None)`: the same memory as items of another
/// format. Only one-dimensional shapes are supported.
pub fn cast(vm: &mut Vm, m: &MemView, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let format_arg = pos.first().or_else(|| args.kwarg("format"));
    let Some(format_arg) = format_arg else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(text) = str_of(format_arg) else {
        let m = format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(format_arg)
        );
        return Err(vm.type_error(m));
    };
    let Some(format) = Format::parse(text) else {
        let m = "memoryview: destination format must be a native single character format prefixed with an optional '@'";
        return Err(vm.value_error(m));
    };
    if !m.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if !format.is_byte() && !m.format.is_byte() {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.nbytes();
    if let Some(shape) = pos.get(1).or_else(|| args.kwarg("shape")) {
        let dims = match shape.as_obj().map(|o| &**o) {
            Some(Kind::List(l)) => l.borrow().clone(),
            Some(Kind::Tuple(t)) => t.to_vec(),
            _ => return Err(vm.type_error("shape must be a list or a tuple")),
        };
        let mut product: usize = 1;
        for d in &dims {
            product =
                product.saturating_mul(crate::vm::object::int::clamp_size(super::int_arg(vm, d)?));
        }
        if product.saturating_mul(format.size()) != nbytes {
            let m = "memoryview: product(shape) * itemsize != buffer size";
            return Err(vm.new_exc(super::exc_table::Exc::TypeError, m));
        }
        if dims.len() != 1 {
            let m = "memoryview: MPYDOS casts to one dimension only";
            return Err(vm.new_exc(super::exc_table::Exc::NotImplementedError, m));
        }
    } else if !nbytes.is_multiple_of(format.size()) {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let size = format.size();
    let view = MemView::new(
        m.base.clone(),
        m.start,
        size as isize,
        nbytes / size,
        m.readonly,
    );
    Ok(Value::Obj(ObjRef::new(Kind::MemView(
        view.with_format(format),
    ))))
}

/// The format of a buffer as memoryview comparisons see it: bytes and
/// bytearray hold 'B' items, an array its own.
pub fn buffer_format(v: &Value) -> Format {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::MemView(m)) => m.format,
        _ => crate::vm::object::array_buf::array_of(v).map_or(Format::BYTES, |a| a.format),
    }
}

/// `a == b` where either is a memoryview: item by item, as values.
pub fn views_equal(a: &Value, b: &Value) -> bool {
    let items = |v: &Value| -> Option<Vec<Scalar>> {
        let format = buffer_format(v);
        let bytes = byte_view(v)?.to_vec();
        Some(
            bytes
                .chunks(format.size())
                .map(|c| format.unpack(c))
                .collect(),
        )
    };
    match (items(a), items(b)) {
        (Some(x), Some(y)) => x.len() == y.len() && x.iter().zip(&y).all(|(p, q)| p.same_value(*q)),
        _ => false,
    }
}
