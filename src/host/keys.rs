//! Key presses from the Linux terminal for the REPL's line editor: the
//! terminal is put in raw mode (termios: no echo, no line buffering, Ctrl-C
//! read as a byte) only while a line is being typed, and put back on
//! `end`, on `Platform::exit` and on a fatal signal (SIGTERM, SIGHUP,
//! SIGQUIT), so the shell never inherits a raw terminal.

use core::cell::{RefCell, UnsafeCell};
use core::sync::atomic::{AtomicBool, Ordering};

use crate::lineedit::ansi::AnsiDecoder;
use crate::platform::{Key, OsError, OsResult};

/// The terminal settings to restore; valid while `RAW` is true.
struct SavedTermios(UnsafeCell<Option<libc::termios>>);
// SAFETY: written only by the (single) main thread before `RAW` is set,
// read by it or by a signal handler only while `RAW` is set.
unsafe impl Sync for SavedTermios {}

static SAVED: SavedTermios = SavedTermios(UnsafeCell::new(None));
static RAW: AtomicBool = AtomicBool::new(false);
static HANDLERS_INSTALLED: AtomicBool = AtomicBool::new(false);

/// Reads stdin a byte at a time and decodes keys.
#[derive(Default)]
pub struct Keys {
    decoder: RefCell<AnsiDecoder>,
}

impl Keys {
    /// Raw mode on; false when stdin is not a terminal.
    pub fn begin(&self) -> bool {
        // SAFETY: plain termios calls on fd 0 with a local struct.
        unsafe {
            let mut t: libc::termios = core::mem::zeroed();
            if libc::isatty(0) == 0 || libc::tcgetattr(0, &mut t) != 0 {
                return false;
            }
            *SAVED.0.get() = Some(t);
            install_restoring_handlers();
            let mut raw = t;
            raw.c_lflag &= !(libc::ICANON | libc::ECHO | libc::ISIG | libc::IEXTEN);
            raw.c_iflag &= !(libc::IXON | libc::ICRNL | libc::INLCR);
            raw.c_cc[libc::VMIN] = 1;
            raw.c_cc[libc::VTIME] = 0;
            RAW.store(true, Ordering::SeqCst);
            if libc::tcsetattr(0, libc::TCSADRAIN, &raw) != 0 {
                RAW.store(false, Ordering::SeqCst);
                return false;
            }
        }
        *self.decoder.borrow_mut() = AnsiDecoder::default();
        true
    }

    /// The next key; `None` at end of input.
    pub fn read(&self) -> OsResult<Option<Key>> {
        loop {
            let mut byte = 0u8;
            // SAFETY: reading one byte into a local.
            let n = unsafe { libc::read(0, (&mut byte as *mut u8).cast(), 1) };
            if n == 0 {
                return Ok(None);
            }
            if n < 0 {
                let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
                if errno == libc::EINTR {
                    continue;
                }
                return Err(OsError { errno });
            }
            if let Some(key) = self.decoder.borrow_mut().push(byte) {
                return Ok(Some(key));
            }
        }
    }
}

/// Raw mode off, if it is on. Async-signal-safe (tcsetattr is).
pub fn restore_terminal() {
    if RAW.swap(false, Ordering::SeqCst) {
        // SAFETY: SAVED was set before RAW; tcsetattr is async-signal-safe.
        unsafe {
            if let Some(t) = &*SAVED.0.get() {
                libc::tcsetattr(0, libc::TCSADRAIN, t);
            }
        }
    }
}

extern "C" fn restore_and_die(sig: libc::c_int) {
    restore_terminal();
    // SAFETY: back to the default action and re-raise, so the process ends
    // the way the signal says.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
}

fn install_restoring_handlers() {
    if HANDLERS_INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    for sig in [libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT] {
        // SAFETY: the handler only restores termios and re-raises.
        unsafe {
            libc::signal(
                sig,
                restore_and_die as extern "C" fn(libc::c_int) as libc::sighandler_t,
            );
        }
    }
}
