//! DOS file handles: 0-4 are the standard devices, 5.. are host files.
//! Error codes are DOS's (2 not found, 4 too many open, 5 denied, 6 bad handle).
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

pub const ERR_TOO_MANY_OPEN: u16 = 4;
pub const ERR_ACCESS_DENIED: u16 = 5;
pub const ERR_INVALID_HANDLE: u16 = 6;
pub const ERR_INVALID_ACCESS: u16 = 0x0C;
/// The PSP's job file table holds 20 handles.
const MAX_HANDLES: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Device {
    Stdin,
    Stdout,
    Stderr,
    /// AUX and PRN: writes vanish, reads give nothing.
    Null,
}

pub enum Handle {
    Device(Device),
    File { file: File, write: bool, read: bool },
}

pub struct Files {
    table: Vec<Option<Handle>>,
    /// Console input mode set by IOCTL 4401h: raw (no echo, no editing).
    pub stdin_raw: bool,
}

impl Files {
    pub fn new() -> Files {
        let mut table: Vec<Option<Handle>> = (0..MAX_HANDLES).map(|_| None).collect();
        let devices = [
            Device::Stdin,
            Device::Stdout,
            Device::Stderr,
            Device::Null,
            Device::Null,
        ];
        for (slot, device) in table.iter_mut().zip(devices) {
            *slot = Some(Handle::Device(device));
        }
        Files {
            table,
            stdin_raw: false,
        }
    }

    pub fn get(&mut self, handle: u16) -> Result<&mut Handle, u16> {
        self.table
            .get_mut(handle as usize)
            .and_then(|h| h.as_mut())
            .ok_or(ERR_INVALID_HANDLE)
    }

    fn insert(&mut self, handle: Handle) -> Result<u16, u16> {
        let slot = self
            .table
            .iter()
            .position(|h| h.is_none())
            .ok_or(ERR_TOO_MANY_OPEN)?;
        self.table[slot] = Some(handle);
        Ok(slot as u16)
    }

    /// 3Ch/5Bh: create (or truncate) a file opened read/write.
    pub fn create(&mut self, path: &Path, must_be_new: bool) -> Result<u16, u16> {
        let mut options = OpenOptions::new();
        options.read(true).write(true);
        if must_be_new {
            options.create_new(true);
        } else {
            options.create(true).truncate(true);
        }
        let file = options.open(path).map_err(|e| io_error(&e))?;
        self.insert(Handle::File {
            file,
            write: true,
            read: true,
        })
    }

    /// 3Dh: open with access mode 0 (read), 1 (write) or 2 (both).
    pub fn open(&mut self, path: &Path, mode: u8) -> Result<u16, u16> {
        let (read, write) = match mode & 7 {
            0 => (true, false),
            1 => (false, true),
            2 => (true, true),
            _ => return Err(ERR_INVALID_ACCESS),
        };
        if path.is_dir() {
            return Err(ERR_ACCESS_DENIED);
        }
        let file = OpenOptions::new()
            .read(read)
            .write(write)
            .open(path)
            .map_err(|e| io_error(&e))?;
        self.insert(Handle::File { file, write, read })
    }

    pub fn close(&mut self, handle: u16) -> Result<(), u16> {
        self.get(handle)?;
        self.table[handle as usize] = None;
        Ok(())
    }

    /// Reads from a file handle (devices are handled by the caller).
    pub fn read_file(file: &mut File, readable: bool, count: usize) -> Result<Vec<u8>, u16> {
        if !readable {
            return Err(ERR_ACCESS_DENIED);
        }
        let mut data = vec![0u8; count];
        let mut filled = 0;
        while filled < count {
            match file.read(&mut data[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) => return Err(io_error(&e)),
            }
        }
        data.truncate(filled);
        Ok(data)
    }

    /// Writes to a file; zero bytes truncates the file at the current
    /// position. With a free-space budget, a write that would grow the file
    /// past it writes what fits and returns the short count, as on a full disk.
    pub fn write_file(
        file: &mut File,
        writable: bool,
        data: &[u8],
        disk_free: &mut Option<u64>,
    ) -> Result<u16, u16> {
        if !writable {
            return Err(ERR_ACCESS_DENIED);
        }
        let at = file.stream_position().map_err(|e| io_error(&e))?;
        let len = file.metadata().map_err(|e| io_error(&e))?.len();
        if data.is_empty() {
            file.set_len(at).map_err(|e| io_error(&e))?;
            if let Some(free) = disk_free {
                *free += len.saturating_sub(at);
            }
            return Ok(0);
        }
        let fits = match disk_free {
            Some(free) => ((len + *free).saturating_sub(at) as usize).min(data.len()),
            None => data.len(),
        };
        file.write_all(&data[..fits]).map_err(|e| io_error(&e))?;
        if let (Some(free), true) = (disk_free, fits > 0) {
            // at + fits <= len + free, so this cannot go below zero.
            *free -= (at + fits as u64).saturating_sub(len);
        }
        Ok(fits as u16)
    }

    /// 42h: moves the file pointer; returns the new position.
    pub fn seek(&mut self, handle: u16, whence: u8, offset: u32) -> Result<u32, u16> {
        let target = match whence {
            0 => SeekFrom::Start(offset as u64),
            1 => SeekFrom::Current(offset as i32 as i64),
            2 => SeekFrom::End(offset as i32 as i64),
            _ => return Err(1),
        };
        match self.get(handle)? {
            Handle::Device(_) => Ok(0),
            Handle::File { file, .. } => file.seek(target).map(|p| p as u32).map_err(|_| 0x19), // seek error
        }
    }
}

/// Maps a host I/O error to a DOS error code.
pub fn io_error(error: &std::io::Error) -> u16 {
    use std::io::ErrorKind::*;
    match error.kind() {
        NotFound => 2,
        PermissionDenied => ERR_ACCESS_DENIED,
        AlreadyExists => 0x50,
        _ => match error.raw_os_error() {
            Some(28) => 0x27,              // ENOSPC: disk full
            Some(39) => ERR_ACCESS_DENIED, // ENOTEMPTY
            Some(21) => ERR_ACCESS_DENIED, // EISDIR
            _ => 0x1F,                     // general failure
        },
    }
}
