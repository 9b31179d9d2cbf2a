//! The interpreter state ([`Vm`]): built-in types and exceptions, interned
//! names, the module table, the frame stack and the limits.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use hashbrown::HashMap;

use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::types::Types;
use crate::vm::eval::frame::Frame;
use crate::vm::object::str::new_str;
use crate::vm::object::{Kind, ObjRef, Value};

/// (class, name) addresses → (class, name, what the MRO lookup found).
pub(crate) type MroCache = HashMap<(usize, usize), (ObjRef, ObjRef, Option<Value>)>;

/// Frames kept for reuse.
const FRAME_POOL: usize = 32;

/// Identifiers the VM looks up often, interned once.
pub struct Names {
    pub init: ObjRef,
    pub new: ObjRef,
    pub repr: ObjRef,
    pub str: ObjRef,
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub module: ObjRef,
    pub doc: ObjRef,
    pub dict: ObjRef,
    pub class: ObjRef,
    pub call: ObjRef,
    pub getattr: ObjRef,
    pub hash: ObjRef,
    pub eq: ObjRef,
    pub iter: ObjRef,
    pub next: ObjRef,
    pub len: ObjRef,
    pub bool_: ObjRef,
    pub enter: ObjRef,
    pub exit: ObjRef,
    pub aenter: ObjRef,
    pub aexit: ObjRef,
    pub await_: ObjRef,
    pub aiter: ObjRef,
    pub anext: ObjRef,
    pub getitem: ObjRef,
    pub setitem: ObjRef,
    pub delitem: ObjRef,
    pub contains: ObjRef,
    pub builtins: ObjRef,
    pub main: ObjRef,
    pub file: ObjRef,
    pub format: ObjRef,
    pub index: ObjRef,
    pub int: ObjRef,
    pub float: ObjRef,
    pub set_name: ObjRef,
    pub init_subclass: ObjRef,
    pub class_getitem: ObjRef,
    pub get: ObjRef,
    pub set: ObjRef,
    pub delete: ObjRef,
    pub setattr: ObjRef,
    pub delattr: ObjRef,
    pub missing: ObjRef,
    pub reversed: ObjRef,
    pub getattribute: ObjRef,
}

/// The whole interpreter. Single-threaded; passed as `&mut Vm` to natives.
pub struct Vm {
    pub types: Types,
    pub names: Names,
    interned: HashMap<Box<str>, ObjRef>,
    /// The interned one-character ASCII strs by code (filled on first use):
    /// `s[i]` and `chr(n)` without a hash lookup.
    pub(crate) ascii_chars: Box<[Option<ObjRef>]>,
    /// The `builtins` module dict.
    pub builtins: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// The `sys` module.
    pub sys: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub empty_tuple: ObjRef,
    /// Frames of Python calls in progress, outermost first (the running
    /// frame of each eval loop is held by the loop itself).
    #[allow(clippy::vec_box)]
    // frames move between the loop, this stack and generators by pointer
    pub(crate) frames: Vec<Box<Frame>>,
    /// Results of MRO lookups, keyed by (class, interned name) addresses.
    /// Entries hold both objects, so an address is never reused while
    /// cached; any change to a class's attributes clears the cache.
    pub(crate) mro_cache: core::cell::RefCell<MroCache>,
    /// Finished frames kept for reuse (a call then allocates nothing).
    #[allow(clippy::vec_box)] // handed out as the Box the loop runs
    pub(crate) frame_pool: Vec<Box<Frame>>,
    /// Active eval loops (nesting through native code).
    pub(crate) loop_depth: usize,
    /// Python frames alive (for the recursion limit).
    pub(crate) depth: usize,
    pub recursion_limit: usize,
    /// Lowest safe stack address for native recursion (see `stack_low`).
    pub stack_floor: usize,
    /// The exception the running frame (or generator) handles, or None.
    pub(crate) handled: Value,
    /// `handled` of each frame that resumed a running generator, innermost
    /// last: CPython's exc_info chain, see `topmost_handled`.
    pub(crate) outer_handled: Vec<Value>,
    /// The error being propagated is a re-raise: add no traceback entry.
    pub(crate) reraising: bool,
    /// Containers whose repr is in progress (prints `[...]` on recursion).
    pub(crate) repr_stack: Vec<usize>,
    /// Counts instructions down to the next Ctrl-C / GC poll.
    pub(crate) ticks: u32,
    /// The directory of the main script (first entry of `sys.path`).
    pub script_dir: String,
}

impl Vm {
    /// Build a fresh interpreter with the builtins and `sys` loaded.
    pub fn new(argv: Vec<String>) -> Box<Vm> {
        let mut interned = HashMap::new();
        let names = Names::new(&mut interned);
        let types = Types::new();
        let empty_tuple = ObjRef::new(Kind::Tuple(Box::new([])));
        let mut vm = Box::new(Vm {
            types,
            names,
            interned,
            ascii_chars: (0..128).map(|_| None).collect(),
            builtins: crate::vm::eval::mapping::new_dict(),
            modules: crate::vm::eval::mapping::new_dict(),
            sys: ObjRef::new(Kind::NotImplemented),
            not_implemented: ObjRef::new(Kind::NotImplemented),
            ellipsis: ObjRef::new(Kind::Ellipsis),
            empty_tuple,
            frames: Vec::new(),
            frame_pool: Vec::new(),
            mro_cache: core::cell::RefCell::new(HashMap::new()),
            loop_depth: 0,
            depth: 0,
            recursion_limit: 1000,
            stack_floor: crate::platform::platform().stack_floor(),
            handled: Value::None,
            outer_handled: Vec::new(),
            reraising: false,
            repr_stack: Vec::new(),
            ticks: 0,
            script_dir: String::new(),
        });
        crate::vm::builtins::install(&mut vm, argv);
        crate::mem_reserve::refill();
        vm
    }

    /// Count one level of native recursion (repr/== of nested containers)
    /// toward the recursion limit; RecursionError "maximum recursion depth
    /// exceeded{what}" past it. Pair with [`Vm::guard_leave`].
    pub fn guard_enter(&mut self, what: &str) -> crate::vm::PyResult<()> {
        if self.depth >= self.recursion_limit || self.stack_low() {
            let m = alloc::format!("maximum recursion depth exceeded{what}");
            return Err(self.new_exc(crate::vm::builtins::exc_table::Exc::RecursionError, m));
        }
        self.depth += 1;
        Ok(())
    }

    /// True when the Rust stack is near the platform's floor: native
    /// recursion (nested loops, repr of nested data) must stop here even
    /// below the recursion limit, or a small DOS stack would overflow.
    #[inline]
    pub fn stack_low(&self) -> bool {
        let probe = 0u8;
        (core::ptr::addr_of!(probe) as usize) < self.stack_floor
    }

    pub fn guard_leave(&mut self) {
        self.depth -= 1;
    }

    /// A function's frame for a new activation, from the pool when
    /// possible, its first locals copies of `args`.
    pub(crate) fn new_frame(
        &mut self,
        code: &alloc::rc::Rc<crate::vm::eval::code::CodeObj>,
        globals: &ObjRef,
        args: &[Value],
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, args);
                f
            }
            None => {
                let mut f = Box::new(Frame::new(code.clone(), globals.clone(), None));
                f.fast.clear();
                f.fast_from(code.raw.varnames.len(), args);
                f
            }
        }
    }

    /// Give a finished frame back to the pool.
    pub(crate) fn free_frame(&mut self, mut f: Box<Frame>) {
        f.release();
        if self.frame_pool.len() < FRAME_POOL {
            self.frame_pool.push(f);
        }
    }

    /// The interned str object for `s` (identifiers, attribute names).
    pub fn intern(&mut self, s: &str) -> ObjRef {
        if let Some(o) = self.interned.get(s) {
            return o.clone();
        }
        let o = new_str(s);
        self.interned.insert(s.into(), o.clone());
        o
    }

    /// The class object of a built-in exception.
    pub fn exc_class(&self, e: Exc) -> ObjRef {
        self.types.exc[e as usize].clone()
    }
}

macro_rules! names {
    ($($field:ident = $text:literal),* $(,)?) => {
        impl Names {
            fn new(map: &mut HashMap<Box<str>, ObjRef>) -> Names {
                let mut one = |s: &str| {
                    let o = new_str(s);
                    map.insert(s.into(), o.clone());
                    o
                };
                Names { $($field: one($text),)* }
            }
        }
    };
}

names! {
    init = "__init__", new = "__new__", repr = "__repr__", str = "__str__",
    name = "__name__", qualname = "__qualname__", module = "__module__",
    doc = "__doc__", dict = "__dict__", class = "__class__", call = "__call__",
    getattr = "__getattr__", hash = "__hash__", eq = "__eq__", iter = "__iter__",
    next = "__next__", len = "__len__", bool_ = "__bool__", enter = "__enter__",
    exit = "__exit__", aenter = "__aenter__", aexit = "__aexit__",
    await_ = "__await__", aiter = "__aiter__", anext = "__anext__",
    getitem = "__getitem__", setitem = "__setitem__", delitem = "__delitem__",
    contains = "__contains__", builtins = "__builtins__", main = "__main__",
    file = "__file__", format = "__format__", index = "__index__", int = "__int__",
    float = "__float__", set_name = "__set_name__", init_subclass = "__init_subclass__",
    class_getitem = "__class_getitem__", get = "__get__", set = "__set__",
    delete = "__delete__", setattr = "__setattr__", delattr = "__delattr__",
    missing = "__missing__", reversed = "__reversed__",
    getattribute = "__getattribute__",
}
