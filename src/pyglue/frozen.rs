//! Standard modules written in Python (src/pyglue/frozen/*.py), compiled
//! into the binary and run into the module's namespace on first import:
//! `collections`, `io`, `json`, `random` and `socket` (its error classes
//! and constants), whose logic is plain Python over the built-in types.

use alloc::format;

use crate::vm::object::ObjRef;
use crate::vm::syntax::Mode;
use crate::vm::{PyResult, Vm};

fn run(vm: &mut Vm, dict: &ObjRef, name: &str, source: &str) -> PyResult<()> {
    let filename = format!("<frozen {name}>");
    let code = vm.compile_source(source, &filename, Mode::Exec)?;
    vm.run_module_code(code, dict)?;
    Ok(())
}

pub fn init_collections(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(
        vm,
        dict,
        "collections",
        include_str!("frozen/collections.py"),
    )
}

pub fn init_io(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "io", include_str!("frozen/io.py"))
}

pub fn init_json(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "json", include_str!("frozen/json.py"))
}

pub fn init_random(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "random", include_str!("frozen/random.py"))
}

pub fn init_socket(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "socket", include_str!("frozen/socket.py"))
}

pub fn init_time_calendar(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    run(vm, dict, "time", include_str!("frozen/time_calendar.py"))
}
