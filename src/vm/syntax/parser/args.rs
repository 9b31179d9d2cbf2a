//! Call arguments (`f(a, *b, c=1, **d)`, a bare generator argument) and
//! parameter lists of `def` and `lambda` (`/`, `*`, defaults, annotations).

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::targets::expr_name;
use super::{room, PResult, Parser};
use crate::vm::syntax::ast::{Arg, Arguments, Expr, ExprKind, Keyword};
use crate::vm::syntax::error::ErrorKind;
use crate::vm::syntax::tokens::{Op, Pos, TokKind};

impl Parser<'_> {
    /// `func(args)`: the current token is `(`.
    pub(super) fn call(&mut self, func: Expr, start: Pos) -> PResult<Expr> {
        let paren = self.start();
        self.advance();
        self.enter()?;
        let (args, keywords) = self.call_arguments(paren, Op::RPar)?;
        self.leave();
        let node = ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        };
        Ok(self.expr_at(node, start))
    }

    /// Arguments up to and including `close`; `open` is where the bracket
    /// started (a lone generator argument spans the brackets).
    pub(super) fn call_arguments(
        &mut self,
        open: Pos,
        close: Op,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut saw_double_star = false;
        while !self.eat_op(close) {
            if !(args.is_empty() && keywords.is_empty()) {
                if !self.eat_op(Op::Comma) {
                    return Err(self.missing_comma(args.last()));
                }
                if self.eat_op(close) {
                    break;
                }
            }
            room(&mut args)?;
            room(&mut keywords)?;
            if self.eat_op(Op::DoubleStar) {
                keywords.push(self.double_star_argument()?);
                saw_double_star = true;
                continue;
            }
            if self.at_op(Op::Star) {
                args.push(self.starred_argument(saw_double_star)?);
                continue;
            }
            if self.at_name() && matches!(self.kind_at(1), TokKind::Op(Op::Equal)) {
                keywords.push(self.keyword_argument()?);
                continue;
            }
            let value = self.named_expression()?;
            if self.at_op(Op::Equal) {
                return Err(self.bad_keyword(&value));
            }
            if self.at_comprehension() {
                let lone = args.is_empty() && keywords.is_empty();
                args.push(self.generator_argument(value, open, close, lone)?);
                break;
            }
            if let Some(keyword) = keywords.last() {
                let msg = match keyword.arg {
                    Some(_) => "positional argument follows keyword argument",
                    None => "positional argument follows keyword argument unpacking",
                };
                return Err(self.error_here(msg));
            }
            args.push(value);
        }
        Ok((args, keywords))
    }

    // Each argument form is out of line so the loop's frame stays small
    // (nested calls recurse through it).

    /// `**mapping`; the `**` is consumed.
    #[inline(never)]
    fn double_star_argument(&mut self) -> PResult<Keyword> {
        let start = self.prev_start();
        let value = self.expression()?;
        Ok(Keyword {
            arg: None,
            value,
            loc: self.loc_from(start),
        })
    }

    #[inline(never)]
    fn starred_argument(&mut self, after_double_star: bool) -> PResult<Expr> {
        let star = self.tok().clone();
        let starred = self.starred(Self::expression)?;
        if after_double_star {
            let msg = "iterable argument unpacking follows keyword argument unpacking";
            return Err(self.error_at_token(&star, msg));
        }
        Ok(starred)
    }

    /// `name=value`.
    #[inline(never)]
    fn keyword_argument(&mut self) -> PResult<Keyword> {
        let start = self.start();
        let arg = Some(self.name()?);
        self.advance();
        let value = self.expression()?;
        Ok(Keyword {
            arg,
            value,
            loc: self.loc_from(start),
        })
    }

    /// `f(x for x in y)`: a generator argument, allowed only alone; it spans
    /// the call's brackets.
    #[inline(never)]
    fn generator_argument(
        &mut self,
        elt: Expr,
        open: Pos,
        close: Op,
        alone: bool,
    ) -> PResult<Expr> {
        let generators = self.comprehension_clauses()?;
        if !alone || !self.at_op(close) {
            let at = Pos {
                line: elt.loc.lineno,
                col: elt.loc.col_offset,
            };
            let msg = "Generator expression must be parenthesized";
            return Err(self.error_span(ErrorKind::SyntaxError, msg, at, self.prev_end()));
        }
        self.advance();
        Ok(self.expr_at(
            ExprKind::GeneratorExp {
                elt: Box::new(elt),
                generators,
            },
            open,
        ))
    }

    /// `f(x.y=1)`, `f(True=1)`: CPython's messages for a bad keyword name.
    #[cold]
    #[inline(never)]
    fn bad_keyword(&self, value: &Expr) -> crate::vm::syntax::error::SyntaxError {
        match &value.node {
            ExprKind::Constant { .. } if matches!(expr_name(value), "True" | "False" | "None") => {
                let at = Pos {
                    line: value.loc.lineno,
                    col: value.loc.col_offset,
                };
                let msg = alloc::format!("cannot assign to {}", expr_name(value));
                self.error_span(ErrorKind::SyntaxError, &msg, at, self.tok().end)
            }
            _ => {
                let at = Pos {
                    line: value.loc.lineno,
                    col: value.loc.col_offset,
                };
                let end = self.tok().end;
                let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
                self.error_span(ErrorKind::SyntaxError, msg, at, end)
            }
        }
    }

    /// A parameter list up to (not including) `)` for a def or `:` for a
    /// lambda; `annotated` allows `name: annotation`.
    pub(super) fn parameters(&mut self, annotated: bool) -> PResult<Arguments> {
        let close = if annotated { Op::RPar } else { Op::Colon };
        let mut params = Arguments::default();
        let mut star_seen = false;
        let mut bare_star: Option<Pos> = None;
        while !self.at_op(close) {
            if self.at_op(Op::Slash) {
                if star_seen || !params.posonlyargs.is_empty() || params.args.is_empty() {
                    let msg = if star_seen {
                        "/ must be ahead of *"
                    } else if params.args.is_empty() && params.posonlyargs.is_empty() {
                        "at least one argument must precede /"
                    } else {
                        "/ may appear only once"
                    };
                    return Err(self.error_at_current(ErrorKind::SyntaxError, msg));
                }
                self.advance();
                params.posonlyargs = core::mem::take(&mut params.args);
            } else if self.at_op(Op::DoubleStar) {
                self.advance();
                params.kwarg = Some(Box::new(self.parameter(annotated)?));
                self.eat_op(Op::Comma);
                if !self.at_op(close) {
                    return Err(self.error_at_current(
                        ErrorKind::SyntaxError,
                        "arguments cannot follow var-keyword argument",
                    ));
                }
                break;
            } else if self.at_op(Op::Star) {
                if star_seen {
                    return Err(self.error_at_current(
                        ErrorKind::SyntaxError,
                        "* argument may appear only once",
                    ));
                }
                let star = self.start();
                self.advance();
                star_seen = true;
                if self.at_op(Op::Comma) || self.at_op(close) {
                    bare_star = Some(star);
                } else {
                    params.vararg = Some(Box::new(self.parameter(annotated)?));
                }
            } else {
                let param = self.parameter(annotated)?;
                let default = if self.eat_op(Op::Equal) {
                    Some(self.expression()?)
                } else {
                    None
                };
                if star_seen {
                    params.kwonlyargs.push(param);
                    params.kw_defaults.push(default);
                    bare_star = None;
                } else {
                    match default {
                        Some(value) => params.defaults.push(value),
                        None if !params.defaults.is_empty() => {
                            let msg = "non-default argument follows default argument";
                            return Err(self.error_at_loc(param.loc, msg));
                        }
                        None => {}
                    }
                    params.args.push(param);
                }
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if let Some(star) = bare_star {
            let end = Pos {
                line: star.line,
                col: star.col + 1,
            };
            let msg = "named arguments must follow bare *";
            return Err(self.error_span(ErrorKind::SyntaxError, msg, star, end));
        }
        if !self.at_op(close) {
            return Err(self.invalid_syntax());
        }
        Ok(params)
    }

    /// One parameter name with an optional annotation (`*args` may have a
    /// starred annotation).
    fn parameter(&mut self, annotated: bool) -> PResult<Arg> {
        let start = self.start();
        let arg = self.name()?;
        let annotation = if annotated && self.eat_op(Op::Colon) {
            let value = if self.at_op(Op::Star) {
                self.starred(Self::expression)?
            } else {
                self.expression()?
            };
            Some(Box::new(value))
        } else {
            None
        };
        Ok(Arg {
            arg,
            annotation,
            loc: self.loc_from(start),
        })
    }
}
