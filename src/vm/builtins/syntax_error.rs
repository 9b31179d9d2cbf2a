//! `SyntaxError`'s own parts, as CPython's: the attributes `msg`,
//! `filename`, `lineno`, `offset`, `text`, `end_lineno`, `end_offset`
//! (None on the class, set from the args `(msg, (filename, lineno, offset,
//! text[, end_lineno, end_offset]))`), and its str, "msg (file.py, line 3)".

use alloc::borrow::ToOwned;
use alloc::format;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::{add_method, exception};
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The attributes the second argument's items go to, in order.
const PLACES: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

/// Sets `msg` and the place attributes of `e` from its args.
fn set_fields(vm: &mut Vm, e: &Value, args: &[Value]) -> PyResult<()> {
    if let Some(msg) = args.first() {
        let k = vm.intern("msg");
        vm.set_attr(e, &k, msg.clone())?;
    }
    if args.len() != 2 {
        return Ok(());
    }
    let info: Vec<Value> = vm.collect(&args[1])?;
    if !(4..=6).contains(&info.len()) {
        let m = match info.len() < 4 {
            true => format!("function takes at least 4 arguments ({} given)", info.len()),
            false => format!("function takes at most 6 arguments ({} given)", info.len()),
        };
        return Err(vm.type_error(m));
    }
    for (name, v) in PLACES.iter().zip(info) {
        let k = vm.intern(name);
        vm.set_attr(e, &k, v)?;
    }
    Ok(())
}

/// A SyntaxError (or subclass) as the compiler raises it: args
/// `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
pub fn new_syntax_error(vm: &mut Vm, kind: Exc, msg: &str, place: [Value; 6]) -> ObjRef {
    let msg = vm.new_str_value(msg.into());
    let place = vm.new_tuple(place.into());
    let args = alloc::vec![msg, place];
    let exc = vm.new_exc_empty(kind);
    let t = vm.new_tuple(args.clone());
    if let Some(d) = vm.exc_data(&exc) {
        d.borrow_mut().args = t;
    }
    // Plain attribute stores on a fresh exception: they cannot fail.
    let _ = set_fields(vm, &Value::Obj(exc.clone()), &args);
    exc
}

fn syntax_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exception::base_init(vm, args)?;
    let a = args.pos()[1..].to_vec();
    set_fields(vm, &args.vals[0], &a)?;
    Ok(Value::None)
}

fn syntax_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = &args.vals[0];
    let mut get = |n: &str| {
        let k = vm.intern(n);
        vm.get_attr_opt(e, &k).ok().flatten().unwrap_or(Value::None)
    };
    let (msg, file, line) = (get("msg"), get("filename"), get("lineno"));
    let file = str_of(&file).map(|f| f.rsplit(['/', '\\']).next().unwrap_or(f).to_owned());
    let line = match line {
        Value::Int(n) => Some(n),
        _ => None,
    };
    let msg = vm.str_string(&msg)?;
    let s = match (file, line) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    };
    Ok(vm.new_str_value(s))
}

pub fn install(vm: &mut Vm) {
    let cls = vm.exc_class(Exc::SyntaxError);
    add_method(vm, &cls, "__init__", syntax_init);
    add_method(vm, &cls, "__str__", syntax_str);
    for name in ["msg", "print_file_and_line"].iter().chain(PLACES.iter()) {
        let k = vm.intern(name);
        if let Kind::Class(c) = &*cls {
            vm.dict_set_str(&c.dict, k, Value::None);
        }
    }
}
