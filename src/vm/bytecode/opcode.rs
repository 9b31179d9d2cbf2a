//! The opcode set, the operator arguments of `BINARY_OP`/`COMPARE_OP`, and
//! each opcode's stack effect.
//!
//! Stack pictures read bottom → top: `[a, b] → [c]` pops `b` (TOS) and `a`,
//! pushes `c`. `NULL` is a VM-internal marker that never reaches Python code.
//! "deref slot i" means `cellvars[i]` when `i < cellvars.len()`, else
//! `freevars[i - cellvars.len()]`.

macro_rules! opcodes {
    ($( $(#[$doc:meta])* $name:ident = $text:literal, )*) => {
        /// One VM operation. The argument meaning is given per opcode.
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        #[repr(u8)]
        pub enum Opcode { $( $(#[$doc])* $name, )* }

        impl Opcode {
            /// Every opcode, in numbering order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// The upper-case name the disassembler prints.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => $text,)* }
            }
        }
    };
}

opcodes! {
    // ---- stack shuffling -------------------------------------------------
    /// `[] → []`. Does nothing (keeps a line number alive, e.g. `pass`).
    Nop = "NOP",
    /// `[a] → []`.
    PopTop = "POP_TOP",
    /// arg n ≥ 1: `[x_n, …, x_1] → [x_n, …, x_1, x_n]` (`COPY 1` duplicates TOS).
    Copy = "COPY",
    /// arg n ≥ 2: swaps TOS with the n-th item (`SWAP 2` swaps the top two).
    Swap = "SWAP",

    // ---- constants and variables ----------------------------------------
    /// arg `consts` index: `[] → [const]`.
    LoadConst = "LOAD_CONST",
    /// arg `varnames` index: `[] → [local]`. Unbound → UnboundLocalError
    /// "cannot access local variable 'x' where it is not associated with a value".
    LoadFast = "LOAD_FAST",
    /// arg `varnames` index: `[v] → []`.
    StoreFast = "STORE_FAST",
    /// arg `varnames` index: `[] → []`; unbound → UnboundLocalError as LOAD_FAST.
    DeleteFast = "DELETE_FAST",
    /// arg deref slot: `[] → [cell contents]`. Empty cell: UnboundLocalError
    /// (cellvar, message as LOAD_FAST) or NameError "cannot access free
    /// variable 'x' where it is not associated with a value in enclosing scope".
    LoadDeref = "LOAD_DEREF",
    /// arg deref slot: `[v] → []` (stores into the cell).
    StoreDeref = "STORE_DEREF",
    /// arg deref slot: `[] → []` (empties the cell; empty → error as LOAD_DEREF).
    DeleteDeref = "DELETE_DEREF",
    /// arg deref slot: `[] → [cell]` (the cell object itself, to build closures).
    LoadClosure = "LOAD_CLOSURE",
    /// arg deref slot (a freevar): class bodies only. `[] → [v]`: the name in
    /// the class namespace (frame locals mapping) if present, else the cell.
    LoadClassDeref = "LOAD_CLASSDEREF",
    /// arg `names` index: `[] → [v]` from locals mapping, then globals, then
    /// builtins; NameError "name 'x' is not defined". (Module and class bodies.)
    LoadName = "LOAD_NAME",
    /// arg `names` index: `[v] → []` into the locals mapping.
    StoreName = "STORE_NAME",
    /// arg `names` index: `[] → []` from the locals mapping (NameError if absent).
    DeleteName = "DELETE_NAME",
    /// arg `names` index, which is also the inline-cache slot (one per name):
    /// `[] → [v]` from globals then builtins; NameError "name 'x' is not defined".
    LoadGlobal = "LOAD_GLOBAL",
    /// arg `names` index: `[v] → []` into globals.
    StoreGlobal = "STORE_GLOBAL",
    /// arg `names` index: `[] → []` from globals (NameError if absent).
    DeleteGlobal = "DELETE_GLOBAL",

    // ---- attributes and subscripts --------------------------------------
    /// arg attr-site slot (`attr_sites[slot]` = `names` index): `[o] → [o.name]`.
    LoadAttr = "LOAD_ATTR",
    /// arg attr-site slot: `[v, o] → []` (`o.name = v`).
    StoreAttr = "STORE_ATTR",
    /// arg `names` index: `[o] → []` (`del o.name`).
    DeleteAttr = "DELETE_ATTR",
    /// arg attr-site slot: `[o] → [meth, o]` when `name` is a plain function
    /// found on `type(o)` (not shadowed by the instance), else `[o.name, NULL]`.
    /// Always followed (after the arguments) by CALL_METHOD / CALL_METHOD_KW.
    LoadMethod = "LOAD_METHOD",
    /// `[o, k] → [o[k]]`.
    BinarySubscr = "BINARY_SUBSCR",
    /// `[v, o, k] → []` (`o[k] = v`).
    StoreSubscr = "STORE_SUBSCR",
    /// `[o, k] → []` (`del o[k]`).
    DeleteSubscr = "DELETE_SUBSCR",

    // ---- operators -------------------------------------------------------
    /// `[a] → [-a]`.
    UnaryNegative = "UNARY_NEGATIVE",
    /// `[a] → [+a]`.
    UnaryPositive = "UNARY_POSITIVE",
    /// `[a] → [~a]`.
    UnaryInvert = "UNARY_INVERT",
    /// `[a] → [not a]` (a bool).
    UnaryNot = "UNARY_NOT",
    /// arg [`BinaryOp`] code, `| BinaryOp::INPLACE` for augmented assignment
    /// (tries `__iadd__` etc. first): `[a, b] → [a op b]`.
    BinaryOp = "BINARY_OP",
    /// arg [`CompareOp`] code: `[a, b] → [a op b]`.
    CompareOp = "COMPARE_OP",
    /// arg 0 `is`, 1 `is not`: `[a, b] → [bool]`.
    IsOp = "IS_OP",
    /// arg 0 `in`, 1 `not in`: `[a, b] → [bool]` (`a in b`).
    ContainsOp = "CONTAINS_OP",

    // ---- building values -------------------------------------------------
    /// arg n: `[x_1, …, x_n] → [(x_1, …, x_n)]`.
    BuildTuple = "BUILD_TUPLE",
    /// arg n: `[x_1, …, x_n] → [[x_1, …, x_n]]`.
    BuildList = "BUILD_LIST",
    /// arg n: `[x_1, …, x_n] → [{x_1, …, x_n}]`.
    BuildSet = "BUILD_SET",
    /// arg n: `[k_1, v_1, …, k_n, v_n] → [dict]` (later keys win).
    BuildMap = "BUILD_MAP",
    /// arg n: `[v_1, …, v_n, keys] → [dict]`; `keys` is a tuple of n keys.
    BuildConstKeyMap = "BUILD_CONST_KEY_MAP",
    /// arg n: `[s_1, …, s_n] → [s_1 + … + s_n]` (all str).
    BuildString = "BUILD_STRING",
    /// arg 2: `[start, stop] → [slice]`; arg 3: `[start, stop, step] → [slice]`.
    BuildSlice = "BUILD_SLICE",
    /// arg i: `[…, list, …, v] → […, list, …]`: pops v, appends it to the list
    /// at depth i counted after the pop (1 = TOS). Comprehensions.
    ListAppend = "LIST_APPEND",
    /// arg i: as LIST_APPEND for a set (`set.add`).
    SetAdd = "SET_ADD",
    /// arg i: `[…, dict, …, k, v] → […, dict, …]`: pops k and v, sets
    /// `dict[k] = v` on the dict at depth i counted after both pops.
    MapAdd = "MAP_ADD",
    /// arg i: pops an iterable, `list.extend(it)` on the list at depth i.
    /// Not iterable → TypeError "Value after * must be an iterable, not int".
    ListExtend = "LIST_EXTEND",
    /// arg i: pops an iterable, `set.update(it)` on the set at depth i.
    SetUpdate = "SET_UPDATE",
    /// arg i: pops a mapping, `dict.update(m)` on the dict at depth i;
    /// non-mapping → TypeError "'int' object is not a mapping".
    DictUpdate = "DICT_UPDATE",
    /// arg i: as DICT_UPDATE for `**m` in a call: a repeated key raises
    /// TypeError "f() got multiple values for keyword argument 'k'" (the
    /// callable is at depth i + 2); non-mapping → "f() argument after ** must
    /// be a mapping, not int".
    DictMerge = "DICT_MERGE",
    /// `[list] → [tuple(list)]`.
    ListToTuple = "LIST_TO_TUPLE",
    /// arg n: `[seq] → [x_n, …, x_1]` (x_1 on top). Errors as CPython:
    /// "not enough values to unpack (expected 3, got 2)", "too many values to
    /// unpack (expected 2)", "cannot unpack non-iterable int object".
    UnpackSequence = "UNPACK_SEQUENCE",
    /// arg `before | after << 8` (a starred target between): `[seq] →
    /// [y_after, …, y_1, list, x_before, …, x_1]` (x_1 on top);
    /// "not enough values to unpack (expected at least 3, got 2)".
    UnpackEx = "UNPACK_EX",
    /// arg flags: `flags & 3` conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`);
    /// `flags & 4`: a format spec (str) is on top. `[v] or [v, spec] → [str]`
    /// = `format(conv(v), spec)`.
    FormatValue = "FORMAT_VALUE",

    // ---- control flow (jump args are absolute instruction indices) -------
    /// arg target (forward): jump.
    Jump = "JUMP",
    /// arg target (backward): jump; the VM polls Ctrl-C / interrupts here.
    JumpBackward = "JUMP_BACKWARD",
    /// arg target: `[v] → []`, jump if `v` is false.
    PopJumpIfFalse = "POP_JUMP_IF_FALSE",
    /// arg target: `[v] → []`, jump if `v` is true.
    PopJumpIfTrue = "POP_JUMP_IF_TRUE",
    /// arg target: `[v]`: if false, keep v and jump; else pop it (`and`).
    JumpIfFalseOrPop = "JUMP_IF_FALSE_OR_POP",
    /// arg target: `[v]`: if true, keep v and jump; else pop it (`or`).
    JumpIfTrueOrPop = "JUMP_IF_TRUE_OR_POP",
    /// `[o] → [iter(o)]`.
    GetIter = "GET_ITER",
    /// arg target: `[it] → [it, next(it)]`; when exhausted (StopIteration)
    /// `[it] → []` and jump. Other exceptions propagate.
    ForIter = "FOR_ITER",

    // ---- functions and calls ---------------------------------------------
    /// arg flags: `[defaults if 1, kwdefaults if 2, annotations if 4,
    /// closure if 8, code] → [function]` (defaults: tuple; kwdefaults and
    /// annotations (`__annotations__`): dicts; closure: tuple of cells).
    /// Name and qualname come from the code object, globals from the
    /// running frame.
    MakeFunction = "MAKE_FUNCTION",
    /// arg n: `[f, a_1, …, a_n] → [f(a_1, …, a_n)]`.
    CallFunction = "CALL_FUNCTION",
    /// arg n: `[f, a_1, …, a_n, kwnames] → [result]`; `kwnames` is a tuple
    /// of str; the last `len(kwnames)` of the n arguments are passed by keyword.
    CallFunctionKw = "CALL_FUNCTION_KW",
    /// arg flags: `[f, args, kwargs if flags & 1] → [f(*args, **kwargs)]`;
    /// `kwargs` is a dict (non-str keys: TypeError "keywords must be
    /// strings"); `args` is a tuple, or for `f(*x)` the object x itself:
    /// any iterable, else TypeError "f() argument after * must be an
    /// iterable, not int".
    CallFunctionEx = "CALL_FUNCTION_EX",
    /// arg n: `[m, self_or_NULL, a_1, …, a_n] → [result]`: `m(self, a…)`
    /// when self is not NULL, else `m(a…)`.
    CallMethod = "CALL_METHOD",
    /// arg n: `[m, self_or_NULL, a_1, …, a_n, kwnames] → [result]`.
    CallMethodKw = "CALL_METHOD_KW",
    /// `[v] → ∅`: the frame returns v (a generator raises StopIteration(v)).
    ReturnValue = "RETURN_VALUE",
    /// `[] → [builtins.__build_class__]`. A class statement compiles to
    /// `__build_class__(body_function, name, *bases, **keywords)`.
    LoadBuildClass = "LOAD_BUILD_CLASS",

    // ---- exceptions --------------------------------------------------------
    /// arg handler target: push block {handler, level = stack depth}.
    /// On an exception: pop the block, truncate the stack to level, push the
    /// exception, jump to handler.
    SetupFinally = "SETUP_FINALLY",
    /// arg handler target: push block {handler, level = stack depth − 1}:
    /// like SETUP_FINALLY but TOS is not kept (it is a `with` statement's
    /// `__enter__` result or the exception being handled).
    SetupCleanup = "SETUP_CLEANUP",
    /// Pops the innermost block (normal exit from its protected region).
    PopBlock = "POP_BLOCK",
    /// `[exc] → [prev, exc]`: prev = the exception being handled (or None);
    /// the handled exception (`sys.exc_info()`) becomes exc.
    PushExcInfo = "PUSH_EXC_INFO",
    /// `[prev] → []`: the handled exception becomes prev again.
    PopExcept = "POP_EXCEPT",
    /// `[exc, type] → [exc, bool]`: `isinstance(exc, type)`; type may be a
    /// tuple. Not an exception class → TypeError "catching classes that do
    /// not inherit from BaseException is not allowed".
    CheckExcMatch = "CHECK_EXC_MATCH",
    /// `[rest, type] → [rest', match]`: `except* type` against `rest` (an
    /// exception, an ExceptionGroup or None): `match, rest' = rest.split(type)`
    /// (None when empty); a plain exception that matches becomes
    /// `match = ExceptionGroup("", (exc,))`, `rest' = None`. When match is
    /// not None it becomes the handled exception. TypeError "catching
    /// ExceptionGroup with except* is not allowed. Use except instead." for
    /// ExceptionGroup types; else as CHECK_EXC_MATCH.
    CheckEgMatch = "CHECK_EG_MATCH",
    /// `[orig, excs] → [exc or None]`: after `except*` handlers. `excs` is a
    /// list of what the handlers raised followed by the unhandled rest
    /// (entries may be None). Re-raised parts of `orig` keep its group
    /// structure, new exceptions join them in an ExceptionGroup("", …)
    /// (CPython's `_PyExc_PrepReraiseStar`); None when nothing is left.
    PrepReraiseStar = "PREP_RERAISE_STAR",
    /// `[exc] → raise`: re-raises exc without adding a traceback entry.
    Reraise = "RERAISE",
    /// arg 0: re-raise the handled exception (RuntimeError "No active
    /// exception to reraise"); 1: `[exc] → raise exc` (a class is
    /// instantiated); 2: `[exc, cause] → raise exc from cause`.
    RaiseVarargs = "RAISE_VARARGS",
    /// `[] → [AssertionError]` (the builtin class, even if shadowed).
    LoadAssertionError = "LOAD_ASSERTION_ERROR",
    /// `[mgr] → [exit, mgr.__enter__()]`; exit = `mgr.__exit__` bound.
    /// Missing → TypeError "'X' object does not support the context manager
    /// protocol".
    BeforeWith = "BEFORE_WITH",
    /// `[exit, prev, exc] → [exit, prev, exc, exit(type(exc), exc, tb)]`.
    WithExceptStart = "WITH_EXCEPT_START",
    /// `[mgr] → [aexit, mgr.__aenter__()]`; aexit = `mgr.__aexit__` bound.
    /// Missing → TypeError "'X' object does not support the asynchronous
    /// context manager protocol".
    BeforeAsyncWith = "BEFORE_ASYNC_WITH",
    /// `[aiter, exc] → []` if exc is a StopAsyncIteration (loop ends);
    /// otherwise re-raises exc (as RERAISE).
    EndAsyncFor = "END_ASYNC_FOR",

    // ---- generators and coroutines ---------------------------------------
    /// `[v] → (suspend, yielding v) → [sent]`; resumes after itself.
    YieldValue = "YIELD_VALUE",
    /// `[recv, v] → [result]`: sends v into recv (`next()` for a plain
    /// iterator when v is None). If recv yields y, the frame yields y with
    /// the stack `[recv]` and pc still on this instruction; the resume value
    /// is pushed and it runs again. On StopIteration(r) / return r: `[r]`.
    YieldFrom = "YIELD_FROM",
    /// `[o] → [it]`: generators pass through, coroutines raise TypeError
    /// "cannot 'yield from' a coroutine object in a non-coroutine generator",
    /// anything else is `iter(o)`.
    GetYieldFromIter = "GET_YIELD_FROM_ITER",
    /// `[o] → [awaitable iterator]`: a coroutine itself, else
    /// `o.__await__()`; TypeError "object int can't be used in 'await'
    /// expression".
    GetAwaitable = "GET_AWAITABLE",
    /// `[o] → [o.__aiter__()]`; TypeError "'async for' requires an object
    /// with __aiter__ method, got int".
    GetAiter = "GET_AITER",
    /// `[aiter] → [aiter, awaitable of aiter.__anext__()]`.
    GetAnext = "GET_ANEXT",

    // ---- match statement (CPython 3.11's pattern-matching opcodes) -------
    /// `[v] → [v, bool]`: v is a sequence for `case [..]` (list, tuple,
    /// range, other `collections.abc.Sequence`s; never str, bytes, bytearray).
    MatchSequence = "MATCH_SEQUENCE",
    /// `[v] → [v, bool]`: v is a mapping for `case {..}` (dict or a
    /// `collections.abc.Mapping`).
    MatchMapping = "MATCH_MAPPING",
    /// `[v] → [v, len(v)]`.
    GetLen = "GET_LEN",
    /// `[v, keys] → [v, keys, values]`: `values` is the tuple of `v[k]` for
    /// the keys tuple (looked up with `v.get`-like semantics), or None when
    /// a key is missing.
    MatchKeys = "MATCH_KEYS",
    /// arg n (positional sub-patterns): `[v, cls, names] → [attrs]`: when
    /// `isinstance(v, cls)`, the tuple of the n positional attributes (via
    /// `cls.__match_args__`; `bool, bytearray, bytes, dict, float,
    /// frozenset, int, list, set, str, tuple` match v itself for one
    /// positional) followed by the attributes in `names`; else None.
    /// TypeErrors as CPython ("called match pattern must be a class", "C()
    /// accepts 0 positional sub-patterns (1 given)").
    MatchClass = "MATCH_CLASS",
    /// `[v, keys] → [v, rest]`: rest = dict(v) without the keys (`**rest`).
    CopyDictWithoutKeys = "COPY_DICT_WITHOUT_KEYS",

    // ---- modules -------------------------------------------------------------
    /// arg `names` index (dotted module name): `[level, fromlist] →
    /// [module]` (`__import__(name, globals, None, fromlist, level)`).
    ImportName = "IMPORT_NAME",
    /// arg `names` index: `[module] → [module, module.name]`; ImportError
    /// "cannot import name 'x' from 'm' (path)" when missing.
    ImportFrom = "IMPORT_FROM",
    /// `[module] → []`: `from m import *` into the locals mapping.
    ImportStar = "IMPORT_STAR",

    /// `[] → []`: creates `__annotations__ = {}` in the locals mapping unless
    /// it exists (module and class bodies with annotated assignments).
    SetupAnnotations = "SETUP_ANNOTATIONS",

    // ---- interactive -----------------------------------------------------
    /// `[v] → []`: REPL echo: if v is not None, print `repr(v)` and set
    /// `builtins._ = v` (only in code compiled in interactive mode).
    PrintExpr = "PRINT_EXPR",
}

impl Opcode {
    /// True when the argument is an absolute jump target.
    pub fn is_jump(self) -> bool {
        use Opcode::*;
        matches!(
            self,
            Jump | JumpBackward
                | PopJumpIfFalse
                | PopJumpIfTrue
                | JumpIfFalseOrPop
                | JumpIfTrueOrPop
                | ForIter
                | SetupFinally
                | SetupCleanup
        )
    }

    /// True when control never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        use Opcode::*;
        matches!(
            self,
            Jump | JumpBackward | ReturnValue | Reraise | RaiseVarargs
        )
    }

    /// Net change of the stack depth. `jump` selects the branch edge of a
    /// jump (for SETUP_* the edge into the handler, the exception pushed).
    pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        use Opcode::*;
        let n = arg as i32;
        match self {
            Nop | PopBlock | Jump | JumpBackward | DeleteFast | DeleteDeref | DeleteName
            | DeleteGlobal | UnaryNegative | UnaryPositive | UnaryInvert | UnaryNot | GetIter
            | ListToTuple => 0,
            FormatValue => -((arg >> 2 & 1) as i32),
            PopTop | StoreFast | StoreDeref | StoreName | StoreGlobal | DeleteAttr => -1,
            Copy => 1,
            Swap => 0,
            LoadConst | LoadFast | LoadDeref | LoadClosure | LoadClassDeref | LoadName
            | LoadGlobal | LoadBuildClass | LoadAssertionError => 1,
            LoadAttr => 0,
            StoreAttr => -2,
            LoadMethod => 1,
            BinarySubscr | BinaryOp | CompareOp | IsOp | ContainsOp => -1,
            StoreSubscr => -3,
            DeleteSubscr => -2,
            BuildTuple | BuildList | BuildSet | BuildString => 1 - n,
            BuildMap => 1 - 2 * n,
            BuildConstKeyMap => -n,
            BuildSlice => 1 - n,
            ListAppend | SetAdd | ListExtend | SetUpdate | DictUpdate | DictMerge => -1,
            MapAdd => -2,
            UnpackSequence => n - 1,
            UnpackEx => (arg & 0xFF) as i32 + (arg >> 8) as i32,
            PopJumpIfFalse | PopJumpIfTrue => -1,
            JumpIfFalseOrPop | JumpIfTrueOrPop => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            ForIter => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            MakeFunction => -((arg & 0b1111).count_ones() as i32),
            CallFunction => -n,
            CallFunctionKw => -n - 1,
            CallFunctionEx => -1 - (arg & 1) as i32,
            CallMethod => -n - 1,
            CallMethodKw => -n - 2,
            ReturnValue => -1,
            SetupFinally => {
                if jump {
                    1
                } else {
                    0
                }
            }
            SetupCleanup => 0,
            PushExcInfo => 1,
            PopExcept | Reraise => -1,
            CheckExcMatch | CheckEgMatch => 0,
            PrepReraiseStar => -1,
            RaiseVarargs => -n,
            BeforeWith | BeforeAsyncWith => 1,
            WithExceptStart => 1,
            EndAsyncFor => -2,
            YieldValue => 0,
            YieldFrom => -1,
            GetYieldFromIter | GetAwaitable | GetAiter => 0,
            GetAnext => 1,
            ImportName => -1,
            ImportFrom => 1,
            ImportStar | PrintExpr => -1,
            SetupAnnotations | CopyDictWithoutKeys => 0,
            MatchSequence | MatchMapping | GetLen | MatchKeys => 1,
            MatchClass => -2,
        }
    }
}

/// The operator of `BINARY_OP` (CPython 3.11's `NB_*` numbering).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BinaryOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    LShift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    RShift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

impl BinaryOp {
    /// Added to the operator code for augmented assignment (`+=` …).
    pub const INPLACE: u32 = 16;

    const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::And,
        BinaryOp::FloorDivide,
        BinaryOp::LShift,
        BinaryOp::MatrixMultiply,
        BinaryOp::Multiply,
        BinaryOp::Remainder,
        BinaryOp::Or,
        BinaryOp::Power,
        BinaryOp::RShift,
        BinaryOp::Subtract,
        BinaryOp::TrueDivide,
        BinaryOp::Xor,
    ];

    /// Splits a `BINARY_OP` argument into operator and in-place flag.
    pub fn decode(arg: u32) -> Option<(BinaryOp, bool)> {
        let op = *BinaryOp::ALL.get((arg & !BinaryOp::INPLACE) as usize)?;
        Some((op, arg & BinaryOp::INPLACE != 0))
    }

    /// The operator as written in source (`+`, `//`, …).
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::And => "&",
            BinaryOp::FloorDivide => "//",
            BinaryOp::LShift => "<<",
            BinaryOp::MatrixMultiply => "@",
            BinaryOp::Multiply => "*",
            BinaryOp::Remainder => "%",
            BinaryOp::Or => "|",
            BinaryOp::Power => "**",
            BinaryOp::RShift => ">>",
            BinaryOp::Subtract => "-",
            BinaryOp::TrueDivide => "/",
            BinaryOp::Xor => "^",
        }
    }
}

/// The operator of `COMPARE_OP`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    /// The operator for a `COMPARE_OP` argument.
    pub fn decode(arg: u32) -> Option<CompareOp> {
        use CompareOp::*;
        [Lt, Le, Eq, Ne, Gt, Ge].get(arg as usize).copied()
    }

    /// The operator as written in source.
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }
}
