//! `ast.dump` for our AST: byte-for-byte CPython 3.11's output (default
//! arguments), or with `include_attributes=True` when locations are wanted.
//! Used by the conformance tests and for debugging (`--dump-ast`).

use alloc::format;
use alloc::string::String;

use super::ast::*;

/// `ast.dump(tree)`.
pub fn dump(tree: &Mod) -> String {
    Dumper::new(false).module(tree)
}

/// `ast.dump(tree, include_attributes=True)`.
pub fn dump_with_locations(tree: &Mod) -> String {
    Dumper::new(true).module(tree)
}

struct Dumper {
    out: String,
    locations: bool,
}

/// Something that prints as a value inside a node's field list.
trait Dump {
    fn dump(&self, d: &mut Dumper);
}

impl Dumper {
    fn new(locations: bool) -> Dumper {
        Dumper {
            out: String::new(),
            locations,
        }
    }

    fn module(mut self, tree: &Mod) -> String {
        match tree {
            Mod::Module { body } => {
                self.out.push_str("Module(body=");
                body.dump(&mut self);
                self.out.push_str(", type_ignores=[])");
            }
            Mod::Interactive { body } => self.node("Interactive", None, |d| d.field("body", body)),
            Mod::Expression { body } => self.node("Expression", None, |d| d.field("body", body)),
        }
        self.out
    }

    /// `Name(fields..., locations...)`.
    fn node(&mut self, name: &str, loc: Option<&Loc>, fields: impl FnOnce(&mut Fields)) {
        self.out.push_str(name);
        self.out.push('(');
        let mut f = Fields {
            d: self,
            first: true,
        };
        fields(&mut f);
        if let (true, Some(loc)) = (f.d.locations, loc) {
            f.raw("lineno", &format!("{}", loc.lineno));
            f.raw("col_offset", &format!("{}", loc.col_offset));
            f.raw("end_lineno", &format!("{}", loc.end_lineno));
            f.raw("end_col_offset", &format!("{}", loc.end_col_offset));
        }
        self.out.push(')');
    }

    fn unit(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push_str("()");
    }
}

/// The `name=value` list of one node.
struct Fields<'d> {
    d: &'d mut Dumper,
    first: bool,
}

impl Fields<'_> {
    fn sep(&mut self, name: &str) {
        if !self.first {
            self.d.out.push_str(", ");
        }
        self.first = false;
        self.d.out.push_str(name);
        self.d.out.push('=');
    }

    fn field(&mut self, name: &str, value: &dyn Dump) {
        self.sep(name);
        value.dump(self.d);
    }

    /// An optional field: left out when None, as ast.dump does.
    fn opt<T: Dump>(&mut self, name: &str, value: &Option<T>) {
        if let Some(v) = value {
            self.field(name, v);
        }
    }

    fn raw(&mut self, name: &str, text: &str) {
        self.sep(name);
        self.d.out.push_str(text);
    }

    fn str(&mut self, name: &str, text: &str) {
        self.raw(name, &str_repr(text));
    }

    fn unit(&mut self, name: &str, value: &str) {
        self.sep(name);
        self.d.unit(value);
    }
}

impl<T: Dump> Dump for alloc::vec::Vec<T> {
    fn dump(&self, d: &mut Dumper) {
        d.out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                d.out.push_str(", ");
            }
            item.dump(d);
        }
        d.out.push(']');
    }
}

impl<T: Dump> Dump for alloc::boxed::Box<T> {
    fn dump(&self, d: &mut Dumper) {
        (**self).dump(d);
    }
}

impl<T: Dump> Dump for Option<T> {
    fn dump(&self, d: &mut Dumper) {
        match self {
            Some(v) => v.dump(d),
            None => d.out.push_str("None"),
        }
    }
}

impl Dump for String {
    fn dump(&self, d: &mut Dumper) {
        d.out.push_str(&str_repr(self));
    }
}

impl Dump for Stmt {
    fn dump(&self, d: &mut Dumper) {
        use StmtKind as S;
        let loc = Some(&self.loc);
        match &self.node {
            S::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => d.node("FunctionDef", loc, |f| {
                function_fields(f, name, args, body, decorator_list, returns)
            }),
            S::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => d.node("AsyncFunctionDef", loc, |f| {
                function_fields(f, name, args, body, decorator_list, returns)
            }),
            S::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => d.node("ClassDef", loc, |f| {
                f.str("name", name);
                f.field("bases", bases);
                f.field("keywords", keywords);
                f.field("body", body);
                f.field("decorator_list", decorator_list);
            }),
            S::Return { value } => d.node("Return", loc, |f| f.opt("value", value)),
            S::Delete { targets } => d.node("Delete", loc, |f| f.field("targets", targets)),
            S::Assign { targets, value } => d.node("Assign", loc, |f| {
                f.field("targets", targets);
                f.field("value", value);
            }),
            S::AugAssign { target, op, value } => d.node("AugAssign", loc, |f| {
                f.field("target", target);
                f.unit("op", operator_name(*op));
                f.field("value", value);
            }),
            S::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => d.node("AnnAssign", loc, |f| {
                f.field("target", target);
                f.field("annotation", annotation);
                f.opt("value", value);
                f.raw("simple", if *simple { "1" } else { "0" });
            }),
            S::For {
                target,
                iter,
                body,
                orelse,
            } => d.node("For", loc, |f| for_fields(f, target, iter, body, orelse)),
            S::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => d.node("AsyncFor", loc, |f| {
                for_fields(f, target, iter, body, orelse)
            }),
            S::While { test, body, orelse } => {
                d.node("While", loc, |f| test_fields(f, test, body, orelse))
            }
            S::If { test, body, orelse } => {
                d.node("If", loc, |f| test_fields(f, test, body, orelse))
            }
            S::With { items, body } => d.node("With", loc, |f| {
                f.field("items", items);
                f.field("body", body);
            }),
            S::AsyncWith { items, body } => d.node("AsyncWith", loc, |f| {
                f.field("items", items);
                f.field("body", body);
            }),
            S::Match { subject, cases } => d.node("Match", loc, |f| {
                f.field("subject", subject);
                f.field("cases", cases);
            }),
            S::Raise { exc, cause } => d.node("Raise", loc, |f| {
                f.opt("exc", exc);
                f.opt("cause", cause);
            }),
            S::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => d.node("Try", loc, |f| {
                try_fields(f, body, handlers, orelse, finalbody)
            }),
            S::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => d.node("TryStar", loc, |f| {
                try_fields(f, body, handlers, orelse, finalbody)
            }),
            S::Assert { test, msg } => d.node("Assert", loc, |f| {
                f.field("test", test);
                f.opt("msg", msg);
            }),
            S::Import { names } => d.node("Import", loc, |f| f.field("names", names)),
            S::ImportFrom {
                module,
                names,
                level,
            } => d.node("ImportFrom", loc, |f| {
                f.opt("module", module);
                f.field("names", names);
                f.raw("level", &format!("{level}"));
            }),
            S::Global { names } => d.node("Global", loc, |f| f.field("names", names)),
            S::Nonlocal { names } => d.node("Nonlocal", loc, |f| f.field("names", names)),
            S::Expr { value } => d.node("Expr", loc, |f| f.field("value", value)),
            S::Pass => d.node("Pass", loc, |_| {}),
            S::Break => d.node("Break", loc, |_| {}),
            S::Continue => d.node("Continue", loc, |_| {}),
        }
    }
}

fn function_fields(
    f: &mut Fields,
    name: &str,
    args: &Arguments,
    body: &alloc::vec::Vec<Stmt>,
    decorator_list: &alloc::vec::Vec<Expr>,
    returns: &Option<alloc::boxed::Box<Expr>>,
) {
    f.str("name", name);
    f.field("args", args);
    f.field("body", body);
    f.field("decorator_list", decorator_list);
    f.opt("returns", returns);
}

fn for_fields(
    f: &mut Fields,
    target: &Expr,
    iter: &Expr,
    body: &alloc::vec::Vec<Stmt>,
    orelse: &alloc::vec::Vec<Stmt>,
) {
    f.field("target", target);
    f.field("iter", iter);
    f.field("body", body);
    f.field("orelse", orelse);
}

fn test_fields(
    f: &mut Fields,
    test: &Expr,
    body: &alloc::vec::Vec<Stmt>,
    orelse: &alloc::vec::Vec<Stmt>,
) {
    f.field("test", test);
    f.field("body", body);
    f.field("orelse", orelse);
}

fn try_fields(
    f: &mut Fields,
    body: &alloc::vec::Vec<Stmt>,
    handlers: &alloc::vec::Vec<ExceptHandler>,
    orelse: &alloc::vec::Vec<Stmt>,
    finalbody: &alloc::vec::Vec<Stmt>,
) {
    f.field("body", body);
    f.field("handlers", handlers);
    f.field("orelse", orelse);
    f.field("finalbody", finalbody);
}

fn comprehension_fields(f: &mut Fields, elt: &Expr, generators: &alloc::vec::Vec<Comprehension>) {
    f.field("elt", elt);
    f.field("generators", generators);
}

fn elts_fields(f: &mut Fields, elts: &alloc::vec::Vec<Expr>, ctx: ExprContext) {
    f.field("elts", elts);
    f.unit("ctx", ctx_name(ctx));
}

impl Dump for Expr {
    fn dump(&self, d: &mut Dumper) {
        use ExprKind as E;
        let loc = Some(&self.loc);
        match &self.node {
            E::BoolOp { op, values } => d.node("BoolOp", loc, |f| {
                f.unit("op", if *op == BoolOp::And { "And" } else { "Or" });
                f.field("values", values);
            }),
            E::NamedExpr { target, value } => d.node("NamedExpr", loc, |f| {
                f.field("target", target);
                f.field("value", value);
            }),
            E::BinOp { left, op, right } => d.node("BinOp", loc, |f| {
                f.field("left", left);
                f.unit("op", operator_name(*op));
                f.field("right", right);
            }),
            E::UnaryOp { op, operand } => d.node("UnaryOp", loc, |f| {
                let name = match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                };
                f.unit("op", name);
                f.field("operand", operand);
            }),
            E::Lambda { args, body } => d.node("Lambda", loc, |f| {
                f.field("args", args);
                f.field("body", body);
            }),
            E::IfExp { test, body, orelse } => d.node("IfExp", loc, |f| {
                f.field("test", test);
                f.field("body", body);
                f.field("orelse", orelse);
            }),
            E::Dict { keys, values } => d.node("Dict", loc, |f| {
                f.field("keys", keys);
                f.field("values", values);
            }),
            E::Set { elts } => d.node("Set", loc, |f| f.field("elts", elts)),
            E::ListComp { elt, generators } => d.node("ListComp", loc, |f| {
                comprehension_fields(f, elt, generators)
            }),
            E::SetComp { elt, generators } => {
                d.node("SetComp", loc, |f| comprehension_fields(f, elt, generators))
            }
            E::GeneratorExp { elt, generators } => d.node("GeneratorExp", loc, |f| {
                comprehension_fields(f, elt, generators)
            }),
            E::DictComp {
                key,
                value,
                generators,
            } => d.node("DictComp", loc, |f| {
                f.field("key", key);
                f.field("value", value);
                f.field("generators", generators);
            }),
            E::Await { value } => d.node("Await", loc, |f| f.field("value", value)),
            E::Yield { value } => d.node("Yield", loc, |f| f.opt("value", value)),
            E::YieldFrom { value } => d.node("YieldFrom", loc, |f| f.field("value", value)),
            E::Compare {
                left,
                ops,
                comparators,
            } => d.node("Compare", loc, |f| {
                f.field("left", left);
                f.sep("ops");
                f.d.out.push('[');
                for (i, op) in ops.iter().enumerate() {
                    if i > 0 {
                        f.d.out.push_str(", ");
                    }
                    f.d.unit(cmpop_name(*op));
                }
                f.d.out.push(']');
                f.field("comparators", comparators);
            }),
            E::Call {
                func,
                args,
                keywords,
            } => d.node("Call", loc, |f| {
                f.field("func", func);
                f.field("args", args);
                f.field("keywords", keywords);
            }),
            E::FormattedValue {
                value,
                conversion,
                format_spec,
            } => d.node("FormattedValue", loc, |f| {
                f.field("value", value);
                f.raw("conversion", &format!("{conversion}"));
                f.opt("format_spec", format_spec);
            }),
            E::JoinedStr { values } => d.node("JoinedStr", loc, |f| f.field("values", values)),
            E::Constant { value, kind } => d.node("Constant", loc, |f| {
                f.raw("value", &constant_repr(value));
                f.opt("kind", kind);
            }),
            E::Attribute { value, attr, ctx } => d.node("Attribute", loc, |f| {
                f.field("value", value);
                f.str("attr", attr);
                f.unit("ctx", ctx_name(*ctx));
            }),
            E::Subscript { value, slice, ctx } => d.node("Subscript", loc, |f| {
                f.field("value", value);
                f.field("slice", slice);
                f.unit("ctx", ctx_name(*ctx));
            }),
            E::Starred { value, ctx } => d.node("Starred", loc, |f| {
                f.field("value", value);
                f.unit("ctx", ctx_name(*ctx));
            }),
            E::Name { id, ctx } => d.node("Name", loc, |f| {
                f.str("id", id);
                f.unit("ctx", ctx_name(*ctx));
            }),
            E::List { elts, ctx } => d.node("List", loc, |f| elts_fields(f, elts, *ctx)),
            E::Tuple { elts, ctx } => d.node("Tuple", loc, |f| elts_fields(f, elts, *ctx)),
            E::Slice { lower, upper, step } => d.node("Slice", loc, |f| {
                f.opt("lower", lower);
                f.opt("upper", upper);
                f.opt("step", step);
            }),
        }
    }
}

impl Dump for Comprehension {
    fn dump(&self, d: &mut Dumper) {
        d.node("comprehension", None, |f| {
            f.field("target", &self.target);
            f.field("iter", &self.iter);
            f.field("ifs", &self.ifs);
            f.raw("is_async", if self.is_async { "1" } else { "0" });
        });
    }
}

impl Dump for MatchCase {
    fn dump(&self, d: &mut Dumper) {
        d.node("match_case", None, |f| {
            f.field("pattern", &self.pattern);
            f.opt("guard", &self.guard);
            f.field("body", &self.body);
        });
    }
}

impl Dump for Pattern {
    fn dump(&self, d: &mut Dumper) {
        use PatternKind as P;
        let loc = Some(&self.loc);
        match &self.node {
            P::MatchValue { value } => d.node("MatchValue", loc, |f| f.field("value", value)),
            P::MatchSingleton { value } => d.node("MatchSingleton", loc, |f| {
                f.raw("value", &constant_repr(value))
            }),
            P::MatchSequence { patterns } => {
                d.node("MatchSequence", loc, |f| f.field("patterns", patterns))
            }
            P::MatchMapping {
                keys,
                patterns,
                rest,
            } => d.node("MatchMapping", loc, |f| {
                f.field("keys", keys);
                f.field("patterns", patterns);
                f.opt("rest", rest);
            }),
            P::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => d.node("MatchClass", loc, |f| {
                f.field("cls", cls);
                f.field("patterns", patterns);
                f.field("kwd_attrs", kwd_attrs);
                f.field("kwd_patterns", kwd_patterns);
            }),
            P::MatchStar { name } => d.node("MatchStar", loc, |f| f.opt("name", name)),
            P::MatchAs { pattern, name } => d.node("MatchAs", loc, |f| {
                f.opt("pattern", pattern);
                f.opt("name", name);
            }),
            P::MatchOr { patterns } => d.node("MatchOr", loc, |f| f.field("patterns", patterns)),
        }
    }
}

impl Dump for ExceptHandler {
    fn dump(&self, d: &mut Dumper) {
        d.node("ExceptHandler", Some(&self.loc), |f| {
            f.opt("type", &self.r#type);
            f.opt("name", &self.name);
            f.field("body", &self.body);
        });
    }
}

impl Dump for Arguments {
    fn dump(&self, d: &mut Dumper) {
        d.node("arguments", None, |f| {
            f.field("posonlyargs", &self.posonlyargs);
            f.field("args", &self.args);
            f.opt("vararg", &self.vararg);
            f.field("kwonlyargs", &self.kwonlyargs);
            f.field("kw_defaults", &self.kw_defaults);
            f.opt("kwarg", &self.kwarg);
            f.field("defaults", &self.defaults);
        });
    }
}

impl Dump for Arg {
    fn dump(&self, d: &mut Dumper) {
        d.node("arg", Some(&self.loc), |f| {
            f.str("arg", &self.arg);
            f.opt("annotation", &self.annotation);
        });
    }
}

impl Dump for Keyword {
    fn dump(&self, d: &mut Dumper) {
        d.node("keyword", Some(&self.loc), |f| {
            f.opt("arg", &self.arg);
            f.field("value", &self.value);
        });
    }
}

impl Dump for Alias {
    fn dump(&self, d: &mut Dumper) {
        d.node("alias", Some(&self.loc), |f| {
            f.str("name", &self.name);
            f.opt("asname", &self.asname);
        });
    }
}

impl Dump for WithItem {
    fn dump(&self, d: &mut Dumper) {
        d.node("withitem", None, |f| {
            f.field("context_expr", &self.context_expr);
            f.opt("optional_vars", &self.optional_vars);
        });
    }
}

fn ctx_name(ctx: ExprContext) -> &'static str {
    match ctx {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    }
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

/// Python's `repr()` of a constant.
fn constant_repr(value: &Constant) -> String {
    match value {
        Constant::None => "None".into(),
        Constant::Bool(b) => (if *b { "True" } else { "False" }).into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => format!("{i}"),
        Constant::BigInt(digits) => digits.clone(),
        Constant::Float(x) => float_repr(*x, true),
        Constant::Complex(x) => format!("{}j", float_repr(*x, false)),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
    }
}

/// Python's float repr: shortest round-trip digits, exponent form below
/// 1e-4 and from 1e16. `point` adds ".0" to integral values (complex
/// parts are printed without it).
fn float_repr(x: f64, point: bool) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return (if x > 0.0 { "inf" } else { "-inf" }).into();
    }
    // `{:e}` gives the shortest round-trip digits as d.ddde±x.
    let sci = format!("{:e}", x);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = mantissa
        .strip_prefix('-')
        .map_or(("", mantissa), |m| ("-", m));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if !(-4..16).contains(&exp) {
        let frac = &digits[1..];
        let dot = if frac.is_empty() {
            String::new()
        } else {
            format!(".{frac}")
        };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{}{dot}e{exp_sign}{:02}", &digits[..1], exp.abs());
    }
    let point_at = exp + 1;
    let body = if point_at <= 0 {
        format!("0.{}{}", "0".repeat((-point_at) as usize), digits)
    } else if point_at as usize >= digits.len() {
        let int = format!("{}{}", digits, "0".repeat(point_at as usize - digits.len()));
        if point {
            format!("{int}.0")
        } else {
            int
        }
    } else {
        format!(
            "{}.{}",
            &digits[..point_at as usize],
            &digits[point_at as usize..]
        )
    };
    format!("{sign}{body}")
}

/// Python's `repr()` of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let code = c as u32;
                let escaped = match code {
                    0..=0xff => format!("\\x{code:02x}"),
                    0x100..=0xffff => format!("\\u{code:04x}"),
                    _ => format!("\\U{code:08x}"),
                };
                out.push_str(&escaped);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for one character (no Unicode
/// category table in core): control, separator (other than space), common
/// format characters, private use and noncharacters are not printable.
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}')
        || matches!(c, '\u{feff}' | '\u{fff9}'..='\u{fffb}' | '\u{e000}'..='\u{f8ff}' | '\u{fdd0}'..='\u{fdef}')
        || (c as u32) & 0xfffe == 0xfffe
        || c >= '\u{f0000}')
}

/// Python's `repr()` of a bytes value.
fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            q if q == quote => {
                out.push('\\');
                out.push(q as char);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(quote as char);
    out
}
