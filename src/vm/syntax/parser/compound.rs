//! Compound statements: if/while/for/try/with, def and class (with
//! decorators), and their async forms.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

use super::{PResult, Parser};
use crate::vm::syntax::ast::{ExceptHandler, Expr, ExprKind, Loc, Stmt, StmtKind, WithItem};
use crate::vm::syntax::error::ErrorKind;
use crate::vm::syntax::tokens::{Kw, Op, Pos, TokKind};

impl Parser<'_> {
    /// A compound statement, or None if the current token starts none.
    #[inline(never)]
    pub(super) fn compound_statement(&mut self) -> PResult<Option<Stmt>> {
        let stmt = match self.kind() {
            TokKind::Keyword(Kw::If) => self.if_statement()?,
            TokKind::Keyword(Kw::While) => self.while_statement()?,
            TokKind::Keyword(Kw::For) => self.for_statement(self.start(), false)?,
            TokKind::Keyword(Kw::Try) => self.try_statement()?,
            TokKind::Keyword(Kw::With) => self.with_statement(self.start(), false)?,
            TokKind::Keyword(Kw::Def) => self.function_def(Vec::new(), self.start(), false)?,
            TokKind::Keyword(Kw::Class) => self.class_def(Vec::new())?,
            TokKind::Op(Op::At) => self.decorated()?,
            TokKind::Keyword(Kw::Async) => self.async_statement()?,
            TokKind::Name => return self.match_statement(),
            _ => return Ok(None),
        };
        Ok(Some(stmt))
    }

    #[inline(never)]
    fn async_statement(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        match self.kind() {
            TokKind::Keyword(Kw::Def) => self.function_def(Vec::new(), start, true),
            TokKind::Keyword(Kw::For) => self.for_statement(start, true),
            TokKind::Keyword(Kw::With) => self.with_statement(start, true),
            _ => Err(self.invalid_syntax()),
        }
    }

    /// Consumes the header keyword; returns (its start, its line).
    fn header(&mut self) -> (Pos, u32) {
        let start = self.start();
        self.advance();
        (start, start.line)
    }

    /// The condition of if/elif/while, with CPython's hint for `=`.
    fn condition(&mut self) -> PResult<Box<Expr>> {
        let test = self.named_expression()?;
        if self.at_op(Op::Equal) {
            if let ExprKind::Name { .. } = test.node {
                let start = Pos {
                    line: test.loc.lineno,
                    col: test.loc.col_offset,
                };
                // CPython's span runs to the end of the value after `=`.
                let mut end = self.tok().end;
                self.advance();
                if self.bitwise_or().is_ok() {
                    end = self.prev_end();
                }
                let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                return Err(self.error_span(ErrorKind::SyntaxError, msg, start, end));
            }
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                super::targets::expr_name(&test)
            );
            return Err(self.error_at_expr(&test, &msg));
        }
        Ok(Box::new(test))
    }

    /// `if`/`elif` chains: each `elif` becomes an If inside `orelse`. Built
    /// with a loop (long elif chains must not recurse), innermost last.
    #[inline(never)]
    fn if_statement(&mut self) -> PResult<Stmt> {
        let mut branches = Vec::new();
        loop {
            let keyword = if self.at_kw(Kw::Elif) {
                "'elif' statement"
            } else {
                "'if' statement"
            };
            let (start, line) = self.header();
            let test = self.condition()?;
            self.expect_colon()?;
            let body = self.block(keyword, line)?;
            branches.push((start, test, body));
            if !self.at_kw(Kw::Elif) {
                break;
            }
            self.grow_tree(1)?;
        }
        let mut orelse = self.else_block()?;
        self.shrink_tree(branches.len() as u32 - 1);
        let end = self.block_loc(Pos::default());
        while let Some((start, test, body)) = branches.pop() {
            let loc = Loc {
                lineno: start.line,
                col_offset: start.col,
                ..end
            };
            orelse = alloc::vec![Stmt {
                node: StmtKind::If { test, body, orelse },
                loc
            }];
        }
        Ok(orelse.remove(0))
    }

    /// An optional `else:` block.
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw(Kw::Else) {
            return Ok(Vec::new());
        }
        let (_, line) = self.header();
        self.expect_colon()?;
        self.block("'else' statement", line)
    }

    #[inline(never)]
    fn while_statement(&mut self) -> PResult<Stmt> {
        let (start, line) = self.header();
        let test = self.condition()?;
        self.expect_colon()?;
        let body = self.block("'while' statement", line)?;
        let orelse = self.else_block()?;
        let loc = self.block_loc(start);
        Ok(Stmt {
            node: StmtKind::While { test, body, orelse },
            loc,
        })
    }

    #[inline(never)]
    fn for_statement(&mut self, start: Pos, is_async: bool) -> PResult<Stmt> {
        let (_, line) = self.header();
        let target = Box::new(self.target_list(Kw::In)?);
        if !self.eat_kw(Kw::In) {
            return Err(self.invalid_syntax());
        }
        let iter = Box::new(self.star_expressions()?);
        self.expect_colon()?;
        let body = self.block("'for' statement", line)?;
        let orelse = self.else_block()?;
        let loc = self.block_loc(start);
        let node = if is_async {
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            }
        } else {
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            }
        };
        Ok(Stmt { node, loc })
    }

    #[inline(never)]
    fn with_statement(&mut self, start: Pos, is_async: bool) -> PResult<Stmt> {
        let (_, line) = self.header();
        let items = self.with_items()?;
        self.expect_colon()?;
        let body = self.block("'with' statement", line)?;
        let loc = self.block_loc(start);
        let node = if is_async {
            StmtKind::AsyncWith { items, body }
        } else {
            StmtKind::With { items, body }
        };
        Ok(Stmt { node, loc })
    }

    /// `with (a as b, c):` is tried first; if the parentheses do not hold
    /// the whole item list, they are re-read as part of an expression.
    fn with_items(&mut self) -> PResult<Vec<WithItem>> {
        if self.at_op(Op::LPar) {
            let saved = self.mark();
            self.advance();
            if let Ok(items) = self.with_item_list(true) {
                if self.eat_op(Op::RPar) && self.at_op(Op::Colon) {
                    return Ok(items);
                }
            }
            self.reset(saved);
        }
        self.with_item_list(false)
    }

    fn with_item_list(&mut self, parenthesized: bool) -> PResult<Vec<WithItem>> {
        let mut items = alloc::vec![self.with_item()?];
        while self.eat_op(Op::Comma) {
            if parenthesized && self.at_op(Op::RPar) {
                break;
            }
            items.push(self.with_item()?);
        }
        Ok(items)
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat_kw(Kw::As) {
            let target = self.target_item()?;
            Some(Box::new(self.store_target(target)?))
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    /// A single `as` target (`with ... as t`, not a bare tuple).
    fn target_item(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.starred(Self::bitwise_or);
        }
        self.bitwise_or()
    }

    #[inline(never)]
    fn try_statement(&mut self) -> PResult<Stmt> {
        let (start, line) = self.header();
        self.expect_colon()?;
        let body = self.block("'try' statement", line)?;
        let mut handlers = Vec::new();
        let mut star: Option<bool> = None;
        while self.at_kw(Kw::Except) {
            let (keyword, star_end) = (self.start(), self.token_at(self.pos + 1).end);
            let (handler, is_star) = self.except_handler()?;
            if star.is_some_and(|s| s != is_star) {
                let msg = "cannot have both 'except' and 'except*' on the same 'try'";
                let end = if is_star {
                    star_end
                } else {
                    Pos {
                        line: keyword.line,
                        col: keyword.col + 6,
                    }
                };
                return Err(self.error_span(ErrorKind::SyntaxError, msg, keyword, end));
            }
            star = Some(is_star);
            handlers.push(handler);
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.at_kw(Kw::Finally) {
            let (_, line) = self.header();
            self.expect_colon()?;
            self.block("'finally' statement", line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error_at_current(
                ErrorKind::SyntaxError,
                "expected 'except' or 'finally' block",
            ));
        }
        let loc = self.block_loc(start);
        let node = if star == Some(true) {
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            }
        } else {
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
        };
        Ok(Stmt { node, loc })
    }

    /// `except [*] [E [as name]]: block`; returns the handler and whether
    /// it was `except*`.
    fn except_handler(&mut self) -> PResult<(ExceptHandler, bool)> {
        let (start, line) = self.header();
        let is_star = self.eat_op(Op::Star);
        if is_star && self.at_op(Op::Colon) {
            return Err(self.error_here("expected one or more exception types"));
        }
        let mut r#type = None;
        let mut name = None;
        if !self.at_op(Op::Colon) {
            let exc = self.expression()?;
            if self.at_op(Op::Comma) {
                while self.eat_op(Op::Comma) && self.expression().is_ok() {}
                let at = Pos {
                    line: exc.loc.lineno,
                    col: exc.loc.col_offset,
                };
                let msg = "multiple exception types must be parenthesized";
                return Err(self.error_span(ErrorKind::SyntaxError, msg, at, self.prev_end()));
            }
            r#type = Some(Box::new(exc));
            if self.eat_kw(Kw::As) {
                name = Some(self.name()?);
            }
        }
        self.expect_colon()?;
        let what = if is_star {
            "'except*' statement"
        } else {
            "'except' statement"
        };
        let body = self.block(what, line)?;
        let loc = self.block_loc(start);
        Ok((
            ExceptHandler {
                r#type,
                name,
                body,
                loc,
            },
            is_star,
        ))
    }

    /// `@decorator` lines, then a def, async def or class.
    #[inline(never)]
    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At) {
            decorators.push(self.named_expression()?);
            if !matches!(self.kind(), TokKind::Newline) {
                return Err(self.invalid_syntax());
            }
            self.advance();
        }
        match self.kind() {
            TokKind::Keyword(Kw::Def) => self.function_def(decorators, self.start(), false),
            TokKind::Keyword(Kw::Class) => self.class_def(decorators),
            TokKind::Keyword(Kw::Async) if matches!(self.kind_at(1), TokKind::Keyword(Kw::Def)) => {
                let start = self.start();
                self.advance();
                self.function_def(decorators, start, true)
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    #[inline(never)]
    fn function_def(
        &mut self,
        decorator_list: Vec<Expr>,
        start: Pos,
        is_async: bool,
    ) -> PResult<Stmt> {
        let (_, line) = self.header();
        let name = self.name()?;
        self.expect_op(Op::LPar)?;
        let args = Box::new(self.parameters(true)?);
        self.expect_op(Op::RPar)?;
        let returns = if self.eat_op(Op::Arrow) {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        self.expect_colon()?;
        let body = self.block("function definition", line)?;
        let loc = self.block_loc(start);
        let node = if is_async {
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            }
        } else {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            }
        };
        Ok(Stmt { node, loc })
    }

    #[inline(never)]
    fn class_def(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let (start, line) = self.header();
        let name = self.name()?;
        let (bases, keywords) = if self.at_op(Op::LPar) {
            let open = self.start();
            self.advance();
            self.call_arguments(open, Op::RPar)?
        } else {
            (Vec::new(), Vec::new())
        };
        self.expect_colon()?;
        let body = self.block("class definition", line)?;
        let loc = self.block_loc(start);
        Ok(Stmt {
            node: StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            },
            loc,
        })
    }
}
