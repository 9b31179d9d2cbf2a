//! The call protocol: binding arguments to a new frame (CPython's rules and
//! error messages), calling natives, bound methods, classes and `__call__`.

use core::cell::{Cell, RefCell};

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::frame::Frame;
use super::run::{CallOutcome, Exit};
use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::CodeFlags;
use crate::vm::object::func::{Args, FuncObj, GenKind, GenObj};
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Whether a native method's self is an instance of an `int`/`float` subclass.
#[inline]
fn is_boxed_number(first: Option<&Value>) -> bool {
    matches!(first, Some(Value::Obj(o)) if matches!(&**o, Kind::NumSub(_)))
}

impl Vm {
    /// Call `f` with positional arguments (from native code).
    pub fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_args(f, Args::positional(args))
    }

    /// Call `f` with positional and keyword arguments (from native code).
    pub fn call_args(&mut self, f: &Value, args: Args) -> PyResult<Value> {
        match self.call_or_frame(f, args)? {
            CallOutcome::Value(v) => Ok(v),
            CallOutcome::Frame(frame) => self.run_nested(frame),
        }
    }

    /// Run a fresh function frame to completion in a nested loop.
    pub(crate) fn run_nested(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        if self.depth >= self.recursion_limit || self.stack_low() {
            return Err(self.new_exc(Exc::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let (r, frame) = self.run_frame(frame, None);
        self.free_frame(frame);
        self.depth -= 1;
        match r? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Call a method found on a class for `obj` (`args` already starts with obj).
    pub fn call_unbound(&mut self, m: &Value, obj: &Value, args: &[Value]) -> PyResult<Value> {
        match m.as_obj().map(|o| &**o) {
            Some(Kind::StaticMethod(f)) => {
                let f = f.clone();
                self.call(&f, &args[1..])
            }
            Some(Kind::ClassMethod(f)) => {
                let f = f.clone();
                let mut a = Vec::with_capacity(args.len());
                a.push(Value::Obj(self.type_of(obj)));
                a.extend_from_slice(&args[1..]);
                self.call(&f, &a)
            }
            _ => self.call(m, args),
        }
    }

    /// Start a call: native callables run now; a Python function gets a
    /// frame that the caller's loop runs (or, for generators, a generator).
    pub(crate) fn call_or_frame(&mut self, callee: &Value, args: Args) -> PyResult<CallOutcome> {
        let Value::Obj(o) = callee else {
            return Err(self.not_callable(callee));
        };
        match &**o {
            Kind::Func(func) => self.func_outcome(func, None, args),
            Kind::Builtin(b) => {
                let v = match &b.bound {
                    None if b.method && is_boxed_number(args.vals.first()) => {
                        match self.unbox_self(b, args.vals) {
                            Some(all) => (b.f)(
                                self,
                                Args {
                                    vals: &all,
                                    kwnames: args.kwnames,
                                },
                            )?,
                            None => (b.f)(self, args)?,
                        }
                    }
                    None => (b.f)(self, args)?,
                    Some(s) => {
                        let all = prepend(s, args.vals);
                        (b.f)(
                            self,
                            Args {
                                vals: &all,
                                kwnames: args.kwnames,
                            },
                        )?
                    }
                };
                Ok(CallOutcome::Value(v))
            }
            Kind::Method(func, slf) => match func.as_obj().map(|f| &**f) {
                Some(Kind::Func(fo)) => self.func_outcome(fo, Some(slf), args),
                _ => {
                    let all = prepend(slf, args.vals);
                    let func = func.clone();
                    let v = self.call_args(
                        &func,
                        Args {
                            vals: &all,
                            kwnames: args.kwnames,
                        },
                    )?;
                    Ok(CallOutcome::Value(v))
                }
            },
            Kind::Class(_) => match self.construct_plain(o, args)? {
                Some(outcome) => Ok(outcome),
                None => Ok(CallOutcome::Value(self.call_class(o, args)?)),
            },
            Kind::StaticMethod(f) => {
                let f = f.clone();
                self.call_or_frame(&f, args)
            }
            _ => match self.special(callee, &self.names.call.clone()) {
                // `__call__` gets the keyword arguments too.
                Some(m) => {
                    let (m, first) = match m.as_obj().map(|o| &**o) {
                        Some(Kind::StaticMethod(f)) => (f.clone(), None),
                        Some(Kind::ClassMethod(f)) => {
                            (f.clone(), Some(Value::Obj(self.type_of(callee))))
                        }
                        _ => (m.clone(), Some(callee.clone())),
                    };
                    let all = match &first {
                        Some(f) => prepend(f, args.vals),
                        None => args.vals.to_vec(),
                    };
                    let v = self.call_args(
                        &m,
                        Args {
                            vals: &all,
                            kwnames: args.kwnames,
                        },
                    )?;
                    Ok(CallOutcome::Value(v))
                }
                None => Err(self.not_callable(callee)),
            },
        }
    }

    fn not_callable(&mut self, v: &Value) -> ObjRef {
        let m = format!("'{}' object is not callable", self.type_name(v));
        self.type_error(m)
    }

    fn func_outcome(
        &mut self,
        func: &FuncObj,
        first: Option<&Value>,
        args: Args,
    ) -> PyResult<CallOutcome> {
        let frame = self.bind_frame(func, first, args)?;
        let flags = func.code.flags();
        if func.code.raw.is_resumable() {
            let kind = if flags.has(CodeFlags::COROUTINE) {
                GenKind::Coroutine
            } else if flags.has(CodeFlags::ASYNC_GENERATOR) {
                GenKind::AsyncGenerator
            } else {
                GenKind::Generator
            };
            let gen = ObjRef::new(Kind::Gen(Box::new(GenObj {
                frame: RefCell::new(Some(frame)),
                kind,
                name: func.name.borrow().clone(),
                qualname: func.qualname(),
                running: Cell::new(false),
                started: Cell::new(false),
                exc_state: RefCell::new(Value::None),
            })));
            return Ok(CallOutcome::Value(Value::Obj(gen)));
        }
        Ok(CallOutcome::Frame(frame))
    }

    /// The frame for calling `func` with exactly its positional parameters,
    /// `args`, and nothing else to bind (see `CodeObj::simple_args`): the
    /// common call, without the general algorithm. None for any other call.
    #[inline]
    pub(crate) fn simple_frame(&mut self, func: &FuncObj, args: &[Value]) -> Option<Box<Frame>> {
        let code = &func.code;
        if !code.simple_args() || args.len() != code.raw.arg_count as usize {
            return None;
        }
        Some(self.new_frame(code, &func.globals, args))
    }

    /// Bind arguments to parameters, CPython's algorithm and messages.
    pub(crate) fn bind_frame(
        &mut self,
        func: &FuncObj,
        first: Option<&Value>,
        args: Args,
    ) -> PyResult<Box<Frame>> {
        let code = &func.code;
        self.code_ready(code)?;
        let raw = &code.raw;
        let mut frame = self.new_frame(code, &func.globals, &[]);
        let argc = raw.arg_count as usize;
        let kwonly = raw.kwonly_arg_count as usize;
        let pos = args.pos();
        let npos = pos.len() + first.is_some() as usize;
        let positional = |i: usize| -> &Value {
            match first {
                Some(f) if i == 0 => f,
                Some(_) => &pos[i - 1],
                None => &pos[i],
            }
        };
        for i in 0..npos.min(argc) {
            frame.fast[i] = positional(i).clone();
        }
        let mut next_slot = argc + kwonly;
        if raw.flags.has(CodeFlags::VARARGS) {
            let extra: Vec<Value> = (argc.min(npos)..npos)
                .map(|i| positional(i).clone())
                .collect();
            frame.fast[next_slot] = self.new_tuple(extra);
            next_slot += 1;
        } else if npos > argc {
            return Err(self.too_many_positional(func, npos, args.kwnames.len()));
        }
        let kwdict = if raw.flags.has(CodeFlags::VARKEYWORDS) {
            let d = super::mapping::new_dict();
            frame.fast[next_slot] = Value::Obj(d.clone());
            Some(d)
        } else {
            None
        };
        let posonly = raw.posonly_arg_count as usize;
        for (name, v) in args.kw() {
            let Value::Obj(name_o) = name else { continue };
            let idx = code.body().varnames[..argc + kwonly]
                .iter()
                .position(|p| p.ptr_eq(name_o))
                .or_else(|| {
                    let s = str_of(name);
                    raw.varnames[..argc + kwonly]
                        .iter()
                        .position(|p| Some(&**p) == s)
                });
            match idx {
                Some(i) if i >= posonly => {
                    if !matches!(frame.fast[i], Value::Null) {
                        let m = format!(
                            "{}() got multiple values for argument '{}'",
                            qualname_of(func),
                            raw.varnames[i]
                        );
                        return Err(self.type_error(m));
                    }
                    frame.fast[i] = v.clone();
                }
                _ => match &kwdict {
                    Some(d) => self.dict_set(d, name.clone(), v.clone())?,
                    None => {
                        let q = qualname_of(func);
                        let n = str_of(name).unwrap_or("?");
                        let m = match idx {
                            Some(_) => format!(
                                "{q}() got some positional-only arguments passed as keyword arguments: '{n}'"
                            ),
                            None => format!("{q}() got an unexpected keyword argument '{n}'"),
                        };
                        return Err(self.type_error(m));
                    }
                },
            }
        }
        if npos < argc || kwonly > 0 {
            self.fill_defaults(func, &mut frame, argc, kwonly)?;
        }
        if code.nderef > 0 {
            let ncell = raw.cellvars.len();
            for _ in 0..ncell {
                frame
                    .cells
                    .push(ObjRef::new(Kind::Cell(RefCell::new(Value::Null))));
            }
            frame.cells.extend(func.closure.borrow().iter().cloned());
        }
        Ok(frame)
    }

    fn fill_defaults(
        &mut self,
        func: &FuncObj,
        frame: &mut Frame,
        argc: usize,
        kwonly: usize,
    ) -> PyResult<()> {
        let defaults = func.defaults.borrow().clone();
        let defs: &[Value] = match defaults.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(t)) => t,
            _ => &[],
        };
        let first_default = argc - defs.len().min(argc);
        let mut missing = Vec::new();
        for i in 0..argc {
            if let Value::Null = frame.fast[i] {
                if i >= first_default {
                    frame.fast[i] = defs[i - first_default].clone();
                } else {
                    missing.push(i);
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(func, frame, &missing, "positional"));
        }
        let kwdefaults = func.kwdefaults.borrow().clone();
        for i in argc..argc + kwonly {
            if let Value::Null = frame.fast[i] {
                let name = frame.code.body().varnames[i].clone();
                let d = match &kwdefaults {
                    Value::Obj(d) => self.dict_get_str_quiet(d, &name),
                    _ => None,
                };
                match d {
                    Some(v) => frame.fast[i] = v,
                    None => missing.push(i),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(func, frame, &missing, "keyword-only"));
        }
        Ok(())
    }

    fn missing_args(
        &mut self,
        func: &FuncObj,
        frame: &Frame,
        missing: &[usize],
        what: &str,
    ) -> ObjRef {
        let names: Vec<String> = missing
            .iter()
            .map(|&i| format!("'{}'", frame.code.raw.varnames[i]))
            .collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
        };
        let m = format!(
            "{}() missing {} required {} argument{}: {}",
            qualname_of(func),
            missing.len(),
            what,
            if missing.len() == 1 { "" } else { "s" },
            list
        );
        self.type_error(m)
    }

    fn too_many_positional(&mut self, func: &FuncObj, given: usize, nkw: usize) -> ObjRef {
        let raw = &func.code.raw;
        let argc = raw.arg_count as usize;
        let ndef = match func.defaults.borrow().as_obj().map(|o| &**o) {
            Some(Kind::Tuple(t)) => t.len(),
            _ => 0,
        };
        let q = qualname_of(func);
        let takes = if ndef > 0 {
            format!("from {} to {} positional arguments", argc - ndef, argc)
        } else {
            format!(
                "{} positional argument{}",
                argc,
                if argc == 1 { "" } else { "s" }
            )
        };
        let kwpart = if nkw > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                nkw,
                if nkw == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        let m = if nkw > 0 {
            format!("{q}() takes {takes} but {given}{kwpart} were given")
        } else {
            format!(
                "{q}() takes {takes} but {given} {} given",
                if given == 1 { "was" } else { "were" }
            )
        };
        self.type_error(m)
    }

    /// Turn `f(*args, **kwargs)` operands into a value vector and kw names.
    pub(crate) fn spread_call_args(
        &mut self,
        callee: &Value,
        args: &Value,
        kwargs: &Value,
    ) -> PyResult<(Vec<Value>, Vec<Value>)> {
        let mut vals = match args.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(t)) => t.to_vec(),
            _ if !self.is_iterable(args) => {
                let m = format!(
                    "{} argument after * must be an iterable, not {}",
                    self.callable_name(callee),
                    self.type_name(args)
                );
                return Err(self.type_error(m));
            }
            _ => self.collect(args)?,
        };
        let mut names = Vec::new();
        if let Value::Obj(d) = kwargs {
            if let Kind::Dict(dict) = &**d {
                for e in dict.borrow().iter() {
                    names.push(e.key.clone());
                    vals.push(e.value.clone());
                }
            }
        }
        Ok((vals, names))
    }
}

/// `[first] + rest` as a new vector (calling bound natives).
/// The function's `__qualname__` as argument errors show it (it may have
/// been reassigned since the code was compiled, as dataclasses do).
fn qualname_of(func: &FuncObj) -> String {
    str_of(&func.qualname()).unwrap_or("?").to_string()
}

fn prepend(first: &Value, rest: &[Value]) -> Vec<Value> {
    let mut all = Vec::with_capacity(rest.len() + 1);
    all.push(first.clone());
    all.extend_from_slice(rest);
    all
}

use alloc::string::ToString;
