//! The one seam between MPYDOS and the operating system.
//!
//! Everything above this module (vm, asyncio, net, pyglue, the command line)
//! talks to the machine only through [`Platform`]. There are two
//! implementations: `dos` (DPMI + DOS calls) and `host` (Linux, std).
//! The running program installs exactly one with [`install`] at start-up.
//!
//! A new platform implements every required method (the provided ones are
//! for what a platform may lack: raw keys, a stack floor) and is checked by
//! `src/conformance.rs`. State lives in cells ([`crate::global::Global`] for
//! statics): the methods take `&self` and the program is single-threaded.
//!
//! # An example platform
//!
//! A machine with a clock, a console that only writes, no files and no
//! network card: enough to run `-c` programs that print.
//!
//! ```no_run
//! use mpydos::nic::{Nic, NicOptions};
//! use mpydos::platform::*;
//! use std::cell::Cell;
//!
//! struct Bare {
//!     now_us: Cell<u64>, // a fake clock that advances while idle
//! }
//! // The program is single-threaded (see mpydos::global).
//! unsafe impl Sync for Bare {}
//!
//! const NO_FILES: OsError = OsError { errno: errno::ENOENT };
//!
//! impl Platform for Bare {
//!     fn write(&self, _stream: Stream, bytes: &[u8]) {
//!         print!("{}", String::from_utf8_lossy(bytes));
//!     }
//!     fn read_line(&self) -> OsResult<Option<Vec<u8>>> { Ok(None) }
//!     fn is_console(&self, _fd: u8) -> bool { false }
//!     fn monotonic_us(&self) -> u64 { self.now_us.get() }
//!     fn unix_time_us(&self) -> i64 { self.now_us.get() as i64 }
//!     fn local_time(&self) -> DateTime { DateTime { year: 1970, month: 1, day: 1, ..DateTime::default() } }
//!     fn idle_until(&self, deadline_us: u64) {
//!         self.now_us.set(self.now_us.get().max(deadline_us));
//!     }
//!     fn take_interrupt(&self) -> bool { false }
//!     fn args(&self) -> Vec<String> {
//!         ["bare", "-c", "print(6 * 7)"].map(String::from).to_vec()
//!     }
//!     fn env_var(&self, _name: &str) -> Option<String> { None }
//!     fn env_vars(&self) -> Vec<(String, String)> { Vec::new() }
//!     fn set_env(&self, _: &str, _: Option<&str>) {}
//!     fn random_bytes(&self, buf: &mut [u8]) { buf.fill(4) } // chosen by fair dice roll
//!     fn disk_usage(&self, _: &str) -> OsResult<(u64, u64, u64)> { Err(NO_FILES) }
//!     fn name(&self) -> &'static str { "bare" }
//!     fn mem_free(&self) -> usize { 0 }
//!     fn exit(&self, code: i32) -> ! { std::process::exit(code) }
//!     fn open(&self, _: &str, _: OpenMode) -> OsResult<FileHandle> { Err(NO_FILES) }
//!     fn read(&self, _: FileHandle, _: &mut [u8]) -> OsResult<usize> { Err(NO_FILES) }
//!     fn write_file(&self, _: FileHandle, _: &[u8]) -> OsResult<usize> { Err(NO_FILES) }
//!     fn seek(&self, _: FileHandle, _: i64, _: SeekFrom) -> OsResult<u64> { Err(NO_FILES) }
//!     fn close(&self, _: FileHandle) -> OsResult<()> { Err(NO_FILES) }
//!     fn remove(&self, _: &str) -> OsResult<()> { Err(NO_FILES) }
//!     fn rename(&self, _: &str, _: &str) -> OsResult<()> { Err(NO_FILES) }
//!     fn stat(&self, _: &str) -> OsResult<FileStat> { Err(NO_FILES) }
//!     fn chmod(&self, _: &str, _: u32) -> OsResult<()> { Err(NO_FILES) }
//!     fn set_times(&self, _: &str, _: i64, _: i64) -> OsResult<()> { Err(NO_FILES) }
//!     fn list_dir(&self, _: &str) -> OsResult<Vec<String>> { Err(NO_FILES) }
//!     fn getcwd(&self) -> OsResult<String> { Ok(String::from("/")) }
//!     fn chdir(&self, _: &str) -> OsResult<()> { Err(NO_FILES) }
//!     fn mkdir(&self, _: &str) -> OsResult<()> { Err(NO_FILES) }
//!     fn rmdir(&self, _: &str) -> OsResult<()> { Err(NO_FILES) }
//!     fn open_nic(&self, _: &NicOptions) -> Result<Box<dyn Nic>, String> {
//!         Err(String::from("this machine has no network card"))
//!     }
//! }
//!
//! static BARE: Bare = Bare { now_us: Cell::new(0) };
//! install(&BARE);
//! let code = mpydos::cli::main(platform()); // prints 42
//! platform().exit(code);
//! ```

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::nic::{Nic, NicOptions};

/// An operating-system error, carried as a Python `errno` value
/// (the Linux numbering, which is what CPython scripts test against).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OsError {
    pub errno: i32,
}

/// Errno values the platforms produce (Linux numbering, as CPython has them).
pub mod errno {
    pub const EPERM: i32 = 1;
    pub const ENOENT: i32 = 2;
    pub const EIO: i32 = 5;
    pub const EBADF: i32 = 9;
    pub const ENOMEM: i32 = 12;
    pub const EACCES: i32 = 13;
    pub const EEXIST: i32 = 17;
    pub const EXDEV: i32 = 18;
    pub const ENOTDIR: i32 = 20;
    pub const EISDIR: i32 = 21;
    pub const EINVAL: i32 = 22;
    pub const EMFILE: i32 = 24;
    pub const ENOTTY: i32 = 25;
    pub const ENOSPC: i32 = 28;
    pub const ENOTEMPTY: i32 = 39;
}

pub type OsResult<T> = Result<T, OsError>;

/// How a file is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenMode {
    /// Existing file, read only.
    Read,
    /// Create or truncate, write only.
    Write,
    /// Create if missing, write at the end.
    Append,
    /// Existing file, read and write.
    ReadWrite,
    /// Create or truncate, read and write.
    CreateReadWrite,
    /// Create; fail with EEXIST if it exists (Python's "x").
    CreateNew,
}

/// Where a seek counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeekFrom {
    Start,
    Current,
    End,
}

/// An open file; the number is the platform's own handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileHandle(pub i32);

/// What `os.stat` needs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileStat {
    pub size: u64,
    pub is_dir: bool,
    pub read_only: bool,
    /// A program the system would run (x bits on Linux; .COM, .EXE or
    /// .BAT on DOS).
    pub executable: bool,
    /// Access, modification and status-change times, nanoseconds since
    /// 1970-01-01. DOS keeps one time, the modification time as a local
    /// time in 2-second steps: all three are that.
    pub atime_ns: i64,
    pub mtime_ns: i64,
    pub ctime_ns: i64,
}

/// A broken-down local date and time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateTime {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    pub microsecond: u32,
}

/// Which standard stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// A key press, as the REPL's line editor sees it (see `lineedit`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Enter,
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    Up,
    Down,
    /// Ctrl-K: delete from the cursor to the end of the line.
    KillToEnd,
    /// Ctrl-U: delete from the start of the line to the cursor.
    KillToStart,
    /// Ctrl-C.
    Interrupt,
    /// Ctrl-D.
    EndOfInput,
    /// Ctrl-Z (DOS's end of input, with Enter).
    CtrlZ,
}

/// The machine, as MPYDOS sees it. All methods take `&self`: the program is
/// single-threaded, implementations keep their state in cells.
pub trait Platform: Sync {
    // --- console -------------------------------------------------------
    /// Write bytes to stdout or stderr (no newline translation is done here;
    /// the DOS implementation writes what it is given).
    fn write(&self, stream: Stream, bytes: &[u8]);
    /// Read one line from standard input, including its line ending;
    /// `Ok(None)` at end of input (Ctrl-Z / Ctrl-D).
    fn read_line(&self) -> OsResult<Option<Vec<u8>>>;
    /// True when standard handle `fd` (0 input, 1 output, 2 errors) is the
    /// console, not a file or a pipe (`isatty`).
    fn is_console(&self, fd: u8) -> bool;
    /// Start reading single key presses for the line editor (raw console,
    /// no echo, Ctrl-C read as a key). False when the console cannot; the
    /// REPL then uses `read_line`.
    fn begin_keys(&self) -> bool {
        false
    }
    /// One key press (after `begin_keys`); `Ok(None)` when input has ended.
    fn read_key(&self) -> OsResult<Option<Key>> {
        Ok(None)
    }
    /// Back to line mode (echo, Ctrl-C interrupts) after `begin_keys`.
    fn end_keys(&self) {}

    // --- time ----------------------------------------------------------
    /// Monotonic microseconds since an arbitrary start; never goes back.
    fn monotonic_us(&self) -> u64;
    /// Seconds since 1970-01-01 00:00 (as a float would see it: wall clock).
    fn unix_time_us(&self) -> i64;
    /// The local date and time.
    fn local_time(&self) -> DateTime;
    /// Give the CPU away until `deadline_us` (monotonic) or until something
    /// happens (a frame, a key, Ctrl-C), whichever is first. May return early.
    fn idle_until(&self, deadline_us: u64);

    // --- Ctrl-C --------------------------------------------------------
    /// Return and clear the "Ctrl-C / Ctrl-Break was pressed" flag.
    fn take_interrupt(&self) -> bool;

    // --- process -------------------------------------------------------
    /// The command line, program name first.
    fn args(&self) -> Vec<String>;
    /// One environment variable.
    fn env_var(&self, name: &str) -> Option<String>;
    /// All environment variables as (name, value).
    fn env_vars(&self) -> Vec<(String, String)>;
    /// Set (`Some`) or remove (`None`) one of this process's environment
    /// variables: `env_var` and `env_vars` see the change from then on.
    fn set_env(&self, name: &str, value: Option<&str>);
    /// The console's size as (columns, lines); `ENOTTY` when standard
    /// output is not a console whose size the platform can tell.
    fn terminal_size(&self) -> OsResult<(u16, u16)> {
        Err(OsError {
            errno: errno::ENOTTY,
        })
    }
    /// Fill `buf` with the best random bytes the machine can give
    /// (`os.urandom`): the kernel's generator, or timer jitter hashed.
    fn random_bytes(&self, buf: &mut [u8]);
    /// How many processors the program may use.
    fn cpu_count(&self) -> usize {
        1
    }
    /// What `os.uname()` / `platform.uname()` report: system, node,
    /// release, version, machine ("" where the platform cannot tell).
    fn uname(&self) -> [String; 5] {
        Default::default()
    }
    /// The real and effective user ids (`os.getuid`, `os.geteuid`), on
    /// systems that have users; DOS has none, so `os` has neither.
    fn user_ids(&self) -> Option<(u32, u32)> {
        None
    }
    /// (total, used, free) bytes of the disk that holds `path` (free: what
    /// the program may use).
    fn disk_usage(&self, path: &str) -> OsResult<(u64, u64, u64)>;
    /// "dos" or "linux" (sys.platform).
    fn name(&self) -> &'static str;
    /// Bytes the program could still allocate (`gc.mem_free()`).
    fn mem_free(&self) -> usize;
    /// Leave the program: runs the platform's cleanup, never returns.
    fn exit(&self, code: i32) -> !;
    /// The lowest stack address native recursion may reach before it must
    /// stop with RecursionError (0: the platform's stack is big enough for
    /// the recursion limit and needs no check).
    fn stack_floor(&self) -> usize {
        0
    }
    /// The source of frozen module `name` where this platform compiles
    /// frozen modules at import (the host). `None` (the default, DOS): the
    /// compiled modules are appended to the program file, `args()[0]`
    /// (src/pyglue/frozen_code.rs).
    fn frozen_source(&self, _name: &str) -> Option<&'static str> {
        None
    }

    // --- files -----------------------------------------------------------
    fn open(&self, path: &str, mode: OpenMode) -> OsResult<FileHandle>;
    fn read(&self, file: FileHandle, buf: &mut [u8]) -> OsResult<usize>;
    fn write_file(&self, file: FileHandle, bytes: &[u8]) -> OsResult<usize>;
    fn seek(&self, file: FileHandle, offset: i64, from: SeekFrom) -> OsResult<u64>;
    fn close(&self, file: FileHandle) -> OsResult<()>;
    fn remove(&self, path: &str) -> OsResult<()>;
    fn rename(&self, from: &str, to: &str) -> OsResult<()>;
    fn stat(&self, path: &str) -> OsResult<FileStat>;
    /// `os.chmod`: Linux takes the permission bits; DOS keeps only the
    /// read-only attribute (set when `mode` lacks the owner's write bit).
    fn chmod(&self, path: &str, mode: u32) -> OsResult<()>;
    /// `os.utime`: access and modification times, seconds since 1970.
    /// DOS stores the modification time only, in local time, to 2 seconds,
    /// between 1980 and 2107 (EINVAL outside).
    fn set_times(&self, path: &str, atime: i64, mtime: i64) -> OsResult<()>;
    /// Names in a directory, without "." and "..".
    fn list_dir(&self, path: &str) -> OsResult<Vec<String>>;
    fn getcwd(&self) -> OsResult<String>;
    fn chdir(&self, path: &str) -> OsResult<()>;
    fn mkdir(&self, path: &str) -> OsResult<()>;
    fn rmdir(&self, path: &str) -> OsResult<()>;

    // --- network card ----------------------------------------------------
    /// Open the machine's Ethernet card (the net layer calls this once, on
    /// first use of the network). `Err` is the one-line message for the
    /// user: no card or driver, or an option it cannot honour.
    fn open_nic(&self, options: &NicOptions) -> Result<Box<dyn Nic>, String>;
}

static PLATFORM: spin::Once<&'static dyn Platform> = spin::Once::new();

/// Install the platform; called once by the program's entry point.
pub fn install(platform: &'static dyn Platform) {
    PLATFORM.call_once(|| platform);
}

/// The installed platform. Panics (a bug, not a user error) if none is.
pub fn platform() -> &'static dyn Platform {
    *PLATFORM.get().expect("platform not installed")
}
