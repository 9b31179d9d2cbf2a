//! Running Python from the command line: a script file, `-c CODE`, and the
//! exit status CPython gives (uncaught exception → traceback on stderr and
//! 1; `SystemExit(n)` → n).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::platform::{platform, Stream};
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::modules::new_module;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::syntax::Mode;
use crate::vm::{PyResult, Vm};

/// A fresh interpreter whose `sys.path` is `[script_dir, ""]`.
pub fn new_vm(argv: Vec<String>, script_dir: &str) -> Box<Vm> {
    let mut vm = Vm::new(argv);
    vm.script_dir = script_dir.into();
    let k = vm.intern("path");
    let sys_dict = match &*vm.sys {
        Kind::Module(m) => m.dict.clone(),
        _ => return vm,
    };
    if let Some(Value::Obj(l)) = vm.dict_get_str_quiet(&sys_dict, &k) {
        if let Kind::List(items) = &*l {
            let first = vm.new_str_value(script_dir.into());
            let cwd = vm.new_str_value(String::new());
            let mut items = items.borrow_mut();
            items.push(first);
            if !script_dir.is_empty() {
                items.push(cwd);
            }
        }
    }
    vm
}

/// The `__main__` module's namespace.
pub fn main_globals(vm: &mut Vm, file: Option<&str>) -> ObjRef {
    let m = new_module(vm, "__main__");
    let d = match &*m {
        Kind::Module(md) => md.dict.clone(),
        _ => crate::vm::eval::mapping::new_dict(),
    };
    if let Some(f) = file {
        let k = vm.names.file.clone();
        let v = vm.new_str_value(f.into());
        vm.dict_set_str(&d, k, v);
    }
    let b = vm.names.builtins.clone();
    let bv = Value::Obj(vm.builtins.clone());
    vm.dict_set_str(&d, b, bv);
    d
}

/// The traceback of an uncaught exception, through the script's own
/// `sys.excepthook` if it set one (and CPython's two reports if that fails).
fn report_uncaught(vm: &mut Vm, e: &ObjRef) {
    let Some(hook) = vm.user_excepthook() else {
        vm.print_exception(e);
        return;
    };
    let exc = Value::Obj(e.clone());
    let kind = Value::Obj(vm.type_of(&exc));
    let tb = vm
        .exc_data(e)
        .map_or(Value::None, |d| d.borrow().traceback.clone());
    if let Err(failure) = vm.call(&hook, &[kind, exc, tb]) {
        platform().write(Stream::Stderr, b"Error in sys.excepthook:\n");
        vm.print_exception(&failure);
        platform().write(Stream::Stderr, b"\nOriginal exception was:\n");
        vm.print_exception(e);
    }
}

/// Exit status for how a run ended, printing the traceback if needed.
pub fn exit_status(vm: &mut Vm, r: PyResult<Value>) -> i32 {
    let Err(e) = r else { return 0 };
    if vm.exc_is(&e, Exc::SystemExit) {
        let code = crate::vm::builtins::exception::exc_args(vm, &e)
            .into_iter()
            .next()
            .unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(n) => n as i32,
            Value::Bool(b) => b as i32,
            other => {
                let mut s = vm.str_string(&other).unwrap_or_default();
                s.push('\n');
                platform().write(Stream::Stderr, s.as_bytes());
                1
            }
        };
    }
    report_uncaught(vm, &e);
    if vm.exc_is(&e, Exc::KeyboardInterrupt) {
        return 130;
    }
    1
}

/// Run source text as the `__main__` module.
pub fn run_source(vm: &mut Vm, source: &str, filename: &str) -> i32 {
    let file = if filename.starts_with('<') {
        None
    } else {
        Some(filename)
    };
    let globals = main_globals(vm, file);
    let r = vm
        .compile_source(source, filename, Mode::Exec)
        .and_then(|code| vm.run_module_code(code, &globals));
    // What the last statements freed is finalized before the traceback.
    vm.run_deferred();
    let status = exit_status(vm, r);
    teardown(vm, &globals);
    status
}

/// At exit, as CPython's teardown of `__main__`: its globals are dropped
/// one by one in the order they were made, each object's finalizer
/// running as it dies, then a last collection finalizes what cycles hold.
/// (Objects other modules keep are not finalized; CPython does not
/// promise that either.)
fn teardown(vm: &mut Vm, globals: &ObjRef) {
    let Ok(items) = vm.mapping_items(&Value::Obj(globals.clone())) else {
        return;
    };
    let keys: Vec<Value> = items.into_iter().map(|(k, _)| k).collect();
    for k in keys {
        match k {
            Value::Obj(k) if !k.ptr_eq(&vm.names.builtins) => {
                vm.dict_set_str(globals, k, Value::None);
                vm.run_deferred();
            }
            _ => {}
        }
    }
    vm.collect_garbage();
}

/// `mpydos SCRIPT.PY [args]`.
pub fn run_file(script: &str, args: &[String]) -> i32 {
    if platform().stat(script).is_ok_and(|st| st.is_dir) {
        // CPython would run a __main__.py inside; MPYDOS runs only files.
        let msg = alloc::format!("mpydos: can't find '__main__' module in '{script}'\n");
        platform().write(Stream::Stderr, msg.as_bytes());
        return 1;
    }
    let data = match crate::vm::import::read_file(script) {
        Ok(d) => d,
        Err(e) => {
            let msg = alloc::format!(
                "mpydos: can't open file '{script}': [Errno {}] {}\n",
                e.errno,
                crate::vm::eval::errors::strerror(e.errno)
            );
            platform().write(Stream::Stderr, msg.as_bytes());
            return 2;
        }
    };
    let dir = match script.rfind(['/', '\\']) {
        Some(i) => &script[..i],
        None => "",
    };
    let mut argv = Vec::with_capacity(args.len() + 1);
    argv.push(String::from(script));
    argv.extend(args.iter().cloned());
    let mut vm = new_vm(argv, dir);
    match crate::vm::syntax::encoding::source_text(&data, script) {
        Ok(source) => run_source(&mut vm, &source, script),
        Err(e) => {
            // As CPython: the message alone, before anything runs.
            let msg = alloc::format!("SyntaxError: {}\n", e.msg);
            platform().write(Stream::Stderr, msg.as_bytes());
            1
        }
    }
}

/// `mpydos -c CODE [args]`.
pub fn run_command(code: &str, args: &[String]) -> i32 {
    let mut argv = Vec::with_capacity(args.len() + 1);
    argv.push(String::from("-c"));
    argv.extend(args.iter().cloned());
    let mut vm = new_vm(argv, "");
    run_source(&mut vm, code, "<string>")
}

/// The str of a value for messages (used by the REPL).
pub fn text_of(v: &Value) -> &str {
    str_of(v).unwrap_or("")
}
