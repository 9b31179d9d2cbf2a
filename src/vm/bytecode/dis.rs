//! Disassembler: a readable listing of a code object and the code objects
//! nested in its constants, for debugging and for the compiler's tests.
use alloc::format;
use alloc::string::String;
use core::fmt::Write;

use super::{BinaryOp, CodeObject, CompareOp, Const, Opcode};

/// Lists `code` and, after it, every nested code object.
pub fn dis(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_into(code, &mut out);
    out
}

fn dis_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} (qualname {}, line {}, args {}/{} posonly/{} kwonly, flags {:#06x}, stack {}, blocks {})",
        code.name,
        code.qualname,
        code.first_line,
        code.arg_count,
        code.posonly_arg_count,
        code.kwonly_arg_count,
        code.flags.0,
        code.stack_size,
        code.max_blocks
    );
    let targets: alloc::vec::Vec<u32> = code
        .instructions
        .iter()
        .filter(|i| i.op().is_jump())
        .map(|i| i.arg())
        .collect();
    let mut last_line = 0;
    for (pc, instr) in code.instructions.iter().enumerate() {
        let pc = pc as u32;
        let line = code.lines.line(pc);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            String::from("    ")
        };
        let mark = if targets.contains(&pc) { ">>" } else { "  " };
        let _ = write!(out, "{line_col} {mark} {pc:>4} {:<22}", instr.op().name());
        if takes_arg(instr.op()) {
            let _ = write!(out, " {:>4}", instr.arg());
            let detail = describe_arg(code, instr.op(), instr.arg());
            if !detail.is_empty() {
                let _ = write!(out, " ({detail})");
            }
        }
        out.push('\n');
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            dis_into(inner, out);
        }
    }
}

fn takes_arg(op: Opcode) -> bool {
    use Opcode::*;
    !matches!(
        op,
        Nop | PopTop
            | BinarySubscr
            | StoreSubscr
            | DeleteSubscr
            | UnaryNegative
            | UnaryPositive
            | UnaryInvert
            | UnaryNot
            | ListToTuple
            | GetIter
            | ReturnValue
            | LoadBuildClass
            | PopBlock
            | PushExcInfo
            | PopExcept
            | CheckExcMatch
            | CheckEgMatch
            | PrepReraiseStar
            | Reraise
            | LoadAssertionError
            | BeforeWith
            | WithExceptStart
            | BeforeAsyncWith
            | EndAsyncFor
            | YieldValue
            | YieldFrom
            | GetYieldFromIter
            | GetAwaitable
            | GetAiter
            | GetAnext
            | ImportStar
            | SetupAnnotations
            | MatchSequence
            | MatchMapping
            | GetLen
            | MatchKeys
            | CopyDictWithoutKeys
            | PrintExpr
    )
}

fn describe_arg(code: &CodeObject, op: Opcode, arg: u32) -> String {
    use Opcode::*;
    let i = arg as usize;
    match op {
        LoadConst => code.consts.get(i).map(const_repr).unwrap_or_default(),
        LoadFast | StoreFast | DeleteFast => code
            .varnames
            .get(i)
            .map(|s| String::from(&**s))
            .unwrap_or_default(),
        LoadDeref | StoreDeref | DeleteDeref | LoadClosure | LoadClassDeref => {
            String::from(code.deref_name(arg))
        }
        LoadName | StoreName | DeleteName | LoadGlobal | StoreGlobal | DeleteGlobal
        | DeleteAttr | ImportName | ImportFrom => code
            .names
            .get(i)
            .map(|s| String::from(&**s))
            .unwrap_or_default(),
        LoadAttr | StoreAttr | LoadMethod => code
            .attr_sites
            .get(i)
            .and_then(|n| code.names.get(*n as usize))
            .map(|s| String::from(&**s))
            .unwrap_or_default(),
        BinaryOp => match self::BinaryOp::decode(arg) {
            Some((op, true)) => format!("{}=", op.symbol()),
            Some((op, false)) => String::from(op.symbol()),
            None => String::from("?"),
        },
        CompareOp => self::CompareOp::decode(arg)
            .map(|c| String::from(c.symbol()))
            .unwrap_or_default(),
        _ if op.is_jump() => format!("to {arg}"),
        _ => String::new(),
    }
}

/// A Python-like repr of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => String::from("None"),
        Const::Bool(true) => String::from("True"),
        Const::Bool(false) => String::from("False"),
        Const::Ellipsis => String::from("Ellipsis"),
        Const::Int(i) => format!("{i}"),
        Const::BigInt(digits) => digits.clone(),
        Const::Float(f) => format!("{f:?}"),
        Const::Complex { real, imag } => format!("({real:?}+{imag:?}j)"),
        Const::Str(s) => format!("{s:?}"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Tuple(items) => {
            let inner: alloc::vec::Vec<String> = items.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Const::Code(code) => format!("<code {}>", code.name),
    }
}
