//! Expressions (calls, comprehensions and lambdas live in their own files).
use alloc::string::String;
use alloc::vec::Vec;

use super::target::binary_op;
use super::{Compiler, NameCtx};
use crate::vm::bytecode::{CompareOp, Const, Opcode};
use crate::vm::compile::error::CompileResult;
use crate::vm::compile::shapes::binop_chain;
use crate::vm::compile::symtable::ScopeKind;
use crate::vm::syntax::ast::{BoolOp, CmpOp, Constant, Expr, ExprKind, UnaryOp};

/// Displays build at most this many items on the stack at once.
const CHUNK: usize = 16;

/// The three sequence displays.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Display {
    List,
    Tuple,
    Set,
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> CompileResult<()> {
        self.nesting.enter(self.source, e.loc)?;
        let saved = self.set_loc(e.loc);
        self.expr_kind(e)?;
        self.restore_loc(saved);
        self.nesting.leave();
        Ok(())
    }

    fn expr_kind(&mut self, e: &'a Expr) -> CompileResult<()> {
        if let Some(c) = self.constant_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match &e.node {
            ExprKind::BoolOp { op, values } => self.bool_op(*op, values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Opcode::Copy, 1);
                self.store(target)
            }
            ExprKind::BinOp { .. } => {
                let (leftmost, nodes) = binop_chain(e);
                self.expr(leftmost)?;
                for node in nodes {
                    if let ExprKind::BinOp { op, right, .. } = &node.node {
                        self.expr(right)?;
                        self.set_loc(node.loc);
                        self.emit(Opcode::BinaryOp, binary_op(*op) as u32);
                    }
                }
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                let op = match op {
                    UnaryOp::Invert => Opcode::UnaryInvert,
                    UnaryOp::Not => Opcode::UnaryNot,
                    UnaryOp::UAdd => Opcode::UnaryPositive,
                    UnaryOp::USub => Opcode::UnaryNegative,
                };
                self.emit(op, 0);
                Ok(())
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => {
                let (otherwise, end) = (self.new_label(), self.new_label());
                self.jump_if(test, otherwise, false)?;
                self.expr(body)?;
                self.emit_jump(Opcode::Jump, end);
                self.bind(otherwise);
                self.expr(orelse)?;
                self.bind(end);
                Ok(())
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values),
            ExprKind::Set { elts } => self.display(elts, Display::Set),
            ExprKind::List { elts, .. } => self.display(elts, Display::List),
            ExprKind::Tuple { elts, .. } => self.display(elts, Display::Tuple),
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e),
            ExprKind::Await { value } => {
                if !matches!(
                    self.unit_ref().kind,
                    ScopeKind::Function | ScopeKind::Comprehension
                ) {
                    return Err(self.error(e.loc, "'await' outside function"));
                }
                if !self.in_coroutine() {
                    return Err(self.error(e.loc, "'await' outside async function"));
                }
                self.expr(value)?;
                self.emit(Opcode::GetAwaitable, 0);
                self.await_tos();
                Ok(())
            }
            ExprKind::Yield { value } => {
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Opcode::YieldValue, 0);
                Ok(())
            }
            ExprKind::YieldFrom { value } => {
                if self.in_coroutine() {
                    return Err(self.error(e.loc, "'yield from' inside async function"));
                }
                self.expr(value)?;
                self.emit(Opcode::GetYieldFromIter, 0);
                self.await_tos();
                Ok(())
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.formatted_value(value, *conversion, format_spec.as_deref()),
            ExprKind::JoinedStr { values } => self.joined_str(values),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_loc(e.loc);
                let site = self.attr_site(attr);
                self.emit(Opcode::LoadAttr, site);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Opcode::BinarySubscr, 0);
                Ok(())
            }
            ExprKind::Constant { .. } | ExprKind::Starred { .. } => {
                Err(self.error(e.loc, "can't use starred expression here"))
            }
            ExprKind::Name { id, .. } => self.name_op(id, NameCtx::Load, e.loc),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Opcode::BuildSlice, 3);
                    }
                    None => self.emit(Opcode::BuildSlice, 2),
                }
                Ok(())
            }
        }
    }

    /// The value of `e` when it is known at compile time (literals,
    /// negated number literals, tuples of those).
    #[inline(never)] // keeps the recursive expr() frame small (see error.rs)
    pub(super) fn constant_of(&self, e: &Expr) -> Option<Const> {
        match &e.node {
            ExprKind::Constant { value, .. } => Some(literal(value)),
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } => match &operand.node {
                ExprKind::Constant { value, .. } => negated(literal(value)),
                _ => None,
            },
            ExprKind::Tuple { elts, .. } => {
                let items: Option<Vec<Const>> = elts.iter().map(|e| self.constant_of(e)).collect();
                items.map(Const::Tuple)
            }
            _ => None,
        }
    }

    #[inline(never)] // keeps the recursive expr() frame small (see error.rs)
    fn bool_op(&mut self, op: BoolOp, values: &'a [Expr]) -> CompileResult<()> {
        let end = self.new_label();
        let jump = if op == BoolOp::And {
            Opcode::JumpIfFalseOrPop
        } else {
            Opcode::JumpIfTrueOrPop
        };
        let (last, rest) = values.split_last().expect("BoolOp has values");
        for v in rest {
            self.expr(v)?;
            self.emit_jump(jump, end);
        }
        self.expr(last)?;
        self.bind(end);
        Ok(())
    }

    #[inline(never)] // keeps the recursive expr() frame small (see error.rs)
    fn compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CompileResult<()> {
        self.expr(left)?;
        let (last, rest) = comparators.split_last().expect("Compare has comparators");
        if rest.is_empty() {
            self.expr(last)?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let (cleanup, end) = (self.new_label(), self.new_label());
        for (op, comparator) in ops.iter().zip(rest) {
            self.expr(comparator)?;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.compare_op(*op);
            self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        self.expr(last)?;
        self.compare_op(ops[ops.len() - 1]);
        self.emit_jump(Opcode::Jump, end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        let (opcode, arg) = match op {
            CmpOp::Eq => (Opcode::CompareOp, CompareOp::Eq as u32),
            CmpOp::NotEq => (Opcode::CompareOp, CompareOp::Ne as u32),
            CmpOp::Lt => (Opcode::CompareOp, CompareOp::Lt as u32),
            CmpOp::LtE => (Opcode::CompareOp, CompareOp::Le as u32),
            CmpOp::Gt => (Opcode::CompareOp, CompareOp::Gt as u32),
            CmpOp::GtE => (Opcode::CompareOp, CompareOp::Ge as u32),
            CmpOp::Is => (Opcode::IsOp, 0),
            CmpOp::IsNot => (Opcode::IsOp, 1),
            CmpOp::In => (Opcode::ContainsOp, 0),
            CmpOp::NotIn => (Opcode::ContainsOp, 1),
        };
        self.emit(opcode, arg);
    }

    /// A list/tuple/set display, with `*iterable` items.
    pub(super) fn display(&mut self, elts: &'a [Expr], kind: Display) -> CompileResult<()> {
        self.display_after(0, elts, kind)
    }

    /// A display whose first `pushed` items are already on the stack.
    #[inline(never)] // keeps the recursive expr() frame small (see error.rs)
    pub(super) fn display_after(
        &mut self,
        pushed: u32,
        elts: &'a [Expr],
        kind: Display,
    ) -> CompileResult<()> {
        let is_starred = |e: &Expr| matches!(e.node, ExprKind::Starred { .. });
        let total = pushed as usize + elts.len();
        let build = match kind {
            Display::Set => Opcode::BuildSet,
            Display::Tuple if !elts.iter().any(is_starred) && total <= CHUNK => Opcode::BuildTuple,
            _ => Opcode::BuildList,
        };
        let room = CHUNK.saturating_sub(pushed as usize);
        let leading = elts
            .iter()
            .take_while(|e| !is_starred(e))
            .take(room)
            .count();
        for e in &elts[..leading] {
            self.expr(e)?;
        }
        self.emit(build, pushed + leading as u32);
        let (add, extend) = match kind {
            Display::Set => (Opcode::SetAdd, Opcode::SetUpdate),
            _ => (Opcode::ListAppend, Opcode::ListExtend),
        };
        for e in &elts[leading..] {
            match &e.node {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(e)?;
                    self.emit(add, 1);
                }
            }
        }
        if kind == Display::Tuple && build == Opcode::BuildList {
            self.emit(Opcode::ListToTuple, 0);
        }
        Ok(())
    }

    #[inline(never)] // keeps the recursive expr() frame small (see error.rs)
    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CompileResult<()> {
        let mut built = false;
        let mut pending = 0u32;
        for (key, value) in keys.iter().zip(values) {
            match key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(value)?;
                    pending += 1;
                    if pending as usize == CHUNK {
                        self.flush_pairs(&mut pending, &mut built, Opcode::DictUpdate);
                    }
                }
                None => {
                    self.flush_pairs(&mut pending, &mut built, Opcode::DictUpdate);
                    if !built {
                        self.emit(Opcode::BuildMap, 0);
                        built = true;
                    }
                    self.expr(value)?;
                    self.emit(Opcode::DictUpdate, 1);
                }
            }
        }
        self.flush_pairs(&mut pending, &mut built, Opcode::DictUpdate);
        if !built {
            self.emit(Opcode::BuildMap, 0);
        }
        Ok(())
    }

    /// Builds the pending key/value pairs into a dict and merges it (with
    /// `merge`: DICT_UPDATE or DICT_MERGE) into the dict under
    /// construction, if there is one.
    pub(super) fn flush_pairs(&mut self, pending: &mut u32, built: &mut bool, merge: Opcode) {
        if *pending == 0 {
            return;
        }
        self.emit(Opcode::BuildMap, *pending);
        if *built {
            self.emit(merge, 1);
        }
        *built = true;
        *pending = 0;
    }

    #[inline(never)] // keeps the recursive expr() frame small (see error.rs)
    fn formatted_value(
        &mut self,
        value: &'a Expr,
        conversion: i32,
        spec: Option<&'a Expr>,
    ) -> CompileResult<()> {
        self.expr(value)?;
        let mut flags = match conversion {
            115 => 1, // !s
            114 => 2, // !r
            97 => 3,  // !a
            _ => 0,
        };
        if let Some(spec) = spec {
            self.expr(spec)?;
            flags |= 4;
        }
        self.emit(Opcode::FormatValue, flags);
        Ok(())
    }

    #[inline(never)] // keeps the recursive expr() frame small (see error.rs)
    fn joined_str(&mut self, values: &'a [Expr]) -> CompileResult<()> {
        if let [single] = values {
            return self.expr(single);
        }
        if values.is_empty() {
            self.load_const(Const::Str(String::new().into()));
            return Ok(());
        }
        for v in values {
            self.expr(v)?;
        }
        self.emit(Opcode::BuildString, values.len() as u32);
        Ok(())
    }
}

/// The constant for a literal.
fn literal(value: &Constant) -> Const {
    match value {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(i) => Const::Int(*i),
        Constant::BigInt(s) => Const::BigInt(s.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Complex(imag) => Const::Complex {
            real: 0.0,
            imag: *imag,
        },
        Constant::Str(s) => Const::Str(s.clone().into()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
    }
}

/// `-c` for a number literal (ints stay exact: `-9223372036854775808`
/// is an i64 although its digits are not).
fn negated(c: Const) -> Option<Const> {
    match c {
        Const::Int(i) => Some(match i.checked_neg() {
            Some(n) => Const::Int(n),
            None => Const::BigInt(alloc::format!("{}", -(i as i128))),
        }),
        Const::BigInt(digits) => {
            let mut neg = String::from("-");
            neg.push_str(&digits);
            Some(match neg.parse::<i64>() {
                Ok(n) => Const::Int(n),
                Err(_) => Const::BigInt(neg),
            })
        }
        Const::Float(f) => Some(Const::Float(-f)),
        _ => None,
    }
}
