//! Files and directories over INT 21h, paths and data passing through the
//! transfer buffer, DOS error codes turned into Python errno values.

use alloc::string::String;
use alloc::vec::Vec;

use super::console;
use super::xfer::{self, DosError};
use crate::dpmi::RealModeRegs;
use crate::platform::{
    errno, DateTime, FileHandle, FileStat, OpenMode, OsError, OsResult, SeekFrom,
};

/// Where things go in the transfer buffer: a path, a second path, the DTA.
const PATH: usize = 0;
const SECOND_PATH: usize = 0x100;
const DTA: usize = 0x200;

const ATTR_READ_ONLY: u8 = 0x01;
const ATTR_DIRECTORY: u8 = 0x10;
/// Find-first attribute mask: hidden, system and directories too.
const FIND_ALL: u32 = 0x16;

/// The errno Python would report for a DOS error code.
pub fn os_error(e: DosError) -> OsError {
    let errno = match e.0 {
        0x02 | 0x03 | 0x0f | 0x12 => errno::ENOENT,
        0x04 => errno::EMFILE,
        0x05 | 0x10 | 0x13 | 0x20 | 0x21 => errno::EACCES,
        0x06 => errno::EBADF,
        0x08 => errno::ENOMEM,
        0x27 => errno::ENOSPC,
        0x50 => errno::EEXIST,
        _ => errno::EIO,
    };
    OsError { errno }
}

fn err(errno: i32) -> OsError {
    OsError { errno }
}

/// Put `path` as an ASCIIZ string at `offset` (DOS paths fit in 128 bytes).
fn put_path(offset: usize, path: &str) -> OsResult<()> {
    let bytes = path.as_bytes();
    if bytes.len() > 127 || bytes.contains(&0) {
        return Err(err(errno::EINVAL));
    }
    xfer::put(offset, bytes);
    xfer::put(offset + bytes.len(), &[0]);
    Ok(())
}

/// INT 21h function `ax` with the path in DS:DX.
fn path_call(ax: u16, path: &str, setup: impl FnOnce(&mut RealModeRegs)) -> OsResult<RealModeRegs> {
    put_path(PATH, path)?;
    let mut r = xfer::ax(ax);
    r.edx = PATH as u32;
    setup(&mut r);
    xfer::int21(r).map_err(os_error)
}

/// DOS attributes of `path` (INT 21h AX=4300h).
fn attributes(path: &str) -> OsResult<u8> {
    path_call(0x4300, path, |_| {}).map(|r| r.ecx as u8)
}

fn is_dir(path: &str) -> bool {
    attributes(path).is_ok_and(|a| a & ATTR_DIRECTORY != 0)
}

pub fn open(path: &str, mode: OpenMode) -> OsResult<FileHandle> {
    let open_existing = |access: u16| path_call(0x3d00 | access, path, |_| {});
    let create = |ax: u16| path_call(ax, path, |r| r.ecx = 0);
    let result = match mode {
        OpenMode::Read => open_existing(0),
        OpenMode::ReadWrite => open_existing(2),
        OpenMode::Write | OpenMode::CreateReadWrite => create(0x3c00),
        OpenMode::CreateNew => create(0x5b00),
        OpenMode::Append => open_existing(1).or_else(|e| match e.errno {
            errno::ENOENT => create(0x3c00),
            _ => Err(e),
        }),
    };
    let handle = match result {
        Ok(r) => FileHandle((r.eax & 0xffff) as i32),
        Err(e) if e.errno == errno::EACCES && is_dir(path) => return Err(err(errno::EISDIR)),
        Err(e) => return Err(e),
    };
    if mode == OpenMode::Append {
        seek(handle, 0, SeekFrom::End)?;
    }
    Ok(handle)
}

pub fn read(file: FileHandle, buf: &mut [u8]) -> OsResult<usize> {
    console::read_handle(file.0 as u16, buf).map_err(os_error)
}

/// Write as much of `bytes` as fits in the transfer buffer; a disk that
/// takes nothing is full.
pub fn write(file: FileHandle, bytes: &[u8]) -> OsResult<usize> {
    if bytes.is_empty() {
        return Ok(0); // a zero-length DOS write would truncate the file
    }
    let chunk = &bytes[..bytes.len().min(xfer::size())];
    xfer::put(0, chunk);
    match console::write_from_buffer(file.0 as u16, chunk.len()) {
        Ok(0) => Err(err(errno::ENOSPC)),
        Ok(n) => Ok(n),
        Err(e) => Err(os_error(e)),
    }
}

pub fn seek(file: FileHandle, offset: i64, from: SeekFrom) -> OsResult<u64> {
    let offset = i32::try_from(offset).map_err(|_| err(errno::EINVAL))? as u32;
    let whence = match from {
        SeekFrom::Start => 0,
        SeekFrom::Current => 1,
        SeekFrom::End => 2,
    };
    let mut r = xfer::ax(0x4200 | whence);
    r.ebx = file.0 as u32;
    r.ecx = offset >> 16;
    r.edx = offset & 0xffff;
    let r = xfer::int21(r).map_err(os_error)?;
    Ok(((r.edx & 0xffff) << 16 | (r.eax & 0xffff)) as u64)
}

pub fn close(file: FileHandle) -> OsResult<()> {
    let mut r = xfer::ax(0x3e00);
    r.ebx = file.0 as u32;
    xfer::int21(r).map(|_| ()).map_err(os_error)
}

pub fn remove(path: &str) -> OsResult<()> {
    path_call(0x4100, path, |_| {}).map(|_| ())
}

pub fn rename(from: &str, to: &str) -> OsResult<()> {
    put_path(SECOND_PATH, to)?;
    match path_call(0x5600, from, |r| r.edi = SECOND_PATH as u32) {
        // DOS says "access denied" for an existing target; Windows' word is EEXIST.
        Err(e) if e.errno == errno::EACCES && attributes(to).is_ok() => Err(err(errno::EEXIST)),
        other => other.map(|_| ()),
    }
}

/// One directory entry as find first/next leave it in the DTA.
struct Found {
    name: String,
    size: u32,
    mtime: i64,
}

fn read_dta() -> Found {
    let mut dta = [0u8; 43];
    xfer::get(DTA, &mut dta);
    let time = u16::from_le_bytes([dta[0x16], dta[0x17]]);
    let date = u16::from_le_bytes([dta[0x18], dta[0x19]]);
    let name = &dta[0x1e..];
    let name = &name[..name.iter().position(|&b| b == 0).unwrap_or(name.len())];
    Found {
        name: String::from_utf8_lossy(name).into_owned(),
        size: u32::from_le_bytes([dta[0x1a], dta[0x1b], dta[0x1c], dta[0x1d]]),
        mtime: crate::calendar::unix_seconds(&dos_timestamp(date, time)),
    }
}

/// A FAT date and time word pair, broken down.
fn dos_timestamp(date: u16, time: u16) -> DateTime {
    DateTime {
        year: 1980 + (date >> 9),
        month: ((date >> 5) & 15) as u8,
        day: (date & 31) as u8,
        hour: (time >> 11) as u8,
        minute: ((time >> 5) & 63) as u8,
        second: ((time & 31) * 2) as u8,
        microsecond: 0,
    }
}

/// Every entry matching the wildcard `pattern` (find first, then find next).
fn find_all(pattern: &str) -> OsResult<Vec<Found>> {
    let mut set_dta = xfer::ax(0x1a00);
    set_dta.edx = DTA as u32;
    xfer::int21(set_dta).map_err(os_error)?;
    let mut found = Vec::new();
    let mut next = path_call(0x4e00, pattern, |r| r.ecx = FIND_ALL);
    while next.is_ok() {
        found.push(read_dta());
        next = xfer::int21(xfer::ax(0x4f00)).map_err(os_error);
    }
    match next {
        Err(e) if found.is_empty() => Err(e),
        _ => Ok(found),
    }
}

pub fn stat(path: &str) -> OsResult<FileStat> {
    let attributes = attributes(path)?;
    let mut stat = FileStat {
        is_dir: attributes & ATTR_DIRECTORY != 0,
        read_only: attributes & ATTR_READ_ONLY != 0,
        executable: [".COM", ".EXE", ".BAT"].iter().any(|ext| {
            let (p, e) = (path.as_bytes(), ext.as_bytes());
            p.len() > e.len() && p[p.len() - e.len()..].eq_ignore_ascii_case(e)
        }),
        ..FileStat::default()
    };
    // Find first knows size and time of everything but root directories.
    if let Some(entry) = find_all(path).ok().and_then(|mut v| v.pop()) {
        stat.size = if stat.is_dir { 0 } else { entry.size as u64 };
        let ns = entry.mtime * 1_000_000_000;
        (stat.atime_ns, stat.mtime_ns, stat.ctime_ns) = (ns, ns, ns);
    }
    Ok(stat)
}

/// The read-only attribute (INT 21h 4301h) from a mode's owner write bit;
/// DOS has no other permission bits.
pub fn chmod(path: &str, mode: u32) -> OsResult<()> {
    const KEPT: u8 = 0x27; // read-only, hidden, system, archive
    let old = attributes(path)? & KEPT;
    let new = if mode & 0o200 != 0 {
        old & !ATTR_READ_ONLY
    } else {
        old | ATTR_READ_ONLY
    };
    path_call(0x4301, path, |r| r.ecx = u32::from(new)).map(|_| ())
}

/// The FAT (date, time) words of `secs` (local time since 1970); None
/// outside 1980-2107. Seconds are stored halved.
fn fat_stamp(secs: i64) -> Option<(u16, u16)> {
    let t = crate::calendar::date_time(secs.checked_mul(1_000_000)?);
    let years = t.year.checked_sub(1980).filter(|y| *y < 128)?;
    let date = years << 9 | u16::from(t.month) << 5 | u16::from(t.day);
    let time = u16::from(t.hour) << 11 | u16::from(t.minute) << 5 | u16::from(t.second / 2);
    Some((date, time))
}

/// The modification time through a handle (INT 21h 5701h; DOS writes it
/// to the directory when the handle closes). DOS keeps no access time.
pub fn set_mtime(path: &str, mtime: i64) -> OsResult<()> {
    let file = open(path, OpenMode::Read)?;
    let Some((date, time)) = fat_stamp(mtime) else {
        close(file)?;
        return Err(err(errno::EINVAL));
    };
    let mut r = xfer::ax(0x5701);
    r.ebx = file.0 as u32;
    r.ecx = u32::from(time);
    r.edx = u32::from(date);
    let set = xfer::int21(r).map(|_| ()).map_err(os_error);
    let closed = close(file);
    set.and(closed)
}

pub fn list_dir(path: &str) -> OsResult<Vec<String>> {
    let mut pattern = String::from(path);
    if !pattern.is_empty() && !pattern.ends_with(['\\', '/', ':']) {
        pattern.push('\\');
    }
    pattern.push_str("*.*");
    let entries = match find_all(&pattern) {
        Err(e) if e.errno == errno::ENOENT && is_dir(path) => Vec::new(),
        other => other?,
    };
    Ok(entries
        .into_iter()
        .filter(|f| f.name != "." && f.name != "..")
        .map(|f| f.name)
        .collect())
}

pub fn getcwd() -> OsResult<String> {
    let drive = xfer::int21(xfer::ax(0x1900)).map_err(os_error)?.eax as u8;
    let mut r = xfer::ax(0x4700);
    r.edx = 0;
    r.esi = PATH as u32;
    xfer::int21(r).map_err(os_error)?;
    let mut dir = [0u8; 64];
    xfer::get(PATH, &mut dir);
    let len = dir.iter().position(|&b| b == 0).unwrap_or(dir.len());
    let mut cwd = String::new();
    cwd.push((b'A' + drive) as char);
    cwd.push_str(":\\");
    cwd.push_str(&String::from_utf8_lossy(&dir[..len]));
    Ok(cwd)
}

pub fn chdir(path: &str) -> OsResult<()> {
    let bytes = path.as_bytes();
    if bytes.len() >= 2 && bytes[1] == b':' {
        let drive = bytes[0].to_ascii_uppercase().wrapping_sub(b'A');
        let mut select = xfer::ax(0x0e00);
        select.edx = drive as u32;
        xfer::int21(select).map_err(os_error)?;
        if xfer::int21(xfer::ax(0x1900)).map_err(os_error)?.eax as u8 != drive {
            return Err(err(errno::ENOENT));
        }
        if bytes.len() == 2 {
            return Ok(());
        }
    }
    path_call(0x3b00, path, |_| {}).map(|_| ())
}

pub fn mkdir(path: &str) -> OsResult<()> {
    match path_call(0x3900, path, |_| {}) {
        Err(e) if e.errno == errno::EACCES && attributes(path).is_ok() => Err(err(errno::EEXIST)),
        other => other.map(|_| ()),
    }
}

pub fn rmdir(path: &str) -> OsResult<()> {
    match path_call(0x3a00, path, |_| {}) {
        Err(e) if e.errno == errno::EACCES && list_dir(path).is_ok_and(|l| !l.is_empty()) => {
            Err(err(errno::ENOTEMPTY))
        }
        other => other.map(|_| ()),
    }
}

/// (total, used, free) bytes of the drive `path` names (or the current drive),
/// from INT 21h AH=36h: clusters times sectors per cluster times bytes per
/// sector. DOS caps the counts it reports (2 GiB on FAT16's call).
pub fn disk_usage(path: &str) -> OsResult<(u64, u64, u64)> {
    let bytes = path.as_bytes();
    let drive = match bytes {
        [d, b':', ..] if d.is_ascii_alphabetic() => d.to_ascii_uppercase() - b'A' + 1,
        _ => 0,
    };
    attributes(path).or_else(|e| if is_root(path) { Ok(0) } else { Err(e) })?;
    let mut r = xfer::ax(0x3600);
    r.edx = drive as u32;
    let r = xfer::int21(r).map_err(os_error)?;
    let sectors_per_cluster = r.eax as u16;
    if sectors_per_cluster == 0xffff {
        return Err(err(errno::ENOENT));
    }
    let cluster = sectors_per_cluster as u64 * (r.ecx as u16) as u64;
    let (total, free) = ((r.edx as u16) as u64, (r.ebx as u16) as u64);
    Ok((
        cluster * total,
        cluster * total.saturating_sub(free),
        cluster * free,
    ))
}

/// True for "C:", "C:\\", "\\" and "/": roots, which have no attributes.
fn is_root(path: &str) -> bool {
    let rest = match path.as_bytes() {
        [d, b':', rest @ ..] if d.is_ascii_alphabetic() => rest,
        rest => rest,
    };
    rest.is_empty() && path.len() == 2 || matches!(rest, [b'\\' | b'/'])
}
