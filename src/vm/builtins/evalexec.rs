//! `eval`, `exec` and `compile`: source text (or a code object) run in a
//! globals dict and a locals mapping. Called with the source alone, they
//! use the calling frame's namespaces (the eval loop passes them in, see
//! `Vm::eval_in_frame`).

use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;

use super::arg_count;
use crate::vm::eval::code::CodeObj;
use crate::vm::eval::frame::Frame;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::syntax::Mode;
use crate::vm::{PyResult, Vm};

/// The code to run: a code object as given, or source compiled in `mode`.
fn code_of(vm: &mut Vm, src: &Value, mode: Mode, func: &str) -> PyResult<Rc<CodeObj>> {
    let text: String = match src.as_obj().map(|o| &**o) {
        Some(Kind::Code(c)) => return Ok(c.clone()),
        Some(Kind::Str(s)) => s.as_str().into(),
        Some(Kind::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            let m = format!("{func}() arg 1 must be a string, bytes or code object");
            return Err(vm.type_error(m));
        }
    };
    // Like CPython, eval() ignores leading spaces and tabs.
    let text = if matches!(mode, Mode::Eval) {
        text.trim_start_matches([' ', '\t']).into()
    } else {
        text
    };
    vm.compile_source(&text, "<string>", mode)
}

/// The `globals` argument, or None when absent or None.
fn globals_arg(vm: &mut Vm, v: Option<&Value>, mode: Mode) -> PyResult<Option<ObjRef>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Obj(d)) if matches!(&**d, Kind::Dict(_)) => Ok(Some(d.clone())),
        Some(other) => {
            let m = if matches!(mode, Mode::Eval) {
                "globals must be a real dict; try eval(expr, {}, mapping)".into()
            } else {
                format!("exec() globals must be a dict, not {}", vm.type_name(other))
            };
            Err(vm.type_error(m))
        }
    }
}

impl Vm {
    /// Run `src` (eval or exec `mode`) with the given namespaces.
    pub fn run_in(
        &mut self,
        src: &Value,
        mode: Mode,
        globals: ObjRef,
        locals: ObjRef,
    ) -> PyResult<Value> {
        let func = if matches!(mode, Mode::Eval) {
            "eval"
        } else {
            "exec"
        };
        let code = code_of(self, src, mode, func)?;
        let b = self.names.builtins.clone();
        if self.dict_get_str_quiet(&globals, &b).is_none() {
            let bm = Value::Obj(self.builtins.clone());
            self.dict_set_str(&globals, b, bm);
        }
        self.code_ready(&code)?;
        let frame = alloc::boxed::Box::new(Frame::new(code, globals, Some(locals)));
        let r = self.run_nested(frame)?;
        Ok(if matches!(mode, Mode::Eval) {
            r
        } else {
            Value::None
        })
    }

    /// `eval(src)` / `exec(src)` from the eval loop: the caller's namespaces.
    pub(crate) fn eval_in_frame(
        &mut self,
        func: &Value,
        src: &Value,
        globals: &ObjRef,
        locals: ObjRef,
    ) -> PyResult<Value> {
        let eval =
            matches!(func.as_obj().map(|o| &**o), Some(Kind::Builtin(b)) if b.name == "eval");
        let mode = if eval { Mode::Eval } else { Mode::Exec };
        self.run_in(src, mode, globals.clone(), locals)
    }
}

fn eval_or_exec(vm: &mut Vm, args: Args, mode: Mode, name: &str) -> PyResult<Value> {
    arg_count(vm, args, name, 1, 3)?;
    let pos = args.pos();
    let globals = match globals_arg(vm, pos.get(1), mode)? {
        Some(g) => g,
        // Called indirectly (not by name from Python code): use __main__.
        None => {
            let main = vm.new_str_value("__main__".into());
            let mods = vm.modules.clone();
            match vm.dict_get(&mods, &main)? {
                Some(Value::Obj(m)) => match &*m {
                    Kind::Module(md) => md.dict.clone(),
                    _ => crate::vm::eval::mapping::new_dict(),
                },
                _ => crate::vm::eval::mapping::new_dict(),
            }
        }
    };
    let locals = match pos.get(2) {
        None | Some(Value::None) => globals.clone(),
        Some(Value::Obj(l)) => l.clone(),
        Some(other) => {
            let m = format!("locals must be a mapping, not {}", vm.type_name(other));
            return Err(vm.type_error(m));
        }
    };
    vm.run_in(&pos[0], mode, globals, locals)
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    eval_or_exec(vm, args, Mode::Eval, "eval")
}

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    eval_or_exec(vm, args, Mode::Exec, "exec")
}

/// `compile(source, filename, mode)`.
fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "compile", 3, 6)?;
    let pos = args.pos();
    let filename: String = match str_of(&pos[1]) {
        Some(f) => f.into(),
        None => return Err(vm.type_error("compile() argument 'filename' must be str")),
    };
    let mode = match str_of(&pos[2]) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    let text: String = match pos[0].as_obj().map(|o| &**o) {
        Some(Kind::Code(_)) => return Ok(pos[0].clone()),
        Some(Kind::Str(s)) => s.as_str().into(),
        Some(Kind::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let code = vm.compile_source(&text, &filename, mode)?;
    Ok(Value::Obj(ObjRef::new(Kind::Code(code))))
}

/// Register `eval`, `exec` and `compile`.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    super::add_fn(vm, &b, "eval", eval);
    super::add_fn(vm, &b, "exec", exec);
    super::add_fn(vm, &b, "compile", compile);
}
