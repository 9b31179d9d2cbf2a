//! The command line, shared by both entry points (src/main.rs on Linux and
//! on DOS): options and usage; a script, `-c CODE` or the interactive prompt
//! are handed to the interpreter (src/runner.rs, src/repl.rs). Knows the
//! machine only through [`Platform`].

use alloc::format;
use alloc::string::String;

use crate::platform::{Platform, Stream};

const USAGE: &str = "\
usage: MPYDOS [option] [script.py | -c cmd] [arg ...]
With no script, MPYDOS starts the interactive prompt.
Options:
  -c cmd           run the program passed as a string
  -h, --help, /?   show this help and exit
  -V, --version    show the version and exit
";

/// `/X` is a switch on DOS; on Linux it is an absolute path.
fn is_dos_switch(platform: &dyn Platform, arg: &str) -> bool {
    arg.starts_with('/') && platform.name() == "dos"
}

/// Run the command line `platform.args()`; returns the exit code.
pub fn main(platform: &dyn Platform) -> i32 {
    let args = platform.args();
    let say = |stream, text: &str| platform.write(stream, text.as_bytes());
    match args.get(1).map(String::as_str) {
        Some("-V" | "--version") => {
            say(
                Stream::Stdout,
                concat!("MPYDOS ", env!("CARGO_PKG_VERSION"), "\n"),
            );
            0
        }
        Some("-h" | "--help" | "/?" | "-?") => {
            say(Stream::Stdout, USAGE);
            0
        }
        Some("-c") => match args.get(2) {
            Some(code) => crate::runner::run_command(code, &args[3..]),
            None => {
                say(Stream::Stderr, "Argument expected for the -c option\n");
                2
            }
        },
        Some(option) if option.starts_with('-') || is_dos_switch(platform, option) => {
            say(
                Stream::Stderr,
                &format!("MPYDOS: unknown option {option} (try /? for help)\n"),
            );
            2
        }
        Some(script) => crate::runner::run_file(script, &args[2..]),
        None => crate::repl::run(),
    }
}
