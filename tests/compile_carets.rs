//! Traceback caret lines against CPython 3.11: for every case of
//! tests/compile/caret_cases.txt, the position CPython records for the failing
//! instruction and the caret line its excepthook prints
//! (tests/compile/caret_expectations.txt, from gen_caret_expectations.py).
use mpydos::vm::bytecode::{carets::caret_line, CodeObject, Location};
use mpydos::vm::compile::{compile, Options};
use mpydos::vm::syntax::parse_module;

const CASES: &str = include_str!("compile/caret_cases.txt");
const EXPECTED: &str = include_str!("compile/caret_expectations.txt");

/// A Python string literal as written by repr() (only the escapes it uses here).
fn unrepr(lit: &str) -> String {
    let inner = &lit[1..lit.len() - 1];
    inner
        .replace("\\t", "\t")
        .replace("\\'", "'")
        .replace("\\\\", "\\")
}

#[test]
fn caret_lines_match_cpython() {
    let mut failures = Vec::new();
    for row in EXPECTED.lines() {
        let f: Vec<&str> = row.split('\t').collect();
        let num = |i: usize| f[i].parse::<u32>().unwrap();
        let loc = Location {
            line: num(1),
            end_line: num(2),
            col: num(3),
            end_col: num(4),
        };
        let (line, want) = (unrepr(f[5]), unrepr(f[6]));
        let got = caret_line(&line, loc).unwrap_or_default();
        if got != want {
            failures.push(format!("{}:\n   got {got:?}\n  want {want:?}", f[0]));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every location of `code`'s instructions.
fn locations(code: &CodeObject) -> Vec<Location> {
    (0..code.instructions.len() as u32)
        .map(|pc| code.lines.location(pc))
        .collect()
}

/// The compiler gives the failing instruction of every case the position
/// CPython reports for it (so the caret lines come out the same).
#[test]
fn failing_instructions_have_cpython_positions() {
    let sources: Vec<&str> = CASES
        .split("#### ")
        .skip(1)
        .map(|c| c.split_once('\n').unwrap().1)
        .collect();
    let mut failures = Vec::new();
    for (row, src) in EXPECTED.lines().zip(sources) {
        let f: Vec<&str> = row.split('\t').collect();
        let num = |i: usize| f[i].parse::<u32>().unwrap();
        let want = Location {
            line: num(1),
            end_line: num(2),
            col: num(3),
            end_col: num(4),
        };
        let module = parse_module(src).unwrap();
        let code = compile(&module, src, "case.py", Options::default()).unwrap();
        if !locations(&code).contains(&want) {
            failures.push(format!("{}: no instruction at {want:?}", f[0]));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
