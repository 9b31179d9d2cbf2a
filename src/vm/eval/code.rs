//! The runtime form of a code object: the compiler's [`CodeObject`] plus its
//! constants and names turned into VM objects once, when it is loaded.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;

use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::{CodeFlags, CodeObject, Const};
use crate::vm::object::str::new_str;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

pub struct CodeObj {
    pub raw: Rc<CodeObject>,
    pub consts: Box<[Value]>,
    /// `names`, interned.
    pub names: Box<[ObjRef]>,
    /// `varnames`, interned (keyword argument binding compares by pointer first).
    pub varnames: Box<[ObjRef]>,
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub filename: ObjRef,
    /// Number of cell + free variables.
    pub nderef: usize,
    /// Binding a call is copying the positional arguments: no `*args`,
    /// `**kwargs`, keyword-only parameters or cells, not a generator or
    /// coroutine (`Vm::simple_frame`).
    pub simple_args: bool,
    /// LOAD_GLOBAL cache, one entry per name (see `global_cache.rs`).
    pub global_cache: Box<[core::cell::Cell<super::global_cache::GlobalSite>]>,
    /// One attribute cache per `attr_sites` slot (see `attr_cache.rs`).
    pub attr_cache: Box<[[super::attr_cache::Way; super::attr_cache::WAYS]]>,
}

impl CodeObj {
    #[inline]
    pub fn flags(&self) -> CodeFlags {
        self.raw.flags
    }

    /// Total parameters, including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        let c = &self.raw;
        c.arg_count as usize
            + c.kwonly_arg_count as usize
            + c.flags.has(CodeFlags::VARARGS) as usize
            + c.flags.has(CodeFlags::VARKEYWORDS) as usize
    }
}

impl Vm {
    /// Convert a compiled code object (and the code objects nested in its
    /// constants) into the runtime form.
    pub fn load_code(&mut self, raw: Rc<CodeObject>) -> PyResult<Rc<CodeObj>> {
        let consts = raw
            .consts
            .iter()
            .map(|c| self.const_value(c))
            .collect::<PyResult<Vec<Value>>>()?;
        let names = raw.names.iter().map(|n| self.intern(n)).collect();
        let varnames = raw.varnames.iter().map(|n| self.intern(n)).collect();
        Ok(Rc::new(CodeObj {
            consts: consts.into(),
            names,
            varnames,
            name: self.intern(&raw.name),
            qualname: new_str(&raw.qualname),
            filename: new_str(&raw.filename),
            nderef: raw.cellvars.len() + raw.freevars.len(),
            simple_args: raw.cellvars.is_empty()
                && raw.freevars.is_empty()
                && raw.kwonly_arg_count == 0
                && !raw.is_resumable()
                && !raw.flags.has(CodeFlags::VARARGS)
                && !raw.flags.has(CodeFlags::VARKEYWORDS),
            global_cache: super::global_cache::new_sites(raw.names.len()),
            attr_cache: super::attr_cache::new_sites(raw.attr_sites.len()),
            raw,
        }))
    }

    fn const_value(&mut self, c: &Const) -> PyResult<Value> {
        Ok(match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Ellipsis => Value::Obj(self.ellipsis.clone()),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(digits) => crate::vm::builtins::int::big_literal(self, digits)?,
            Const::Float(f) => Value::Float(*f),
            Const::Complex { .. } => {
                return Err(self.new_exc(
                    Exc::NotImplementedError,
                    "complex numbers are not supported",
                ))
            }
            Const::Str(s) => {
                // Short identifier-like constants are interned (dict keys, getattr names).
                if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    Value::Obj(self.intern(s))
                } else {
                    Value::Obj(new_str(s))
                }
            }
            Const::Bytes(b) => Value::Obj(ObjRef::new(Kind::Bytes(b.clone().into()))),
            Const::Tuple(items) => {
                let v = items
                    .iter()
                    .map(|c| self.const_value(c))
                    .collect::<PyResult<Vec<Value>>>()?;
                Value::Obj(ObjRef::new(Kind::Tuple(v.into())))
            }
            Const::Code(code) => Value::Obj(ObjRef::new(Kind::Code(self.load_code(code.clone())?))),
        })
    }
}
