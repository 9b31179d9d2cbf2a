//! `from __future__ import …`: where it may stand (first statements of a
//! module, after the docstring), which features exist, and the one that
//! changes compilation: `annotations` keeps annotations as strings (their
//! source text) instead of evaluating them. The import itself still runs.
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::codegen::docstring;
use super::error::{error_at, CompileResult};
use super::shapes::child_blocks;
use crate::vm::syntax::ast::{Mod, Stmt, StmtKind};

/// CPython 3.11's `__future__.all_feature_names`.
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The future features a module turns on that the compiler acts upon.
#[derive(Clone, Copy, Default)]
pub struct Future {
    pub annotations: bool,
}

/// Checks the module's future imports and returns its features.
pub fn future(module: &Mod, source: &str) -> CompileResult<Future> {
    let (Mod::Module { body } | Mod::Interactive { body }) = module else {
        return Ok(Future::default());
    };
    let mut features = Future::default();
    let mut leading = 0;
    for (i, s) in body.iter().enumerate() {
        let is_docstring = i == 0 && docstring(body).is_some();
        let Some(names) = future_names(s) else {
            if is_docstring {
                leading += 1;
                continue;
            }
            break;
        };
        leading += 1;
        for name in names {
            match name {
                "annotations" => features.annotations = true,
                "braces" => return Err(error_at(source, s.loc, String::from("not a chance"))),
                known if FEATURES.contains(&known) => {}
                unknown => {
                    let msg = format!("future feature {unknown} is not defined");
                    return Err(error_at(source, s.loc, msg));
                }
            }
        }
    }
    if let Some(misplaced) = first_misplaced(body, leading) {
        let msg = String::from("from __future__ imports must occur at the beginning of the file");
        return Err(error_at(source, misplaced.loc, msg));
    }
    Ok(features)
}

/// The imported names when `s` is `from __future__ import …`.
fn future_names(s: &Stmt) -> Option<Vec<&str>> {
    match &s.node {
        StmtKind::ImportFrom {
            module: Some(m),
            names,
            level: 0,
        } if m == "__future__" => Some(names.iter().map(|a| a.name.as_str()).collect()),
        _ => None,
    }
}

/// The first future import (in source order) outside the leading ones.
fn first_misplaced(body: &[Stmt], leading: usize) -> Option<&Stmt> {
    let mut pending: Vec<&[Stmt]> = alloc::vec![&body[leading..]];
    let mut found: Option<&Stmt> = None;
    while let Some(stmts) = pending.pop() {
        for s in stmts {
            let position = (s.loc.lineno, s.loc.col_offset);
            if future_names(s).is_some()
                && found.is_none_or(|f| position < (f.loc.lineno, f.loc.col_offset))
            {
                found = Some(s);
            }
            pending.extend(child_blocks(s, true));
        }
    }
    found
}
