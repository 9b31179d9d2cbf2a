//! The parser against CPython: every tests/syntax/{ok,err,eval,single}/*.py
//! is parsed (in the mode its directory names) and
//! compared with the expectations `make_expect.py` captured from python3
//! (`.ast`: ast.dump with and without locations; `.err`: SyntaxError class,
//! message, line and offset).

use std::fs;
use std::path::{Path, PathBuf};

use mpydos::vm::syntax::dump::{dump, dump_with_locations};
use mpydos::vm::syntax::{parse, parse_module, Mode};

fn corpus() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax");
    let mut files = Vec::new();
    let mut dirs = vec![
        root.join("ok"),
        root.join("err"),
        root.join("eval"),
        root.join("single"),
    ];
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

/// The parse mode for a corpus file: its directory's name (`eval/`,
/// `single/`), else a whole file.
fn mode_of(path: &Path) -> Mode {
    match path
        .parent()
        .and_then(|dir| dir.file_name())
        .and_then(|name| name.to_str())
    {
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => Mode::Exec,
    }
}

/// What our parser says about one file, in the .ast/.err formats (with
/// `carets`, the caret lines too, for files, which python3 can run).
fn actual(path: &Path, with_locations: bool, carets: bool) -> (String, &'static str) {
    let source = String::from_utf8(fs::read(path).unwrap()).unwrap();
    let mode = mode_of(path);
    match parse(&source, mode) {
        Ok(tree) if with_locations => (dump_with_locations(&tree), "ast"),
        Ok(tree) => (dump(&tree), "ast"),
        Err(e) => {
            let carets = if carets && mode == Mode::Exec {
                e.caret_lines()
            } else {
                String::new()
            };
            let position = format!(
                "{} {} {} {}",
                e.lineno, e.offset, e.end_lineno, e.end_offset
            );
            (
                format!("{}: {}\n{position}\n{carets}", e.kind.name(), e.msg),
                "err",
            )
        }
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
        // ok/ files must parse and err/ files must not (a typo in a test
        // file must not silently turn it into the other kind).
        let dir = path
            .parent()
            .and_then(|d| d.file_name())
            .and_then(|d| d.to_str());
        match dir {
            Some("ok") => assert_eq!(want.1, "ast", "{}: CPython rejects it", path.display()),
            Some("err") => assert_eq!(want.1, "err", "{}: CPython accepts it", path.display()),
            _ => {}
        }
        let got = actual(path, with_locations, true);
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
/// Files listed in stdlib_known_differences.txt may differ; no other may.
#[test]
#[ignore = "needs MPYDOS_SYNTAX_CORPUS from tests/syntax/stdlib_expect.py"]
fn external_corpus_matches_cpython() {
    let dir =
        PathBuf::from(std::env::var("MPYDOS_SYNTAX_CORPUS").expect("MPYDOS_SYNTAX_CORPUS not set"));
    let known_file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax/stdlib_known_differences.txt");
    let known = fs::read_to_string(known_file).unwrap();
    let known: Vec<&str> = known
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .collect();
    let list = fs::read_to_string(dir.join("list.txt")).unwrap();
    let mut failures = Vec::new();
    let mut count = 0;
    for (index, file) in list.lines().enumerate() {
        count += 1;
        let expect_file = dir.join(format!("{index}.exp"));
        let want = fs::read_to_string(&expect_file)
            .unwrap_or_else(|e| panic!("{}: {e}", expect_file.display()));
        let path = Path::new(file);
        let got = match actual(path, false, false) {
            (tree, "ast") => format!(
                "{tree}\n{:08x}\n",
                crc32(actual(path, true, false).0.as_bytes())
            ),
            (err, _) => err,
        };
        if want != got && !known.iter().any(|k| file.ends_with(&format!("/{k}"))) {
            let (want, got) = around_first_difference(&want, &got);
            failures.push(format!("{file}\n  want: {want}\n  got:  {got}"));
        }
    }
    println!("{count} files compared with CPython");
    assert!(
        failures.is_empty(),
        "{} of {count} files differ from CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// CRC-32 (IEEE, as Python's zlib.crc32) to compare located dumps of large
/// files without storing them.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// A 5,000-line program using most constructs (generated the same way
/// every time).
fn generated_program(lines: usize) -> String {
    let block = [
        "def function_{n}(a, b=1, *args, key=None, **kwargs):",
        "    \"\"\"Docstring {n}.\"\"\"",
        "    total = a + b * {n} - (a // 3) % 7 ** 2",
        "    for i, item in enumerate(args):",
        "        if item > total and not key or i in (1, 2, 3):",
        "            total += item",
        "        elif item is None:",
        "            continue",
        "    values = [x * 2 for x in range({n}) if x % 3 == 0]",
        "    mapping = {{'k{n}': values, 'n': f'{{total:>10}} {{a!r}}'}}",
        "    try:",
        "        result = kwargs['x'].method(total, *values, flag=True)",
        "    except (KeyError, AttributeError) as error:",
        "        result = lambda y: y + {n}",
        "    with open('file{n}.txt') as handle:",
        "        data = handle.read()[1:-1:2]",
        "    return result if total else mapping",
        "class Class{n}(Base):",
        "    attribute: int = {n}",
        "    async def method(self, other):",
        "        await other.wait()",
        "        return [await x async for x in self.items]",
    ];
    let mut out = String::new();
    for n in 0..lines.div_ceil(block.len()) {
        for line in block {
            out.push_str(
                &line
                    .replace("{n}", &n.to_string())
                    .replace("{{", "{")
                    .replace("}}", "}"),
            );
            out.push('\n');
        }
    }
    out
}

/// Parse speed against CPython's `ast.parse` on the same 5,000-line file,
/// each the best of 15 runs in one process. Run by `make bench-syntax`.
#[test]
#[ignore = "a benchmark: make bench-syntax"]
fn parse_speed_vs_cpython() {
    let source = generated_program(5000);
    let path = std::env::temp_dir().join("mpydos_parse_bench.py");
    fs::write(&path, &source).unwrap();
    let mut ours = f64::INFINITY;
    for _ in 0..15 {
        let start = std::time::Instant::now();
        let tree = parse_module(&source).expect("the generated program parses");
        ours = ours.min(start.elapsed().as_secs_f64());
        drop(tree);
    }
    let script = "import ast,sys,time\nsrc=open(sys.argv[1]).read()\nbest=min((lambda t:(ast.parse(src),time.perf_counter()-t)[1])(time.perf_counter()) for _ in range(15))\nprint(best)";
    let output = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&path)
        .output()
        .expect("python3 runs");
    let cpython: f64 = String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .expect("python3 printed a time");
    println!(
        "parse {} lines ({} bytes): mpydos {:.2} ms, CPython ast.parse {:.2} ms, ratio mpydos/CPython {:.2}",
        source.lines().count(),
        source.len(),
        ours * 1e3,
        cpython * 1e3,
        ours / cpython
    );
}

/// Parses `source` on a thread with a 512 KiB stack (the parser's budget
/// on MPYDOS.EXE: x86-64 frames, bigger than i486 ones, at the 100-level
/// limit need up to ~300 KiB; four times that for unoptimised test builds)
/// and returns the error message, if any. A stack overflow aborts the test.
fn parse_on_dos_sized_stack(source: String) -> Option<String> {
    let stack = if cfg!(debug_assertions) { 2048 } else { 512 } * 1024;
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || parse_module(&source).err().map(|e| e.msg))
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let nested = |open: &str, close: &str, depth: usize| {
        format!("x = {}1{}\n", open.repeat(depth), close.repeat(depth))
    };
    let too_deep = Some("too many nested parentheses".to_string());
    // The parser's limit is 100 levels (CPython's is 200 brackets).
    for (open, close) in [
        ("(", ")"),
        ("[", "]"),
        ("{", "}"),
        ("f(", ")"),
        ("a[", "]"),
        ("(1, ", ")"),
    ] {
        assert_eq!(
            parse_on_dos_sized_stack(nested(open, close, 99)),
            None,
            "{open}"
        );
        assert_eq!(
            parse_on_dos_sized_stack(nested(open, close, 101)),
            too_deep,
            "{open}"
        );
    }
    assert_eq!(parse_on_dos_sized_stack(nested("(", ")", 5000)), too_deep);
    // Blocks count towards the same limit as brackets.
    let blocks: String = (0..90)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    assert_eq!(
        parse_on_dos_sized_stack(format!(
            "{blocks}{}y = {}1{}\n",
            " ".repeat(90),
            "(".repeat(5),
            ")".repeat(5)
        )),
        None
    );
    // Chains built by loops may nest the tree up to 1000 levels (so code
    // walking the tree, like drop, stays within its stack too).
    let too_many_nodes = Some("too many nested expressions (more than 1000 levels)".to_string());
    for (head, chain, tail) in [
        ("", "-", "1"),
        ("", "not ", "1"),
        ("1", " + 1", ""),
        ("a", ".b", ""),
        ("f", "()", ""),
    ] {
        let source = |n| format!("x = {head}{}{tail}\n", chain.repeat(n));
        assert_eq!(parse_on_dos_sized_stack(source(900)), None, "{chain}");
        assert_eq!(
            parse_on_dos_sized_stack(source(100_000)),
            too_many_nodes,
            "{chain}"
        );
    }
    let elifs = |n| {
        format!(
            "if x:\n    pass\n{}else:\n    pass\n",
            "elif x:\n    pass\n".repeat(n)
        )
    };
    assert_eq!(parse_on_dos_sized_stack(elifs(900)), None);
    assert_eq!(parse_on_dos_sized_stack(elifs(5000)), too_many_nodes);
    // Right-recursive forms hit the same limit.
    assert_eq!(
        parse_on_dos_sized_stack(format!("x = {}1\n", "lambda: ".repeat(99))),
        None
    );
    assert_eq!(
        parse_on_dos_sized_stack(format!("x = {}1\n", "lambda: ".repeat(1000))),
        too_deep
    );
    assert_eq!(
        parse_on_dos_sized_stack(format!("x = 1{}\n", " if a else 1".repeat(1000))),
        too_deep
    );
    assert_eq!(
        parse_on_dos_sized_stack(format!("x = 2{}\n", " ** 2".repeat(1000))),
        too_deep
    );
    assert!(parse_on_dos_sized_stack(format!("x = f'{}'\n", "{f'".repeat(60))).is_some());
}

/// REPL input classification against `codeop.compile_command` (what
/// CPython's `code.InteractiveConsole` uses), asked of python3 at test time.
/// (Errors codeop gets from the compiler, like `return` outside a function,
/// are the compiler's to report.)
#[test]
fn repl_input_matches_codeop() {
    use mpydos::vm::syntax::repl::{parse_repl_input, ReplInput};
    let cases = [
        "x = 1",
        "if x:",
        "if x:\n  pass",
        "if x:\n  pass\n",
        "if x:\n  pass\n\n",
        "x = (1,",
        "x = (1,\n2)",
        "s = \"\"\"abc",
        "s = \"\"\"abc\ndef\"\"\"",
        "x = \\",
        "def f():",
        "def f():\n  return 1\n",
        "",
        "# c",
        "  \n# c\n",
        "x = 1 2",
        "1 +",
        "'abc",
        "@dec",
        "@dec\ndef f(): pass",
        "@dec\ndef f(): pass\n",
        "class A:\n  x=1\n",
        "try:\n  x\n",
        "try:\n  x\nexcept:\n  y\n",
        "if x:\n  pass\nelse:",
        "x = [",
        "print(1)\n",
        "if x: pass",
        "if x: pass\n",
        "while x:\n  if y:\n    pass\n",
        "for i in x:",
        "async def f():",
        "with a as b:\n  pass\n",
        "match x:",
        "match x:\n  case 1:\n    pass\n",
        "x = {",
        "f(1,\n2,",
        "lambda:",
        "import os",
        "x +=",
        "if x = 1:",
    ];
    let script = "import codeop,sys\nfor c in sys.stdin.read().split('\\0'):\n    try:\n        r = codeop.compile_command(c, symbol='single')\n        print('complete' if r else 'incomplete')\n    except SyntaxError as e:\n        print('invalid')\n";
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(cases.join("\0").as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let verdicts: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(verdicts.len(), cases.len(), "python3 answered every case");
    let mut failures = Vec::new();
    for (case, want) in cases.iter().zip(&verdicts) {
        let got = match parse_repl_input(case) {
            ReplInput::Complete(_) => "complete",
            ReplInput::Incomplete => "incomplete",
            ReplInput::Invalid(_) => "invalid",
        };
        if got != want {
            failures.push(format!("{case:?}: CPython {want}, ours {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Bad input never panics: every corpus file, cut and spliced at
/// pseudo-random places (the same ones every run) and salted with tricky
/// fragments, is parsed in all three modes and dumped when it parses.
#[test]
fn mangled_sources_never_panic() {
    const FRAGMENTS: [&str; 16] = [
        "(", ")", "[", "]", "{", "}", "'", "\"\"\"", "f'{", "\\", "\n", "\t", ":", "lambda", "**",
        "é",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |bound: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % bound.max(1) as u64) as usize
    };
    let mut tried = 0;
    for path in corpus() {
        let source = fs::read_to_string(&path).unwrap_or_default();
        for _ in 0..20 {
            let mut mangled: Vec<char> = source.chars().collect();
            for _ in 0..1 + next(3) {
                let at = next(mangled.len() + 1);
                match next(3) {
                    0 => {
                        let end = (at + next(8)).min(mangled.len());
                        mangled.drain(at..end);
                    }
                    1 => mangled
                        .splice(at..at, FRAGMENTS[next(FRAGMENTS.len())].chars())
                        .for_each(drop),
                    _ => {
                        let from = next(mangled.len() + 1);
                        let piece: Vec<char> =
                            mangled[from..(from + next(12)).min(mangled.len())].to_vec();
                        mangled.splice(at..at, piece).for_each(drop);
                    }
                }
            }
            let text: String = mangled.into_iter().collect();
            for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
                tried += 1;
                let outcome = std::panic::catch_unwind(|| match parse(&text, mode) {
                    Ok(tree) => drop(dump_with_locations(&tree)),
                    Err(e) => drop(e.caret_lines()),
                });
                assert!(outcome.is_ok(), "panic parsing ({mode:?}) {text:?}");
            }
        }
    }
    assert!(tried > 10_000);
}

/// `SyntaxError::at_loc` (for the compiler's errors) gives the positions
/// CPython gives for the same node: `return` outside a function.
#[test]
fn errors_at_ast_locations_use_cpython_columns() {
    use mpydos::vm::syntax::ast::{Mod, StmtKind};
    use mpydos::vm::syntax::SyntaxError;
    let source = "x = 'é'; return x\n";
    let Ok(Mod::Module { body }) = parse_module(source) else {
        panic!("parses")
    };
    assert!(matches!(body[1].node, StmtKind::Return { .. }));
    let err = SyntaxError::at_loc(source, body[1].loc, "'return' outside function".into());
    let script = "try:\n    compile(open(__import__('sys').argv[1]).read(), 'x', 'exec')\nexcept SyntaxError as e:\n    print(e.lineno, e.offset, e.end_lineno, e.end_offset)";
    let path = std::env::temp_dir().join("mpydos_at_loc.py");
    fs::write(&path, source).unwrap();
    let output = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&path)
        .output()
        .unwrap();
    let want = String::from_utf8(output.stdout).unwrap();
    let got = format!(
        "{} {} {} {}\n",
        err.lineno, err.offset, err.end_lineno, err.end_offset
    );
    assert_eq!(got, want);
}
