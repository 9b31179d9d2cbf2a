//! Compiling source into runnable code, and `import` of `.py` modules from
//! `sys.path` (the script's directory and the current directory) with the
//! `sys.modules` cache.

use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use crate::platform::{platform, OpenMode};
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::modules::new_module;
use crate::vm::bytecode::CodeObject;
use crate::vm::compile::{compile, Options};
use crate::vm::eval::code::CodeObj;
use crate::vm::eval::frame::Frame;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::syntax::{self, Mode, SyntaxError};
use crate::vm::{PyResult, Vm};

/// Source text to a compiled code object (CR LF read as LF), before the
/// VM loads it: what `compile_source` runs and what `freeze` stores.
pub fn compile_text(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, SyntaxError> {
    let source: String = source.replace("\r\n", "\n");
    let tree = syntax::parse(&source, mode)?;
    let code = compile(&tree, &source, filename, Options::default())?;
    // The reserve was needed on the way: MemoryError, as CPython's
    // compiler gives when an allocation fails.
    if crate::mem_reserve::take_low() {
        return Err(SyntaxError::out_of_memory());
    }
    Ok(code)
}

/// Read a whole file through the platform.
pub fn read_file(path: &str) -> Result<Vec<u8>, crate::platform::OsError> {
    let p = platform();
    let h = p.open(path, OpenMode::Read)?;
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        match p.read(h, &mut buf) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(e) => {
                let _ = p.close(h);
                return Err(e);
            }
        }
    }
    let _ = p.close(h);
    Ok(out)
}

impl Vm {
    /// Parse and compile `source`; a syntax error becomes a SyntaxError exception.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> PyResult<Rc<CodeObj>> {
        let code =
            compile_text(source, filename, mode).map_err(|e| self.syntax_error(e, filename))?;
        self.load_code(Rc::new(code))
    }

    /// A SyntaxError (or subclass) exception carrying CPython's attributes.
    pub fn syntax_error(&mut self, e: SyntaxError, filename: &str) -> ObjRef {
        let kind = match e.kind {
            syntax::ErrorKind::SyntaxError | syntax::ErrorKind::TooDeep => Exc::SyntaxError,
            syntax::ErrorKind::IndentationError => Exc::IndentationError,
            syntax::ErrorKind::TabError => Exc::TabError,
            syntax::ErrorKind::MemoryError => return self.new_exc_empty(Exc::MemoryError),
        };
        let place = [
            self.new_str_value(filename.into()),
            Value::Int(e.lineno as i64),
            Value::Int(e.offset as i64),
            self.new_str_value(e.text.clone()),
            Value::Int(e.end_lineno as i64),
            Value::Int(e.end_offset as i64),
        ];
        crate::vm::builtins::syntax_error::new_syntax_error(self, kind, &e.msg, place)
    }

    /// Run a module-level code object with `globals` as its namespace.
    pub fn run_module_code(&mut self, code: Rc<CodeObj>, globals: &ObjRef) -> PyResult<Value> {
        let b = self.names.builtins.clone();
        if self.dict_get_str_quiet(globals, &b).is_none() {
            let bm = Value::Obj(self.builtins.clone());
            self.dict_set_str(globals, b, bm);
        }
        self.code_ready(&code)?;
        let frame =
            alloc::boxed::Box::new(Frame::new(code, globals.clone(), Some(globals.clone())));
        self.run_nested(frame)
    }

    fn sys_path(&mut self) -> Vec<String> {
        let k = self.intern("path");
        let d = match &*self.sys {
            Kind::Module(m) => m.dict.clone(),
            _ => return Vec::new(),
        };
        match self.dict_get_str_quiet(&d, &k) {
            Some(Value::Obj(l)) => match &*l {
                Kind::List(items) => items
                    .borrow()
                    .iter()
                    .filter_map(|v| str_of(v).map(String::from))
                    .collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// Import the top-level module `name` (from native code).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        self.import_one(name)
    }

    /// Import one module by its full dotted name (its parent already imported).
    fn import_one(&mut self, full: &str) -> PyResult<Value> {
        let key = self.new_str_value(full.into());
        let mods = self.modules.clone();
        if let Some(m) = self.dict_get(&mods, &key)? {
            return Ok(m);
        }
        if let Some(m) = crate::pyglue::find_module(self, full) {
            return m;
        }
        let rel = full.replace('.', "/");
        let mut found = None;
        for dir in self.sys_path() {
            let base = if dir.is_empty() {
                rel.clone()
            } else {
                format!("{dir}/{rel}")
            };
            for (candidate, is_pkg) in [
                (format!("{base}.py"), false),
                (format!("{base}/__init__.py"), true),
            ] {
                if let Ok(src) = read_file(&candidate) {
                    found = Some((candidate, src, is_pkg, base.clone()));
                    break;
                }
            }
            if found.is_some() {
                break;
            }
        }
        let Some((path, src, is_pkg, base)) = found else {
            let parent_not_pkg = match full.rsplit_once('.') {
                Some((parent, _)) => {
                    let pk = self.new_str_value(parent.into());
                    match self.dict_get(&mods, &pk)? {
                        Some(Value::Obj(pm)) => match &*pm {
                            Kind::Module(md) => {
                                let path_k = self.intern("__path__");
                                self.dict_get_str_quiet(&md.dict, &path_k)
                                    .is_none()
                                    .then(|| String::from(parent))
                            }
                            _ => None,
                        },
                        _ => None,
                    }
                }
                None => None,
            };
            let m = match parent_not_pkg {
                Some(p) => format!("No module named '{full}'; '{p}' is not a package"),
                None => format!("No module named '{full}'"),
            };
            let e = self.new_exc(Exc::ModuleNotFoundError, m);
            if let Some(d) = self.instance_dict(&Value::Obj(e.clone())) {
                let k = self.intern("name");
                let v = self.new_str_value(full.into());
                self.dict_set_str(&d, k, v);
            }
            return Err(e);
        };
        let module = new_module(self, full);
        let globals = match &*module {
            Kind::Module(m) => m.dict.clone(),
            _ => return Ok(Value::None),
        };
        let f = self.new_str_value(path.clone());
        let k = self.names.file.clone();
        self.dict_set_str(&globals, k, f);
        let pkg = if is_pkg {
            String::from(full)
        } else {
            full.rsplit_once('.').map_or(String::new(), |p| p.0.into())
        };
        let pk = self.intern("__package__");
        let pv = self.new_str_value(pkg);
        self.dict_set_str(&globals, pk, pv);
        if is_pkg {
            let pl = self.new_str_value(base);
            let pl = self.new_list(alloc::vec![pl]);
            let k = self.intern("__path__");
            self.dict_set_str(&globals, k, pl);
        }
        let result = crate::vm::syntax::encoding::source_text(&src, &path)
            .map_err(|e| self.syntax_error(e, &path))
            .and_then(|text| self.compile_source(&text, &path, Mode::Exec))
            .and_then(|code| self.run_module_code(code, &globals));
        if let Err(e) = result {
            let _ = self.dict_del(&mods, &key);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.dict_get(&mods, &key)?.unwrap_or(Value::Obj(module)))
    }

    /// IMPORT_NAME.
    pub(crate) fn import_name(
        &mut self,
        name: &ObjRef,
        fromlist: &Value,
        level: &Value,
        globals: &ObjRef,
    ) -> PyResult<Value> {
        let mut full: String = str_of(&Value::Obj(name.clone())).unwrap_or("").into();
        let level = crate::vm::eval::ops::as_int(level).unwrap_or(0);
        if level > 0 {
            let pk = self.intern("__package__");
            let mut pkg: String = self
                .dict_get_str_quiet(globals, &pk)
                .and_then(|v| str_of(&v).map(String::from))
                .unwrap_or_default();
            for _ in 1..level {
                pkg = pkg.rsplit_once('.').map_or(String::new(), |p| p.0.into());
            }
            if pkg.is_empty() {
                return Err(self.new_exc(
                    Exc::ImportError,
                    "attempted relative import with no known parent package",
                ));
            }
            full = if full.is_empty() {
                pkg
            } else {
                format!("{pkg}.{full}")
            };
        }
        let mut first = Value::None;
        let mut last = Value::None;
        let mut prefix = String::new();
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            let m = self.import_one(&prefix)?;
            if i > 0 {
                let k = self.intern(part);
                let _ = self.set_attr(&last, &k, m.clone());
            } else {
                first = m.clone();
            }
            last = m;
        }
        let has_fromlist = !fromlist.is_none() && self.truthy(fromlist)?;
        if has_fromlist || level > 0 {
            if has_fromlist {
                if let Value::Obj(m) = &last {
                    if let Kind::Module(md) = &**m {
                        let path_k = self.intern("__path__");
                        let is_pkg = self.dict_get_str_quiet(&md.dict, &path_k).is_some();
                        if is_pkg {
                            for item in self.collect(fromlist)? {
                                if let Some(s) = str_of(&item) {
                                    let sk = self.intern(s);
                                    if s != "*" && self.dict_get_str_quiet(&md.dict, &sk).is_none()
                                    {
                                        let sub = format!("{full}.{s}");
                                        if let Ok(sm) = self.import_one(&sub) {
                                            let k = self.intern(s);
                                            self.dict_set_str(&md.dict, k, sm);
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return Ok(last);
        }
        Ok(first)
    }

    /// IMPORT_FROM.
    pub(crate) fn import_from(&mut self, m: &Value, name: &ObjRef) -> PyResult<Value> {
        let found = match self.get_attr_opt(m, name)? {
            Some(v) => Some(v),
            None => match self.module_getattr(m, name) {
                Err(e) if self.exc_is(&e, Exc::AttributeError) => None,
                r => r?,
            },
        };
        match found {
            Some(v) => Ok(v),
            None => {
                let (mname, file) = match m.as_obj().map(|o| &**o) {
                    Some(Kind::Module(md)) => (
                        str_of(&md.name).unwrap_or("?").to_owned(),
                        self.dict_get_str_quiet(&md.dict, &self.names.file.clone())
                            .and_then(|f| str_of(&f).map(String::from)),
                    ),
                    _ => (String::from("?"), None),
                };
                let n = str_of(&Value::Obj(name.clone())).unwrap_or("?").to_owned();
                let m = match file {
                    Some(f) => format!("cannot import name '{n}' from '{mname}' ({f})"),
                    None => format!("cannot import name '{n}' from '{mname}' (unknown location)"),
                };
                let e = self.new_exc(Exc::ImportError, m);
                if let Some(d) = self.instance_dict(&Value::Obj(e.clone())) {
                    let k = self.intern("name");
                    let v = self.new_str_value(mname);
                    self.dict_set_str(&d, k, v);
                }
                Err(e)
            }
        }
    }

    /// IMPORT_STAR.
    pub(crate) fn import_star(&mut self, m: &Value, target: &ObjRef) -> PyResult<()> {
        let Some(Kind::Module(md)) = m.as_obj().map(|o| &**o) else {
            return Ok(());
        };
        let all_k = self.intern("__all__");
        let names: Vec<Value> = match self.dict_get_str_quiet(&md.dict, &all_k) {
            Some(all) => self.collect(&all)?,
            None => match &*md.dict {
                Kind::Dict(d) => d
                    .borrow()
                    .iter()
                    .filter(|e| str_of(&e.key).is_some_and(|s| !s.starts_with('_')))
                    .map(|e| e.key.clone())
                    .collect(),
                _ => Vec::new(),
            },
        };
        for n in names {
            if let Some(s) = str_of(&n) {
                let k = self.intern(s);
                let v = self.get_attr(m, &k)?;
                self.dict_set_str(target, k, v);
            }
        }
        Ok(())
    }
}

fn import_builtin(vm: &mut Vm, args: crate::vm::object::func::Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(name) = pos.first().and_then(str_of) else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let name: String = name.into();
    let n = vm.intern(&name);
    let fromlist = pos.get(3).cloned().unwrap_or(Value::None);
    let level = pos.get(4).cloned().unwrap_or(Value::Int(0));
    let globals = match pos.get(1) {
        Some(Value::Obj(g)) if matches!(&**g, Kind::Dict(_)) => g.clone(),
        _ => crate::vm::eval::mapping::new_dict(),
    };
    vm.import_name(&n, &fromlist, &level, &globals)
}

/// Register `__import__`.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    crate::vm::builtins::add_fn(vm, &b, "__import__", import_builtin);
}

use alloc::borrow::ToOwned;
