//! Statement sequences, blocks and the simple statements (assignment forms,
//! expression statements, return/raise/del/assert/pass/break/continue,
//! import/from/global/nonlocal).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::targets::{expr_name, invalid_target, set_context};
use super::{room, PResult, Parser};
use crate::vm::syntax::ast::{
    Alias, Expr, ExprContext, ExprKind, Loc, Mod, Operator, Stmt, StmtKind,
};
use crate::vm::syntax::error::{ErrorKind, SyntaxError};
use crate::vm::syntax::tokens::{Kw, Op, Pos, TokKind};

impl Parser<'_> {
    /// `file`: statements up to ENDMARKER.
    pub(super) fn file(&mut self) -> PResult<Mod> {
        let mut body = Vec::new();
        while !matches!(self.kind(), TokKind::EndMarker) {
            self.statement(&mut body)?;
        }
        Ok(Mod::Module { body })
    }

    /// `interactive`: one statement (REPL entry).
    pub(super) fn interactive(&mut self) -> PResult<Mod> {
        let mut body = Vec::new();
        if !matches!(self.kind(), TokKind::EndMarker) {
            self.statement(&mut body)?;
        }
        while matches!(self.kind(), TokKind::Newline) {
            self.advance();
        }
        if !matches!(self.kind(), TokKind::EndMarker) {
            // CPython points at the NEWLINE that ended the first statement.
            let newline = self.tokens[..self.pos]
                .iter()
                .rev()
                .find(|t| t.kind == TokKind::Newline);
            let msg = "multiple statements found while compiling a single statement";
            return Err(match newline {
                Some(token) => self.error_at_token(token, msg),
                None => self.error_at_current(ErrorKind::SyntaxError, msg),
            });
        }
        Ok(Mod::Interactive { body })
    }

    /// `eval`: one expression list.
    pub(super) fn eval(&mut self) -> PResult<Mod> {
        if matches!(self.kind(), TokKind::EndMarker) {
            // Nothing to evaluate: CPython reports no position at all.
            let at_start = SyntaxError::at_line(
                self.src,
                ErrorKind::SyntaxError,
                "invalid syntax".into(),
                0,
                0,
                0,
            );
            return Err(SyntaxError {
                end_lineno: 0,
                ..at_start
            });
        }
        // `expressions`: unlike a statement, no starred items.
        let body = Box::new(self.expression_list(Self::expression)?);
        while matches!(self.kind(), TokKind::Newline) {
            self.advance();
        }
        if !matches!(self.kind(), TokKind::EndMarker) {
            return Err(self.invalid_syntax());
        }
        Ok(Mod::Expression { body })
    }

    /// An f-string's embedded expression (`yield` or star_expressions).
    pub(crate) fn fstring_expression(&mut self) -> PResult<Expr> {
        let expr = self.yield_or_star_expressions()?;
        if !matches!(self.kind(), TokKind::EndMarker) {
            return Err(self.invalid_syntax());
        }
        Ok(expr)
    }

    /// One statement: a compound statement or a line of simple ones.
    pub(super) fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        // A huge source ends in MemoryError, never an abort.
        room(out)?;
        if crate::mem_reserve::memory_low() {
            return Err(SyntaxError::out_of_memory());
        }
        if let Some(stmt) = self.compound_statement()? {
            out.push(stmt);
            return Ok(());
        }
        self.simple_statements(out)
    }

    /// `simple_stmts`: `;`-separated simple statements ending the line.
    #[inline(never)]
    pub(super) fn simple_statements(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_statement()?);
            if self.eat_op(Op::Semi) {
                if matches!(self.kind(), TokKind::Newline) {
                    break;
                }
                continue;
            }
            if !matches!(self.kind(), TokKind::Newline) {
                return Err(self.statement_end_error(out.last()));
            }
            break;
        }
        self.advance();
        Ok(())
    }

    /// The error when a simple statement is followed by more tokens.
    #[cold]
    #[inline(never)]
    fn statement_end_error(&self, last: Option<&Stmt>) -> crate::vm::syntax::error::SyntaxError {
        if let Some(Stmt {
            node: StmtKind::Expr { value },
            ..
        }) = last
        {
            if let ExprKind::Name { id, .. } = &value.node {
                if (id == "print" || id == "exec") && self.starts_expression() {
                    let msg =
                        format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
                    let at = Pos {
                        line: value.loc.lineno,
                        col: value.loc.col_offset,
                    };
                    return self.error_span(ErrorKind::SyntaxError, &msg, at, self.end_of_line());
                }
            }
        }
        self.invalid_syntax()
    }

    /// `block`: an indented suite, or simple statements on the same line.
    /// `what` names the statement for "expected an indented block after ...".
    #[inline(never)]
    pub(super) fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !matches!(self.kind(), TokKind::Newline) {
            self.simple_statements(&mut body)?;
            return Ok(body);
        }
        self.advance();
        if !matches!(self.kind(), TokKind::Indent) {
            let msg = format!("expected an indented block after {what} on line {line}");
            return Err(self.error_at_current(ErrorKind::IndentationError, &msg));
        }
        self.advance();
        self.enter()?;
        while !matches!(self.kind(), TokKind::Dedent | TokKind::EndMarker) {
            self.statement(&mut body)?;
        }
        self.leave();
        self.advance();
        Ok(body)
    }

    fn stmt_at(&self, node: StmtKind, start: Pos) -> Stmt {
        Stmt {
            node,
            loc: self.loc_from(start),
        }
    }

    #[inline(never)]
    fn simple_statement(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let TokKind::Keyword(kw) = *self.kind() else {
            return self.expression_statement();
        };
        let node = match kw {
            Kw::Pass => self.keyword_only(StmtKind::Pass),
            Kw::Break => self.keyword_only(StmtKind::Break),
            Kw::Continue => self.keyword_only(StmtKind::Continue),
            Kw::Return => {
                self.advance();
                let value = if self.starts_expression() {
                    Some(Box::new(self.star_expressions()?))
                } else {
                    None
                };
                StmtKind::Return { value }
            }
            Kw::Raise => self.raise()?,
            Kw::Global | Kw::Nonlocal => {
                self.advance();
                let mut names = alloc::vec![self.name()?];
                while self.eat_op(Op::Comma) {
                    names.push(self.name()?);
                }
                if kw == Kw::Global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            Kw::Del => self.del()?,
            Kw::Assert => {
                self.advance();
                let test = Box::new(self.expression()?);
                let msg = if self.eat_op(Op::Comma) {
                    Some(Box::new(self.expression()?))
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            Kw::Import => self.import()?,
            Kw::From => self.import_from()?,
            _ => return self.expression_statement(),
        };
        Ok(self.stmt_at(node, start))
    }

    fn keyword_only(&mut self, node: StmtKind) -> StmtKind {
        self.advance();
        node
    }

    #[inline(never)]
    fn raise(&mut self) -> PResult<StmtKind> {
        self.advance();
        if !self.starts_expression() {
            return Ok(StmtKind::Raise {
                exc: None,
                cause: None,
            });
        }
        let exc = Some(Box::new(self.expression()?));
        let cause = if self.eat_kw(Kw::From) {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        Ok(StmtKind::Raise { exc, cause })
    }

    #[inline(never)]
    fn del(&mut self) -> PResult<StmtKind> {
        self.advance();
        let first = self.bitwise_or_or_starred()?;
        let mut targets = alloc::vec![self.del_target(first)?];
        while self.eat_op(Op::Comma) && self.starts_expression() {
            let next = self.bitwise_or_or_starred()?;
            targets.push(self.del_target(next)?);
        }
        Ok(StmtKind::Delete { targets })
    }

    fn bitwise_or_or_starred(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.starred(Self::bitwise_or);
        }
        self.bitwise_or()
    }

    #[inline(never)]
    fn import(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut names = alloc::vec![self.alias(true)?];
        while self.eat_op(Op::Comma) {
            names.push(self.alias(true)?);
        }
        Ok(StmtKind::Import { names })
    }

    #[inline(never)]
    fn import_from(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut level = 0;
        loop {
            match self.kind() {
                TokKind::Op(Op::Dot) => level += 1,
                TokKind::Op(Op::Ellipsis) => level += 3,
                _ => break,
            }
            self.advance();
        }
        let module = if level == 0 || self.at_name() {
            Some(self.dotted_name()?)
        } else {
            None
        };
        if !self.eat_kw(Kw::Import) {
            return Err(self.invalid_syntax());
        }
        if self.at_op(Op::Star) {
            let start = self.start();
            self.advance();
            let names = alloc::vec![Alias {
                name: "*".into(),
                asname: None,
                loc: self.loc_from(start)
            }];
            return Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            });
        }
        let parenthesized = self.eat_op(Op::LPar);
        let mut names = alloc::vec![self.alias(false)?];
        while self.eat_op(Op::Comma) {
            if parenthesized && self.at_op(Op::RPar) {
                break;
            }
            if !parenthesized && matches!(self.kind(), TokKind::Newline) {
                let msg = "trailing comma not allowed without surrounding parentheses";
                return Err(self.error_at_current(ErrorKind::SyntaxError, msg));
            }
            names.push(self.alias(false)?);
        }
        if parenthesized {
            self.expect_op(Op::RPar)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// `name [as asname]`; `dotted` allows `a.b.c` (plain `import`).
    fn alias(&mut self, dotted: bool) -> PResult<Alias> {
        let start = self.start();
        let name = if dotted {
            self.dotted_name()?
        } else {
            self.name()?
        };
        let asname = if self.eat_kw(Kw::As) {
            Some(self.name()?)
        } else {
            None
        };
        Ok(Alias {
            name,
            asname,
            loc: self.loc_from(start),
        })
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?;
        while self.eat_op(Op::Dot) {
            name.push('.');
            name.push_str(&self.name()?);
        }
        Ok(name)
    }

    /// Expression statements and every assignment form.
    #[inline(never)]
    fn expression_statement(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let parenthesized = self.at_op(Op::LPar);
        let first = self.yield_or_star_expressions()?;
        if self.eat_op(Op::Colon) {
            return self.annotated_assignment(first, parenthesized, start);
        }
        if let Some(op) = self.augmented_operator() {
            return self.augmented_assignment(first, op, start);
        }
        if self.at_op(Op::ColonEq) && !matches!(first.node, ExprKind::Name { .. }) {
            let msg = format!(
                "cannot use assignment expressions with {}",
                expr_name(&first)
            );
            return Err(self.error_at_expr(&first, &msg));
        }
        if !self.at_op(Op::Equal) {
            return Ok(self.stmt_at(
                StmtKind::Expr {
                    value: Box::new(first),
                },
                start,
            ));
        }
        let mut targets = Vec::new();
        let mut value = first;
        while self.eat_op(Op::Equal) {
            if targets.is_empty() {
                self.check_first_target(&value)?;
            }
            let next = self.yield_or_star_expressions()?;
            if matches!(
                value.node,
                ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
            ) {
                return Err(
                    self.error_at_expr(&value, "assignment to yield expression not possible")
                );
            }
            targets.push(self.store_target(value)?);
            value = next;
        }
        Ok(self.stmt_at(
            StmtKind::Assign {
                targets,
                value: Box::new(value),
            },
            start,
        ))
    }

    /// CPython's special message when the first target's last element is
    /// directly followed by `= value`: "cannot assign to X here. Maybe you
    /// meant '==' instead of '='?".
    fn check_first_target(&self, target: &Expr) -> PResult<()> {
        let last = match &target.node {
            ExprKind::Tuple { elts, .. }
                if elts
                    .first()
                    .is_some_and(|e| e.loc.col_offset == target.loc.col_offset) =>
            {
                elts.last().unwrap_or(target)
            }
            _ => target,
        };
        let excluded = matches!(
            last.node,
            ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }
        ) || matches!(expr_name(last), "True" | "False" | "None");
        let simple_value = self.starts_expression()
            && !matches!(
                self.kind(),
                TokKind::Keyword(Kw::Yield | Kw::Not | Kw::Lambda) | TokKind::Op(Op::Star)
            );
        if !excluded
            && simple_value
            && invalid_target(last, false).is_some()
            && !self.value_is_chained()
        {
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(last)
            );
            return Err(self.error_at_expr(last, &msg));
        }
        Ok(())
    }

    /// Whether another `=` follows on this line (`a = b = c`).
    fn value_is_chained(&self) -> bool {
        let mut depth = 0i32;
        for ahead in 0.. {
            match self.kind_at(ahead) {
                TokKind::Newline | TokKind::EndMarker => return false,
                TokKind::Op(Op::LPar | Op::LSqb | Op::LBrace) => depth += 1,
                TokKind::Op(Op::RPar | Op::RSqb | Op::RBrace) => depth -= 1,
                TokKind::Op(Op::Equal | Op::ColonEq) if depth == 0 => return true,
                TokKind::Op(Op::Semi) if depth == 0 => return false,
                _ => {}
            }
        }
        false
    }

    #[inline(never)]
    fn annotated_assignment(
        &mut self,
        mut target: Expr,
        parenthesized: bool,
        start: Pos,
    ) -> PResult<Stmt> {
        let simple = !parenthesized && matches!(target.node, ExprKind::Name { .. });
        match &target.node {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            ExprKind::Tuple { elts, .. } => {
                // Without parentheses CPython points at the first element.
                let first = elts
                    .first()
                    .filter(|e| e.loc.col_offset == target.loc.col_offset);
                let msg = "only single target (not tuple) can be annotated";
                return Err(self.error_at_expr(first.unwrap_or(&target), msg));
            }
            ExprKind::List { .. } => {
                return Err(
                    self.error_at_expr(&target, "only single target (not list) can be annotated")
                )
            }
            _ => return Err(self.error_at_expr(&target, "illegal target for annotation")),
        }
        set_context(&mut target, ExprContext::Store);
        let annotation = Box::new(self.expression()?);
        let value = if self.eat_op(Op::Equal) {
            Some(Box::new(self.yield_or_star_expressions()?))
        } else {
            None
        };
        let node = StmtKind::AnnAssign {
            target: Box::new(target),
            annotation,
            value,
            simple,
        };
        Ok(self.stmt_at(node, start))
    }

    fn augmented_operator(&mut self) -> Option<Operator> {
        let TokKind::Op(op) = self.kind() else {
            return None;
        };
        let operator = match op {
            Op::PlusEq => Operator::Add,
            Op::MinusEq => Operator::Sub,
            Op::StarEq => Operator::Mult,
            Op::AtEq => Operator::MatMult,
            Op::SlashEq => Operator::Div,
            Op::PercentEq => Operator::Mod,
            Op::AmperEq => Operator::BitAnd,
            Op::VBarEq => Operator::BitOr,
            Op::CircumflexEq => Operator::BitXor,
            Op::LShiftEq => Operator::LShift,
            Op::RShiftEq => Operator::RShift,
            Op::DoubleStarEq => Operator::Pow,
            Op::DoubleSlashEq => Operator::FloorDiv,
            _ => return None,
        };
        Some(operator)
    }

    #[inline(never)]
    fn augmented_assignment(
        &mut self,
        mut target: Expr,
        op: Operator,
        start: Pos,
    ) -> PResult<Stmt> {
        if !matches!(
            target.node,
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        ) {
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            );
            return Err(self.error_at_expr(&target, &msg));
        }
        self.advance();
        set_context(&mut target, ExprContext::Store);
        let value = Box::new(self.yield_or_star_expressions()?);
        Ok(self.stmt_at(
            StmtKind::AugAssign {
                target: Box::new(target),
                op,
                value,
            },
            start,
        ))
    }

    /// The end of the last token before the NEWLINE ending this line.
    fn end_of_line(&self) -> Pos {
        let mut index = self.pos;
        while !matches!(
            self.token_at(index).kind,
            TokKind::Newline | TokKind::EndMarker
        ) {
            index += 1;
        }
        self.token_at(index.saturating_sub(1).max(self.pos)).end
    }

    /// A compound statement's location: from `start` to the end of the last
    /// token of its last block that is not NEWLINE/INDENT/DEDENT (so a
    /// trailing `;` counts, as in CPython).
    pub(super) fn block_loc(&self, start: Pos) -> Loc {
        let last = self.tokens[..self.pos].iter().rev().find(|t| {
            !matches!(
                t.kind,
                TokKind::Newline | TokKind::Indent | TokKind::Dedent | TokKind::EndMarker
            )
        });
        let end = last.map_or(start, |t| t.end);
        Loc {
            lineno: start.line,
            col_offset: start.col,
            end_lineno: end.line,
            end_col_offset: end.col,
        }
    }
}
