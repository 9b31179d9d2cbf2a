//! The Linux platform: [`Platform`] over std, so `mpydos` runs scripts on the
//! build machine exactly as MPYDOS.EXE runs them on DOS.

mod keys;
pub mod slirp;
mod system;

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicBool, Ordering};
use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, IsTerminal, Read, Seek, Write};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::nic::{Nic, NicOptions};
use crate::platform::{
    errno, DateTime, FileHandle, FileStat, Key, OpenMode, OsError, OsResult, Platform, SeekFrom,
    Stream,
};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// The host machine. One instance lives for the whole program.
pub struct Host {
    start: Instant,
    files: RefCell<HashMap<i32, File>>,
    next_handle: RefCell<i32>,
    keys: keys::Keys,
    stack_floor: usize,
}

// SAFETY: the program is single-threaded; the signal handler touches only
// an atomic.
unsafe impl Sync for Host {}

/// Install the host platform and the SIGINT handler.
pub fn install() {
    let host: &'static Host = std::boxed::Box::leak(std::boxed::Box::new(Host {
        start: Instant::now(),
        files: RefCell::new(HashMap::new()),
        next_handle: RefCell::new(3),
        keys: keys::Keys::default(),
        stack_floor: stack_floor(),
    }));
    install_sigint();
    crate::platform::install(host);
}

/// Room kept below the floor for raising the RecursionError, unwinding and
/// printing the traceback.
const STACK_RESERVE: usize = 512 * 1024;

/// The lowest address native recursion may reach on the main thread: its
/// stack limit (RLIMIT_STACK, 8 MiB when unlimited) below where we are now,
/// less a reserve. Deeply nested data (json, repr, ==, exception chains)
/// then ends in RecursionError rather than the kernel's SIGSEGV.
fn stack_floor() -> usize {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes the struct we pass and nothing else.
    let ok = unsafe { libc::getrlimit(libc::RLIMIT_STACK, &mut lim) } == 0;
    let size = match lim.rlim_cur {
        n if ok && n != libc::RLIM_INFINITY => n as usize,
        _ => 8 << 20,
    };
    let here = 0u8;
    let top = core::ptr::addr_of!(here) as usize;
    top.saturating_sub(size.saturating_sub(STACK_RESERVE + 256 * 1024))
}

extern "C" fn on_sigint(_: i32) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

fn install_sigint() {
    // SAFETY: installing a handler that only stores to an atomic.
    unsafe {
        signal(2, on_sigint);
    }
}

extern "C" {
    fn signal(signum: i32, handler: extern "C" fn(i32)) -> usize;
    fn nanosleep(req: *const Timespec, rem: *mut Timespec) -> i32;
}

/// libc's `struct timespec` on 64-bit Linux.
#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

fn os_err(e: std::io::Error) -> OsError {
    OsError {
        errno: e.raw_os_error().unwrap_or(errno::EIO),
    }
}

fn bad_handle() -> OsError {
    OsError {
        errno: errno::EBADF,
    }
}

impl Host {
    fn with_file<T>(
        &self,
        f: FileHandle,
        op: impl FnOnce(&mut File) -> std::io::Result<T>,
    ) -> OsResult<T> {
        let mut files = self.files.borrow_mut();
        let file = files.get_mut(&f.0).ok_or_else(bad_handle)?;
        op(file).map_err(os_err)
    }
}

impl Platform for Host {
    fn write(&self, stream: Stream, bytes: &[u8]) {
        let _ = match stream {
            Stream::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(bytes).and_then(|_| out.flush())
            }
            Stream::Stderr => std::io::stderr().lock().write_all(bytes),
        };
    }

    fn read_line(&self) -> OsResult<Option<Vec<u8>>> {
        let mut line = Vec::new();
        let n = std::io::stdin()
            .lock()
            .read_until(b'\n', &mut line)
            .map_err(os_err)?;
        Ok(if n == 0 { None } else { Some(line) })
    }

    fn is_console(&self, fd: u8) -> bool {
        match fd {
            0 => std::io::stdin().is_terminal(),
            1 => std::io::stdout().is_terminal(),
            _ => std::io::stderr().is_terminal(),
        }
    }

    fn begin_keys(&self) -> bool {
        self.keys.begin()
    }

    fn read_key(&self) -> OsResult<Option<Key>> {
        self.keys.read()
    }

    fn end_keys(&self) {
        keys::restore_terminal();
    }

    fn monotonic_us(&self) -> u64 {
        self.start.elapsed().as_micros() as u64
    }

    fn unix_time_us(&self) -> i64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_micros() as i64)
            .unwrap_or(0)
    }

    fn local_time(&self) -> DateTime {
        let us = self.unix_time_us();
        // The host reports UTC as local time, which is what CI machines use.
        crate::calendar::date_time(us)
    }

    fn idle_until(&self, deadline_us: u64) {
        let now = self.monotonic_us();
        if deadline_us > now && !INTERRUPTED.load(Ordering::SeqCst) {
            // nanosleep, not thread::sleep: it returns early (EINTR) when
            // SIGINT arrives, where std would sleep on to the deadline.
            let us = deadline_us - now;
            let req = Timespec {
                tv_sec: (us / 1_000_000) as i64,
                tv_nsec: (us % 1_000_000) as i64 * 1000,
            };
            // SAFETY: plain libc call with a valid request and no remainder pointer.
            unsafe { nanosleep(&req, core::ptr::null_mut()) };
        }
    }

    fn take_interrupt(&self) -> bool {
        INTERRUPTED.swap(false, Ordering::SeqCst)
    }

    fn args(&self) -> Vec<String> {
        std::env::args().collect()
    }

    fn env_var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }

    fn env_vars(&self) -> Vec<(String, String)> {
        std::env::vars().collect()
    }

    fn set_env(&self, name: &str, value: Option<&str>) {
        match value {
            Some(v) => std::env::set_var(name, v),
            None => std::env::remove_var(name),
        }
    }

    fn terminal_size(&self) -> OsResult<(u16, u16)> {
        system::terminal_size()
    }

    fn random_bytes(&self, buf: &mut [u8]) {
        system::random_bytes(buf)
    }

    fn cpu_count(&self) -> usize {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    }

    fn uname(&self) -> [String; 5] {
        system::uname()
    }

    fn user_ids(&self) -> Option<(u32, u32)> {
        // SAFETY: getuid and geteuid take no arguments and cannot fail.
        Some(unsafe { (libc::getuid(), libc::geteuid()) })
    }

    fn disk_usage(&self, path: &str) -> OsResult<(u64, u64, u64)> {
        system::disk_usage(path)
    }

    fn stack_floor(&self) -> usize {
        self.stack_floor
    }

    /// The source, unless `MPYDOS_FROZEN=blob`: then the program file's
    /// appended blob, as on DOS (tests/frozen_blob.rs runs a copy of mpydos
    /// with the blob behind it, so the host tests DOS's frozen code path).
    fn frozen_source(&self, name: &str) -> Option<&'static str> {
        match std::env::var_os("MPYDOS_FROZEN").is_some_and(|v| v == "blob") {
            true => None,
            false => crate::pyglue::frozen_code::source(name),
        }
    }

    fn name(&self) -> &'static str {
        "linux"
    }

    /// The kernel's estimate of memory available without swapping.
    fn mem_free(&self) -> usize {
        let info = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
        info.lines()
            .find_map(|l| l.strip_prefix("MemAvailable:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<usize>().ok())
            .map_or(0, |kib| kib * 1024)
    }

    fn exit(&self, code: i32) -> ! {
        keys::restore_terminal();
        let _ = std::io::stdout().flush();
        std::process::exit(code)
    }

    fn open(&self, path: &str, mode: OpenMode) -> OsResult<FileHandle> {
        let mut o = OpenOptions::new();
        match mode {
            OpenMode::Read => o.read(true),
            OpenMode::Write => o.write(true).create(true).truncate(true),
            OpenMode::Append => o.append(true).create(true),
            OpenMode::ReadWrite => o.read(true).write(true),
            OpenMode::CreateReadWrite => o.read(true).write(true).create(true).truncate(true),
            OpenMode::CreateNew => o.read(true).write(true).create_new(true),
        };
        let file = o.open(path).map_err(os_err)?;
        if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            return Err(OsError {
                errno: errno::EISDIR,
            });
        }
        let mut next = self.next_handle.borrow_mut();
        let h = *next;
        *next += 1;
        self.files.borrow_mut().insert(h, file);
        Ok(FileHandle(h))
    }

    fn read(&self, file: FileHandle, buf: &mut [u8]) -> OsResult<usize> {
        self.with_file(file, |f| f.read(buf))
    }

    fn write_file(&self, file: FileHandle, bytes: &[u8]) -> OsResult<usize> {
        self.with_file(file, |f| f.write(bytes))
    }

    fn seek(&self, file: FileHandle, offset: i64, from: SeekFrom) -> OsResult<u64> {
        let pos = match from {
            SeekFrom::Start => std::io::SeekFrom::Start(offset.max(0) as u64),
            SeekFrom::Current => std::io::SeekFrom::Current(offset),
            SeekFrom::End => std::io::SeekFrom::End(offset),
        };
        self.with_file(file, |f| f.seek(pos))
    }

    fn close(&self, file: FileHandle) -> OsResult<()> {
        self.files
            .borrow_mut()
            .remove(&file.0)
            .map(drop)
            .ok_or_else(bad_handle)
    }

    fn remove(&self, path: &str) -> OsResult<()> {
        std::fs::remove_file(path).map_err(os_err)
    }

    fn rename(&self, from: &str, to: &str) -> OsResult<()> {
        std::fs::rename(from, to).map_err(os_err)
    }

    fn chmod(&self, path: &str, mode: u32) -> OsResult<()> {
        let permissions = std::os::unix::fs::PermissionsExt::from_mode(mode);
        std::fs::set_permissions(path, permissions).map_err(os_err)
    }

    fn set_times(&self, path: &str, atime: i64, mtime: i64) -> OsResult<()> {
        let at = |secs: i64| match u64::try_from(secs) {
            Ok(s) => UNIX_EPOCH + std::time::Duration::from_secs(s),
            Err(_) => UNIX_EPOCH - std::time::Duration::from_secs(secs.unsigned_abs()),
        };
        let times = std::fs::FileTimes::new()
            .set_accessed(at(atime))
            .set_modified(at(mtime));
        std::fs::File::open(path)
            .and_then(|f| f.set_times(times))
            .map_err(os_err)
    }

    fn stat(&self, path: &str) -> OsResult<FileStat> {
        let m = std::fs::metadata(path).map_err(os_err)?;
        use std::os::unix::fs::MetadataExt;
        let ns = |s: i64, n: i64| s * 1_000_000_000 + n;
        Ok(FileStat {
            size: m.len(),
            is_dir: m.is_dir(),
            read_only: m.permissions().readonly(),
            executable: std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o111 != 0,
            atime_ns: ns(m.atime(), m.atime_nsec()),
            mtime_ns: ns(m.mtime(), m.mtime_nsec()),
            ctime_ns: ns(m.ctime(), m.ctime_nsec()),
        })
    }

    fn list_dir(&self, path: &str) -> OsResult<Vec<String>> {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(path).map_err(os_err)? {
            let entry = entry.map_err(os_err)?;
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
        Ok(names)
    }

    fn getcwd(&self) -> OsResult<String> {
        std::env::current_dir()
            .map(|p| p.to_string_lossy().into_owned())
            .map_err(os_err)
    }

    fn chdir(&self, path: &str) -> OsResult<()> {
        std::env::set_current_dir(path).map_err(os_err)
    }

    fn mkdir(&self, path: &str) -> OsResult<()> {
        std::fs::create_dir(path).map_err(os_err)
    }

    fn rmdir(&self, path: &str) -> OsResult<()> {
        std::fs::remove_dir(path).map_err(os_err)
    }

    fn open_nic(&self, options: &NicOptions) -> Result<Box<dyn Nic>, String> {
        let mut nic = slirp::SlirpNic::new().map_err(|_| String::from("libslirp did not start"))?;
        for &(host, guest) in &options.hostfwd {
            nic.add_hostfwd(host, guest).map_err(|_| {
                format!("MPYDOS_HOSTFWD: cannot forward 127.0.0.1:{host} (in use?)")
            })?;
        }
        Ok(Box::new(nic))
    }
}
