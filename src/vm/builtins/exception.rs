//! `BaseException` and friends: construction, `args`, `str()`/`repr()`,
//! the chaining attributes, `StopIteration.value`, `SystemExit.code`,
//! `ImportError`'s `name`/`path`/`msg`,
//! `KeyError`'s and `OSError`'s own `str()`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::{add_getset, add_method};
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn exc_arg(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match v.as_obj() {
        Some(o) if vm.exc_data(o).is_some() => Ok(o.clone()),
        _ => {
            let m = format!(
                "descriptor requires a 'BaseException' object but received '{}'",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}

/// The `args` tuple items of an exception.
pub fn exc_args(vm: &Vm, e: &ObjRef) -> Vec<Value> {
    match vm.exc_data(e) {
        Some(d) => match d.borrow().args.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    }
}

fn base_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.vals.first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    let a = args.pos()[1..].to_vec();
    Ok(Value::Obj(vm.exception_instance(cls, a)))
}

pub(super) fn base_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exc_arg(vm, &args.vals[0])?;
    if !args.kwnames.is_empty() {
        let m = format!(
            "{}() takes no keyword arguments",
            vm.type_name(&args.vals[0])
        );
        return Err(vm.type_error(m));
    }
    let a = args.pos()[1..].to_vec();
    let t = vm.new_tuple(a);
    if let Some(d) = vm.exc_data(&e) {
        d.borrow_mut().args = t;
    }
    Ok(Value::None)
}

/// `ImportError(*args, name=None, path=None)`: `name` and `path` kept as
/// attributes (the class holds None for both; `msg` is the lone argument).
fn import_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exc_arg(vm, &args.vals[0])?;
    for (key, _) in args.kw() {
        let key = crate::vm::object::str_of(key).unwrap_or("?");
        if key != "name" && key != "path" {
            let m = format!("'{key}' is an invalid keyword argument for ImportError()");
            return Err(vm.type_error(m));
        }
    }
    let a = args.pos()[1..].to_vec();
    let t = vm.new_tuple(a);
    if let Some(d) = vm.exc_data(&e) {
        d.borrow_mut().args = t;
    }
    if let Some(d) = vm.instance_dict(&args.vals[0]) {
        for (key, value) in args.kw() {
            let key = vm.intern(crate::vm::object::str_of(key).unwrap_or("?"));
            vm.dict_set_str(&d, key, value.clone());
        }
    }
    Ok(Value::None)
}

/// `ImportError.msg`: the message when there was exactly one argument.
fn import_error_msg(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = exc_arg(vm, v)?;
    let a = exc_args(vm, &e);
    Ok(if a.len() == 1 {
        a[0].clone()
    } else {
        Value::None
    })
}

fn base_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exc_arg(vm, &args.vals[0])?;
    let a = exc_args(vm, &e);
    let s = match a.len() {
        0 => String::new(),
        1 => vm.str_string(&a[0])?,
        _ => {
            let t = vm.new_tuple(a);
            vm.repr_string(&t)?
        }
    };
    Ok(vm.new_str_value(s))
}

fn base_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exc_arg(vm, &args.vals[0])?;
    let a = exc_args(vm, &e);
    let name = vm.type_name(&args.vals[0]);
    let inner = match a.len() {
        0 => String::new(),
        1 => vm.repr_string(&a[0])?,
        _ => {
            let t = vm.new_tuple(a);
            let r = vm.repr_string(&t)?;
            r[1..r.len() - 1].into()
        }
    };
    Ok(vm.new_str_value(format!("{name}({inner})")))
}

fn with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "with_traceback", 1, 1)?;
    let e = exc_arg(vm, &args.vals[0])?;
    if let Some(d) = vm.exc_data(&e) {
        d.borrow_mut().traceback = args.vals[1].clone();
    }
    Ok(args.vals[0].clone())
}

fn args_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = exc_arg(vm, v)?;
    Ok(vm
        .exc_data(&e)
        .map_or(Value::None, |d| d.borrow().args.clone()))
}

fn args_set(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let e = exc_arg(vm, v)?;
    let items = vm.collect(&x)?;
    let t = vm.new_tuple(items);
    if let Some(d) = vm.exc_data(&e) {
        d.borrow_mut().args = t;
    }
    Ok(())
}

fn tb_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = exc_arg(vm, v)?;
    Ok(vm
        .exc_data(&e)
        .map_or(Value::None, |d| d.borrow().traceback.clone()))
}

fn tb_set(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let e = exc_arg(vm, v)?;
    if let Some(d) = vm.exc_data(&e) {
        d.borrow_mut().traceback = x;
    }
    Ok(())
}

fn cause_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = exc_arg(vm, v)?;
    Ok(vm
        .exc_data(&e)
        .map_or(Value::None, |d| d.borrow().cause.clone()))
}

fn cause_set(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let e = exc_arg(vm, v)?;
    if !x.is_none() && !vm.is_exception(&x) {
        return Err(vm.type_error("exception cause must be None or derive from BaseException"));
    }
    if let Some(d) = vm.exc_data(&e) {
        let mut d = d.borrow_mut();
        d.cause = x;
        d.suppress_context = true;
    }
    Ok(())
}

fn context_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = exc_arg(vm, v)?;
    Ok(vm
        .exc_data(&e)
        .map_or(Value::None, |d| d.borrow().context.clone()))
}

fn context_set(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let e = exc_arg(vm, v)?;
    if let Some(d) = vm.exc_data(&e) {
        d.borrow_mut().context = x;
    }
    Ok(())
}

fn suppress_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = exc_arg(vm, v)?;
    Ok(Value::Bool(
        vm.exc_data(&e).is_some_and(|d| d.borrow().suppress_context),
    ))
}

fn suppress_set(vm: &mut Vm, v: &Value, x: Value) -> PyResult<()> {
    let e = exc_arg(vm, v)?;
    let b = vm.truthy(&x)?;
    if let Some(d) = vm.exc_data(&e) {
        d.borrow_mut().suppress_context = b;
    }
    Ok(())
}

fn first_arg(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = exc_arg(vm, v)?;
    Ok(exc_args(vm, &e).into_iter().next().unwrap_or(Value::None))
}

fn system_exit_code(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let e = exc_arg(vm, v)?;
    let a = exc_args(vm, &e);
    Ok(match a.len() {
        0 => Value::None,
        1 => a[0].clone(),
        _ => vm.new_tuple(a),
    })
}

fn key_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = exc_arg(vm, &args.vals[0])?;
    let a = exc_args(vm, &e);
    if a.len() == 1 {
        let s = vm.repr_string(&a[0])?;
        return Ok(vm.new_str_value(s));
    }
    base_str(vm, args)
}

fn os_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.vals[0];
    let get = |vm: &mut Vm, n: &str| -> PyResult<Value> {
        let k = vm.intern(n);
        Ok(vm.get_attr_opt(v, &k)?.unwrap_or(Value::None))
    };
    let errno = get(vm, "errno")?;
    let strerror = get(vm, "strerror")?;
    let filename = get(vm, "filename")?;
    if !errno.is_none() && !strerror.is_none() {
        let en = vm.str_string(&errno)?;
        let se = vm.str_string(&strerror)?;
        let s = if filename.is_none() {
            format!("[Errno {en}] {se}")
        } else {
            let f = vm.repr_string(&filename)?;
            format!("[Errno {en}] {se}: {f}")
        };
        return Ok(vm.new_str_value(s));
    }
    base_str(vm, args)
}

/// `add_note(note)` (3.11): appends to the `__notes__` list, made on first use.
fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "add_note", 1, 1)?;
    let (e, note) = (&args.vals[0], &args.vals[1]);
    if !matches!(note.as_obj().map(|o| &**o), Some(Kind::Str(_))) {
        let m = format!("note must be a str, not '{}'", vm.type_name(note));
        return Err(vm.type_error(m));
    }
    let k = vm.intern("__notes__");
    match vm.get_attr_opt(e, &k)? {
        None => {
            let notes = vm.new_list(alloc::vec![note.clone()]);
            vm.set_attr(e, &k, notes)?;
        }
        Some(Value::Obj(o)) if matches!(&*o, Kind::List(_)) => {
            if let Kind::List(l) = &*o {
                l.borrow_mut().push(note.clone());
            }
        }
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

/// The str of an exception as the traceback's last line shows it.
pub fn exc_message(vm: &mut Vm, e: &ObjRef) -> String {
    let v = Value::Obj(e.clone());
    vm.str_string(&v)
        .unwrap_or_else(|_| String::from("<exception str() failed>"))
}

pub fn install(vm: &mut Vm) {
    let base = vm.exc_class(Exc::BaseException);
    add_method(vm, &base, "__new__", base_new);
    add_method(vm, &base, "__init__", base_init);
    add_method(vm, &base, "__str__", base_str);
    add_method(vm, &base, "__repr__", base_repr);
    add_method(vm, &base, "with_traceback", with_traceback);
    add_method(vm, &base, "add_note", add_note);
    add_getset(vm, &base, "args", args_get, Some(args_set));
    add_getset(vm, &base, "__traceback__", tb_get, Some(tb_set));
    add_getset(vm, &base, "__cause__", cause_get, Some(cause_set));
    add_getset(vm, &base, "__context__", context_get, Some(context_set));
    add_getset(
        vm,
        &base,
        "__suppress_context__",
        suppress_get,
        Some(suppress_set),
    );
    let stop = vm.exc_class(Exc::StopIteration);
    add_getset(vm, &stop, "value", first_arg, None);
    let sysexit = vm.exc_class(Exc::SystemExit);
    add_getset(vm, &sysexit, "code", system_exit_code, None);
    let key = vm.exc_class(Exc::KeyError);
    add_method(vm, &key, "__str__", key_error_str);
    let os = vm.exc_class(Exc::OSError);
    add_method(vm, &os, "__str__", os_error_str);
    let import = vm.exc_class(Exc::ImportError);
    add_method(vm, &import, "__init__", import_error_init);
    add_getset(vm, &import, "msg", import_error_msg, None);
    for attr in ["name", "path"] {
        let k = vm.intern(attr);
        vm.dict_set_str(&super::class_dict(&import), k, Value::None);
    }
}
