//! Native state objects: the Rust data behind a native module's object (a
//! running hash, a zlib stream, a compiled regular expression). The module's
//! Python half wraps one in an attribute and calls the module's natives on it.
//!
//! The data never holds a `Value`: these objects are invisible to the cycle
//! collector, so they must not keep a container alive.

use alloc::boxed::Box;
use core::any::Any;
use core::cell::{RefCell, RefMut};

use super::{Kind, ObjRef, Value};

/// A native state object: its class (made by the owning module) and data.
pub struct NativeObj {
    pub class: ObjRef,
    pub data: RefCell<Box<dyn Any>>,
}

/// A new native state object of class `class` holding `data`.
pub fn new_native<T: Any>(class: &ObjRef, data: T) -> Value {
    Value::Obj(ObjRef::new(Kind::Native(Box::new(NativeObj {
        class: class.clone(),
        data: RefCell::new(Box::new(data)),
    }))))
}

/// The data of `v` if it is a native state object holding a `T` that is
/// not borrowed already.
pub fn native_mut<T: Any>(v: &Value) -> Option<RefMut<'_, T>> {
    let Value::Obj(o) = v else { return None };
    let Kind::Native(n) = &**o else { return None };
    let data = n.data.try_borrow_mut().ok()?;
    RefMut::filter_map(data, |d| d.downcast_mut::<T>()).ok()
}
