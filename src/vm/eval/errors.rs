//! Making and raising exceptions: built-in errors with CPython's messages,
//! `raise` semantics (classes instantiated, `from` causes), `except` matching.

use core::cell::RefCell;

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::platform::OsError;
use crate::vm::builtins::exc_table::{os_error_for_errno, Exc};
use crate::vm::object::exception::ExcData;
use crate::vm::object::instance::InstanceObj;
use crate::vm::object::str::{from_string, new_str};
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// A new instance of a built-in exception with one str argument.
    pub fn new_exc(&mut self, kind: Exc, msg: impl Into<String>) -> ObjRef {
        let cls = self.exc_class(kind);
        let args = vec![Value::Obj(from_string(msg.into()))];
        self.exception_instance(&cls, args)
    }

    /// A new instance of a built-in exception with no arguments.
    pub fn new_exc_empty(&mut self, kind: Exc) -> ObjRef {
        let cls = self.exc_class(kind);
        self.exception_instance(&cls, Vec::new())
    }

    /// A new instance of a built-in exception with the given arguments.
    pub fn new_exc_args(&mut self, kind: Exc, args: Vec<Value>) -> ObjRef {
        let cls = self.exc_class(kind);
        self.exception_instance(&cls, args)
    }

    /// TypeError shortcut.
    pub fn type_error(&mut self, msg: impl Into<String>) -> ObjRef {
        self.new_exc(Exc::TypeError, msg)
    }

    /// ValueError shortcut.
    pub fn value_error(&mut self, msg: impl Into<String>) -> ObjRef {
        self.new_exc(Exc::ValueError, msg)
    }

    /// OverflowError for an int beyond what a native-size argument holds.
    pub fn int_overflow(&mut self) -> ObjRef {
        self.new_exc(
            Exc::OverflowError,
            "Python int too large to convert to C long",
        )
    }

    /// The OSError subclass for a platform error, as CPython builds it:
    /// `FileNotFoundError(2, 'No such file or directory')`, plus the filename.
    pub fn os_error(&mut self, err: OsError, filename: Option<&str>) -> ObjRef {
        let kind = os_error_for_errno(err.errno as i64);
        let mut args = vec![
            Value::Int(err.errno as i64),
            Value::Obj(new_str(strerror(err.errno))),
        ];
        if let Some(f) = filename {
            args.push(Value::Obj(new_str(f)));
        }
        let cls = self.exc_class(kind);
        self.exception_instance(&cls, args)
    }

    /// An exception object of class `cls` (a BaseException subclass) whose
    /// `args` are `args`; `__init__` is not run. OSError's errno fields are set.
    pub fn exception_instance(&mut self, cls: &ObjRef, args: Vec<Value>) -> ObjRef {
        let os = self.exc_class(Exc::OSError);
        let cls = if cls.ptr_eq(&os) && args.len() >= 2 {
            match args[0] {
                Value::Int(n) => self.exc_class(os_error_for_errno(n)),
                _ => cls.clone(),
            }
        } else {
            cls.clone()
        };
        let os_fields = self.is_subclass(&cls, &os);
        let exc = alloc::boxed::Box::new(RefCell::new(ExcData::default()));
        let inst = InstanceObj::new(cls, Some(exc));
        if os_fields {
            self.set_os_error_fields(&inst, &args);
        }
        let args = self.new_tuple(args);
        if let Some(e) = &inst.exc {
            e.borrow_mut().args = args;
        }
        ObjRef::new(Kind::Instance(inst))
    }

    fn set_os_error_fields(&mut self, inst: &InstanceObj, args: &[Value]) {
        let (errno, strerror, filename) = if (2..=5).contains(&args.len()) {
            (
                args[0].clone(),
                args[1].clone(),
                args.get(2).cloned().unwrap_or(Value::None),
            )
        } else {
            (Value::None, Value::None, Value::None)
        };
        for (name, v) in [
            ("errno", errno),
            ("strerror", strerror),
            ("filename", filename),
        ] {
            let k = self.intern(name);
            inst.set(&k, v);
        }
    }

    /// Mark `exc` as re-raised (no new traceback entry) and return it.
    pub fn reraise(&mut self, exc: Value) -> ObjRef {
        self.reraising = true;
        match exc {
            Value::Obj(o) => o,
            _ => self.new_exc(Exc::SystemError, "re-raised a non-exception"),
        }
    }

    /// True if `v` is an exception instance.
    pub fn is_exception(&self, v: &Value) -> bool {
        matches!(
            v.as_obj().map(|o| &**o),
            Some(Kind::Instance(InstanceObj { exc: Some(_), .. }))
        )
    }

    /// The exception data of an exception instance.
    pub fn exc_data<'a>(&self, e: &'a ObjRef) -> Option<&'a RefCell<ExcData>> {
        match &**e {
            Kind::Instance(i) => i.exc.as_deref(),
            _ => None,
        }
    }

    /// `raise exc [from cause]`: instantiate classes, check types, set the cause.
    pub fn make_raisable(&mut self, exc: Value, cause: Option<Value>) -> PyResult<ObjRef> {
        let e = self.exception_from(exc, "exceptions must derive from BaseException")?;
        if let Some(cause) = cause {
            let c = if cause.is_none() {
                Value::None
            } else {
                Value::Obj(
                    self.exception_from(cause, "exception causes must derive from BaseException")?,
                )
            };
            if let Some(d) = self.exc_data(&e) {
                let mut d = d.borrow_mut();
                d.cause = c;
                d.suppress_context = true;
            }
        }
        Ok(e)
    }

    fn exception_from(&mut self, v: Value, msg: &str) -> PyResult<ObjRef> {
        if self.is_exception(&v) {
            if let Value::Obj(o) = v {
                return Ok(o);
            }
        }
        let base = self.exc_class(Exc::BaseException);
        if let Some(Kind::Class(_)) = v.as_obj().map(|o| &**o) {
            let cls = v.as_obj().cloned().expect("class");
            if self.is_subclass(&cls, &base) {
                let made = self.call(&v, &[])?;
                if self.is_exception(&made) {
                    if let Value::Obj(o) = made {
                        return Ok(o);
                    }
                }
                let m = alloc::format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    self.repr_string(&v)?,
                    self.type_name(&made)
                );
                return Err(self.type_error(m));
            }
        }
        Err(self.type_error(msg))
    }

    /// `except t:` test (t a class or a tuple of classes).
    pub fn exception_matches(&mut self, exc: &Value, t: &Value) -> PyResult<bool> {
        let base = self.exc_class(Exc::BaseException);
        let classes: Vec<Value> = match t.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(items)) => items.to_vec(),
            _ => vec![t.clone()],
        };
        let mut matched = false;
        for c in &classes {
            match c.as_obj() {
                Some(cls) if matches!(&**cls, Kind::Class(_)) && self.is_subclass(cls, &base) => {
                    if !matched && self.isinstance(exc, cls) {
                        matched = true;
                    }
                }
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        Ok(matched)
    }

    /// Does the exception `e` belong to the built-in class `kind` (or a subclass)?
    pub fn exc_is(&self, e: &ObjRef, kind: Exc) -> bool {
        let cls = self.exc_class(kind);
        self.isinstance(&Value::Obj(e.clone()), &cls)
    }
}

/// The C library's message for an errno (glibc wording, as CPython shows it).
pub fn strerror(errno: i32) -> &'static str {
    match errno {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        5 => "Input/output error",
        9 => "Bad file descriptor",
        12 => "Cannot allocate memory",
        13 => "Permission denied",
        17 => "File exists",
        18 => "Invalid cross-device link",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        24 => "Too many open files",
        25 => "Inappropriate ioctl for device",
        28 => "No space left on device",
        39 => "Directory not empty",
        104 => "Connection reset by peer",
        110 => "Connection timed out",
        111 => "Connection refused",
        _ => "Unknown error",
    }
}
