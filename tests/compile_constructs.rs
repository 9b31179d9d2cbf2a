//! Structure of the code the compiler emits, construct by construct: each
//! test compiles real source and checks the instructions, tables and flags
//! the VM relies on. (Behaviour is tested by running scripts under mpydos.)
use mpydos::vm::bytecode::{dis::dis, CodeFlags, CodeObject, Const, Opcode};
use mpydos::vm::compile::{compile, Options};
use mpydos::vm::syntax::parse_module;

fn compile_src(src: &str) -> CodeObject {
    let module = parse_module(src).unwrap_or_else(|e| panic!("parse error: {}", e.msg));
    compile(&module, src, "t.py", Options::default())
        .unwrap_or_else(|e| panic!("compile error: {}", e.msg))
}

/// The code object named `name` nested anywhere in `code`.
fn nested<'c>(code: &'c CodeObject, name: &str) -> &'c CodeObject {
    fn find<'c>(code: &'c CodeObject, name: &str) -> Option<&'c CodeObject> {
        if code.name == name {
            return Some(code);
        }
        code.consts.iter().find_map(|c| match c {
            Const::Code(inner) => find(inner, name),
            _ => None,
        })
    }
    find(code, name).unwrap_or_else(|| panic!("no code object {name}"))
}

fn ops(code: &CodeObject) -> Vec<Opcode> {
    code.instructions.iter().map(|i| i.op()).collect()
}

/// True when `want` occurs in `code` as consecutive opcodes.
fn has_run(code: &CodeObject, want: &[Opcode]) -> bool {
    ops(code).windows(want.len()).any(|w| w == want)
}

fn assert_run(code: &CodeObject, want: &[Opcode]) {
    assert!(has_run(code, want), "{want:?} not found in:\n{}", dis(code));
}

use Opcode::*;

#[test]
fn module_assignment_uses_names_and_returns_none() {
    let code = compile_src("x = 1\ny = x + 2\n");
    assert_run(
        &code,
        &[
            LoadConst,
            StoreName,
            LoadName,
            LoadConst,
            BinaryOp,
            StoreName,
            LoadConst,
            ReturnValue,
        ],
    );
    assert_eq!(code.names, ["x", "y"]);
}

#[test]
fn function_locals_are_fast_and_globals_are_global() {
    let code = compile_src("def f(a, b=1):\n    c = a + b + g\n    return c\n");
    let f = nested(&code, "f");
    assert_eq!(f.varnames, ["a", "b", "c"]);
    assert_eq!(f.arg_count, 2);
    assert_run(
        f,
        &[
            LoadFast,
            LoadFast,
            BinaryOp,
            LoadGlobal,
            BinaryOp,
            StoreFast,
            LoadFast,
            ReturnValue,
        ],
    );
    assert!(f.flags.has(CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS));
    assert_run(
        &code,
        &[LoadConst, BuildTuple, LoadConst, MakeFunction, StoreName],
    );
}

#[test]
fn parameter_kinds_follow_cpython_layout() {
    let code = compile_src("def f(a, /, b, *args, c, d=2, **kw):\n    pass\n");
    let f = nested(&code, "f");
    assert_eq!(f.varnames, ["a", "b", "c", "d", "args", "kw"]);
    assert_eq!(
        (f.posonly_arg_count, f.arg_count, f.kwonly_arg_count),
        (1, 2, 2)
    );
    assert!(f.flags.has(CodeFlags::VARARGS | CodeFlags::VARKEYWORDS));
    // kw-only default: BUILD_CONST_KEY_MAP with MAKE_FUNCTION flag 2.
    assert_run(
        &code,
        &[
            LoadConst,
            LoadConst,
            BuildConstKeyMap,
            LoadConst,
            MakeFunction,
        ],
    );
}

#[test]
fn closures_use_cells_and_free_variables() {
    let src = "def outer(p):\n    x = 1\n    def inner():\n        nonlocal x\n        x += p\n        return x\n    return inner\n";
    let code = compile_src(src);
    let outer = nested(&code, "outer");
    assert_eq!(outer.cellvars, ["p", "x"]);
    // The parameter p is copied into its cell first.
    assert_eq!(&ops(outer)[..2], &[LoadFast, StoreDeref]);
    assert_run(
        outer,
        &[
            LoadClosure,
            LoadClosure,
            BuildTuple,
            LoadConst,
            MakeFunction,
        ],
    );
    let inner = nested(&code, "inner");
    assert_eq!(inner.freevars, ["p", "x"]);
    assert_eq!(inner.qualname, "outer.<locals>.inner");
    assert_run(inner, &[LoadDeref, LoadDeref, BinaryOp, StoreDeref]);
    assert!(inner.flags.has(CodeFlags::NESTED));
}

#[test]
fn global_declaration_makes_stores_global() {
    let code = compile_src("def f():\n    global g\n    g = 1\n");
    assert_run(nested(&code, "f"), &[LoadConst, StoreGlobal]);
}

#[test]
fn chained_comparison_evaluates_middle_once() {
    let code = compile_src("r = a < b < c\n");
    assert_run(
        &code,
        &[
            LoadName,
            LoadName,
            Swap,
            Copy,
            CompareOp,
            JumpIfFalseOrPop,
            LoadName,
            CompareOp,
        ],
    );
}

#[test]
fn if_with_and_jumps_without_building_bools() {
    let code = compile_src("if a and not b:\n    x = 1\n");
    assert_run(&code, &[LoadName, PopJumpIfFalse, LoadName, PopJumpIfTrue]);
    assert!(!ops(&code).contains(&UnaryNot));
}

#[test]
fn while_true_has_no_test_and_loops_backward() {
    let code = compile_src("while True:\n    x = 1\n");
    assert_eq!(ops(&code)[..3], [LoadConst, StoreName, JumpBackward]);
    assert_eq!(code.instructions[2].arg(), 0);
}

#[test]
fn for_break_pops_the_iterator_and_skips_else() {
    let code = compile_src("for i in x:\n    break\nelse:\n    y = 1\n");
    assert_run(&code, &[GetIter, ForIter, StoreName, PopTop, Jump]);
    let jump = code.instructions.iter().find(|i| i.op() == Jump).unwrap();
    let after_else = ops(&code).iter().rposition(|&o| o == StoreName).unwrap() + 1;
    assert_eq!(jump.arg() as usize, after_else);
}

#[test]
fn try_except_as_clears_the_name() {
    let code = compile_src("try:\n    f()\nexcept E as e:\n    g(e)\n");
    assert_run(
        &code,
        &[SetupFinally, LoadName, CallFunction, PopTop, PopBlock, Jump],
    );
    assert_run(
        &code,
        &[
            PushExcInfo,
            SetupCleanup,
            LoadName,
            CheckExcMatch,
            PopJumpIfFalse,
            StoreName,
            SetupFinally,
        ],
    );
    assert_run(
        &code,
        &[
            PopBlock, PopBlock, PopExcept, LoadConst, StoreName, DeleteName, Jump,
        ],
    );
    assert_run(&code, &[Copy, PopExcept, Reraise]);
    assert_eq!(code.max_blocks, 2);
}

#[test]
fn return_inside_finally_runs_the_finally_body() {
    let code = compile_src("def f():\n    try:\n        return g()\n    finally:\n        h()\n");
    let f = nested(&code, "f");
    // return value stays on top while the finally body runs inline.
    assert_run(
        f,
        &[
            LoadGlobal,
            CallFunction,
            PopBlock,
            LoadGlobal,
            CallFunction,
            PopTop,
            ReturnValue,
        ],
    );
}

#[test]
fn with_calls_exit_on_both_paths() {
    let code = compile_src("with m() as v:\n    body()\n");
    assert_run(&code, &[BeforeWith, SetupCleanup, StoreName]);
    assert_run(
        &code,
        &[
            PopBlock,
            LoadConst,
            LoadConst,
            LoadConst,
            CallFunction,
            PopTop,
        ],
    );
    assert_run(
        &code,
        &[
            PushExcInfo,
            SetupCleanup,
            WithExceptStart,
            PopJumpIfTrue,
            Reraise,
        ],
    );
}

#[test]
fn raise_forms() {
    let code = compile_src("raise\nraise E\nraise E from c\n");
    let args: Vec<u32> = code
        .instructions
        .iter()
        .filter(|i| i.op() == RaiseVarargs)
        .map(|i| i.arg())
        .collect();
    assert_eq!(args, [0, 1, 2]);
}

#[test]
fn assert_honours_optimize() {
    let src = "assert x, 'msg'\n";
    let code = compile_src(src);
    assert_run(
        &code,
        &[
            LoadName,
            PopJumpIfTrue,
            LoadAssertionError,
            LoadConst,
            CallFunction,
            RaiseVarargs,
        ],
    );
    let module = parse_module(src).unwrap();
    let optimized = compile(&module, src, "t.py", Options { optimize: true }).unwrap();
    assert_eq!(ops(&optimized), [LoadConst, ReturnValue]);
}

#[test]
fn method_calls_use_load_method() {
    let code = compile_src("o.m(1, k=2)\no.m(*a)\n");
    assert_run(
        &code,
        &[
            LoadName,
            LoadMethod,
            LoadConst,
            LoadConst,
            LoadConst,
            CallMethodKw,
        ],
    );
    // A lone `*x` is passed as is: CALL_FUNCTION_EX makes the tuple.
    assert_run(&code, &[LoadName, LoadAttr, LoadName, CallFunctionEx]);
}

#[test]
fn star_and_double_star_calls() {
    let code = compile_src("f(1, *a, k=1, **d)\n");
    assert_run(&code, &[BuildList, LoadName, ListExtend, ListToTuple]);
    assert_run(
        &code,
        &[
            LoadConst,
            LoadConst,
            BuildMap,
            LoadName,
            DictMerge,
            CallFunctionEx,
        ],
    );
    let ex = code
        .instructions
        .iter()
        .find(|i| i.op() == CallFunctionEx)
        .unwrap();
    assert_eq!(ex.arg(), 1);
}

#[test]
fn unpacking_assignments() {
    let code = compile_src("a, b = b, a\nx, *y, z = s\n[p, (q, r)] = t\n");
    assert_run(&code, &[UnpackSequence, StoreName, StoreName]);
    let ex = code
        .instructions
        .iter()
        .find(|i| i.op() == UnpackEx)
        .unwrap();
    assert_eq!(ex.arg(), 1 | 1 << 8);
    assert_run(
        &code,
        &[
            UnpackSequence,
            StoreName,
            UnpackSequence,
            StoreName,
            StoreName,
        ],
    );
}

#[test]
fn augmented_assignment_targets() {
    let code = compile_src("x += 1\no.a -= 2\nl[i] *= 3\n");
    assert_run(&code, &[LoadName, LoadConst, BinaryOp, StoreName]);
    assert_run(
        &code,
        &[
            LoadName, Copy, LoadAttr, LoadConst, BinaryOp, Swap, StoreAttr,
        ],
    );
    assert_run(
        &code,
        &[
            LoadName,
            LoadName,
            Copy,
            Copy,
            BinarySubscr,
            LoadConst,
            BinaryOp,
            Swap,
            Swap,
            StoreSubscr,
        ],
    );
    let inplace: Vec<u32> = code
        .instructions
        .iter()
        .filter(|i| i.op() == BinaryOp)
        .map(|i| i.arg())
        .collect();
    assert!(inplace.iter().all(|a| a & 16 != 0), "{inplace:?}");
}

#[test]
fn delete_targets() {
    let code = compile_src("del a, o.b, c[1], c[1:2]\n");
    assert_run(
        &code,
        &[
            DeleteName,
            LoadName,
            DeleteAttr,
            LoadName,
            LoadConst,
            DeleteSubscr,
        ],
    );
    assert_run(&code, &[LoadConst, LoadConst, BuildSlice, DeleteSubscr]);
}

#[test]
fn displays_with_unpacking() {
    let code = compile_src("l = [1, *a, 2]\nd = {'k': 1, **e}\ns = {1, 2}\nt = (1, 2)\n");
    assert_run(
        &code,
        &[BuildList, LoadName, ListExtend, LoadConst, ListAppend],
    );
    assert_run(
        &code,
        &[LoadConst, LoadConst, BuildMap, LoadName, DictUpdate],
    );
    assert_run(&code, &[LoadConst, LoadConst, BuildSet]);
    assert!(code
        .consts
        .contains(&Const::Tuple(vec![Const::Int(1), Const::Int(2)])));
}

#[test]
fn long_list_display_stays_shallow() {
    let items: Vec<String> = (0..1000).map(|i| format!("x{i}")).collect();
    let code = compile_src(&format!("l = [{}]\n", items.join(", ")));
    assert!(code.stack_size <= 20, "stack size {}", code.stack_size);
}

#[test]
fn fstrings_format_values() {
    let code = compile_src("s = f'a{x!r:>{w}}b{y}'\n");
    // The spec `>{w}` is itself an f-string, built before the value is formatted.
    assert_run(
        &code,
        &[
            LoadConst,
            LoadName,
            LoadConst,
            LoadName,
            FormatValue,
            BuildString,
            FormatValue,
        ],
    );
    assert_run(
        &code,
        &[LoadConst, LoadName, FormatValue, BuildString, StoreName],
    );
    let flags: Vec<u32> = code
        .instructions
        .iter()
        .filter(|i| i.op() == FormatValue)
        .map(|i| i.arg())
        .collect();
    assert_eq!(flags, [0, 2 | 4, 0]);
}

#[test]
fn comprehensions_are_nested_functions() {
    let code = compile_src("def f(n):\n    return [i * n for i in range(n) if i]\n");
    let comp = nested(&code, "<listcomp>");
    assert_eq!(comp.varnames, [".0", "i"]);
    assert_eq!(comp.freevars, ["n"]);
    assert_eq!(comp.qualname, "f.<locals>.<listcomp>");
    assert_run(
        comp,
        &[
            BuildList,
            LoadFast,
            ForIter,
            StoreFast,
            LoadFast,
            PopJumpIfFalse,
        ],
    );
    assert_run(
        comp,
        &[LoadFast, LoadDeref, BinaryOp, ListAppend, JumpBackward],
    );
    let f = nested(&code, "f");
    assert_run(
        f,
        &[
            MakeFunction,
            LoadGlobal,
            LoadDeref,
            CallFunction,
            GetIter,
            CallFunction,
            ReturnValue,
        ],
    );
}

#[test]
fn generator_expression_is_a_generator() {
    let code = compile_src("g = (x for x in y)\n");
    let gen = nested(&code, "<genexpr>");
    assert!(gen.flags.has(CodeFlags::GENERATOR));
    assert_run(gen, &[LoadFast, YieldValue, PopTop, JumpBackward]);
}

#[test]
fn walrus_in_comprehension_binds_in_the_function() {
    let code =
        compile_src("def f(xs):\n    if any((last := x) > 0 for x in xs):\n        return last\n");
    assert_eq!(nested(&code, "f").cellvars, ["last"]);
    assert_eq!(nested(&code, "<genexpr>").freevars, ["last"]);
}

#[test]
fn generators_and_yield_from() {
    let code = compile_src("def g():\n    x = yield 1\n    yield from h()\n");
    let g = nested(&code, "g");
    assert!(g.flags.has(CodeFlags::GENERATOR));
    assert_run(g, &[LoadConst, YieldValue, StoreFast]);
    assert_run(
        g,
        &[CallFunction, GetYieldFromIter, LoadConst, YieldFrom, PopTop],
    );
}

#[test]
fn async_def_await_for_with() {
    let src = "async def f():\n    await g()\n    async for x in y:\n        pass\n    async with m:\n        pass\n";
    let code = compile_src(src);
    let f = nested(&code, "f");
    assert!(f.flags.has(CodeFlags::COROUTINE));
    assert_run(
        f,
        &[CallFunction, GetAwaitable, LoadConst, YieldFrom, PopTop],
    );
    assert_run(
        f,
        &[
            GetAiter,
            SetupFinally,
            GetAnext,
            LoadConst,
            YieldFrom,
            PopBlock,
            StoreFast,
        ],
    );
    assert_run(f, &[EndAsyncFor]);
    assert_run(
        f,
        &[
            BeforeAsyncWith,
            GetAwaitable,
            LoadConst,
            YieldFrom,
            SetupCleanup,
        ],
    );
}

#[test]
fn async_generator_flag() {
    let code = compile_src("async def f():\n    yield 1\n");
    assert!(nested(&code, "f").flags.has(CodeFlags::ASYNC_GENERATOR));
}

#[test]
fn classes_build_through_build_class_with_class_cell() {
    let src = "class C(B, metaclass=M):\n    '''doc'''\n    def m(self):\n        return super().m() + self.__p\n";
    let code = compile_src(src);
    assert_run(
        &code,
        &[
            LoadBuildClass,
            LoadConst,
            MakeFunction,
            LoadConst,
            LoadName,
            LoadName,
            LoadConst,
            CallFunctionKw,
            StoreName,
        ],
    );
    let body = nested(&code, "C");
    assert_eq!(body.cellvars, ["__class__"]);
    assert_run(
        body,
        &[
            LoadName, StoreName, LoadConst, StoreName, LoadConst, StoreName,
        ],
    );
    assert_run(body, &[LoadClosure, Copy, StoreName, ReturnValue]);
    assert_eq!(
        body.names[..4],
        ["__name__", "__module__", "__qualname__", "__doc__"]
    );
    let m = nested(&code, "m");
    assert_eq!(m.freevars, ["__class__"]);
    assert_eq!(m.qualname, "C.m");
    assert!(m.names.contains(&"_C__p".into()), "private name mangled");
}

#[test]
fn class_body_reads_enclosing_function_variables_through_classderef() {
    let code = compile_src("def f():\n    x = 1\n    class C:\n        y = x\n");
    assert_run(nested(&code, "C"), &[LoadClassDeref, StoreName]);
}

#[test]
fn decorators_apply_innermost_first() {
    let code = compile_src("@a\n@b\ndef f():\n    pass\n");
    assert_run(
        &code,
        &[
            LoadName,
            LoadName,
            LoadConst,
            MakeFunction,
            CallFunction,
            CallFunction,
            StoreName,
        ],
    );
    assert_eq!(nested(&code, "f").first_line, 1);
}

#[test]
fn lambda_and_docstring() {
    let code = compile_src("def f():\n    'the doc'\n    return lambda x=1: x\n");
    let f = nested(&code, "f");
    assert_eq!(f.doc.as_deref(), Some("the doc"));
    let lam = nested(&code, "<lambda>");
    assert_eq!(lam.qualname, "f.<locals>.<lambda>");
    assert_eq!(ops(lam), [LoadFast, ReturnValue]);
}

#[test]
fn imports() {
    let code = compile_src(
        "import a.b.c\nimport a.b as d\nfrom . import x\nfrom ..m import y as z\nfrom q import *\n",
    );
    assert_run(&code, &[LoadConst, LoadConst, ImportName, StoreName]);
    assert_run(&code, &[ImportName, ImportFrom, Swap, PopTop, StoreName]);
    assert_run(&code, &[ImportName, ImportFrom, StoreName, PopTop]);
    assert_run(&code, &[ImportName, ImportStar]);
    assert!(code.names.contains(&"a.b.c".into()) && code.names.contains(&"".into()));
    assert!(code.consts.contains(&Const::Int(2)), "relative level 2");
}

#[test]
fn interactive_mode_prints_expressions() {
    let src = "1 + x\n";
    let module = mpydos::vm::syntax::parse(src, mpydos::vm::syntax::Mode::Single).unwrap();
    let code = compile(&module, src, "<stdin>", Options::default()).unwrap();
    assert_run(&code, &[LoadConst, LoadName, BinaryOp, PrintExpr]);
}

#[test]
fn every_instruction_has_its_line() {
    let code = compile_src("a = 1\n\nb = (2 +\n     c)\n");
    let lines: Vec<u32> = (0..code.instructions.len() as u32)
        .map(|pc| code.lines.line(pc))
        .collect();
    assert_eq!(lines[..2], [1, 1]);
    assert!(lines.contains(&3) && lines.contains(&4), "{lines:?}");
}

#[test]
fn constants_fold_negative_numbers() {
    let code = compile_src("x = -5\ny = -9223372036854775808\n");
    assert!(code.consts.contains(&Const::Int(-5)));
    assert!(code.consts.contains(&Const::Int(i64::MIN)));
    assert!(!ops(&code).contains(&UnaryNegative));
}

#[test]
fn function_annotations_are_a_dict() {
    let code = compile_src("def f(a: int, *args: str, b=1, **kw: dict) -> bool:\n    x: int = 1\n");
    // kw-only defaults first, then the annotations of a, args, kw and return.
    assert_run(
        &code,
        &[
            BuildConstKeyMap,
            LoadName,
            LoadName,
            LoadName,
            LoadName,
            LoadConst,
            BuildConstKeyMap,
            LoadConst,
            MakeFunction,
        ],
    );
    let make = code
        .instructions
        .iter()
        .find(|i| i.op() == MakeFunction)
        .unwrap();
    assert_eq!(make.arg(), 2 | 4);
    let keys = Const::Tuple(
        ["a", "args", "kw", "return"]
            .iter()
            .map(|k| Const::Str(k.to_string().into()))
            .collect(),
    );
    assert!(code.consts.contains(&keys), "{:?}", code.consts);
    // Inside a function an annotated assignment only assigns.
    assert_eq!(
        ops(nested(&code, "f")),
        [LoadConst, StoreFast, LoadConst, ReturnValue]
    );
}

#[test]
fn module_and_class_annotations_are_recorded() {
    let code = compile_src("x: int = 1\ny: str\nclass C:\n    z: int\n");
    assert_eq!(ops(&code)[0], SetupAnnotations);
    assert_run(
        &code,
        &[
            LoadConst,
            StoreName,
            LoadName,
            LoadName,
            LoadConst,
            StoreSubscr,
        ],
    );
    let body = nested(&code, "C");
    assert_run(
        body,
        &[SetupAnnotations, LoadName, LoadName, LoadConst, StoreSubscr],
    );
    assert!(!ops(&compile_src("x = 1\n")).contains(&SetupAnnotations));
}

#[test]
fn except_star_splits_and_reraises_the_rest() {
    let src = "try:\n    f()\nexcept* ValueError as g:\n    h(g)\nexcept* KeyError:\n    pass\n";
    let code = compile_src(src);
    assert_run(&code, &[PushExcInfo, SetupCleanup, Copy, BuildList, Swap]);
    assert_run(
        &code,
        &[
            LoadName,
            CheckEgMatch,
            Copy,
            LoadConst,
            IsOp,
            PopJumpIfTrue,
            StoreName,
            SetupFinally,
        ],
    );
    assert_run(
        &code,
        &[
            ListAppend,
            PrepReraiseStar,
            Copy,
            LoadConst,
            IsOp,
            PopJumpIfFalse,
            PopTop,
            PopBlock,
            PopExcept,
        ],
    );
    let appends: Vec<u32> = code
        .instructions
        .iter()
        .filter(|i| i.op() == ListAppend)
        .map(|i| i.arg())
        .collect();
    assert_eq!(
        appends,
        [2, 2, 1],
        "raised list below rest, then the rest itself"
    );
}

#[test]
fn match_literals_captures_and_guards() {
    let src = "match c:\n    case 'a' | 'b':\n        x = 1\n    case [1, *rest] if rest:\n        x = 2\n    case {'k': v, **kw}:\n        x = 3\n    case P(1, y=q):\n        x = 4\n    case None:\n        x = 5\n    case other:\n        x = 6\n";
    let code = compile_src(src);
    // Each case matches a copy of the subject.
    assert_run(
        &code,
        &[LoadName, Copy, Copy, LoadConst, CompareOp, PopJumpIfFalse],
    );
    assert_run(
        &code,
        &[
            MatchSequence,
            PopJumpIfFalse,
            GetLen,
            LoadConst,
            CompareOp,
            PopJumpIfFalse,
            UnpackEx,
        ],
    );
    assert_run(
        &code,
        &[
            MatchMapping,
            PopJumpIfFalse,
            GetLen,
            LoadConst,
            CompareOp,
            PopJumpIfFalse,
            LoadConst,
            BuildTuple,
            MatchKeys,
        ],
    );
    assert_run(&code, &[CopyDictWithoutKeys, StoreName, PopTop]);
    assert_run(
        &code,
        &[
            LoadName,
            LoadConst,
            MatchClass,
            Copy,
            LoadConst,
            IsOp,
            PopJumpIfTrue,
            UnpackSequence,
        ],
    );
    assert_run(&code, &[LoadConst, IsOp, PopJumpIfFalse, PopTop]);
    let class = code
        .instructions
        .iter()
        .find(|i| i.op() == MatchClass)
        .unwrap();
    assert_eq!(class.arg(), 1, "one positional sub-pattern");
    assert!(code
        .consts
        .contains(&Const::Tuple(vec![Const::Str("y".into())])));
}

#[test]
fn future_annotations_are_source_strings() {
    let src = "'doc'\nfrom __future__ import annotations\ndef f(x: Undefined[int, 'q'], *a: 'str') -> None:\n    pass\ny: List[int] = 3\n";
    let code = compile_src(src);
    for text in ["Undefined[int, 'q']", "'str'", "None", "List[int]"] {
        assert!(
            code.consts.contains(&Const::Str(text.into())),
            "{text} in {:?}",
            code.consts
        );
    }
    // The annotations are never evaluated: no load of Undefined or List.
    assert!(!code.names.contains(&"Undefined".into()) && !code.names.contains(&"List".into()));
    assert_run(
        &code,
        &[
            LoadConst, LoadConst, ImportName, ImportFrom, StoreName, PopTop,
        ],
    );
}
