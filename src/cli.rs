//! The command line, shared by both entry points (src/main.rs on Linux and
//! on DOS): options, usage, and starting a script. Knows the machine only
//! through [`Platform`].

use alloc::format;
use alloc::string::String;

use crate::platform::{errno, OpenMode, Platform, Stream};

const USAGE: &str = "\
usage: MPYDOS [option] [script.py [arg ...]]
Options:
  -h, --help, /?   show this help and exit
  -V, --version    show the version and exit
";

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
        Some(option) if option.starts_with('-') || option.starts_with('/') => {
            say(
                Stream::Stderr,
                &format!("MPYDOS: unknown option {option} (try /? for help)\n"),
            );
            2
        }
        Some(script) => run_script(platform, script),
        None => {
            say(Stream::Stderr, USAGE);
            2
        }
    }
}

/// Until the interpreter lands: check the script can be opened, as CPython
/// does before anything else, and say that running it is not available.
fn run_script(platform: &dyn Platform, script: &str) -> i32 {
    let message = match platform.open(script, OpenMode::Read) {
        Err(e) => format!(
            "MPYDOS: can't open file '{script}': [Errno {}] {}\n",
            e.errno,
            strerror(e.errno)
        ),
        Ok(file) => {
            let _ = platform.close(file);
            String::from("MPYDOS: this build has no interpreter yet\n")
        }
    };
    platform.write(Stream::Stderr, message.as_bytes());
    2
}

/// Python's text for the errno values files produce.
pub fn strerror(code: i32) -> &'static str {
    match code {
        errno::ENOENT => "No such file or directory",
        errno::EACCES => "Permission denied",
        errno::EISDIR => "Is a directory",
        errno::EMFILE => "Too many open files",
        errno::ENOSPC => "No space left on device",
        errno::ENOMEM => "Cannot allocate memory",
        errno::EINVAL => "Invalid argument",
        _ => "Input/output error",
    }
}
