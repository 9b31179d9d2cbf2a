//! The built-in type objects. They are ordinary class objects (so
//! `type(x)`, `isinstance` and method lookup work uniformly); their methods
//! are filled in by the per-type modules in `builtins`.

use alloc::vec;
use alloc::vec::Vec;

use super::exc_table::{SECOND_BASES, TABLE};
use crate::vm::eval::mapping::new_dict;
use crate::vm::object::class::{ClassObj, Layout};
use crate::vm::object::str::new_str;
use crate::vm::object::{Kind, ObjRef, Value};

macro_rules! builtin_types {
    ($($field:ident = $name:literal),* $(,)?) => {
        /// Every built-in type object, plus the exception classes.
        #[derive(Clone)]
        pub struct Types {
            pub object: ObjRef,
            $(pub $field: ObjRef,)*
            /// Exception classes, indexed by `Exc as usize`.
            pub exc: Vec<ObjRef>,
        }

        impl Types {
            pub fn new() -> Types {
                let object = new_class("object", &[], Layout::Object);
                let type_ = new_class("type", core::slice::from_ref(&object), Layout::Native);
                let int = new_class("int", core::slice::from_ref(&object), Layout::Native);
                let bool_ = new_class("bool", core::slice::from_ref(&int), Layout::Native);
                $(let $field = match $name {
                    "type" => type_.clone(),
                    "int" => int.clone(),
                    "bool" => bool_.clone(),
                    _ => new_class($name, core::slice::from_ref(&object), Layout::Native),
                };)*
                let mut exc: Vec<ObjRef> = Vec::new();
                for (e, name, parent) in TABLE {
                    let mut bases = match parent {
                        Some(p) => vec![exc[*p as usize].clone()],
                        None => vec![object.clone()],
                    };
                    for (_, second) in SECOND_BASES.iter().filter(|(c, _)| c == e) {
                        bases.push(exc[*second as usize].clone());
                    }
                    exc.push(new_class(name, &bases, Layout::Exception));
                }
                Types { object, $($field,)* exc }
            }
        }

        impl Default for Types {
            fn default() -> Types {
                Types::new()
            }
        }
    };
}

builtin_types! {
    type_ = "type", int = "int", bool_ = "bool", float = "float", complex = "complex",
    str = "str", bytes = "bytes", bytearray = "bytearray", memoryview = "memoryview", tuple = "tuple", list = "list", dict = "dict",
    set = "set", frozenset = "frozenset", none = "NoneType",
    not_implemented = "NotImplementedType", ellipsis = "ellipsis",
    function = "function", builtin_function = "builtin_function_or_method",
    method = "method", cell = "cell", module = "module", code = "code",
    generator = "generator", coroutine = "coroutine",
    async_generator = "async_generator", iterator = "iterator", range = "range",
    slice = "slice", property = "property", classmethod = "classmethod",
    staticmethod = "staticmethod", super_ = "super", dict_keys = "dict_keys",
    dict_values = "dict_values", dict_items = "dict_items",
    getset = "getset_descriptor", file = "TextIOWrapper", traceback = "traceback",
    map = "map", zip = "zip", filter = "filter", enumerate = "enumerate",
    reversed = "reversed",
}

/// Make a class object with the given bases (its MRO computed by C3).
pub fn new_class(name: &str, bases: &[ObjRef], layout: Layout) -> ObjRef {
    let mro = crate::vm::builtins::class::c3_mro_unchecked(bases);
    let cls = ObjRef::new(Kind::Class(alloc::boxed::Box::new(ClassObj::new(
        Value::Obj(new_str(name)),
        bases.to_vec(),
        new_dict(),
        layout,
    ))));
    if let Kind::Class(c) = &*cls {
        let mut full = vec![cls.clone()];
        full.extend(mro);
        *c.mro.borrow_mut() = full;
    }
    cls
}
