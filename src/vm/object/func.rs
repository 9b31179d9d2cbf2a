//! Callables and descriptors: Python functions, native (builtin) functions,
//! generator/coroutine objects, properties, native attributes, files.

use core::cell::{Cell, RefCell};

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use super::{ObjRef, Value};
use crate::platform::FileHandle;
use crate::vm::eval::code::CodeObj;
use crate::vm::eval::frame::Frame;
use crate::vm::{PyResult, Vm};

/// Arguments of a call as they sit on the stack: positional values, then
/// one value per keyword name in `kwnames` (CPython's vectorcall layout, so
/// calling a native function allocates nothing).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub vals: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(vals: &'a [Value]) -> Args<'a> {
        Args { vals, kwnames: &[] }
    }

    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.vals[..self.vals.len() - self.kwnames.len()]
    }

    /// The keyword arguments as (name, value).
    pub fn kw(&self) -> impl Iterator<Item = (&'a Value, &'a Value)> {
        let start = self.vals.len() - self.kwnames.len();
        self.kwnames.iter().zip(self.vals[start..].iter())
    }

    /// The keyword argument `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kw()
            .find(|(k, _)| crate::vm::object::str_of(k) == Some(name))
            .map(|(_, v)| v)
    }
}

/// A function written in Rust.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// A Python function (`def` or `lambda`).
pub struct FuncObj {
    pub code: Rc<CodeObj>,
    pub globals: ObjRef,
    pub name: RefCell<Value>,
    /// `__qualname__` once set; `Value::Null` stands for the code's (see
    /// [`FuncObj::qualname`]).
    pub qualname: RefCell<Value>,
    /// Tuple of positional defaults, or None.
    pub defaults: RefCell<Value>,
    /// Dict of keyword-only defaults, or None.
    pub kwdefaults: RefCell<Value>,
    /// The cells of the free variables.
    pub closure: RefCell<Box<[ObjRef]>>,
    /// `__dict__` for function attributes (made on first use).
    pub dict: RefCell<Option<ObjRef>>,
    /// `__doc__`; `Value::Null` until first read, then the code's
    /// docstring (see [`FuncObj::doc`]): a function nobody asks makes no
    /// string object.
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
}

impl FuncObj {
    /// `__qualname__`: the code's unless assigned.
    pub fn qualname(&self) -> Value {
        match &*self.qualname.borrow() {
            Value::Null => Value::Obj(self.code.qualname()),
            v => v.clone(),
        }
    }

    /// `__doc__`: the code's docstring unless assigned, made on first read.
    pub fn doc(&self) -> Value {
        let doc = self.doc.borrow().clone();
        if !matches!(doc, Value::Null) {
            return doc;
        }
        let doc = match &self.code.raw.doc {
            Some(d) => Value::Obj(super::str::new_str(d)),
            None => Value::None,
        };
        *self.doc.borrow_mut() = doc.clone();
        doc
    }

    pub(super) fn traverse(&self, v: &mut dyn FnMut(&Value)) {
        v(&Value::Obj(self.globals.clone()));
        for cell in [&self.defaults, &self.kwdefaults, &self.doc, &self.module] {
            if let Ok(x) = cell.try_borrow() {
                v(&x)
            }
        }
        if let Ok(c) = self.closure.try_borrow() {
            for cell in c.iter() {
                v(&Value::Obj(cell.clone()))
            }
        }
        if let Ok(Some(d)) = self.dict.try_borrow().as_deref() {
            v(&Value::Obj(d.clone()))
        }
    }

    pub(super) fn clear(&self) {
        let old = (
            self.defaults.replace(Value::None),
            self.kwdefaults.replace(Value::None),
            self.closure.replace(Box::new([])),
            self.dict.replace(None),
            self.doc.replace(Value::None),
            self.module.replace(Value::None),
        );
        drop(old);
    }
}

/// A native function, possibly bound to `self` (`[].append`).
pub struct BuiltinObj {
    pub name: &'static str,
    pub f: NativeFn,
    pub bound: Option<Value>,
    /// Defined in a class (a method descriptor: binds to instances);
    /// false for module-level functions such as `len`.
    pub method: bool,
}

/// What a generator-like object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// A generator, coroutine or async generator: a suspended frame.
pub struct GenObj {
    /// None once finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub kind: GenKind,
    pub name: Value,
    pub qualname: Value,
    pub running: Cell<bool>,
    /// The first resume has happened (only None may be sent before).
    pub started: Cell<bool>,
    /// The exception its frame is handling while suspended (CPython's
    /// `gi_exc_state`): a `yield`/`await` inside `except` keeps it.
    pub exc_state: RefCell<Value>,
}

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    pub parts: RefCell<[Value; 4]>,
}

impl Property {
    pub fn get(&self, i: usize) -> Value {
        self.parts.borrow()[i].clone()
    }

    pub(super) fn traverse(&self, v: &mut dyn FnMut(&Value)) {
        if let Ok(p) = self.parts.try_borrow() {
            p.iter().for_each(v)
        }
    }

    pub(super) fn clear(&self) {
        let old = self
            .parts
            .replace([Value::None, Value::None, Value::None, Value::None]);
        drop(old);
    }
}

/// Reads a native attribute.
pub type Getter = fn(&mut Vm, &Value) -> PyResult<Value>;
/// Writes a native attribute.
pub type Setter = fn(&mut Vm, &Value, Value) -> PyResult<()>;

/// A native attribute getter (and optional setter) stored in a class dict.
pub struct GetSet {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
}

/// An open file (`open()`): the platform handle plus a read-ahead buffer
/// that reads, `readline` and iteration use.
pub struct FileObj {
    pub handle: FileHandle,
    pub name: String,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub closed: Cell<bool>,
    pub buffer: RefCell<Vec<u8>>,
    /// How a text file reads and writes line ends (unused in binary mode).
    pub newline: super::newline::Newline,
    /// Opened from a file descriptor (`open(fd)`): `name` is the number.
    pub by_fd: bool,
    /// Closing the file closes the handle (`closefd=False`: it stays open).
    pub closefd: bool,
}

/// A file object nobody closed is closed when it is freed, as CPython's
/// are: `open(p, "w").write(s)` gives its DOS handle back (DOS has few)
/// and DOS writes the file's size to the directory.
impl Drop for FileObj {
    fn drop(&mut self) {
        if !self.closed.replace(true) && self.closefd {
            let _ = crate::platform::platform().close(self.handle);
        }
    }
}
