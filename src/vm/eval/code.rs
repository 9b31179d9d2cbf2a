//! The runtime form of a code object: the compiler's [`CodeObject`] plus its
//! constants and names turned into VM objects once, when it is loaded, or
//! for frozen code when it first runs (its body stays packed until then).

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::{Cell, OnceCell};
use core::mem::take;

use super::complex_ops::complex_value;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::pack::{unpack_body, Body as Parts};
use crate::vm::bytecode::{CodeFlags, CodeObject, Const, Instr};
use crate::vm::object::str::new_str;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

pub struct CodeObj {
    /// The compiled code, without its constants, names, attribute sites
    /// and instructions (they live in `body`).
    pub raw: Rc<CodeObject>,
    /// Set when loaded, or for frozen code when it first runs
    /// ([`Vm::code_ready`]): most code objects of an imported module never
    /// run, and on a 4 MB PC asyncio's bodies took ~190 KB. Every frame's
    /// code has it (frames are made by `Frame::new`, which checks, and
    /// `Vm::new_frame`, whose callers check: see `simple_args`).
    body: OnceCell<Body>,
    pub name: ObjRef,
    /// `qualname()`: made on first use (a method's differs from its name).
    qualname: OnceCell<ObjRef>,
    pub filename: ObjRef,
    /// Number of cell + free variables.
    pub nderef: usize,
    /// Binding a call is copying the positional arguments: no `*args`,
    /// `**kwargs`, keyword-only parameters or cells, not a generator or
    /// coroutine (`Vm::simple_frame`). False until the body is set, so
    /// that the first call takes the general path, which sets it.
    simple_args: Cell<bool>,
    /// LOAD_GLOBAL cache, one entry per name (see `global_cache.rs`); made
    /// on first use: most code objects of an imported module never run,
    /// and on a 4 MB PC asyncio's would take ~60 KB.
    global_cache: OnceCell<Box<[Cell<super::global_cache::GlobalSite>]>>,
    /// One attribute cache per `attr_sites` slot (see `attr_cache.rs`);
    /// made on first use, like `global_cache`.
    attr_cache: OnceCell<Box<[[super::attr_cache::Way; super::attr_cache::WAYS]]>>,
}

/// What runs: the instructions and what their arguments index.
pub struct Body {
    /// The instructions, checked when loaded (`checked_instructions`): the
    /// last never falls through and every jump lands inside. Private and
    /// never changed, so the eval loop may fetch without bounds checks.
    instrs: Box<[Instr]>,
    pub consts: Box<[Value]>,
    /// `names`, interned.
    pub names: Box<[ObjRef]>,
    /// Per-site attribute caches: `attr_sites[slot]` is a `names` index.
    pub attr_sites: Box<[u32]>,
    /// `varnames`, interned (keyword argument binding compares by pointer
    /// first): here, so that code that never runs interns no local names.
    pub varnames: Box<[ObjRef]>,
}

impl Body {
    /// The instructions. Every pc a frame of this code holds is below
    /// their number (see `checked_instructions`).
    #[inline(always)]
    pub fn instructions(&self) -> &[Instr] {
        &self.instrs
    }
}

impl CodeObj {
    /// The body of code that has a frame (or whose body was set by
    /// [`Vm::code_ready`]).
    #[inline(always)]
    #[allow(unsafe_code)]
    pub fn body(&self) -> &Body {
        debug_assert!(self.body.get().is_some());
        // SAFETY: the body is set before the first frame of this code is
        // made (`Frame::new` asserts it; `Vm::new_frame` runs only for
        // `simple_args` code, true only once the body is set, or after
        // `bind_frame`'s `code_ready`), and once set a OnceCell keeps it;
        // the other callers hold code they made ready.
        unsafe { self.body.get().unwrap_unchecked() }
    }

    /// True once the body is set.
    #[inline]
    pub fn is_ready(&self) -> bool {
        self.body.get().is_some()
    }

    /// See the field.
    #[inline(always)]
    pub fn simple_args(&self) -> bool {
        self.simple_args.get()
    }

    /// The instructions (of code that has a frame, see `body`).
    #[inline(always)]
    pub fn instructions(&self) -> &[Instr] {
        self.body().instructions()
    }

    /// The LOAD_GLOBAL caches (made on first use).
    #[inline]
    pub fn global_sites(&self) -> &[Cell<super::global_cache::GlobalSite>] {
        self.global_cache
            .get_or_init(|| super::global_cache::new_sites(self.body().names.len()))
    }

    /// The attribute caches (made on first use).
    #[inline]
    pub fn attr_sites(&self) -> &[[super::attr_cache::Way; super::attr_cache::WAYS]] {
        self.attr_cache
            .get_or_init(|| super::attr_cache::new_sites(self.body().attr_sites.len()))
    }

    /// The qualname of functions made from this code (a module-level
    /// function's or class's is its name).
    pub fn qualname(&self) -> ObjRef {
        self.qualname
            .get_or_init(|| match self.raw.qualname == self.raw.name {
                true => self.name.clone(),
                false => new_str(&self.raw.qualname),
            })
            .clone()
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
    /// constants) into the runtime form. Its constants, names, attribute
    /// sites and instructions live only in the body then: `raw` keeps none
    /// of them. Frozen code's body is set when it first runs.
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
        let parts = match raw_mut.packed.is_some() {
            true => None,
            false => Some(Parts {
                names: take(&mut raw_mut.names),
                attr_sites: take(&mut raw_mut.attr_sites),
                instructions: take(&mut raw_mut.instructions),
                consts: take(&mut raw_mut.consts),
            }),
        };
        let name = self.intern(&raw.name);
        let code = Rc::new(CodeObj {
            body: OnceCell::new(),
            name,
            qualname: OnceCell::new(),
            filename,
            nderef: raw.cellvars.len() + raw.freevars.len(),
            simple_args: Cell::new(false),
            global_cache: OnceCell::new(),
            attr_cache: OnceCell::new(),
            raw,
        });
        if let Some(parts) = parts {
            self.set_body(&code, parts)?;
        }
        Ok(code)
    }

    /// Set the body of `code` if it is still packed (frozen code that has
    /// not run yet): a SystemError when its bytes are damaged.
    #[inline]
    pub fn code_ready(&mut self, code: &CodeObj) -> PyResult<()> {
        match code.is_ready() {
            true => Ok(()),
            false => self.unpack_body(code),
        }
    }

    /// [`Vm::code_ready`]'s decoding, out of line: it runs once per code
    /// object, and kept apart it leaves the call paths' code as it was.
    #[cold]
    #[inline(never)]
    fn unpack_body(&mut self, code: &CodeObj) -> PyResult<()> {
        let packed = code.raw.packed.as_ref().and_then(unpack_body);
        let Some(parts) = packed else {
            return Err(self.new_exc(Exc::SystemError, "malformed code object"));
        };
        self.set_body(code, parts)
    }

    /// Turn `parts` into the runtime form as the body of `code`.
    fn set_body(&mut self, code: &CodeObj, parts: Parts) -> PyResult<()> {
        let Some(instrs) = checked_instructions(parts.instructions) else {
            return Err(self.new_exc(Exc::SystemError, "malformed code object"));
        };
        let consts = self.const_values(parts.consts, &code.filename)?;
        let names = parts.names.iter().map(|n| self.intern(n)).collect();
        let varnames = code.raw.varnames.iter().map(|n| self.intern(n)).collect();
        let _ = code.body.set(Body {
            instrs,
            consts: consts.into(),
            names,
            attr_sites: parts.attr_sites.into(),
            varnames,
        });
        let raw = &code.raw;
        code.simple_args.set(
            raw.cellvars.is_empty()
                && raw.freevars.is_empty()
                && raw.kwonly_arg_count == 0
                && !raw.is_resumable()
                && !raw.flags.has(CodeFlags::VARARGS)
                && !raw.flags.has(CodeFlags::VARKEYWORDS),
        );
        Ok(())
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
