//! Standard modules written in Python (src/pyglue/frozen/*.py), frozen
//! (src/pyglue/frozen_code.rs) and run into the module's namespace on first
//! import: `collections`, `io`, `random` and `socket` (its error
//! classes and constants), and the modules wholly in Python ([`init_plain`]:
//! hmac, gzip, base64, fnmatch, glob, urllib.parse), whose logic is plain
//! Python over the built-in types.

use super::frozen_code::run;
use crate::vm::object::ObjRef;
use crate::vm::{PyResult, Vm};

pub fn init_collections(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "collections")
}

pub fn init_io(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "io")
}

pub fn init_random(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "random")
}

pub fn init_socket(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "socket")
}

/// A module written wholly in Python: the frozen source named by the
/// module's `__name__` (`hmac`, `base64`, `fnmatch`, ...).
pub fn init_plain(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    let key = vm.intern("__name__");
    let name = vm.dict_get_str_quiet(dict, &key);
    let name = name
        .as_ref()
        .and_then(crate::vm::object::str_of)
        .unwrap_or("");
    run(vm, dict, &alloc::string::String::from(name))
}
