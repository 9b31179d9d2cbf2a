//! `memoryview`: the constructor, item and slice access (slices are new
//! views on the same memory), the methods (tobytes, tolist, hex, release,
//! toreadonly, cast, the context manager) and the read-only attributes
//! (items in the view's format: memoryview_cast.rs). The view
//! object itself lives in `object/memview.rs`; `==`, `hash` and `repr` in
//! the evaluator with the other built-in types.

use alloc::format;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::memoryview_cast::{buffer_format, cast, item_bytes_of, item_value};
use super::{add_getset, add_method, method_args};
use crate::vm::object::bytes_like::byte_view;
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::memview::MemView;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn new_view(view: MemView) -> Value {
    Value::Obj(ObjRef::new(Kind::MemView(view)))
}

fn released_error(vm: &mut Vm) -> ObjRef {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The unreleased memoryview `v`.
fn live<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a MemView> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::MemView(m)) if m.is_released() => Err(released_error(vm)),
        Some(Kind::MemView(m)) => Ok(m),
        _ => {
            let m = format!(
                "descriptor requires a 'memoryview' object but received '{}'",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}

/// The `self` memoryview of a method taking `min..=max` arguments.
fn this<'a>(
    vm: &mut Vm,
    args: Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a MemView> {
    method_args(vm, args, name, min, max)?;
    live(vm, &args.vals[0])
}

/// `memoryview(object)`: a view of a bytes, bytearray or memoryview.
fn memoryview_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let Some(src) = pos.first().or_else(|| args.kwarg("object")) else {
        let m = "memoryview() missing required argument 'object' (pos 1)";
        return Err(vm.type_error(m));
    };
    if pos.len() > 1 {
        let m = format!(
            "memoryview() takes at most 1 argument ({} given)",
            pos.len()
        );
        return Err(vm.type_error(m));
    }
    if let Some(Kind::MemView(_)) = src.as_obj().map(|o| &**o) {
        let m = live(vm, src)?;
        let copy = MemView::new(m.base.clone(), m.start, m.step, m.len, m.readonly);
        let copy = copy.with_format(m.format);
        return Ok(new_view(copy));
    }
    match MemView::of(src) {
        Some(view) => Ok(new_view(view)),
        None => {
            let m = format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(src)
            );
            Err(vm.type_error(m))
        }
    }
}

/// The item number `k` names in a view of `len` items.
fn item_index(vm: &mut Vm, k: &Value, len: usize) -> PyResult<usize> {
    let Some(i) = vm.index_value(k)? else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        let m = "index out of bounds on dimension 1";
        return Err(vm.new_exc(Exc::IndexError, m));
    }
    Ok(j as usize)
}

/// The view `m[k]` selects when `k` is a slice: same memory, no copy.
fn sub_view(vm: &mut Vm, m: &MemView, slice: &ObjRef) -> PyResult<MemView> {
    let s = vm.resolve_slice(slice, m.len)?;
    let start = if s.len == 0 {
        m.start
    } else {
        (m.start as isize + s.start as isize * m.step) as usize
    };
    let step = m.step * s.step as isize;
    let view = MemView::new(m.base.clone(), start, step, s.len, m.readonly);
    Ok(view.with_format(m.format))
}

fn as_slice(k: &Value) -> Option<&ObjRef> {
    k.as_obj().filter(|o| matches!(&***o, Kind::Slice(..)))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, args, "__getitem__", 1, 1)?;
    let k = &args.vals[1];
    if let Some(slice) = as_slice(k) {
        let view = sub_view(vm, m, slice)?;
        return Ok(new_view(view));
    }
    let i = item_index(vm, k, m.len)?;
    Ok(item_value(m, i))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, args, "__setitem__", 2, 2)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let (k, v) = (&args.vals[1], &args.vals[2]);
    if let Some(slice) = as_slice(k) {
        let target = sub_view(vm, m, slice)?;
        // Copied first: the source may overlap the target's memory.
        let Some(data) = byte_view(v).map(|b| b.to_vec()) else {
            let m = format!("a bytes-like object is required, not '{}'", vm.type_name(v));
            return Err(vm.type_error(m));
        };
        if data.len() != target.nbytes() || buffer_format(v) != m.format {
            let m = "memoryview assignment: lvalue and rvalue have different structures";
            return Err(vm.value_error(m));
        }
        target.write(&data);
        return Ok(Value::None);
    }
    let i = item_index(vm, k, m.len)?;
    let bytes = item_bytes_of(vm, m.format, v)?;
    let size = m.itemsize();
    for (j, c) in bytes.into_iter().enumerate() {
        m.set_byte(i * size + j, c);
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, args, "__delitem__", 1, 1)?;
    let msg = if m.readonly {
        "cannot modify read-only memory"
    } else {
        "cannot delete memory"
    };
    Err(vm.type_error(msg))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, args, "__len__", 0, 0)?;
    Ok(Value::Int(m.len as i64))
}

/// The viewed bytes of the `self` memoryview, copied out.
fn contents(vm: &mut Vm, args: Args, name: &str, max: usize) -> PyResult<Vec<u8>> {
    let m = this(vm, args, name, 0, max)?;
    Ok(m.view().map(|b| b.to_vec()).unwrap_or_default())
}

fn tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = contents(vm, args, "tobytes", 1)?;
    Ok(super::bytes::new_bytes(data))
}

fn tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, args, "tolist", 0, 0)?;
    let items = (0..m.len).map(|i| item_value(m, i)).collect();
    Ok(vm.new_list(items))
}

fn cast_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = live(vm, &args.vals[0])?;
    cast(vm, m, args)
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, args, "hex", 0, 2)?;
    super::bytes::hex(vm, args)
}

fn release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "release", 0, 0)?;
    if let Some(Kind::MemView(m)) = args.vals[0].as_obj().map(|o| &**o) {
        m.release();
    }
    Ok(Value::None)
}

fn toreadonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(vm, args, "toreadonly", 0, 0)?;
    let view = MemView::new(m.base.clone(), m.start, m.step, m.len, true);
    Ok(new_view(view.with_format(m.format)))
}

fn enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, args, "__enter__", 0, 0)?;
    Ok(args.vals[0].clone())
}

fn exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Kind::MemView(m)) = args.vals[0].as_obj().map(|o| &**o) {
        m.release();
    }
    Ok(Value::Bool(false))
}

fn readonly(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(live(vm, v)?.readonly))
}

fn nbytes(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(live(vm, v)?.nbytes() as i64))
}

fn itemsize(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(live(vm, v)?.itemsize() as i64))
}

fn ndim(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    live(vm, v)?;
    Ok(Value::Int(1))
}

fn format_(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let text = live(vm, v)?.format.text();
    Ok(vm.new_str_value(text))
}

fn shape(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = live(vm, v)?.len as i64;
    Ok(vm.new_tuple(alloc::vec![Value::Int(n)]))
}

fn strides(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let step = live(vm, v)?.step as i64;
    Ok(vm.new_tuple(alloc::vec![Value::Int(step)]))
}

fn obj(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(live(vm, v)?.base.clone())
}

fn contiguous(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(live(vm, v)?.contiguous()))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", memoryview_new),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__len__", len),
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("hex", hex),
        ("release", release),
        ("toreadonly", toreadonly),
        ("cast", cast_method),
        ("__enter__", enter),
        ("__exit__", exit),
    ];
    for (name, f) in methods {
        add_method(vm, &t, name, *f);
    }
    let attrs: &[(&'static str, crate::vm::object::func::Getter)] = &[
        ("readonly", readonly),
        ("nbytes", nbytes),
        ("itemsize", itemsize),
        ("ndim", ndim),
        ("format", format_),
        ("shape", shape),
        ("strides", strides),
        ("obj", obj),
        ("contiguous", contiguous),
        ("c_contiguous", contiguous),
        ("f_contiguous", contiguous),
    ];
    for (name, get) in attrs {
        add_getset(vm, &t, name, *get, None);
    }
}
