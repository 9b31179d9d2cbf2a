//! The built-in modules `sys` (its common names; the rare ones are made on
//! first use, sys_lazy.rs) and `gc`.

use alloc::string::String;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::{add_fn, add_method, add_value, int_arg};
use crate::platform::platform;
use crate::vm::eval::mapping::new_dict;
use crate::vm::object::class::ModuleObj;
use crate::vm::object::func::Args;
use crate::vm::object::{gc, str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A new module object named `name`, registered in `sys.modules`.
pub fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let n = vm.new_str_value(name.into());
    let m = module_named(vm, n.clone());
    let mods = vm.modules.clone();
    let _ = vm.dict_set(&mods, n, Value::Obj(m.clone()));
    m
}

/// A new module object named `name` (a str), not registered anywhere.
fn module_named(vm: &mut Vm, name: Value) -> ObjRef {
    let dict = new_dict();
    add_value(vm, &dict, "__name__", name.clone());
    ObjRef::new(Kind::Module(ModuleObj { name, dict }))
}

/// `module.__init__(self, name, doc=None)` (a subclass's `super().__init__`):
/// sets `__name__` and `__doc__` again.
fn module_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Kind::Module(m)) = args.vals.first().and_then(|v| v.as_obj()).map(|o| &**o) else {
        return Err(vm.type_error("descriptor '__init__' requires a 'module' object"));
    };
    let d = m.dict.clone();
    let pos = &args.pos()[1..];
    if let Some(name) = pos.first().or_else(|| args.kwarg("name")) {
        add_value(vm, &d, "__name__", name.clone());
    }
    let doc = pos.get(1).or_else(|| args.kwarg("doc"));
    add_value(vm, &d, "__doc__", doc.cloned().unwrap_or(Value::None));
    Ok(Value::None)
}

/// `types.ModuleType(name, doc=None)`: a new, unregistered module with
/// `__doc__`, `__package__`, `__loader__` and `__spec__` set as CPython does.
fn module_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let name = pos.first().or_else(|| args.kwarg("name"));
    let doc = pos.get(1).or_else(|| args.kwarg("doc"));
    let Some(name) = name.filter(|_| pos.len() <= 2) else {
        let m = match pos.len() {
            0 => String::from("module() missing required argument 'name' (pos 1)"),
            n => alloc::format!("module() takes at most 2 arguments ({n} given)"),
        };
        return Err(vm.type_error(m));
    };
    if str_of(name).is_none() {
        let m = alloc::format!(
            "module() argument 'name' must be str, not {}",
            vm.type_name(name)
        );
        return Err(vm.type_error(m));
    }
    let m = module_named(vm, name.clone());
    let d = module_dict(&m);
    add_value(vm, &d, "__doc__", doc.cloned().unwrap_or(Value::None));
    for key in ["__package__", "__loader__", "__spec__"] {
        add_value(vm, &d, key, Value::None);
    }
    Ok(Value::Obj(m))
}

pub(crate) fn module_dict(m: &ObjRef) -> ObjRef {
    match &**m {
        Kind::Module(m) => m.dict.clone(),
        _ => m.clone(),
    }
}

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arg_count(vm, args, "exit", 0, 1)?;
    let a: Vec<Value> = args.vals.iter().filter(|v| !v.is_none()).cloned().collect();
    Err(vm.new_exc_args(Exc::SystemExit, a))
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arg_count(vm, args, "getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arg_count(vm, args, "setrecursionlimit", 1, 1)?;
    let n = super::c_int_arg(vm, &args.vals[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arg_count(vm, args, "exc_info", 0, 0)?;
    let e = vm.topmost_handled();
    let items = if e.is_none() {
        alloc::vec![Value::None, Value::None, Value::None]
    } else {
        let t = Value::Obj(vm.type_of(&e));
        let tb = match e.as_obj().and_then(|o| vm.exc_data(o)) {
            Some(d) => d.borrow().traceback.clone(),
            None => Value::None,
        };
        alloc::vec![t, e, tb]
    };
    Ok(vm.new_tuple(items))
}

/// `sys.getsizeof(obj[, default])`: the bytes the object's header and
/// payload take in this VM (so differs from CPython's numbers); an object
/// whose `__sizeof__` is defined reports that, plus the header.
fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arg_count(vm, args, "getsizeof", 1, 2)?;
    let v = &args.vals[0];
    let header = core::mem::size_of::<crate::vm::object::heap::PyObj>() as i64;
    let word = core::mem::size_of::<Value>() as i64;
    let Value::Obj(o) = v else {
        return Ok(Value::Int(word));
    };
    if matches!(&**o, Kind::Instance(_)) {
        let k = vm.intern("__sizeof__");
        if let Some(r) = vm.call_special(v, &k, &[])? {
            return Ok(Value::Int(header + int_arg(vm, &r)?));
        }
    }
    let payload = match &**o {
        Kind::Str(s) => s.as_str().len() as i64,
        Kind::Bytes(b) => b.len() as i64,
        Kind::ByteArray(_) | Kind::MemView(_) => {
            crate::vm::object::bytes_like::byte_view(v).map_or(0, |b| b.len() as i64)
        }
        Kind::Tuple(t) => t.len() as i64 * word,
        Kind::List(l) => l.borrow().capacity() as i64 * word,
        Kind::Dict(d) | Kind::Set(d, _) => d.borrow().len() as i64 * 3 * word,
        _ => 0,
    };
    Ok(Value::Int(header + payload))
}

/// `sys.intern(s)`: the one shared copy of the str `s`.
fn sys_intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arg_count(vm, args, "intern", 1, 1)?;
    match &args.vals[0] {
        Value::Obj(o) if matches!(&**o, Kind::Str(_)) => {
            let s: String = str_of(&args.vals[0]).unwrap_or("").into();
            Ok(Value::Obj(vm.intern(&s)))
        }
        v => {
            let m = alloc::format!("intern() argument must be str, not {}", vm.type_name(v));
            Err(vm.type_error(m))
        }
    }
}

fn getdefaultencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arg_count(vm, args, "getdefaultencoding", 0, 0)?;
    Ok(vm.new_str_value("utf-8".into()))
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: an argument
/// left out keeps its hook.
fn set_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut hooks = crate::vm::eval::deferred::asyncgen_hooks();
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error("set_asyncgen_hooks() takes at most 2 arguments"));
    }
    for (i, v) in pos.iter().enumerate() {
        hooks[i] = v.clone();
    }
    for (k, v) in args.kwnames.iter().zip(args.vals[pos.len()..].iter()) {
        match str_of(k) {
            Some("firstiter") => hooks[0] = v.clone(),
            Some("finalizer") => hooks[1] = v.clone(),
            _ => {
                return Err(vm.type_error("set_asyncgen_hooks() got an unexpected keyword argument"))
            }
        }
    }
    for h in &hooks {
        if !matches!(h, Value::None) && !vm.is_callable(h) {
            let m = alloc::format!("callable expected, got {}", vm.type_name(h));
            return Err(vm.type_error(m));
        }
    }
    crate::vm::eval::deferred::set_asyncgen_hooks(hooks);
    Ok(Value::None)
}

/// `sys.get_asyncgen_hooks()`: (firstiter, finalizer).
fn get_asyncgen_hooks(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let hooks = crate::vm::eval::deferred::asyncgen_hooks();
    Ok(vm.new_tuple(hooks.to_vec()))
}

fn gc_collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::arg_count(vm, args, "collect", 0, 1)?;
    vm.run_deferred();
    let found = vm.collect_garbage();
    Ok(Value::Int(found as i64))
}

fn gc_mem_alloc(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(crate::alloc_count::bytes_in_use() as i64))
}

fn gc_mem_free(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(crate::platform::platform().mem_free() as i64))
}

fn gc_enable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    gc::set_enabled(true);
    Ok(Value::None)
}

fn gc_disable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    gc::set_enabled(false);
    Ok(Value::None)
}

fn gc_isenabled(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(gc::is_enabled()))
}

pub fn install(vm: &mut Vm, argv: Vec<String>) {
    let sys = new_module(vm, "sys");
    vm.sys = sys.clone();
    let module_type = vm.types.module.clone();
    add_method(vm, &module_type, "__new__", module_new);
    add_method(vm, &module_type, "__init__", module_init);
    let d = module_dict(&sys);
    let args: Vec<Value> = argv.into_iter().map(|a| vm.new_str_value(a)).collect();
    let argv_v = vm.new_list(args);
    add_value(vm, &d, "argv", argv_v);
    let path = vm.new_list(Vec::new());
    add_value(vm, &d, "path", path);
    add_value(vm, &d, "modules", Value::Obj(vm.modules.clone()));
    let plat = vm.new_str_value(platform().name().into());
    add_value(vm, &d, "platform", plat);
    let ver = vm.new_str_value("3.11.0 (mpydos 0.1.0)".into());
    add_value(vm, &d, "version", ver);
    add_value(vm, &d, "maxsize", Value::Int(i64::MAX));
    let bo = vm.new_str_value("little".into());
    add_value(vm, &d, "byteorder", bo);
    let mods = vm.modules.clone();
    add_fn(vm, &d, "exit", sys_exit);
    add_fn(vm, &d, "getrecursionlimit", getrecursionlimit);
    add_fn(vm, &d, "setrecursionlimit", setrecursionlimit);
    add_fn(
        vm,
        &d,
        "get_int_max_str_digits",
        super::int_ops::sys_get_int_max_str_digits,
    );
    add_fn(
        vm,
        &d,
        "set_int_max_str_digits",
        super::int_ops::sys_set_int_max_str_digits,
    );
    add_fn(vm, &d, "exc_info", exc_info);
    add_fn(vm, &d, "getsizeof", getsizeof);
    add_fn(vm, &d, "intern", sys_intern);
    add_fn(vm, &d, "getdefaultencoding", getdefaultencoding);
    add_fn(vm, &d, "set_asyncgen_hooks", set_asyncgen_hooks);
    add_fn(vm, &d, "get_asyncgen_hooks", get_asyncgen_hooks);
    super::console_stream::install(vm, &d);
    super::sys_lazy::install(vm, &d);
    let gcm = new_module(vm, "gc");
    let g = module_dict(&gcm);
    add_fn(vm, &g, "collect", gc_collect);
    add_fn(vm, &g, "enable", gc_enable);
    add_fn(vm, &g, "mem_alloc", gc_mem_alloc);
    add_fn(vm, &g, "mem_free", gc_mem_free);
    add_fn(vm, &g, "disable", gc_disable);
    add_fn(vm, &g, "isenabled", gc_isenabled);
    let bdict = vm.builtins.clone();
    let bname = vm.new_str_value("builtins".into());
    let builtins_mod = ObjRef::new(Kind::Module(ModuleObj {
        name: bname.clone(),
        dict: bdict,
    }));
    let _ = vm.dict_set(&mods, bname, Value::Obj(builtins_mod));
}
