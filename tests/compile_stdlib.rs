//! The compiler over CPython's standard library (run by
//! `make test-compile-stdlib`): every file CPython compiles and our parser
//! accepts must compile, and the assembler's checks (consistent stack
//! depths on every path, no underflow, no running off the end) must hold.
use mpydos::vm::compile::{compile, Options};
use mpydos::vm::syntax::parse_module;

/// `MPYDOS_COMPILE_CORPUS`: a file listing the sources, one path per line
/// (written by tests/compile/stdlib_list.py).
#[test]
#[ignore]
fn external_corpus() {
    let list =
        std::env::var("MPYDOS_COMPILE_CORPUS").expect("MPYDOS_COMPILE_CORPUS names the file list");
    let paths = std::fs::read_to_string(list).expect("the file list");
    let (mut compiled, mut unparsed, mut failures) = (0, 0, Vec::new());
    for path in paths.lines().filter(|p| !p.is_empty()) {
        let src = std::fs::read_to_string(path).expect("a listed source");
        let Ok(module) = parse_module(&src) else {
            unparsed += 1; // the parser's own corpus test reports these
            continue;
        };
        match compile(&module, &src, path, Options::default()) {
            Ok(_) => compiled += 1,
            Err(e) => failures.push(format!("{path}:{}:{}: {}", e.lineno, e.offset, e.msg)),
        }
    }
    println!("compiled {compiled} files; {unparsed} not parsed");
    assert!(compiled > 1000, "corpus too small: {compiled}");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
