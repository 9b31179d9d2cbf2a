//! The DOS platform: MPYDOS.EXE as a DJGPP-format DPMI client with its own
//! runtime (no DJGPP libc). `entry` takes over from the stub; the other
//! modules each own one service; [`Dos`] presents them as the `Platform`.

mod args;
mod cleanup;
mod clock;
mod console;
mod ctrlc;
mod entropy;
mod entry;
mod exceptions;
mod files;
mod heap;
mod memory;
pub mod pktdrv;
mod rtc;
mod stack;
mod timer;
mod xfer;

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::nic::{Nic, NicOptions};

use crate::platform::{
    DateTime, FileHandle, FileStat, Key, OpenMode, OsResult, Platform, SeekFrom, Stream,
};

/// The DOS machine; `entry` installs the one instance.
pub struct Dos;

impl Platform for Dos {
    fn write(&self, stream: Stream, bytes: &[u8]) {
        let handle = match stream {
            Stream::Stdout => 1,
            Stream::Stderr => 2,
        };
        console::write_text(handle, bytes);
    }

    fn read_line(&self) -> OsResult<Option<Vec<u8>>> {
        console::read_line().map_err(files::os_error)
    }

    fn is_console(&self, fd: u8) -> bool {
        console::is_console(fd)
    }

    fn begin_keys(&self) -> bool {
        console::is_console(0)
    }

    fn read_key(&self) -> OsResult<Option<Key>> {
        loop {
            // A ^C that DOS found in the type-ahead while we echoed (it
            // prints "^C" itself), or Ctrl-Break's INT 1Bh (key 0000h).
            if ctrlc::take() {
                return Ok(Some(Key::Interrupt));
            }
            let code = console::read_key();
            if let Some(key) = crate::lineedit::bios::bios_key(code) {
                return Ok(Some(key));
            }
        }
    }

    fn monotonic_us(&self) -> u64 {
        clock::monotonic_us()
    }

    fn unix_time_us(&self) -> i64 {
        clock::unix_time_us()
    }

    fn local_time(&self) -> DateTime {
        clock::local_time()
    }

    fn idle_until(&self, deadline_us: u64) {
        clock::idle_until(deadline_us, || false)
    }

    fn take_interrupt(&self) -> bool {
        ctrlc::take()
    }

    fn args(&self) -> Vec<String> {
        args::args()
    }

    fn env_var(&self, name: &str) -> Option<String> {
        // DOS variable names are upper case; COMMAND.COM uppercases `SET x=`.
        args::env_vars()
            .into_iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }

    fn env_vars(&self) -> Vec<(String, String)> {
        args::env_vars()
    }

    fn set_env(&self, name: &str, value: Option<&str>) {
        args::set_env(name, value)
    }

    fn terminal_size(&self) -> OsResult<(u16, u16)> {
        console::screen_size()
    }

    fn uname(&self) -> [String; 5] {
        let version = dos_version();
        [
            "DOS".into(),
            String::new(),
            version.clone(),
            version,
            String::new(),
        ]
    }

    fn random_bytes(&self, buf: &mut [u8]) {
        entropy::fill(buf)
    }

    fn disk_usage(&self, path: &str) -> OsResult<(u64, u64, u64)> {
        files::disk_usage(path)
    }

    fn stack_floor(&self) -> usize {
        stack::floor()
    }

    fn name(&self) -> &'static str {
        "dos"
    }

    fn mem_free(&self) -> usize {
        heap::mem_free()
    }

    fn exit(&self, code: i32) -> ! {
        cleanup::exit(code)
    }

    fn open(&self, path: &str, mode: OpenMode) -> OsResult<FileHandle> {
        files::open(path, mode)
    }

    fn read(&self, file: FileHandle, buf: &mut [u8]) -> OsResult<usize> {
        files::read(file, buf)
    }

    fn write_file(&self, file: FileHandle, bytes: &[u8]) -> OsResult<usize> {
        files::write(file, bytes)
    }

    fn seek(&self, file: FileHandle, offset: i64, from: SeekFrom) -> OsResult<u64> {
        files::seek(file, offset, from)
    }

    fn close(&self, file: FileHandle) -> OsResult<()> {
        files::close(file)
    }

    fn remove(&self, path: &str) -> OsResult<()> {
        files::remove(path)
    }

    fn rename(&self, from: &str, to: &str) -> OsResult<()> {
        files::rename(from, to)
    }

    fn stat(&self, path: &str) -> OsResult<FileStat> {
        files::stat(path)
    }

    fn chmod(&self, path: &str, mode: u32) -> OsResult<()> {
        files::chmod(path, mode)
    }

    fn set_times(&self, path: &str, _atime: i64, mtime: i64) -> OsResult<()> {
        files::set_mtime(path, mtime)
    }

    fn list_dir(&self, path: &str) -> OsResult<Vec<String>> {
        files::list_dir(path)
    }

    fn getcwd(&self) -> OsResult<String> {
        files::getcwd()
    }

    fn chdir(&self, path: &str) -> OsResult<()> {
        files::chdir(path)
    }

    fn mkdir(&self, path: &str) -> OsResult<()> {
        files::mkdir(path)
    }

    fn rmdir(&self, path: &str) -> OsResult<()> {
        files::rmdir(path)
    }

    fn open_nic(&self, options: &NicOptions) -> Result<Box<dyn Nic>, String> {
        pktdrv::open(options.packet_int)
    }
}

/// The DOS version as "major.minor": the true version (INT 21h AX=3306h,
/// which SETVER cannot fake) where DOS 5+ answers, else AH=30h's.
fn dos_version() -> String {
    let (major, minor) = match xfer::int21(xfer::ax(0x3306)) {
        Ok(r) if r.ebx & 0xFF >= 5 && r.ebx & 0xFF != 0xFF => (r.ebx & 0xFF, (r.ebx >> 8) & 0xFF),
        _ => match xfer::int21(xfer::ax(0x3000)) {
            Ok(r) => (r.eax & 0xFF, (r.eax >> 8) & 0xFF),
            Err(_) => return String::new(),
        },
    };
    alloc::format!("{major}.{minor:02}")
}
