//! The parser against CPython: every tests/syntax/{ok,err}/*.py is parsed and
//! compared with the expectations `make_expect.py` captured from python3
//! (`.ast`: ast.dump with and without locations; `.err`: SyntaxError class,
//! message, line and offset).

use std::fs;
use std::path::{Path, PathBuf};

use mpydos::vm::syntax::dump::{dump, dump_with_locations};
use mpydos::vm::syntax::parse_module;

fn corpus() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax");
    let mut files = Vec::new();
    let mut dirs = vec![root.join("ok"), root.join("err")];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "py")
                && !path.ends_with("make_expect.py")
            {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() > 50, "the corpus is missing");
    files
}

/// What our parser says about one file, in the .ast/.err formats.
fn actual(path: &Path, with_locations: bool) -> (String, &'static str) {
    let source = String::from_utf8(fs::read(path).unwrap()).unwrap();
    match parse_module(&source) {
        Ok(tree) if with_locations => (dump_with_locations(&tree), "ast"),
        Ok(tree) => (dump(&tree), "ast"),
        Err(e) => (
            format!("{}: {}\n{} {}\n", e.kind.name(), e.msg, e.lineno, e.offset),
            "err",
        ),
    }
}

fn expected(path: &Path, with_locations: bool) -> (String, &'static str) {
    if let Ok(text) = fs::read_to_string(path.with_extension("ast")) {
        let line = text.lines().nth(usize::from(with_locations)).unwrap_or("");
        return (line.to_string(), "ast");
    }
    let text = fs::read_to_string(path.with_extension("err")).unwrap_or_else(|_| {
        panic!(
            "{}: no .ast or .err; run tests/syntax/make_expect.py",
            path.display()
        )
    });
    (text, "err")
}

/// The two texts from a little before their first difference (whole
/// trees are too long to read in a failure report).
fn around_first_difference(want: &str, got: &str) -> (String, String) {
    let at = want
        .chars()
        .zip(got.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let clip = |s: &str| {
        s.chars()
            .skip(at.saturating_sub(60))
            .take(160)
            .collect::<String>()
            .replace('\n', "\\n")
    };
    (clip(want), clip(got))
}

fn check(with_locations: bool) {
    let files = corpus();
    let mut failures = Vec::new();
    for path in &files {
        let want = expected(path, with_locations);
        let got = actual(path, with_locations);
        if want != got {
            let (want, got) = around_first_difference(want.0.trim_end(), got.0.trim_end());
            failures.push(format!("{}\n  want: {want}\n  got:  {got}", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files differ from CPython:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn trees_and_errors_match_cpython() {
    check(false);
}

#[test]
fn locations_match_cpython() {
    check(true);
}

/// Every file of a corpus written by `tests/syntax/stdlib_expect.py` (by
/// default CPython's own standard library): run by `make test-syntax-stdlib`.
#[test]
#[ignore = "needs MPYDOS_SYNTAX_CORPUS from tests/syntax/stdlib_expect.py"]
fn external_corpus_matches_cpython() {
    let dir =
        PathBuf::from(std::env::var("MPYDOS_SYNTAX_CORPUS").expect("MPYDOS_SYNTAX_CORPUS not set"));
    let list = fs::read_to_string(dir.join("list.txt")).unwrap();
    let mut failures = Vec::new();
    let mut count = 0;
    for (index, file) in list.lines().enumerate() {
        count += 1;
        let expect_file = dir.join(format!("{index}.exp"));
        let want = fs::read_to_string(&expect_file)
            .unwrap_or_else(|e| panic!("{}: {e}", expect_file.display()));
        let path = Path::new(file);
        let got = match actual(path, false) {
            (tree, "ast") => format!("{tree}\n{}\n", actual(path, true).0),
            (err, _) => err,
        };
        if want != got {
            let (want, got) = around_first_difference(&want, &got);
            failures.push(format!("{file}\n  want: {want}\n  got:  {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} files differ from CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
