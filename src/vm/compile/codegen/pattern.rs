//! The match statement (PEP 634). Each case copies the subject and runs
//! its pattern, which consumes the copy and binds captures as it goes (a
//! failed case may leave some bound, which PEP 634 allows). A failing test
//! jumps into a ladder of POP_TOPs that clears what the pattern had pushed,
//! then the next case runs.
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{Compiler, NameCtx};
use crate::vm::bytecode::{CompareOp, Const, Opcode};
use crate::vm::compile::error::CompileResult;
use crate::vm::compile::unit::Label;
use crate::vm::syntax::ast::{Constant, Expr, Loc, MatchCase, Pattern, PatternKind};

/// Failure exits of one pattern: `pops[k]` is reached with k values above
/// the pattern's base and pops them before the next alternative or case.
#[derive(Default)]
struct Failure {
    pops: Vec<Label>,
}

/// What one case's pattern has bound so far, and whether an irrefutable
/// pattern is allowed where the compiler is.
struct Case {
    stores: Vec<String>,
    allow_irrefutable: bool,
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(
        &mut self,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> CompileResult<()> {
        self.expr(subject)?;
        let end = self.new_label();
        for (i, case) in cases.iter().enumerate() {
            let allow_irrefutable = case.guard.is_some() || i + 1 == cases.len();
            let mut ctx = Case {
                stores: Vec::new(),
                allow_irrefutable,
            };
            let mut failure = Failure::default();
            self.set_loc(case.pattern.loc);
            self.emit(Opcode::Copy, 1);
            self.pattern(&case.pattern, &mut failure, &mut ctx, 1)?;
            if let Some(guard) = &case.guard {
                let fail = self.failure_label(&mut failure, 0);
                self.jump_if(guard, fail, false)?;
            }
            self.emit(Opcode::PopTop, 0);
            self.stmts(&case.body)?;
            self.emit_jump(Opcode::Jump, end);
            self.bind_failure(failure);
        }
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// The label that pops `height` values and fails.
    fn failure_label(&mut self, failure: &mut Failure, height: usize) -> Label {
        while failure.pops.len() <= height {
            let label = self.new_label();
            failure.pops.push(label);
        }
        failure.pops[height]
    }

    /// `[.., x] → [..]`: jumps to the failure exit when `op` says so.
    fn fail_if(&mut self, op: Opcode, failure: &mut Failure, height: usize) {
        let label = self.failure_label(failure, height);
        self.emit_jump(op, label);
    }

    /// The POP_TOP ladder of a pattern's failure exits.
    fn bind_failure(&mut self, failure: Failure) {
        for (height, label) in failure.pops.iter().enumerate().rev() {
            self.bind(*label);
            if height > 0 {
                self.emit(Opcode::PopTop, 0);
            }
        }
    }

    /// Matches the value on top of the stack (`height` values above the
    /// pattern's base, the value included) and consumes it.
    fn pattern(
        &mut self,
        p: &'a Pattern,
        failure: &mut Failure,
        ctx: &mut Case,
        height: usize,
    ) -> CompileResult<()> {
        self.nesting.enter(self.source, p.loc)?;
        self.set_loc(p.loc);
        match &p.node {
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => {
                if !ctx.allow_irrefutable {
                    let msg = match name {
                        Some(name) => {
                            format!("name capture '{name}' makes remaining patterns unreachable")
                        }
                        None => String::from("wildcard makes remaining patterns unreachable"),
                    };
                    return Err(self.error(p.loc, msg));
                }
                self.capture(name.as_deref(), ctx, p.loc)?;
            }
            PatternKind::MatchAs {
                pattern: Some(sub),
                name,
            } => {
                self.emit(Opcode::Copy, 1);
                self.pattern(sub, failure, ctx, height + 1)?;
                self.capture(name.as_deref(), ctx, p.loc)?;
            }
            PatternKind::MatchStar { name } => self.capture(name.as_deref(), ctx, p.loc)?,
            PatternKind::MatchValue { value } => {
                self.expr(value)?;
                self.emit(Opcode::CompareOp, CompareOp::Eq as u32);
                self.fail_if(Opcode::PopJumpIfFalse, failure, height - 1);
            }
            PatternKind::MatchSingleton { value } => {
                let singleton = match value {
                    Constant::Bool(b) => Const::Bool(*b),
                    _ => Const::None,
                };
                self.load_const(singleton);
                self.emit(Opcode::IsOp, 0);
                self.fail_if(Opcode::PopJumpIfFalse, failure, height - 1);
            }
            PatternKind::MatchOr { patterns } => self.or_pattern(patterns, failure, ctx, height)?,
            PatternKind::MatchSequence { patterns } => {
                self.sequence_pattern(p.loc, patterns, failure, ctx, height)?
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                let rest = rest.as_deref().map(|name| (name, p.loc));
                self.mapping_pattern(keys, patterns, rest, failure, ctx, height)?
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.expr(cls)?;
                let names = kwd_attrs
                    .iter()
                    .map(|a| Const::Str(a.clone().into()))
                    .collect();
                self.load_const(Const::Tuple(names));
                self.emit(Opcode::MatchClass, patterns.len() as u32);
                self.fail_if_none(failure, height);
                let subs: Vec<&'a Pattern> = patterns.iter().chain(kwd_patterns).collect();
                self.emit(Opcode::UnpackSequence, subs.len() as u32);
                self.sub_patterns(subs, failure, ctx, height - 1)?;
            }
        }
        self.nesting.leave();
        Ok(())
    }

    /// Stores the matched value in `name` (drops it for `_`).
    fn capture(&mut self, name: Option<&str>, ctx: &mut Case, loc: Loc) -> CompileResult<()> {
        let Some(name) = name else {
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        };
        if ctx.stores.iter().any(|s| s == name) {
            return Err(self.error(
                loc,
                format!("multiple assignments to name '{name}' in pattern"),
            ));
        }
        ctx.stores.push(String::from(name));
        self.name_op(name, NameCtx::Store, loc)
    }

    /// `[.., r] → [.., r]`, failing (with `height` values) when r is None.
    fn fail_if_none(&mut self, failure: &mut Failure, height: usize) {
        self.emit(Opcode::Copy, 1);
        self.load_const(Const::None);
        self.emit(Opcode::IsOp, 0);
        self.fail_if(Opcode::PopJumpIfTrue, failure, height);
    }

    /// Sub-patterns of a sequence, mapping or class pattern: the values
    /// are on the stack, the first on top, `base` values below them.
    fn sub_patterns(
        &mut self,
        subs: Vec<&'a Pattern>,
        failure: &mut Failure,
        ctx: &mut Case,
        base: usize,
    ) -> CompileResult<()> {
        let allow = core::mem::replace(&mut ctx.allow_irrefutable, true);
        let count = subs.len();
        for (i, sub) in subs.into_iter().enumerate() {
            self.pattern(sub, failure, ctx, base + count - i)?;
        }
        ctx.allow_irrefutable = allow;
        Ok(())
    }

    /// `p1 | p2 | …`: every alternative must bind the same names.
    fn or_pattern(
        &mut self,
        alts: &'a [Pattern],
        failure: &mut Failure,
        ctx: &mut Case,
        height: usize,
    ) -> CompileResult<()> {
        let success = self.new_label();
        let before = ctx.stores.len();
        let allow = ctx.allow_irrefutable;
        let mut bound: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            let last = i + 1 == alts.len();
            ctx.allow_irrefutable = allow && last;
            if last {
                self.pattern(alt, failure, ctx, height)?;
            } else {
                let mut alt_failure = Failure::default();
                self.emit(Opcode::Copy, 1);
                self.pattern(alt, &mut alt_failure, ctx, 1)?;
                self.emit(Opcode::PopTop, 0);
                self.emit_jump(Opcode::Jump, success);
                self.bind_failure(alt_failure);
            }
            let mut names: Vec<String> = ctx.stores.drain(before..).collect();
            names.sort();
            if bound.as_ref().is_some_and(|b| *b != names) {
                // Positioned like CPython: at the last pattern compiled.
                return Err(self.error(
                    self.current_loc(),
                    "alternative patterns bind different names",
                ));
            }
            bound = Some(names);
        }
        ctx.stores.extend(bound.unwrap_or_default());
        ctx.allow_irrefutable = allow;
        self.bind(success);
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        loc: Loc,
        subs: &'a [Pattern],
        failure: &mut Failure,
        ctx: &mut Case,
        height: usize,
    ) -> CompileResult<()> {
        let star = subs
            .iter()
            .position(|p| matches!(p.node, PatternKind::MatchStar { .. }));
        self.emit(Opcode::MatchSequence, 0);
        self.fail_if(Opcode::PopJumpIfFalse, failure, height);
        let required = subs.len() - star.is_some() as usize;
        if star.is_none() || required > 0 {
            self.emit(Opcode::GetLen, 0);
            self.load_const(Const::Int(required as i64));
            let op = if star.is_some() {
                CompareOp::Ge
            } else {
                CompareOp::Eq
            };
            self.emit(Opcode::CompareOp, op as u32);
            self.fail_if(Opcode::PopJumpIfFalse, failure, height);
        }
        match star {
            None => self.emit(Opcode::UnpackSequence, subs.len() as u32),
            Some(i) => {
                let after = subs.len() - i - 1;
                if i >= 256 || after >= 1 << 16 {
                    return Err(self.error(
                        loc,
                        "too many expressions in star-unpacking sequence pattern",
                    ));
                }
                self.emit(Opcode::UnpackEx, (i | after << 8) as u32);
            }
        }
        self.sub_patterns(subs.iter().collect(), failure, ctx, height - 1)
    }

    fn mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        subs: &'a [Pattern],
        rest: Option<(&str, Loc)>,
        failure: &mut Failure,
        ctx: &mut Case,
        height: usize,
    ) -> CompileResult<()> {
        self.emit(Opcode::MatchMapping, 0);
        self.fail_if(Opcode::PopJumpIfFalse, failure, height);
        if keys.is_empty() && rest.is_none() {
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        if !keys.is_empty() {
            self.emit(Opcode::GetLen, 0);
            self.load_const(Const::Int(keys.len() as i64));
            self.emit(Opcode::CompareOp, CompareOp::Ge as u32);
            self.fail_if(Opcode::PopJumpIfFalse, failure, height);
        }
        for key in keys {
            self.expr(key)?;
        }
        self.emit(Opcode::BuildTuple, keys.len() as u32);
        self.emit(Opcode::MatchKeys, 0);
        self.fail_if_none(failure, height + 2);
        self.emit(Opcode::UnpackSequence, keys.len() as u32);
        self.sub_patterns(subs.iter().collect(), failure, ctx, height + 1)?;
        match rest {
            Some((name, loc)) => {
                self.emit(Opcode::CopyDictWithoutKeys, 0);
                self.capture(Some(name), ctx, loc)?;
            }
            None => self.emit(Opcode::PopTop, 0),
        }
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }
}
