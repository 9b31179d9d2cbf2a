//! The interactive prompt: `>>> ` / `... `, multi-line blocks, expression
//! results echoed with repr, tracebacks printed, end of input leaves.
//! Line editing is the console's own (no history or arrow keys yet).

use alloc::string::String;
use alloc::vec::Vec;

use crate::platform::{platform, Stream};
use crate::runner::{exit_status, main_globals, new_vm};
use crate::vm::syntax::{self, Mode};

/// True when `src` is an unfinished statement the user is still typing.
fn incomplete(src: &str) -> bool {
    match syntax::parse(src, Mode::Single) {
        Ok(_) => {
            // A compound statement stays open until an empty line.
            let first = src.lines().next().unwrap_or("").trim_end();
            (first.ends_with(':') || src.lines().count() > 1) && !src.ends_with("\n\n")
        }
        Err(e) => {
            let msg = e.msg.as_str();
            msg.contains("unexpected EOF")
                || msg.contains("was never closed")
                || msg.contains("expected an indented block")
                || (msg.contains("unterminated triple-quoted") && !src.ends_with("\n\n\n"))
        }
    }
}

/// Run the REPL until end of input; returns the exit status.
pub fn run() -> i32 {
    let p = platform();
    let mut vm = new_vm(Vec::from([String::new()]), "");
    if !p.stdin_is_console() {
        // Like CPython: piped input is read whole and run as a script.
        let mut src = String::new();
        while let Ok(Some(line)) = p.read_line() {
            src.push_str(&String::from_utf8_lossy(&line));
        }
        return crate::runner::run_source(&mut vm, &src, "<stdin>");
    }
    let globals = main_globals(&mut vm, None);
    let banner = "MPYDOS 0.1.0 (Python 3.11 subset)\nType Ctrl-D (Ctrl-Z Enter on DOS) to leave.\n";
    p.write(Stream::Stdout, banner.as_bytes());
    loop {
        let mut src = String::new();
        let mut prompt = ">>> ";
        loop {
            p.write(Stream::Stdout, prompt.as_bytes());
            let line = match p.read_line() {
                Ok(Some(l)) => l,
                _ => {
                    p.write(Stream::Stdout, b"\n");
                    return 0;
                }
            };
            let text = String::from_utf8_lossy(&line).replace("\r\n", "\n");
            let text = if text.ends_with('\n') {
                text
            } else {
                text + "\n"
            };
            if src.is_empty() && text.trim().is_empty() {
                break;
            }
            src.push_str(&text);
            if !incomplete(&src) {
                break;
            }
            prompt = "... ";
        }
        if src.trim().is_empty() {
            continue;
        }
        let r = vm
            .compile_source(&src, "<stdin>", Mode::Single)
            .and_then(|code| vm.run_module_code(code, &globals));
        if let Err(e) = &r {
            if vm.exc_is(e, crate::vm::builtins::exc_table::Exc::SystemExit) {
                return exit_status(&mut vm, r);
            }
        }
        exit_status(&mut vm, r);
    }
}
