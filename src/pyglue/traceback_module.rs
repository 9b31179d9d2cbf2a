//! The native part of `traceback`: the entries of a traceback chain as
//! the interpreter's own report shows them (file, line, function, source
//! and caret lines), and that whole report for an exception. The API
//! (`format_exception`, `print_exc`, `TracebackException`...) is frozen
//! Python (frozen/traceback.py).

use alloc::vec::Vec;

use super::frozen;
use crate::vm::builtins::arg_count;
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::traceback::EntryText;
use crate::vm::{PyResult, Vm};

/// `_entries(tb)`: a list of (filename, lineno, name, line, carets) for each
/// node of the chain, `line` and `carets` None when there is no source.
fn entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_entries", 1, 1)?;
    let mut out = Vec::new();
    let mut node = args.vals[0].clone();
    while let Value::Obj(n) = node {
        let Kind::Traceback(entry, next) = &*n else {
            break;
        };
        let t = EntryText::of(entry);
        let opt = |vm: &mut Vm, s: Option<alloc::string::String>| match s {
            Some(s) => vm.new_str_value(s),
            None => Value::None,
        };
        let item = alloc::vec![
            vm.new_str_value(t.file),
            Value::Int(t.line as i64),
            vm.new_str_value(t.name),
            opt(vm, t.source),
            opt(vm, t.carets),
        ];
        out.push(vm.new_tuple(item));
        node = next.clone();
    }
    Ok(vm.new_list(out))
}

/// `_report(exc)`: the full report the interpreter prints for an uncaught
/// `exc` (chain, groups and all).
fn report(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_report", 1, 1)?;
    match &args.vals[0] {
        Value::Obj(e) if vm.exc_data(e).is_some() => {
            let text = vm.format_exception(e);
            Ok(vm.new_str_value(text))
        }
        v => {
            let m = alloc::format!("Exception expected, got {}", vm.type_name(v));
            Err(vm.type_error(m))
        }
    }
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    super::add_fns(vm, d, &[("_entries", entries), ("_report", report)]);
    frozen::init_traceback(vm, d)
}
