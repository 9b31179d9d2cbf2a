//! The `json` module: the encoder and decoder are native (`json_encode`,
//! `json_decode`); a thin Python layer (frozen/json.py) gives them
//! CPython's signatures, JSONDecodeError, JSONEncoder and JSONDecoder.

use super::{add_fns, frozen, json_decode, json_encode};
use crate::vm::object::ObjRef;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    add_fns(
        vm,
        d,
        &[
            ("_encode", json_encode::encode),
            ("_decode", json_decode::decode),
        ],
    );
    frozen::init_json(vm, d)
}
