//! `Value`: what a Python variable holds. Small immediates (None, bool, small
//! int, float) live inline; everything else is a reference-counted [`ObjRef`].

use super::ObjRef;

/// One Python value. 16 bytes (12 on DOS); arithmetic on `Int`/`Float`
/// never allocates.
///
/// The tag is a whole word: with a byte tag, `Bool` sits in byte 1 and every
/// copy of a value moves bytes 1-7 as odd-sized pieces through the stack (a
/// store-forwarding stall on each push and pop of the eval loop); with a word
/// tag a copy is two (three on DOS) plain word moves. The size is unchanged.
#[derive(Default)]
#[cfg_attr(target_pointer_width = "64", repr(u64))]
#[cfg_attr(target_pointer_width = "32", repr(u32))]
pub enum Value {
    #[default]
    None,
    Bool(bool),
    /// A small int. Results that do not fit become a heap `Kind::BigInt`
    /// (see [`crate::vm::object::bigint`]).
    Int(i64),
    Float(f64),
    Obj(ObjRef),
    /// VM-internal "no value": an unbound local, or the NULL slot that
    /// LOAD_METHOD leaves. Never reaches Python code.
    Null,
}

impl Clone for Value {
    /// A 16-byte copy plus, for a heap object, one more reference. The
    /// derived clone dispatches on every variant through a jump table; this
    /// is one test, and the eval loop clones a value on most instructions.
    #[inline]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            core::mem::forget(o.clone());
        }
        // SAFETY: the other variants are plain data, and the object's count
        // was raised for the copy just made.
        unsafe { core::ptr::read(self) }
    }
}

impl Value {
    /// The object behind the value, if it is a heap object.
    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// Python's `is`.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.ptr_eq(b),
            _ => false,
        }
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
}

impl From<ObjRef> for Value {
    #[inline]
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

impl From<bool> for Value {
    #[inline]
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    #[inline]
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<usize> for Value {
    #[inline]
    fn from(i: usize) -> Value {
        Value::Int(i as i64)
    }
}
