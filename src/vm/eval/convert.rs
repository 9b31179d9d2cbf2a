//! Conversions to text: `repr()`, `str()`, `format()` and `str % args`,
//! gluing the text engines (`vm::text`) to the object model.

use super::complex_ops::as_complex;
use crate::vm::builtins::subclass::{has_record, number_of};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::percent_text::PercentText;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::object::bigint::{self, BigInt};
use crate::vm::object::str::from_string;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::text::{self, CharArg, FormatSpec, PercentArgs, TextError};
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn new_str_value(&mut self, s: String) -> Value {
        Value::Obj(from_string(s))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.empty_tuple.clone());
        }
        Value::Obj(ObjRef::new(Kind::Tuple(items.into())))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(ObjRef::new(Kind::List(core::cell::RefCell::new(items))))
    }

    /// Turn a text-engine error into the matching Python exception.
    pub fn text_error(&mut self, e: TextError) -> ObjRef {
        let kind = match e.kind {
            text::ErrorKind::ValueError => Exc::ValueError,
            text::ErrorKind::TypeError => Exc::TypeError,
            text::ErrorKind::OverflowError => Exc::OverflowError,
            text::ErrorKind::KeyError => Exc::KeyError,
            text::ErrorKind::IndexError => Exc::IndexError,
            text::ErrorKind::AttributeError => Exc::AttributeError,
            text::ErrorKind::MemoryError => Exc::MemoryError,
        };
        self.new_exc(kind, e.message)
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        let mut out = String::new();
        self.repr_into(&mut out, v)?;
        Ok(out)
    }

    /// Append `repr(v)`.
    pub fn repr_into(&mut self, out: &mut String, v: &Value) -> PyResult<()> {
        if has_record(v) {
            if let Some(r) = self.call_override(v, &self.names.repr.clone(), &[])? {
                return match str_of(&r) {
                    Some(s) => {
                        out.push_str(s);
                        Ok(())
                    }
                    None => {
                        let m =
                            format!("__repr__ returned non-string (type {})", self.type_name(&r));
                        Err(self.type_error(m))
                    }
                };
            }
        }
        self.native_repr_into(out, v)
    }

    /// Append `repr(v)` by the built-in type's own rules (`list.__repr__`...).
    pub fn native_repr_into(&mut self, out: &mut String, v: &Value) -> PyResult<()> {
        let nested = matches!(
            v.as_obj().map(|o| &**o),
            Some(
                Kind::Tuple(_) | Kind::List(_) | Kind::Dict(_) | Kind::Set(..) | Kind::DictView(..)
            )
        );
        if !nested {
            return self.repr_leaf(out, v);
        }
        self.guard_enter(" while getting the repr of an object")?;
        let r = self.repr_leaf(out, v);
        self.guard_leave();
        r
    }

    fn repr_leaf(&mut self, out: &mut String, v: &Value) -> PyResult<()> {
        match v {
            Value::None | Value::Null => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => {
                use core::fmt::Write;
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => text::float_repr(out, *f),
            Value::Obj(o) => match &**o {
                Kind::Str(s) => text::str_repr(out, s.as_str(), false),
                Kind::BigInt(n) => out.push_str(&self.big_decimal(n)?),
                Kind::Complex(re, im) => text::complex_repr(out, *re, *im),
                Kind::Bytes(b) => text::bytes_repr(out, b),
                Kind::MemView(m) => {
                    let what = if m.is_released() {
                        "released memory"
                    } else {
                        "memory"
                    };
                    out.push_str(&format!("<{what} at {:#x}>", o.addr()));
                }
                Kind::NumSub(n) => {
                    let n = n.clone();
                    self.repr_leaf(out, &n)?
                }
                Kind::ByteArray(b) => {
                    out.push_str("bytearray(");
                    text::bytes_repr(out, &b.borrow());
                    out.push(')');
                }
                Kind::Tuple(t) => {
                    let items = t.to_vec();
                    self.repr_seq(
                        out,
                        o,
                        &items,
                        "(",
                        if items.len() == 1 { ",)" } else { ")" },
                    )?
                }
                Kind::List(l) => {
                    let items = l.borrow().clone();
                    self.repr_seq(out, o, &items, "[", "]")?
                }
                Kind::Dict(d) => {
                    if !self.repr_enter(o) {
                        out.push_str("{...}");
                        return Ok(());
                    }
                    let items: Vec<(Value, Value)> = d
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    out.push('{');
                    let r = (|| {
                        for (i, (k, v)) in items.iter().enumerate() {
                            if i > 0 {
                                out.push_str(", ");
                            }
                            self.repr_into(out, k)?;
                            out.push_str(": ");
                            self.repr_into(out, v)?;
                        }
                        Ok(())
                    })();
                    self.repr_leave();
                    r?;
                    out.push('}');
                }
                Kind::Set(d, frozen) => {
                    let items: Vec<Value> = d.borrow().iter().map(|e| e.key.clone()).collect();
                    let name = if *frozen { "frozenset" } else { "set" };
                    if items.is_empty() {
                        out.push_str(name);
                        out.push_str("()");
                    } else if *frozen {
                        self.repr_seq(out, o, &items, "frozenset({", "})")?
                    } else {
                        self.repr_seq(out, o, &items, "{", "}")?
                    }
                }
                Kind::BigRange(p) => {
                    out.push_str("range(");
                    self.repr_into(out, &p[0])?;
                    out.push_str(", ");
                    self.repr_into(out, &p[1])?;
                    if !matches!(p[2], Value::Int(1)) {
                        out.push_str(", ");
                        self.repr_into(out, &p[2])?;
                    }
                    out.push(')');
                }
                Kind::Range(a, b, c) => {
                    if *c == 1 {
                        out.push_str(&format!("range({a}, {b})"))
                    } else {
                        out.push_str(&format!("range({a}, {b}, {c})"))
                    }
                }
                Kind::Slice(a, b, c) => {
                    out.push_str("slice(");
                    self.repr_into(out, a)?;
                    out.push_str(", ");
                    self.repr_into(out, b)?;
                    out.push_str(", ");
                    self.repr_into(out, c)?;
                    out.push(')');
                }
                Kind::DictView(which, d) => {
                    let name = ["dict_keys", "dict_values", "dict_items"][*which as usize & 3];
                    let items = self.collect(v)?;
                    let _ = d;
                    out.push_str(name);
                    self.repr_seq(out, o, &items, "([", "])")?
                }
                // A native object's class may define `__repr__` (array,
                // itertools.count).
                Kind::Instance(_) | Kind::Native(_) | Kind::Iter(_) => {
                    let r = self.call_special(v, &self.names.repr.clone(), &[])?;
                    match r.as_ref().and_then(str_of) {
                        Some(s) => out.push_str(s),
                        None => {
                            let m = format!(
                                "__repr__ returned non-string (type {})",
                                r.map_or("NoneType".into(), |r| self.type_name(&r))
                            );
                            return Err(self.type_error(m));
                        }
                    }
                }
                _ => out.push_str(&self.object_repr(v)),
            },
        }
        Ok(())
    }

    fn repr_seq(
        &mut self,
        out: &mut String,
        o: &ObjRef,
        items: &[Value],
        open: &str,
        close: &str,
    ) -> PyResult<()> {
        if !self.repr_enter(o) {
            out.push_str(open);
            out.push_str("...");
            out.push_str(close);
            return Ok(());
        }
        out.push_str(open);
        let mut r = Ok(());
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if let Err(e) = self.repr_into(out, x) {
                r = Err(e);
                break;
            }
        }
        self.repr_leave();
        r?;
        out.push_str(close);
        Ok(())
    }

    /// Guard against infinite recursion in self-containing containers.
    fn repr_enter(&mut self, o: &ObjRef) -> bool {
        if self.repr_stack.iter().any(|a| *a == o.addr()) {
            return false;
        }
        self.repr_stack.push(o.addr());
        true
    }

    fn repr_leave(&mut self) {
        self.repr_stack.pop();
    }

    /// The default `<...>` repr of objects without their own.
    pub fn object_repr(&mut self, v: &Value) -> String {
        let Value::Obj(o) = v else {
            return String::new();
        };
        match &**o {
            Kind::Func(f) => format!(
                "<function {} at {:#x}>",
                str_of(&f.qualname()).unwrap_or("?"),
                o.addr()
            ),
            Kind::Builtin(b) => match &b.bound {
                Some(s) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name.rsplit('.').next().unwrap_or(b.name),
                    self.type_name(s),
                    s.as_obj().map_or(0, |x| x.addr())
                ),
                None => format!(
                    "<built-in function {}>",
                    b.name.rsplit('.').next().unwrap_or(b.name)
                ),
            },
            Kind::Method(f, s) => {
                let fname = match f.as_obj().map(|x| &**x) {
                    Some(Kind::Func(func)) => str_of(&func.qualname()).unwrap_or("?").into(),
                    Some(Kind::Builtin(b)) => String::from(b.name),
                    _ => String::from("?"),
                };
                let srepr = self.repr_string(s).unwrap_or_default();
                format!("<bound method {fname} of {srepr}>")
            }
            Kind::Class(_) => {
                let module = self
                    .dict_get_str_quiet(
                        match &**o {
                            Kind::Class(c) => &c.dict,
                            _ => o,
                        },
                        &self.names.module.clone(),
                    )
                    .and_then(|m| str_of(&m).map(String::from));
                let qual = match &**o {
                    Kind::Class(c) => str_of(&c.qualname.borrow()).unwrap_or("?").into(),
                    _ => String::new(),
                };
                match module {
                    Some(m) if m != "builtins" => format!("<class '{m}.{qual}'>"),
                    _ => format!("<class '{qual}'>"),
                }
            }
            Kind::Module(m) => {
                let name = str_of(&m.name).unwrap_or("?").to_owned();
                let spec = self.intern("__spec__");
                match self.dict_get_str_quiet(&m.dict, &self.names.file.clone()) {
                    Some(f) if str_of(&f).is_some() => {
                        format!("<module '{name}' from '{}'>", str_of(&f).unwrap_or(""))
                    }
                    // types.ModuleType("x") sets `__spec__` to None.
                    _ if matches!(self.dict_get_str_quiet(&m.dict, &spec), Some(Value::None)) => {
                        format!("<module '{name}'>")
                    }
                    _ => format!("<module '{name}' (built-in)>"),
                }
            }
            Kind::Gen(g) => {
                let what = match g.kind {
                    crate::vm::object::func::GenKind::Generator => "generator",
                    crate::vm::object::func::GenKind::Coroutine => "coroutine",
                    crate::vm::object::func::GenKind::AsyncGenerator => "async_generator",
                };
                format!(
                    "<{what} object {} at {:#x}>",
                    str_of(&g.qualname).unwrap_or("?"),
                    o.addr()
                )
            }
            Kind::NotImplemented => "NotImplemented".into(),
            Kind::Ellipsis => "Ellipsis".into(),
            Kind::File(f) => format!(
                "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
                f.name, f.mode
            ),
            _ => {
                let t = self.type_of(v);
                let module = match &*t {
                    Kind::Class(c) => self
                        .dict_get_str_quiet(&c.dict, &self.names.module.clone())
                        .and_then(|m| str_of(&m).map(String::from)),
                    _ => None,
                };
                let qual = match &*t {
                    Kind::Class(c) => str_of(&c.qualname.borrow()).unwrap_or("?").into(),
                    _ => String::from("?"),
                };
                match module {
                    Some(m) if m != "builtins" => format!("<{m}.{qual} object at {:#x}>", o.addr()),
                    _ => format!("<{qual} object at {:#x}>", o.addr()),
                }
            }
        }
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        if has_record(v) {
            if let Some(r) = self.call_override(v, &self.names.str.clone(), &[])? {
                if let Some(s) = str_of(&r) {
                    return Ok(s.into());
                }
            }
        }
        match v {
            Value::Obj(o) => match &**o {
                Kind::Str(s) => Ok(s.as_str().into()),
                Kind::Instance(_) => {
                    let r = self.call_special(v, &self.names.str.clone(), &[])?;
                    match r.as_ref().and_then(str_of) {
                        Some(s) => Ok(s.into()),
                        None => {
                            let m = format!(
                                "__str__ returned non-string (type {})",
                                r.map_or("NoneType".into(), |r| self.type_name(&r))
                            );
                            Err(self.type_error(m))
                        }
                    }
                }
                _ => self.repr_string(v),
            },
            _ => self.repr_string(v),
        }
    }

    /// `str(v)` as a str value (no copy when v is already a str).
    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        if str_of(v).is_some() && matches!(self.type_of(v), ref t if t.ptr_eq(&self.types.str)) {
            return Ok(v.clone());
        }
        let s = self.str_string(v)?;
        Ok(self.new_str_value(s))
    }

    /// `ascii(v)`.
    pub fn ascii_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr_string(v)?;
        let mut out = String::new();
        for c in r.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c)
            } else if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"))
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"))
            } else {
                out.push_str(&format!("\\U{n:08x}"))
            }
        }
        Ok(out)
    }

    /// FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii) then `format(v, spec)`.
    pub fn format_value(&mut self, v: Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
        let v = match conv {
            1 => self.str_value(&v)?,
            2 => {
                let s = self.repr_string(&v)?;
                self.new_str_value(s)
            }
            3 => {
                let s = self.ascii_string(&v)?;
                self.new_str_value(s)
            }
            _ => v,
        };
        let spec_s = spec.as_ref().and_then(|s| str_of(s)).unwrap_or("");
        if spec_s.is_empty() && str_of(&v).is_some() && !has_record(&v) {
            return Ok(v);
        }
        let spec_s: String = spec_s.into();
        let s = self.format(&v, &spec_s)?;
        Ok(self.new_str_value(s))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if has_record(v) {
            let spec_v = self.new_str_value(spec.into());
            let name = self.names.format.clone();
            if let Some(r) = self.call_override(v, &name, &[spec_v])? {
                return match str_of(&r) {
                    Some(s) => Ok(s.into()),
                    None => Err(self.type_error("__format__ must return a str")),
                };
            }
            if let Some(n) = number_of(v) {
                return self.format(&n, spec);
            }
        }
        let mut out = String::new();
        let r = match v {
            Value::Int(i) => self.format_int(&mut out, *i, spec, "int"),
            Value::Obj(_) if as_complex(v).is_some() => {
                let (re, im) = as_complex(v).unwrap_or_default();
                FormatSpec::parse(spec, "complex")
                    .and_then(|s| text::format_complex(&mut out, re, im, &s))
            }
            Value::Obj(o) if matches!(&**o, Kind::BigInt(_)) => {
                return crate::vm::builtins::int_ops::format_big(self, v, spec)
            }
            Value::Bool(b) if spec.is_empty() => {
                out.push_str(if *b { "True" } else { "False" });
                Ok(())
            }
            Value::Bool(b) => self.format_int(&mut out, *b as i64, spec, "bool"),
            Value::Float(f) => {
                if spec.is_empty() {
                    text::float_repr(&mut out, *f);
                    Ok(())
                } else {
                    FormatSpec::parse(spec, "float")
                        .and_then(|s| text::format_float(&mut out, *f, &s, "float"))
                }
            }
            Value::Obj(o)
                if matches!(&**o, Kind::Str(_))
                    && !matches!(self.type_of(v), ref t if !t.ptr_eq(&self.types.str)) =>
            {
                let s = str_of(v).unwrap_or("");
                FormatSpec::parse(spec, "str")
                    .and_then(|sp| text::format_str(&mut out, s, &sp, "str"))
            }
            _ => {
                let name = self.names.format.clone();
                let spec_v = self.new_str_value(spec.into());
                if let Some(m) = self.special(v, &name) {
                    if !matches!(m.as_obj().map(|x| &**x), Some(Kind::Builtin(b)) if b.name == "object.__format__")
                    {
                        let r = self.call_unbound(&m, v, &[v.clone(), spec_v])?;
                        return match str_of(&r) {
                            Some(s) => Ok(s.into()),
                            None => {
                                let m = format!(
                                    "__format__ must return a str, not {}",
                                    self.type_name(&r)
                                );
                                Err(self.type_error(m))
                            }
                        };
                    }
                }
                if !spec.is_empty() {
                    let m = format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    );
                    return Err(self.type_error(m));
                }
                return self.str_string(v);
            }
        };
        r.map_err(|e| self.text_error(e))?;
        Ok(out)
    }

    fn format_int(
        &mut self,
        out: &mut String,
        i: i64,
        spec: &str,
        type_name: &str,
    ) -> Result<(), TextError> {
        if spec.is_empty() {
            use core::fmt::Write;
            let _ = write!(out, "{i}");
            return Ok(());
        }
        let s = FormatSpec::parse(spec, type_name)?;
        text::format_int(out, &i, &s, type_name)
    }

    /// `fmt % args` for str.
    pub fn percent_format(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let f: String = str_of(fmt).unwrap_or("").into();
        let mut out = String::new();
        let mut adaptor = PercentAdaptor {
            vm: self,
            args: args.clone(),
        };
        match text::percent_format(&mut out, f.as_str(), &mut adaptor) {
            Ok(()) => Ok(self.new_str_value(out)),
            Err(PctErr::Text(e)) => Err(self.text_error(e)),
            Err(PctErr::Py(e)) => Err(e),
        }
    }

    /// PRINT_EXPR: the REPL echo.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let mut s = self.repr_string(&v)?;
        s.push('\n');
        crate::platform::platform().write(crate::platform::Stream::Stdout, s.as_bytes());
        let underscore = self.intern("_");
        let b = self.builtins.clone();
        self.dict_set_str(&b, underscore, v);
        Ok(())
    }
}

/// Errors of `%`-formatting: the engine's, or one raised by Python code.
pub(super) enum PctErr {
    Text(TextError),
    Py(ObjRef),
}

impl From<TextError> for PctErr {
    fn from(e: TextError) -> PctErr {
        PctErr::Text(e)
    }
}

pub(super) struct PercentAdaptor<'a> {
    pub(super) vm: &'a mut Vm,
    pub(super) args: Value,
}

impl<T: PercentText + ?Sized> PercentArgs<T> for PercentAdaptor<'_> {
    type Arg = Value;
    type Int = BigInt;
    type Error = PctErr;

    fn tuple_len(&self) -> Option<usize> {
        match self.args.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(t)) => Some(t.len()),
            _ => None,
        }
    }

    fn item(&mut self, index: usize) -> Value {
        match self.args.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(t)) => t.get(index).cloned().unwrap_or(Value::None),
            _ => self.args.clone(),
        }
    }

    fn is_mapping(&self) -> bool {
        match self.args.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(_)) | Some(Kind::Str(_)) => false,
            Some(Kind::Dict(_)) => true,
            Some(Kind::Instance(_)) => self
                .vm
                .special(&self.args, &self.vm.names.getitem.clone())
                .is_some(),
            _ => false,
        }
    }

    fn lookup(&mut self, key: &T) -> Result<Value, PctErr> {
        let k = T::key_value(self.vm, key);
        self.vm.getitem(&self.args.clone(), &k).map_err(PctErr::Py)
    }

    fn type_name(&self, arg: &Value) -> &str {
        match arg {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Obj(o) => match &**o {
                Kind::BigInt(_) => "int",
                Kind::Str(_) => "str",
                Kind::List(_) => "list",
                Kind::Tuple(_) => "tuple",
                Kind::Dict(_) => "dict",
                Kind::Bytes(_) => "bytes",
                _ => "object",
            },
            Value::Null => "NoneType",
        }
    }

    fn to_int(&mut self, arg: &Value, index_only: bool) -> Result<Option<BigInt>, PctErr> {
        // An int or float subclass instance formats as its number.
        let arg = &crate::vm::builtins::subclass::unboxed(arg);
        Ok(match arg {
            Value::Float(f) if !index_only => {
                if f.is_finite() {
                    Some(bigint::from_f64_trunc(*f))
                } else {
                    let e = self.vm.new_exc(
                        Exc::OverflowError,
                        "cannot convert float infinity to integer",
                    );
                    return Err(PctErr::Py(e));
                }
            }
            _ => bigint::to_big(arg),
        })
    }

    fn to_float(&mut self, arg: &Value) -> Result<Option<f64>, PctErr> {
        let arg = &crate::vm::builtins::subclass::unboxed(arg);
        Ok(match arg {
            Value::Int(i) => Some(*i as f64),
            Value::Bool(b) => Some(*b as i64 as f64),
            Value::Float(f) => Some(*f),
            _ => match bigint::as_big(arg) {
                Some(n) => Some(self.vm.big_to_f64(n).map_err(PctErr::Py)?),
                None => None,
            },
        })
    }

    fn to_star(&mut self, arg: &Value) -> Result<Option<i64>, PctErr> {
        Ok(crate::vm::eval::ops::as_int(arg))
    }

    fn to_char(&mut self, arg: &Value) -> Result<CharArg, PctErr> {
        Ok(match arg {
            Value::Int(i) => CharArg::Int(Some(*i)),
            _ if bigint::as_big(arg).is_some() => CharArg::Int(None),
            _ => T::char_arg(arg),
        })
    }

    fn write_text(&mut self, arg: &Value, conv: u8, out: &mut T::Buf) -> Result<(), PctErr> {
        T::write_conv(self.vm, arg, conv, out).map_err(PctErr::Py)
    }
}

use alloc::borrow::ToOwned;
