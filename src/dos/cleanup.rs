//! The one way out. Every exit (normal, error, Ctrl-C, panic) comes through
//! [`exit`], which restores the interrupt vectors and frees the DOS and DPMI
//! memory the program took, then ends it with INT 21h AH=4Ch.

use core::fmt::Write;
use core::sync::atomic::{AtomicBool, Ordering};

use super::{console, ctrlc, exceptions, heap, pktdrv, stack, timer};
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
    timer::uninstall();
    pktdrv::release_all();
    ctrlc::uninstall();
    stack::uninstall();
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

/// Longest line the crash report writes: it must fit an 80-column screen.
const LINE_MAX: usize = 79;

/// A line of at most [`LINE_MAX`] characters, built without the heap.
struct Line {
    bytes: [u8; LINE_MAX + 2],
    len: usize,
    /// Set when something did not fit.
    overflowed: bool,
}

impl Line {
    fn new() -> Line {
        Line {
            bytes: [0; LINE_MAX + 2],
            len: 0,
            overflowed: false,
        }
    }
}

impl Write for Line {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        for &b in s.as_bytes() {
            if self.len == LINE_MAX {
                self.overflowed = true;
                return Ok(());
            }
            self.bytes[self.len] = if b < b' ' { b' ' } else { b };
            self.len += 1;
        }
        Ok(())
    }
}

/// Report a crash in one line on stderr and exit with code 70: `what`
/// (e.g. "internal error: ..."), then `where_` (a source location) if the
/// line has room for it.
pub fn crash(what: core::fmt::Arguments, where_: Option<core::fmt::Arguments>) -> ! {
    if PANICKING.swap(true, Ordering::SeqCst) {
        dpmi::terminate(CRASH_EXIT as u8);
    }
    let mut line = Line::new();
    let _ = write!(line, "MPYDOS: {what}");
    if let Some(place) = where_ {
        let before = line.len;
        let _ = write!(line, " ({place})");
        if line.overflowed {
            line.len = before;
        }
    }
    line.bytes[line.len..line.len + 2].copy_from_slice(b"\r\n");
    console::write(2, &line.bytes[..line.len + 2]);
    exit(CRASH_EXIT)
}

/// The last three components of a source path (core's paths are absolute).
fn short_path(path: &str) -> &str {
    match path.rmatch_indices('/').nth(2) {
        Some((slash, _)) => &path[slash + 1..],
        None => path,
    }
}

/// An allocation that cannot report MemoryError failed: alloc's message
/// starts so. The DOS user is told the machine is out of memory, not of
/// an internal error, and no source location inside the alloc crate.
fn is_out_of_memory(message: &dyn core::fmt::Display) -> bool {
    let mut probe = Line::new();
    let _ = write!(probe, "{message}");
    probe.bytes[..probe.len].starts_with(b"memory allocation of")
}

#[panic_handler]
fn on_panic(info: &core::panic::PanicInfo) -> ! {
    let message = info.message();
    if is_out_of_memory(&message) {
        crash(format_args!("out of memory ({message})"), None);
    }
    // The DOS build has no panic locations (mk/dos.mk: -Zlocation-detail=none,
    // ~54 KB of file names and Location records): core then gives line 0.
    match info.location().filter(|at| at.line() != 0) {
        Some(at) => crash(
            format_args!("internal error: {message}"),
            Some(format_args!("{}:{}", short_path(at.file()), at.line())),
        ),
        None => crash(format_args!("internal error: {message}"), None),
    }
}
