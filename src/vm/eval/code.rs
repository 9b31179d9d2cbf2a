//! The runtime form of a code object: the compiler's [`CodeObject`] plus its
//! constants and names turned into VM objects once, when it is loaded.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::mem::take;

use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::{CodeFlags, CodeObject, Const};
use crate::vm::object::str::new_str;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
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
    /// LOAD_GLOBAL cache, one entry per name: (globals stamp, builtins stamp,
    /// value); empty until the code first runs LOAD_GLOBAL (most code
    /// objects of an imported module never do).
    pub global_cache: core::cell::RefCell<Vec<(u64, u64, Value)>>,
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
    /// constants) into the runtime form. Its constants and names then live
    /// only as VM objects: `raw` keeps neither.
    pub fn load_code(&mut self, raw: Rc<CodeObject>) -> PyResult<Rc<CodeObj>> {
        self.load_code_in(raw, None)
    }

    /// [`Vm::load_code`] for code nested in code whose file name object is
    /// `outer_file`: the two share it when the names agree (they always do
    /// for compiled code) or the nested one has none (frozen code).
    fn load_code_in(
        &mut self,
        mut raw: Rc<CodeObject>,
        outer_file: Option<&ObjRef>,
    ) -> PyResult<Rc<CodeObj>> {
        let filename = match outer_file {
            Some(f)
                if raw.filename.is_empty()
                    || str_of(&Value::Obj(f.clone())) == Some(&*raw.filename) =>
            {
                f.clone()
            }
            _ => new_str(&raw.filename),
        };
        // In place: compiled and frozen code are not shared.
        let raw_mut = Rc::make_mut(&mut raw);
        let (consts, names) = (take(&mut raw_mut.consts), take(&mut raw_mut.names));
        let consts = self.const_values(consts, &filename)?;
        let names = names
            .iter()
            .map(|n| self.intern(n))
            .collect::<Box<[ObjRef]>>();
        let varnames = raw.varnames.iter().map(|n| self.intern(n)).collect();
        let name = self.intern(&raw.name);
        // A module-level function's or class's qualname is its name.
        let qualname = match raw.qualname == raw.name {
            true => name.clone(),
            false => new_str(&raw.qualname),
        };
        Ok(Rc::new(CodeObj {
            consts: consts.into(),
            varnames,
            name,
            qualname,
            filename,
            nderef: raw.cellvars.len() + raw.freevars.len(),
            global_cache: core::cell::RefCell::new(Vec::new()),
            names,
            raw,
        }))
    }

    /// [`Vm::const_value`] of each constant, in a vector of exactly their
    /// number (what `collect::<PyResult<..>>` cannot size up front).
    fn const_values(&mut self, consts: Vec<Const>, filename: &ObjRef) -> PyResult<Vec<Value>> {
        let mut values = Vec::with_capacity(consts.len());
        for c in consts {
            values.push(self.const_value(c, filename)?);
        }
        Ok(values)
    }

    /// The VM object for constant `c` of code from file `filename`.
    fn const_value(&mut self, c: Const, filename: &ObjRef) -> PyResult<Value> {
        Ok(match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(b),
            Const::Ellipsis => Value::Obj(self.ellipsis.clone()),
            Const::Int(i) => Value::Int(i),
            Const::BigInt(digits) => crate::vm::builtins::int::big_literal(self, &digits)?,
            Const::Float(f) => Value::Float(f),
            Const::Complex { .. } => {
                return Err(self.new_exc(
                    Exc::NotImplementedError,
                    "complex numbers are not supported",
                ))
            }
            Const::Str(s) => {
                // Short identifier-like constants are interned (dict keys, getattr names).
                if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    Value::Obj(self.intern(&s))
                } else {
                    Value::Obj(new_str(&s))
                }
            }
            Const::Bytes(b) => Value::Obj(ObjRef::new(Kind::Bytes(b.into()))),
            Const::Tuple(items) => {
                let v = self.const_values(items, filename)?;
                Value::Obj(ObjRef::new(Kind::Tuple(v.into())))
            }
            Const::Code(code) => Value::Obj(ObjRef::new(Kind::Code(
                self.load_code_in(code, Some(filename))?,
            ))),
        })
    }
}
