//! Standard modules written in Python (src/pyglue/frozen/*.py), frozen
//! (src/pyglue/frozen_code.rs) and run into the module's namespace on first
//! import: `collections`, `io`, `random`, the Python half of `traceback`,
//! and the [`PLAIN`] modules, whose logic is plain Python over the
//! built-in types. A module nobody
//! imports costs no RAM: its code is loaded at the first import.

use super::frozen_code::run;
use crate::vm::object::ObjRef;
use crate::vm::{PyResult, Vm};

/// Standard modules that are frozen Python and nothing else: importing one
/// runs its source (see frozen_code.rs) into a new module.
pub const PLAIN: &[&str] = &[
    "abc",
    "argparse",
    "base64",
    "collections.abc",
    "_collections",
    "contextlib",
    "copy",
    "csv",
    "dataclasses",
    "enum",
    "fnmatch",
    "glob",
    "gzip",
    "hmac",
    "logging",
    "string",
    "textwrap",
    "types",
    "typing",
    "urllib",
    "urllib.parse",
    "warnings",
    "datetime",
    "_strptime",
    "calendar",
    "fractions",
    "statistics",
    "decimal",
    "uuid",
    "select",
    "http",
    "http.client",
    "urllib.error",
    "urllib.request",
    "stat",
    "shutil",
    "tempfile",
    "pathlib",
    "pickle",
    "copyreg",
    "keyword",
    "platform",
    "importlib",
    "importlib.util",
    "zoneinfo",
];

pub fn init_traceback(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "traceback")
}

pub fn init_collections(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "collections")
}

pub fn init_io(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "io")
}

pub fn init_random(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "random")
}
