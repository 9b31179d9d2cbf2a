//! The one way out. Every exit (normal, error, Ctrl-C, panic) comes through
//! [`exit`], which restores the interrupt vectors and frees the DOS and DPMI
//! memory the program took, then ends it with INT 21h AH=4Ch.

use core::fmt::Write;
use core::sync::atomic::{AtomicBool, Ordering};

use super::{console, ctrlc, exceptions, heap};
use crate::dpmi;

static CLEANED: AtomicBool = AtomicBool::new(false);
static PANICKING: AtomicBool = AtomicBool::new(false);

/// Exit code of a Rust panic or CPU exception (an internal error, never a
/// user's error).
const CRASH_EXIT: i32 = 70;

/// Undo everything the runtime changed, once.
fn release_everything() {
    if CLEANED.swap(true, Ordering::SeqCst) {
        return;
    }
    ctrlc::uninstall();
    exceptions::uninstall();
    heap::release_all();
}

/// Clean up and end the program with `code` (DOS keeps the low 8 bits).
pub fn exit(code: i32) -> ! {
    release_everything();
    dpmi::terminate(code as u8)
}

/// Say `message` on stderr and exit with code 3; for start-up failures.
pub fn fatal(message: &[u8]) -> ! {
    console::write_stderr_early(message);
    exit(3)
}

/// A line of at most 79 characters, built without the heap.
struct Line {
    bytes: [u8; 81],
    len: usize,
}

impl Write for Line {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        for &b in s.as_bytes() {
            if self.len < 79 {
                self.bytes[self.len] = if b < b' ' { b' ' } else { b };
                self.len += 1;
            }
        }
        Ok(())
    }
}

/// Report an internal error in one line on stderr and exit with code 70.
pub fn crash(what: core::fmt::Arguments) -> ! {
    if PANICKING.swap(true, Ordering::SeqCst) {
        dpmi::terminate(CRASH_EXIT as u8);
    }
    let mut line = Line {
        bytes: [0; 81],
        len: 0,
    };
    let _ = write!(line, "MPYDOS: internal error: {what}");
    line.bytes[line.len..line.len + 2].copy_from_slice(b"\r\n");
    console::write(2, &line.bytes[..line.len + 2]);
    exit(CRASH_EXIT)
}

#[panic_handler]
fn on_panic(info: &core::panic::PanicInfo) -> ! {
    match info.location() {
        Some(at) => crash(format_args!(
            "{} ({}:{})",
            info.message(),
            at.file(),
            at.line()
        )),
        None => crash(format_args!("{}", info.message())),
    }
}
