//! What the host's `os` functions ask Linux directly, through libc: the
//! terminal's size, the kernel's random bytes, a file system's usage.

use std::ffi::CString;
use std::string::String;
use std::vec::Vec;

use crate::platform::{errno, OsError, OsResult};

fn last_error() -> OsError {
    OsError {
        errno: std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(errno::EIO),
    }
}

/// Standard output's window size (TIOCGWINSZ), as CPython's
/// `os.get_terminal_size()` reads it.
pub fn terminal_size() -> OsResult<(u16, u16)> {
    let mut size = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one `winsize` through the pointer, which
    // points at a live local of that type.
    let rc = unsafe { libc::ioctl(1, libc::TIOCGWINSZ, &mut size as *mut libc::winsize) };
    if rc != 0 {
        return Err(last_error());
    }
    Ok((size.ws_col, size.ws_row))
}

/// Fill `buf` from the kernel's generator (getrandom(2), blocking only
/// until it is seeded at boot).
pub fn random_bytes(buf: &mut [u8]) {
    let mut done = 0;
    while done < buf.len() {
        let rest = &mut buf[done..];
        // SAFETY: getrandom writes at most `rest.len()` bytes into `rest`.
        let n = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if n > 0 {
            done += n as usize;
        } else if last_error().errno != libc::EINTR {
            // No getrandom (a very old kernel): /dev/urandom is the same pool.
            let mut f = std::fs::File::open("/dev/urandom").expect("no /dev/urandom");
            std::io::Read::read_exact(&mut f, rest).expect("/dev/urandom failed");
            return;
        }
    }
}

/// (total, used, free to unprivileged users) bytes of the file system
/// holding `path`, as `shutil.disk_usage` computes them from statvfs(2).
pub fn disk_usage(path: &str) -> OsResult<(u64, u64, u64)> {
    let c = CString::new(path).map_err(|_| OsError {
        errno: errno::EINVAL,
    })?;
    // SAFETY: statvfs is plain old data; all-zero is a valid value.
    let mut st: libc::statvfs = unsafe { core::mem::zeroed() };
    // SAFETY: `c` is NUL-terminated and `st` is a live statvfs to fill.
    if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
        return Err(last_error());
    }
    let frsize = st.f_frsize as u64;
    let blocks = st.f_blocks as u64;
    Ok((
        blocks * frsize,
        (blocks - st.f_bfree as u64) * frsize,
        st.f_bavail as u64 * frsize,
    ))
}

/// uname(2)'s five fields ("" each if it fails).
pub fn uname() -> [String; 5] {
    // SAFETY: utsname is plain old data; all-zero is a valid value.
    let mut u: libc::utsname = unsafe { core::mem::zeroed() };
    // SAFETY: `u` is a live utsname for uname to fill.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Default::default();
    }
    let text = |field: &[libc::c_char]| {
        let bytes: Vec<u8> = field
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    [
        text(&u.sysname),
        text(&u.nodename),
        text(&u.release),
        text(&u.version),
        text(&u.machine),
    ]
}
