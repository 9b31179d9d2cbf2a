//! The code object (one compiled function, class body or module) and the
//! constant type it carries.
use alloc::borrow::Cow;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use super::pack::PackedBody;
use super::{Instr, LineTable};

/// A string of a code object: owned when compiled, borrowed from its
/// module's kept bytes when loaded from the frozen blob (bytecode/pack.rs).
pub type CodeStr = Cow<'static, str>;

/// A compile-time constant, independent of the VM's object model: the VM
/// converts each into its own object once per code object.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    /// An int that fits in i64.
    Int(i64),
    /// A larger int literal, as decimal digits (optional leading `-`).
    BigInt(String),
    Float(f64),
    /// A complex literal (`2j` is `Complex { real: 0.0, imag: 2.0 }`).
    Complex {
        real: f64,
        imag: f64,
    },
    Str(CodeStr),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    /// A nested function, lambda, comprehension or class body.
    Code(Rc<CodeObject>),
}

/// `co_flags`, with CPython's bit values.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct CodeFlags(pub u16);

impl CodeFlags {
    /// Locals live in the fast array (functions), not a mapping.
    pub const OPTIMIZED: u16 = 0x0001;
    /// Calls get a fresh locals namespace.
    pub const NEWLOCALS: u16 = 0x0002;
    /// Has `*args`.
    pub const VARARGS: u16 = 0x0004;
    /// Has `**kwargs`.
    pub const VARKEYWORDS: u16 = 0x0008;
    /// Defined inside another function.
    pub const NESTED: u16 = 0x0010;
    /// Calling returns a generator.
    pub const GENERATOR: u16 = 0x0020;
    /// No cell and no free variables.
    pub const NOFREE: u16 = 0x0040;
    /// `async def`: calling returns a coroutine.
    pub const COROUTINE: u16 = 0x0080;
    /// `async def` with `yield`: calling returns an async generator.
    pub const ASYNC_GENERATOR: u16 = 0x0200;

    /// True when every bit of `flag` is set.
    #[inline]
    pub fn has(self, flag: u16) -> bool {
        self.0 & flag == flag
    }
}

/// One compiled unit of code.
///
/// Fast locals (`varnames`) start with the parameters in CPython's order:
/// positional-only, positional-or-keyword, keyword-only, then `*args` and
/// `**kwargs` when the flags say so, then the other locals. A parameter that
/// is also a cell is copied into its cell by the code's first instructions,
/// so the VM only creates empty cells for `cellvars` and fills the
/// `freevars` slots from the function's closure.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`: the function/class name, `<module>`, `<lambda>`, `<listcomp>`…
    pub name: CodeStr,
    /// `__qualname__` of functions made from this code (`C.f.<locals>.g`).
    pub qualname: CodeStr,
    pub filename: CodeStr,
    pub first_line: u32,
    /// Positional parameters, including the positional-only ones.
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub flags: CodeFlags,
    /// Names of the fast locals (parameters first).
    pub varnames: Vec<CodeStr>,
    /// Variables of this scope captured by inner scopes (deref slots 0..).
    pub cellvars: Vec<CodeStr>,
    /// Variables captured from enclosing scopes (deref slots after cellvars).
    pub freevars: Vec<CodeStr>,
    /// Global/attribute/imported names used by name-indexed instructions.
    pub names: Vec<CodeStr>,
    /// Per-site attribute caches: `attr_sites[slot]` is a `names` index.
    pub attr_sites: Vec<u32>,
    pub consts: Vec<Const>,
    /// The docstring, when the body starts with a string literal.
    pub doc: Option<CodeStr>,
    /// The deepest the value stack gets.
    pub stack_size: u32,
    /// The deepest the block stack gets (nested try/with).
    pub max_blocks: u32,
    pub instructions: Vec<Instr>,
    /// Source position of every instruction.
    pub lines: LineTable,
    /// Frozen code's body (`names`, `attr_sites`, `instructions`,
    /// `consts`, empty until then) still packed: decoded when the code
    /// first runs (bytecode/pack.rs).
    pub packed: Option<PackedBody>,
}

impl CodeObject {
    /// The deref slot name (cellvars then freevars).
    pub fn deref_name(&self, slot: u32) -> &str {
        let slot = slot as usize;
        match self.cellvars.get(slot) {
            Some(name) => name,
            None => &self.freevars[slot - self.cellvars.len()],
        }
    }

    /// True for generators, coroutines and async generators: calling the
    /// function builds the frame and wraps it instead of running it.
    pub fn is_resumable(&self) -> bool {
        self.flags.0 & (CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR)
            != 0
    }
}
