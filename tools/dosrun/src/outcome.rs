//! How a run ends: the DOS exit code, or a harness-detected fault with its reason.
use std::fmt;

/// Exit status for a bad command line.
pub const EXIT_USAGE: i32 = 2;
/// Exit status when `--timeout` expires.
pub const EXIT_TIMEOUT: i32 = 124;
/// Exit status for a CPU exception, a limit violation or a DPMI/DOS spec violation.
pub const EXIT_FAULT: i32 = 125;
/// Exit status when the program left vectors hooked or memory allocated.
pub const EXIT_STRICT: i32 = 126;
/// Exit status when the program file cannot be loaded at all.
pub const EXIT_LOAD: i32 = 127;
/// Exit status when the default Ctrl-C handler (INT 23h) ended the program.
pub const EXIT_CTRL_C: i32 = 130;

/// Why the emulation stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// INT 21h AH=4Ch (or 00h) with this return code.
    Exit(u8),
    /// The default INT 23h handler terminated the program.
    CtrlC,
    /// `--timeout` ran out.
    Timeout,
    /// The harness caught the program doing something a real machine would not survive.
    Fault(String),
}

impl Stop {
    pub fn fault(reason: impl Into<String>) -> Stop {
        Stop::Fault(reason.into())
    }
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stop::Exit(code) => write!(f, "exit code {code}"),
            Stop::CtrlC => write!(f, "program terminated by Ctrl-C (default INT 23h)"),
            Stop::Timeout => write!(f, "timeout"),
            Stop::Fault(reason) => write!(f, "{reason}"),
        }
    }
}

/// Results of harness operations that may end the run.
pub type Run<T> = Result<T, Stop>;
