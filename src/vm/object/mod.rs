//! The object model: [`Value`], heap objects ([`ObjRef`] → [`Kind`]), and
//! the memory manager (reference counts + cycle collector).
//!
//! Every heap object is one `Kind` variant; the type-specific data lives in
//! the sibling modules (one file per type). The Python-visible type of an
//! object is found by `Vm::type_of`.

pub mod array_buf;
pub mod bigint;
pub mod bytes_like;
pub mod chunked;
pub mod class;
pub mod dict;
pub mod exception;
pub mod func;
pub mod gc;
pub mod heap;
pub mod int;
pub mod iter;
pub mod memformat;
pub mod memview;
pub mod native;
pub mod newline;
pub mod str;
pub mod value;
pub mod weak;

use core::cell::RefCell;
use core::ptr::NonNull;

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;

pub use heap::{ObjRef, PyObj};
pub use value::Value;

use crate::vm::eval::code::CodeObj;

/// The payload of a heap object.
pub enum Kind {
    /// An int outside the i64 range (smaller ones are `Value::Int`).
    BigInt(bigint::BigInt),
    Str(str::StrObj),
    Bytes(Box<[u8]>),
    ByteArray(bytes_like::ByteArrayBuf),
    /// `memoryview`: a window on a bytes or bytearray.
    MemView(memview::MemView),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<dict::Dict>),
    /// `set` (or `frozenset` when the flag is true): a dict whose values are unused.
    Set(RefCell<dict::Dict>, bool),
    /// Boxed, as are the other large payloads, so that every object (a
    /// one-item tuple as much as a function) stays small: on DOS the heap
    /// holds hundreds of thousands of them.
    Func(Box<func::FuncObj>),
    Builtin(func::BuiltinObj),
    /// A bound method: (function, self).
    Method(Value, Value),
    Cell(RefCell<Value>),
    Class(Box<class::ClassObj>),
    Instance(class::InstanceObj),
    Module(class::ModuleObj),
    Code(Rc<CodeObj>),
    /// Boxed: a generator's state is the largest payload.
    Gen(Box<func::GenObj>),
    Iter(RefCell<iter::IterState>),
    /// `range(start, stop, step)`.
    Range(i64, i64, i64),
    /// `slice(start, stop, step)`.
    Slice(Value, Value, Value),
    Property(Box<func::Property>),
    ClassMethod(Value),
    StaticMethod(Value),
    /// `super(type, obj)`.
    Super(ObjRef, Value),
    /// A dict view: keys (0), values (1) or items (2) of the dict.
    DictView(u8, ObjRef),
    /// A native attribute (e.g. `BaseException.args`) stored in a class dict.
    GetSet(func::GetSet),
    File(Box<func::FileObj>),
    /// A traceback entry chain node (`__traceback__`).
    Traceback(exception::TbEntry, Value),
    /// An instance of a Python subclass of `int` or `float`: the number it
    /// stands for (its class is in the object's subclass record).
    NumSub(Value),
    /// `complex`: (real, imag).
    Complex(f64, f64),
    /// A native module's state object (a hash, a zlib stream, a pattern).
    Native(Box<native::NativeObj>),
    NotImplemented,
    Ellipsis,
}

impl Kind {
    /// Containers are registered with the cycle collector.
    pub fn is_container(&self) -> bool {
        !matches!(
            self,
            Kind::Str(_)
                | Kind::BigInt(_)
                | Kind::Bytes(_)
                | Kind::ByteArray(_)
                | Kind::MemView(_)
                | Kind::Code(_)
                | Kind::Range(..)
                | Kind::GetSet(_)
                | Kind::File(_)
                | Kind::Native(_)
                | Kind::NotImplemented
                | Kind::NumSub(_)
                | Kind::Complex(..)
                | Kind::Ellipsis
                | Kind::Builtin(func::BuiltinObj { bound: None, .. })
        )
    }

    /// Call `visit` with every object this one references (for the collector).
    pub(crate) fn traverse(&self, visit: &mut dyn FnMut(NonNull<PyObj>)) {
        let mut v = |x: &Value| {
            if let Value::Obj(o) = x {
                visit(o.raw())
            }
        };
        match self {
            Kind::Tuple(items) => items.iter().for_each(&mut v),
            Kind::List(l) => {
                if let Ok(l) = l.try_borrow() {
                    l.iter().for_each(&mut v)
                }
            }
            Kind::Dict(d) | Kind::Set(d, _) => {
                if let Ok(d) = d.try_borrow() {
                    d.traverse(&mut v)
                }
            }
            Kind::Func(f) => f.traverse(&mut v),
            Kind::Builtin(b) => {
                if let Some(s) = &b.bound {
                    v(s)
                }
            }
            Kind::Method(f, s) => {
                v(f);
                v(s)
            }
            Kind::Cell(c) => {
                if let Ok(c) = c.try_borrow() {
                    v(&c)
                }
            }
            Kind::Class(c) => c.traverse(&mut v),
            Kind::Instance(i) => i.traverse(&mut v),
            Kind::Module(m) => v(&Value::Obj(m.dict.clone())),
            Kind::Gen(g) => {
                if let Ok(f) = g.frame.try_borrow() {
                    if let Some(f) = f.as_ref() {
                        f.traverse(&mut v)
                    }
                }
                if let Ok(e) = g.exc_state.try_borrow() {
                    v(&e)
                }
            }
            Kind::Iter(it) => {
                if let Ok(it) = it.try_borrow() {
                    it.traverse(&mut v)
                }
            }
            Kind::Slice(a, b, c) => {
                v(a);
                v(b);
                v(c)
            }
            Kind::Property(p) => p.traverse(&mut v),
            Kind::ClassMethod(f) | Kind::StaticMethod(f) => v(f),
            Kind::Super(t, o) => {
                v(&Value::Obj(t.clone()));
                v(o)
            }
            Kind::DictView(_, d) => v(&Value::Obj(d.clone())),
            Kind::Traceback(_, next) => v(next),
            _ => {}
        }
    }
}

impl ObjRef {
    /// Drop every reference this object holds (used on cyclic garbage).
    pub(crate) fn clear_refs(&self) {
        match &**self {
            Kind::List(l) => {
                if let Ok(mut l) = l.try_borrow_mut() {
                    let old = core::mem::take(&mut *l);
                    drop(l);
                    drop(old);
                }
            }
            Kind::Dict(d) | Kind::Set(d, _) => {
                if let Ok(mut d) = d.try_borrow_mut() {
                    let old = core::mem::take(&mut *d);
                    drop(d);
                    drop(old);
                }
            }
            Kind::Cell(c) => {
                if let Ok(mut c) = c.try_borrow_mut() {
                    let old = core::mem::replace(&mut *c, Value::None);
                    drop(c);
                    drop(old);
                }
            }
            Kind::Func(f) => f.clear(),
            Kind::Class(c) => c.clear(),
            Kind::Instance(i) => i.clear(),
            Kind::Gen(g) => {
                if let Ok(mut f) = g.frame.try_borrow_mut() {
                    let old = f.take();
                    drop(f);
                    drop(old);
                }
                if let Ok(mut e) = g.exc_state.try_borrow_mut() {
                    let old = core::mem::replace(&mut *e, Value::None);
                    drop(e);
                    drop(old);
                }
            }
            Kind::Iter(it) => {
                if let Ok(mut it) = it.try_borrow_mut() {
                    let old = core::mem::replace(&mut *it, iter::IterState::Exhausted);
                    drop(it);
                    drop(old);
                }
            }
            Kind::Property(p) => p.clear(),
            // Tuples, bound methods and the rest are immutable: once the
            // mutable members of a cycle are cleared, counting frees them.
            _ => {}
        }
    }
}

// Every object is a `PyObj` around a `Kind`: on the i486 build a 12-byte
// header and a 40-byte payload (the largest: a dict's or set's table, an
// iterator's state, a slice). A variant that would make every object bigger
// is boxed instead (see `Kind::Gen`); this keeps it so. The DOS heap (talc)
// hands out 16-byte units with a 4-byte tag, so 52 bytes still take 64: the
// next step that pays there is a 44-byte object (a 32-byte payload).
#[cfg(target_pointer_width = "32")]
const _: () = assert!(core::mem::size_of::<Kind>() <= 40);

/// Compare two objects by identity.
#[inline]
pub fn same(a: &ObjRef, b: &ObjRef) -> bool {
    a.ptr_eq(b)
}

/// The text of a str value, if it is one.
#[inline]
pub fn str_of(v: &Value) -> Option<&str> {
    match v {
        Value::Obj(o) => match &**o {
            Kind::Str(s) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}
