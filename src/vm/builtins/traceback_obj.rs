//! The attributes of traceback objects (`e.__traceback__`): `tb_next`,
//! `tb_lineno`, `tb_lasti`. MPYDOS keeps no frame objects, so there is no
//! `tb_frame`; the `traceback` module reads entries natively instead.

use super::add_getset;
use crate::vm::object::exception::TbEntry;
use crate::vm::object::{Kind, Value};
use crate::vm::{PyResult, Vm};

/// The entry and the next node of a traceback object.
fn node<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<(&'a TbEntry, &'a Value)> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Traceback(entry, next)) => Ok((entry, next)),
        _ => Err(vm.type_error("descriptor requires a 'traceback' object")),
    }
}

fn tb_next(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(node(vm, v)?.1.clone())
}

fn tb_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(node(vm, v)?.0.line() as i64))
}

fn tb_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(node(vm, v)?.0.pc as i64 * 2))
}

pub fn install(vm: &mut Vm) {
    let tb = vm.types.traceback.clone();
    add_getset(vm, &tb, "tb_next", tb_next, None);
    add_getset(vm, &tb, "tb_lineno", tb_lineno, None);
    add_getset(vm, &tb, "tb_lasti", tb_lasti, None);
}
