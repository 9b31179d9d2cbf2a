//! The names of `sys` scripts rarely use (`version_info`'s fields,
//! `float_info`, `flags`, `excepthook`, `executable`, ...): sys's module
//! `__getattr__` runs the frozen module `_sysinfo` on first use and keeps
//! the asked name in `sys`, so start-up pays nothing for them. Also the
//! call of a script's own `sys.excepthook` for an uncaught exception.

use alloc::borrow::ToOwned;
use alloc::format;
use alloc::string::String;

use super::modules::module_dict;
use super::{add_fn, add_value};
use crate::platform::platform;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Private names `_sysinfo` offers besides the public ones.
const OFFERED_PRIVATE: [&str; 3] = ["_xoptions", "__excepthook__", "__displayhook__"];

/// `sys.__getattr__(name)`.
fn sys_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arg_count(vm, args, "__getattr__", 1, 1)?;
    let sys = vm.sys.clone();
    let Some(name_obj) = args.vals[0].as_obj().cloned() else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let name: String = str_of(&args.vals[0]).unwrap_or("").to_owned();
    if !name.starts_with('_') || OFFERED_PRIVATE.contains(&name.as_str()) {
        if let Some(value) = made_by_sysinfo(vm, &name)? {
            let key = vm.intern(&name);
            vm.dict_set_str(&module_dict(&sys), key, value.clone());
            return Ok(value);
        }
    }
    Err(vm.attribute_error(&Value::Obj(sys), &name_obj))
}

/// `_sysinfo.NAME`, or what `_sysinfo._make_NAME()` returns.
fn made_by_sysinfo(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let info = vm.import_module("_sysinfo")?;
    let Some(info) = info.as_obj() else {
        return Ok(None);
    };
    let info = module_dict(info);
    let key = vm.intern(name);
    if let Some(value) = vm.dict_get_str_quiet(&info, &key) {
        return Ok(Some(value));
    }
    let maker = vm.intern(&format!("_make_{name}"));
    match vm.dict_get_str_quiet(&info, &maker) {
        Some(make) => vm.call(&make, &[]).map(Some),
        None => Ok(None),
    }
}

/// What `_sysinfo` runs with: `_program`, the running program's path.
pub fn init_sysinfo(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    let program = platform().args().into_iter().next().unwrap_or_default();
    let program = vm.new_str_value(program);
    add_value(vm, dict, "_program", program);
    crate::pyglue::frozen_code::run(vm, dict, "_sysinfo")
}

/// Give `sys` its `__getattr__`.
pub fn install(vm: &mut Vm, sys_dict: &ObjRef) {
    add_fn(vm, sys_dict, "__getattr__", sys_getattr);
}

impl Vm {
    /// The script's own `sys.excepthook`, if it set one (None while the
    /// hook is `_sysinfo`'s default, which the native report stands for).
    pub fn user_excepthook(&mut self) -> Option<Value> {
        let name = self.intern("excepthook");
        let hook = self.dict_get_str_quiet(&module_dict(&self.sys), &name)?;
        let info = self.new_str_value("_sysinfo".into());
        let modules = self.modules.clone();
        let default = match self.dict_get(&modules, &info) {
            Ok(Some(Value::Obj(m))) => self.dict_get_str_quiet(&module_dict(&m), &name),
            _ => None,
        };
        match default {
            Some(d) if d.is(&hook) => None,
            _ => Some(hook),
        }
    }
}
