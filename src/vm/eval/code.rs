//! The runtime form of a code object: the compiler's [`CodeObject`] plus its
//! constants and names turned into VM objects once, when it is loaded.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::{Cell, OnceCell};
use core::mem::take;

use super::complex_ops::complex_value;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::{CodeFlags, CodeObject, Const, Instr};
use crate::vm::object::str::new_str;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

pub struct CodeObj {
    /// The compiled code, without its constants, names and instructions
    /// (they live in the fields below).
    pub raw: Rc<CodeObject>,
    /// The instructions, checked when loaded (`checked_instructions`): the
    /// last never falls through and every jump lands inside. Private and
    /// never changed, so the eval loop may fetch without bounds checks.
    instrs: Box<[Instr]>,
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
    /// LOAD_GLOBAL cache, one entry per name (see `global_cache.rs`); made
    /// on first use: most code objects of an imported module never run,
    /// and on a 4 MB PC asyncio's would take ~60 KB.
    global_cache: OnceCell<Box<[Cell<super::global_cache::GlobalSite>]>>,
    /// One attribute cache per `attr_sites` slot (see `attr_cache.rs`);
    /// made on first use, like `global_cache`.
    attr_cache: OnceCell<Box<[[super::attr_cache::Way; super::attr_cache::WAYS]]>>,
}

impl CodeObj {
    /// The instructions. Every pc a frame of this code holds is below
    /// their number (see `checked_instructions`).
    #[inline(always)]
    pub fn instructions(&self) -> &[Instr] {
        &self.instrs
    }

    /// The LOAD_GLOBAL caches (made on first use).
    #[inline]
    pub fn global_sites(&self) -> &[Cell<super::global_cache::GlobalSite>] {
        self.global_cache
            .get_or_init(|| super::global_cache::new_sites(self.names.len()))
    }

    /// The attribute caches (made on first use).
    #[inline]
    pub fn attr_sites(&self) -> &[[super::attr_cache::Way; super::attr_cache::WAYS]] {
        self.attr_cache
            .get_or_init(|| super::attr_cache::new_sites(self.raw.attr_sites.len()))
    }

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

/// The instructions if control cannot leave them: the last one never falls
/// through (`Opcode::is_terminator`) and every jump target (the only
/// arguments the eval loop makes a pc of, handlers included) is an index
/// inside. Then each pc the loop reaches is: 0, one past a non-terminator,
/// or a jump target, all below the length. Checked once per code object,
/// as it is loaded, instead of on every fetch.
fn checked_instructions(instrs: Vec<Instr>) -> Option<Box<[Instr]>> {
    let len = instrs.len();
    let ends = instrs.last()?.op().is_terminator();
    let jumps_inside = instrs
        .iter()
        .all(|i| !i.op().is_jump() || (i.arg() as usize) < len);
    (ends && jumps_inside).then(|| instrs.into_boxed_slice())
}

impl Vm {
    /// Convert a compiled code object (and the code objects nested in its
    /// constants) into the runtime form. Its constants, names and instructions live
    /// only in it then: `raw` keeps none of them.
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
        let Some(instrs) = checked_instructions(take(&mut raw_mut.instructions)) else {
            return Err(self.new_exc(Exc::SystemError, "malformed code object"));
        };
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
            simple_args: raw.cellvars.is_empty()
                && raw.freevars.is_empty()
                && raw.kwonly_arg_count == 0
                && !raw.is_resumable()
                && !raw.flags.has(CodeFlags::VARARGS)
                && !raw.flags.has(CodeFlags::VARKEYWORDS),
            global_cache: OnceCell::new(),
            attr_cache: OnceCell::new(),
            instrs,
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
            Const::Complex { real, imag } => complex_value(real, imag),
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
