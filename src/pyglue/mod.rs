//! Native modules seen from Python that live above the interpreter: the
//! `asyncio` module (a native core plus frozen Python source) and `time`.
//! The import system asks [`find_module`] before searching `sys.path`.

mod asyncio_module;
mod asyncio_streams;
mod time_module;

use crate::vm::builtins::modules::new_module;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The built-in module `name`, created on first import; None if there is
/// no such built-in module (the import system then searches `sys.path`).
pub fn find_module(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    let init: fn(&mut Vm, &ObjRef) -> PyResult<()> = match name {
        "asyncio" => asyncio_module::init,
        "time" => time_module::init,
        _ => return None,
    };
    let module = new_module(vm, name);
    let Kind::Module(m) = &*module else {
        return None;
    };
    let dict = m.dict.clone();
    Some(match init(vm, &dict) {
        Ok(()) => Ok(Value::Obj(module)),
        Err(e) => {
            let mods = vm.modules.clone();
            let key = vm.new_str_value(name.into());
            let _ = vm.dict_del(&mods, &key);
            Err(e)
        }
    })
}

/// A float-or-int argument as f64, with CPython's TypeError otherwise.
fn number_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => {
            let m = alloc::format!(
                "'{}' object cannot be interpreted as {what}",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}
