//! Standard modules written in Python (src/pyglue/frozen/*.py), frozen
//! (src/pyglue/frozen_code.rs) and run into the module's namespace on first
//! import: `collections`, `io`, `json`, `random` and `socket` (its error
//! classes and constants), whose logic is plain Python over the built-in
//! types.

use super::frozen_code::run;

/// Standard modules that are frozen Python and nothing else: importing one
/// runs its source (see frozen_code.rs) into a new module.
pub const PLAIN: &[&str] = &[
    "abc",
    "argparse",
    "bisect",
    "collections.abc",
    "contextlib",
    "copy",
    "enum",
    "functools",
    "heapq",
    "itertools",
    "operator",
    "string",
    "textwrap",
    "types",
    "warnings",
];
use crate::vm::object::ObjRef;
use crate::vm::{PyResult, Vm};

pub fn init_traceback(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "traceback")
}

pub fn init_collections(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "collections")
}

pub fn init_io(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "io")
}

pub fn init_json(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "json")
}

pub fn init_random(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "random")
}

pub fn init_socket(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "socket")
}

pub fn init_time_calendar(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "time")
}
