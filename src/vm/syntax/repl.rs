//! Deciding whether the lines typed at the REPL form a complete statement,
//! the way CPython's `codeop.compile_command(source, symbol="single")` does:
//! lines are joined with "\n" (an empty line adds the final "\n"), and a
//! compound statement is complete only once that empty line ends it.

use super::ast::{Mod, StmtKind};
use super::error::SyntaxError;
use super::parser::{parse, Mode};

/// What a REPL should do with the text typed so far.
#[derive(Debug)]
pub enum ReplInput {
    /// Run it (`Mod::Interactive`).
    Complete(Mod),
    /// Show the continuation prompt and read another line.
    Incomplete,
    /// Report the error and start over.
    Invalid(SyntaxError),
}

/// Classifies `source`: the REPL's lines so far, joined with "\n".
pub fn parse_repl_input(source: &str) -> ReplInput {
    match parse(source, Mode::Single) {
        Ok(tree) if opens_block(&tree) && !source.ends_with('\n') => ReplInput::Incomplete,
        Ok(tree) => ReplInput::Complete(tree),
        Err(err) if runs_past_end(&err) => ReplInput::Incomplete,
        Err(err) => ReplInput::Invalid(err),
    }
}

/// A compound statement, which only an empty line ends.
fn opens_block(tree: &Mod) -> bool {
    let Mod::Interactive { body } = tree else {
        return false;
    };
    body.first().is_some_and(|stmt| {
        !matches!(
            stmt.node,
            StmtKind::Return { .. }
                | StmtKind::Delete { .. }
                | StmtKind::Assign { .. }
                | StmtKind::AugAssign { .. }
                | StmtKind::AnnAssign { .. }
                | StmtKind::Raise { .. }
                | StmtKind::Assert { .. }
                | StmtKind::Import { .. }
                | StmtKind::ImportFrom { .. }
                | StmtKind::Global { .. }
                | StmtKind::Nonlocal { .. }
                | StmtKind::Expr { .. }
                | StmtKind::Pass
                | StmtKind::Break
                | StmtKind::Continue
        )
    })
}

/// An error that more lines could still fix: the parser or tokenizer ran
/// into the end of the text (open bracket, open triple-quoted string,
/// trailing backslash, a block not yet written).
fn runs_past_end(err: &SyntaxError) -> bool {
    err.at_end_of_input
        || err.msg.ends_with("was never closed")
        || err.msg == "unexpected EOF while parsing"
        || err
            .msg
            .starts_with("unterminated triple-quoted string literal")
}
