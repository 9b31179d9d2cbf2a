//! The `json` module: the encoder and decoder are native (`encode`,
//! `decode`); a thin Python layer (json.py, frozen) gives them
//! CPython's signatures, JSONDecodeError, JSONEncoder and JSONDecoder.

mod decode;
mod encode;

use super::add_fns;
use super::frozen_code::run;
use crate::vm::object::ObjRef;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    add_fns(
        vm,
        d,
        &[("_encode", encode::encode), ("_decode", decode::decode)],
    );
    run(vm, d, "json")
}
