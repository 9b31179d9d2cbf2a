//! Standard modules written in Python (src/pyglue/frozen/*.py), frozen
//! (src/pyglue/frozen_code.rs) and run into the module's namespace on first
//! import: `collections`, `io`, `random` and `socket` (its error
//! classes and constants), whose logic is plain Python over the built-in
//! types.

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
