//! The interactive prompt, as CPython's: `>>> ` / `... `, a block ends with
//! an empty line, expression results echoed with repr (and kept in `_`),
//! tracebacks printed and the session goes on, Ctrl-C drops the line,
//! Ctrl-D (Ctrl-Z Enter on DOS), `exit()` or `sys.exit(n)` leave.
//!
//! Lines are typed through the `lineedit` editor (arrows, history) when the
//! platform can read single keys, else through `Platform::read_line`. Piped
//! input is not a session: it is read whole and run as a script.
//!
//! The banner names MPYDOS, its version and the platform, and says how to
//! leave; it does not offer CPython's "help", "copyright", "credits" or
//! "license", which MPYDOS does not have.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::lineedit::{LineEditor, Outcome};
use crate::platform::{platform, Stream};
use crate::runner::{exit_status, main_globals, new_vm};
use crate::vm::builtins::exc_table::Exc;
use crate::vm::syntax::repl::{parse_repl_input, ReplInput};
use crate::vm::syntax::Mode;

/// What the prompt produced: a statement to run, or the end of the session.
enum Entry {
    Source(String),
    Interrupted,
    EndOfInput,
}

/// Run the REPL until end of input; returns the exit status.
pub fn run() -> i32 {
    let p = platform();
    let mut vm = new_vm(Vec::from([String::new()]), "");
    if !p.is_console(0) {
        // Like CPython: piped input is read whole and run as a script.
        let mut src = String::new();
        while let Ok(Some(line)) = p.read_line() {
            src.push_str(&String::from_utf8_lossy(&line));
        }
        return crate::runner::run_source(&mut vm, &src, "<stdin>");
    }
    let globals = main_globals(&mut vm, None);
    write_out(&banner(p.name()));
    let mut editor = LineEditor::new();
    loop {
        let source = match read_entry(&mut editor) {
            Entry::Source(source) => source,
            Entry::Interrupted => {
                write_out("\nKeyboardInterrupt\n");
                continue;
            }
            Entry::EndOfInput => {
                write_out("\n");
                return 0;
            }
        };
        let r = vm
            .compile_source(&source, "<stdin>", Mode::Single)
            .and_then(|code| vm.run_module_code(code, &globals));
        if let Err(e) = &r {
            if vm.exc_is(e, Exc::SystemExit) {
                return exit_status(&mut vm, r);
            }
        }
        exit_status(&mut vm, r);
    }
}

fn banner(platform_name: &str) -> String {
    let leave = if platform_name == "dos" {
        "Ctrl-Z then Enter"
    } else {
        "Ctrl-D"
    };
    format!(
        "MPYDOS {} (Python 3.11) on {platform_name}\nType exit() or {leave} to leave.\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// Reads lines until they form a statement (CPython's codeop rules).
fn read_entry(editor: &mut LineEditor) -> Entry {
    let mut lines: Vec<String> = Vec::new();
    loop {
        let prompt = if lines.is_empty() { ">>> " } else { "... " };
        let line = match read_line(editor, prompt) {
            Outcome::Line(line) => line,
            Outcome::Interrupted => return Entry::Interrupted,
            Outcome::EndOfInput => return Entry::EndOfInput,
        };
        if lines.is_empty() && line.trim().is_empty() {
            continue;
        }
        lines.push(line);
        let source = lines.join("\n");
        if is_complete(&source, lines.len()) {
            return Entry::Source(source);
        }
    }
}

/// True when `source` (`line_count` lines) is a statement to run, or an
/// error to report; false while more lines could still finish it.
fn is_complete(source: &str, line_count: usize) -> bool {
    match parse_repl_input(source) {
        ReplInput::Complete(_) => true,
        ReplInput::Incomplete => false,
        // A nested block header on the last line (`    if n:`): its body is
        // still to come, as codeop.compile_command decides.
        ReplInput::Invalid(err) => {
            let header_is_last_line = err.msg.starts_with("expected an indented block")
                && err.msg.ends_with(&format!(" on line {line_count}"));
            !header_is_last_line || source.ends_with('\n')
        }
    }
}

/// Shows `prompt` and reads one line, with the editor when keys can be read.
fn read_line(editor: &mut LineEditor, prompt: &str) -> Outcome {
    let p = platform();
    // Raw mode before the prompt shows, so no key typed after it is echoed
    // by the terminal itself.
    let editing = p.begin_keys();
    write_out(prompt);
    if !editing {
        return read_plain_line();
    }
    let mut echo = Vec::new();
    let outcome = loop {
        let key = match p.read_key() {
            Ok(Some(key)) => key,
            _ => break Outcome::EndOfInput,
        };
        echo.clear();
        let done = editor.feed(key, &mut echo);
        write_out(&String::from_utf8_lossy(&echo));
        if let Some(outcome) = done {
            break outcome;
        }
    };
    p.end_keys();
    outcome
}

/// A line from the console's own line input (no editing keys).
fn read_plain_line() -> Outcome {
    let p = platform();
    match p.read_line() {
        Ok(Some(bytes)) => {
            let text = String::from_utf8_lossy(&bytes);
            let line = text.trim_end_matches(['\r', '\n']);
            if p.take_interrupt() {
                Outcome::Interrupted
            } else if line == "\x1a" {
                Outcome::EndOfInput
            } else {
                Outcome::Line(line.into())
            }
        }
        _ => Outcome::EndOfInput,
    }
}

/// Console text (the DOS platform turns "\n" into CR LF itself).
fn write_out(text: &str) {
    platform().write(Stream::Stdout, text.as_bytes());
}
