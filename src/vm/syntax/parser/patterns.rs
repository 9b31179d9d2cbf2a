//! The `match` statement (a soft keyword, tried first and abandoned if the
//! line is not a match header) and its patterns.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use super::{PResult, Parser};
use crate::vm::syntax::ast::{
    Constant, Expr, ExprContext, ExprKind, MatchCase, Operator, Pattern, PatternKind, Stmt,
    StmtKind, UnaryOp,
};
use crate::vm::syntax::error::ErrorKind;
use crate::vm::syntax::tokens::{Kw, Op, Pos, TokKind};

impl Parser<'_> {
    /// A match statement if the line is `match SUBJECT:` followed by an
    /// indented block; None (cursor unchanged) otherwise.
    #[inline(never)]
    pub(super) fn match_statement(&mut self) -> PResult<Option<Stmt>> {
        if !self.current_name_is("match") {
            return Ok(None);
        }
        let saved = self.mark();
        let start = self.start();
        self.advance();
        let header = self
            .match_subject()
            .ok()
            .filter(|_| self.at_op(Op::Colon) && matches!(self.kind_at(1), TokKind::Newline));
        let Some(subject) = header else {
            self.reset(saved);
            return Ok(None);
        };
        self.pos += 2;
        if !matches!(self.kind(), TokKind::Indent) {
            let msg = alloc::format!(
                "expected an indented block after 'match' statement on line {}",
                start.line
            );
            return Err(self.error_at_current(ErrorKind::IndentationError, &msg));
        }
        self.advance();
        self.enter()?;
        let mut cases = Vec::new();
        while self.current_name_is("case") {
            cases.push(self.case_block()?);
        }
        self.leave();
        if cases.is_empty() || !matches!(self.kind(), TokKind::Dedent) {
            return Err(self.invalid_syntax());
        }
        self.advance();
        let loc = self.block_loc(start);
        Ok(Some(Stmt {
            node: StmtKind::Match {
                subject: Box::new(subject),
                cases,
            },
            loc,
        }))
    }

    /// `subject_expr`: a named expression, or an unparenthesised tuple.
    fn match_subject(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_named_expression()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) && !self.at_op(Op::Colon) {
            elts.push(self.star_named_expression()?);
        }
        Ok(self.expr_at(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    fn case_block(&mut self) -> PResult<MatchCase> {
        let line = self.start().line;
        self.advance();
        let pattern = self.top_pattern()?;
        let guard = if self.eat_kw(Kw::If) {
            Some(Box::new(self.named_expression()?))
        } else {
            None
        };
        self.expect_colon()?;
        let body = self.block("'case' statement", line)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    fn pattern_at(&self, node: PatternKind, start: Pos) -> Pattern {
        Pattern {
            node,
            loc: self.loc_from(start),
        }
    }

    /// `patterns`: a pattern, or an open sequence `a, *b`.
    fn top_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.maybe_star_pattern()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut patterns = alloc::vec![first];
        while self.eat_op(Op::Comma) && !self.at_op(Op::Colon) && !self.at_kw(Kw::If) {
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(self.pattern_at(PatternKind::MatchSequence { patterns }, start))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if !self.at_op(Op::Star) {
            return self.pattern();
        }
        let start = self.start();
        self.advance();
        let name = self.capture_name()?;
        Ok(self.pattern_at(PatternKind::MatchStar { name }, start))
    }

    /// A NAME to bind, or None for `_`.
    fn capture_name(&mut self) -> PResult<Option<String>> {
        let name = self.name()?;
        Ok(if name == "_" { None } else { Some(name) })
    }

    /// `pattern`: an or-pattern, optionally `as NAME`.
    fn pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let pattern = self.or_pattern()?;
        if !self.eat_kw(Kw::As) {
            return Ok(pattern);
        }
        if self.current_name_is("_") {
            return Err(self.error_at_current(ErrorKind::SyntaxError, "cannot use '_' as a target"));
        }
        let name = Some(self.name()?);
        Ok(self.pattern_at(
            PatternKind::MatchAs {
                pattern: Some(Box::new(pattern)),
                name,
            },
            start,
        ))
    }

    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.closed_pattern()?;
        if !self.at_op(Op::VBar) {
            return Ok(first);
        }
        let mut patterns = alloc::vec![first];
        while self.eat_op(Op::VBar) {
            patterns.push(self.closed_pattern()?);
        }
        Ok(self.pattern_at(PatternKind::MatchOr { patterns }, start))
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let singleton = match self.kind() {
            TokKind::Keyword(Kw::None) => Some(Constant::None),
            TokKind::Keyword(Kw::True) => Some(Constant::Bool(true)),
            TokKind::Keyword(Kw::False) => Some(Constant::Bool(false)),
            _ => None,
        };
        if let Some(value) = singleton {
            self.advance();
            return Ok(self.pattern_at(PatternKind::MatchSingleton { value }, start));
        }
        match self.kind() {
            TokKind::Op(Op::LPar) => self.bracketed_pattern(start, Op::RPar),
            TokKind::Op(Op::LSqb) => self.bracketed_pattern(start, Op::RSqb),
            TokKind::Op(Op::LBrace) => self.mapping_pattern(start),
            TokKind::Name => self.name_pattern(start),
            _ => {
                let value = Box::new(self.literal_expr()?);
                Ok(self.pattern_at(PatternKind::MatchValue { value }, start))
            }
        }
    }

    /// A number (optionally signed, optionally `real ± imag`) or strings.
    fn literal_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        if matches!(self.kind(), TokKind::Str(_)) {
            return self.atom();
        }
        let negative = self.eat_op(Op::Minus);
        if !matches!(self.kind(), TokKind::Number(_)) {
            return Err(self.invalid_syntax());
        }
        let mut value = self.atom()?;
        if negative {
            value = self.expr_at(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(value),
                },
                start,
            );
        }
        let op = match self.kind() {
            TokKind::Op(Op::Plus) => Operator::Add,
            TokKind::Op(Op::Minus) => Operator::Sub,
            _ => return Ok(value),
        };
        self.advance();
        if !matches!(self.kind(), TokKind::Number(Constant::Complex(_))) {
            return Err(self.invalid_syntax());
        }
        let imag = self.atom()?;
        Ok(self.expr_at(
            ExprKind::BinOp {
                left: Box::new(value),
                op,
                right: Box::new(imag),
            },
            start,
        ))
    }

    /// A capture, `_`, a dotted value or a class pattern.
    fn name_pattern(&mut self, start: Pos) -> PResult<Pattern> {
        let id = self.name()?;
        let mut value = self.expr_at(
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            },
            start,
        );
        let dotted = self.at_op(Op::Dot);
        while self.eat_op(Op::Dot) {
            let attr = self.name()?;
            value = self.expr_at(
                ExprKind::Attribute {
                    value: Box::new(value),
                    attr,
                    ctx: ExprContext::Load,
                },
                start,
            );
        }
        if self.at_op(Op::LPar) {
            return self.class_pattern(value, start);
        }
        if dotted {
            return Ok(self.pattern_at(
                PatternKind::MatchValue {
                    value: Box::new(value),
                },
                start,
            ));
        }
        let ExprKind::Name { id, .. } = value.node else {
            unreachable!("a plain name")
        };
        let name = if id == "_" { None } else { Some(id) };
        Ok(self.pattern_at(
            PatternKind::MatchAs {
                pattern: None,
                name,
            },
            start,
        ))
    }

    /// `(p)` is a group; `(p,)`, `()`, `[...]` are sequences.
    fn bracketed_pattern(&mut self, start: Pos, close: Op) -> PResult<Pattern> {
        self.advance();
        self.enter()?;
        let mut patterns = Vec::new();
        let mut comma = false;
        while !self.at_op(close) {
            patterns.push(self.maybe_star_pattern()?);
            if !self.eat_op(Op::Comma) {
                break;
            }
            comma = true;
        }
        self.leave();
        self.expect_op(close)?;
        let is_group = close == Op::RPar
            && !comma
            && patterns.len() == 1
            && !matches!(patterns[0].node, PatternKind::MatchStar { .. });
        if is_group {
            return Ok(patterns.remove(0));
        }
        Ok(self.pattern_at(PatternKind::MatchSequence { patterns }, start))
    }

    fn mapping_pattern(&mut self, start: Pos) -> PResult<Pattern> {
        self.advance();
        let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
        while !self.at_op(Op::RBrace) {
            if rest.is_some() {
                return Err(self.invalid_syntax());
            }
            if self.eat_op(Op::DoubleStar) {
                rest = Some(self.name()?);
            } else {
                keys.push(self.mapping_key()?);
                self.expect_op(Op::Colon)?;
                patterns.push(self.pattern()?);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(Op::RBrace)?;
        Ok(self.pattern_at(
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            },
            start,
        ))
    }

    /// A mapping key: a literal, None/True/False, or a dotted name.
    fn mapping_key(&mut self) -> PResult<Expr> {
        match self.kind() {
            TokKind::Keyword(Kw::None | Kw::True | Kw::False) => self.atom(),
            TokKind::Name => {
                let start = self.start();
                let value = self.atom()?;
                if !self.at_op(Op::Dot) {
                    return Err(self.invalid_syntax());
                }
                let mut value = value;
                while self.eat_op(Op::Dot) {
                    let attr = self.name()?;
                    value = self.expr_at(
                        ExprKind::Attribute {
                            value: Box::new(value),
                            attr,
                            ctx: ExprContext::Load,
                        },
                        start,
                    );
                }
                Ok(value)
            }
            _ => self.literal_expr(),
        }
    }

    /// `Cls(p, q, k=r)`; the current token is `(`.
    fn class_pattern(&mut self, cls: Expr, start: Pos) -> PResult<Pattern> {
        self.advance();
        self.enter()?;
        let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
        while !self.at_op(Op::RPar) {
            if self.at_name() && matches!(self.kind_at(1), TokKind::Op(Op::Equal)) {
                kwd_attrs.push(self.name()?);
                self.advance();
                kwd_patterns.push(self.pattern()?);
            } else {
                let pattern = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    let msg = "positional patterns follow keyword patterns";
                    return Err(self.error_at_loc(pattern.loc, msg));
                }
                patterns.push(pattern);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.leave();
        self.expect_op(Op::RPar)?;
        let node = PatternKind::MatchClass {
            cls: Box::new(cls),
            patterns,
            kwd_attrs,
            kwd_patterns,
        };
        Ok(self.pattern_at(node, start))
    }
}
