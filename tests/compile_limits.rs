//! Input shapes that would exhaust the (256 KiB, probe-less) DOS stack:
//! long operator and elif chains compile without recursion; deep nesting
//! is refused with a SyntaxError instead of a crash.
use mpydos::vm::bytecode::Opcode;
use mpydos::vm::compile::{compile, Options};
use mpydos::vm::syntax::parse_module;

fn try_compile(src: &str) -> Result<mpydos::vm::bytecode::CodeObject, String> {
    let module = parse_module(src).map_err(|e| format!("parse: {}", e.msg))?;
    compile(&module, src, "t.py", Options::default())
        .map_err(|e| format!("{}:{} {}", e.lineno, e.offset, e.msg))
}

#[test]
fn long_operator_chain_compiles() {
    let code = try_compile(&format!("x = {}1\n", "y + ".repeat(900))).unwrap();
    let adds = code
        .instructions
        .iter()
        .filter(|i| i.op() == Opcode::BinaryOp)
        .count();
    assert_eq!(adds, 900);
    assert_eq!(code.stack_size, 2);
}

#[test]
fn long_elif_chain_compiles() {
    let mut src = String::from("if x == 0:\n    y = 0\n");
    for i in 1..900 {
        src.push_str(&format!("elif x == {i}:\n    y = {i}\n"));
    }
    src.push_str("else:\n    y = -1\n");
    let code = try_compile(&src).unwrap();
    let stores = code
        .instructions
        .iter()
        .filter(|i| i.op() == Opcode::StoreName)
        .count();
    assert_eq!(stores, 901);
    assert_eq!(
        code.lines.line(code.instructions.len() as u32 - 3),
        1802,
        "else body line"
    );
}

#[test]
fn deep_nesting_is_a_syntax_error_not_a_crash() {
    // 200 unary minus signs nest 200 deep (past the limit of 150).
    let err = try_compile(&format!("x = {}y\n", "-".repeat(200))).err();
    let err = err.expect("200 nested expressions must be refused");
    assert!(
        err.ends_with("too many nested expressions or blocks"),
        "{err}"
    );
    // The parser's bracket limit (100) stays within the compiler's.
    assert!(try_compile(&format!("x = {}1{}\n", "a.b(".repeat(99), ")".repeat(99))).is_ok());
}
