//! INT 21h file and directory functions (36h-5Bh) over the host drive.
use super::console::{self, Line};
use super::files::{io_error, Device, Files, Handle, ERR_ACCESS_DENIED};
use super::{fail, find, paths, pointer};
use crate::interrupts::After;
use crate::machine::Machine;
use crate::outcome::Run;
use crate::regs::Regs;

/// Longest DOS path an ASCIZ argument may hold.
const MAX_PATH: u32 = 128;
const ERR_CURRENT_DIR: u16 = 0x10;

/// Reads the ASCIZ path at DS:DX.
fn path_at(m: &mut Machine, regs: &Regs, real_segments: bool) -> Run<Vec<u8>> {
    let what = format!("AH={:02X}h", regs.ah());
    let at = pointer(regs.ds, regs.dx(), real_segments, &what)?;
    m.memory.asciz(at, MAX_PATH)
}

/// Runs `op` and turns `Err(code)` into the DOS failure convention.
fn answer<T>(
    m: &mut Machine,
    regs: &mut Regs,
    result: Result<T, u16>,
    then: impl FnOnce(&mut Regs, T),
) {
    match result {
        Ok(value) => {
            regs.ok();
            then(regs, value);
        }
        Err(code) => fail(m, regs, code),
    }
}

pub fn int21_files(m: &mut Machine, regs: &mut Regs, real_segments: bool) -> Run<After> {
    match regs.ah() {
        0x36 => {
            // 32 KiB clusters of 512-byte sectors.
            let free = m
                .dos
                .disk_free
                .map_or(0x7FFF, |bytes| (bytes >> 15).min(0xFFFF));
            regs.set_ax(64);
            regs.set_bx(free as u16);
            regs.set_cx(512);
            regs.set_dx(0xFFFF);
        }
        0x39 | 0x3A | 0x3B | 0x41 => {
            let path = path_at(m, regs, real_segments)?;
            let result = directory_call(m, regs.ah(), &path);
            answer(m, regs, result, |_, _| {});
        }
        0x3C | 0x5B => {
            let path = path_at(m, regs, real_segments)?;
            let result = m.dos.drive.resolve(&path).and_then(|r| {
                if r.exists && (r.host.is_dir() || read_only(&r.host)) {
                    return Err(ERR_ACCESS_DENIED);
                }
                let old_size = file_size(&r.host);
                let handle = m.dos.files.create(&r.host, regs.ah() == 0x5B)?;
                m.dos.release_space(old_size);
                Ok(handle)
            });
            answer(m, regs, result, |r, h| r.set_ax(h));
        }
        0x3D => {
            let path = path_at(m, regs, real_segments)?;
            let mode = regs.al();
            let result = m.dos.drive.resolve(&path).and_then(|r| {
                if r.exists && mode & 3 != 0 && read_only(&r.host) {
                    Err(ERR_ACCESS_DENIED)
                } else if r.exists {
                    m.dos.files.open(&r.host, mode)
                } else {
                    Err(paths::ERR_FILE_NOT_FOUND)
                }
            });
            answer(m, regs, result, |r, h| r.set_ax(h));
        }
        0x3E => {
            let result = m.dos.files.close(regs.bx());
            answer(m, regs, result, |_, _| {});
        }
        0x3F => return read(m, regs, real_segments),
        0x40 => return write(m, regs, real_segments),
        0x42 => {
            let offset = (regs.cx() as u32) << 16 | regs.dx() as u32;
            let result = m.dos.files.seek(regs.bx(), regs.al(), offset);
            answer(m, regs, result, |r, pos| {
                r.set_ax(pos as u16);
                r.set_dx((pos >> 16) as u16);
            });
        }
        0x43 => {
            let path = path_at(m, regs, real_segments)?;
            let result = attributes(m, regs, &path);
            answer(m, regs, result, |r, attr| r.set_cx(attr));
        }
        0x44 => ioctl(m, regs),
        0x47 => {
            if regs.dl() > 3 || regs.dl() == 1 || regs.dl() == 2 {
                fail(m, regs, paths::ERR_INVALID_DRIVE);
            } else {
                let at = pointer(regs.ds, regs.si(), real_segments, "AH=47h")?;
                let mut text = m.dos.drive.cwd_text().into_bytes();
                text.push(0);
                m.memory.write(at, &text)?;
                regs.set_ax(0x0100);
                regs.ok();
            }
        }
        0x4E | 0x4F => find::int21_find(m, regs, real_segments)?,
        0x56 => {
            let from = path_at(m, regs, real_segments)?;
            let to_at = pointer(regs.es, regs.di(), real_segments, "AH=56h")?;
            let to = m.memory.asciz(to_at, MAX_PATH)?;
            let result = rename(m, &from, &to);
            answer(m, regs, result, |_, _| {});
        }
        0x57 => file_time(m, regs),
        ah => {
            m.stats.log_once(format!(
                "INT 21h AH={ah:02X}h not supported (AX={:04X}h)",
                regs.ax()
            ));
            fail(m, regs, 1);
        }
    }
    Ok(After::Return)
}

fn file_size(path: &std::path::Path) -> u64 {
    std::fs::metadata(path).map(|meta| meta.len()).unwrap_or(0)
}

/// DOS refuses to write, truncate or delete a file with the read-only
/// attribute, whoever runs dosrun (root could write the host file).
fn read_only(path: &std::path::Path) -> bool {
    std::fs::metadata(path).is_ok_and(|meta| meta.permissions().readonly())
}

fn directory_call(m: &mut Machine, ah: u8, path: &[u8]) -> Result<(), u16> {
    if ah == 0x3B {
        return m.dos.drive.change_dir(path);
    }
    let target = m.dos.drive.resolve(path)?;
    match ah {
        0x39 if target.exists => Err(ERR_ACCESS_DENIED),
        0x39 => std::fs::create_dir(&target.host).map_err(|e| io_error(&e)),
        _ if !target.exists => Err(if ah == 0x3A {
            paths::ERR_PATH_NOT_FOUND
        } else {
            paths::ERR_FILE_NOT_FOUND
        }),
        0x3A if !target.host.is_dir() => Err(paths::ERR_PATH_NOT_FOUND),
        0x3A if m.dos.drive.is_current_or_parent(&target.host) => Err(ERR_CURRENT_DIR),
        0x3A => std::fs::remove_dir(&target.host).map_err(|e| io_error(&e)),
        _ if target.host.is_dir() || read_only(&target.host) => Err(ERR_ACCESS_DENIED),
        _ => {
            let size = file_size(&target.host);
            std::fs::remove_file(&target.host).map_err(|e| io_error(&e))?;
            m.dos.release_space(size);
            Ok(())
        }
    }
}

fn rename(m: &mut Machine, from: &[u8], to: &[u8]) -> Result<(), u16> {
    let source = m.dos.drive.resolve(from)?;
    if !source.exists {
        return Err(paths::ERR_FILE_NOT_FOUND);
    }
    let target = m.dos.drive.resolve(to)?;
    if target.exists {
        return Err(ERR_ACCESS_DENIED);
    }
    std::fs::rename(&source.host, &target.host).map_err(|e| io_error(&e))
}

/// 43h: AL=0 gets the attributes (read-only 01h, directory 10h, archive 20h);
/// AL=1 sets read-only only.
fn attributes(m: &mut Machine, regs: &Regs, path: &[u8]) -> Result<u16, u16> {
    let target = m.dos.drive.resolve(path)?;
    if !target.exists {
        return Err(paths::ERR_FILE_NOT_FOUND);
    }
    let meta = std::fs::metadata(&target.host).map_err(|e| io_error(&e))?;
    match regs.al() {
        0 => Ok(find::attributes_of(&meta) as u16),
        1 => {
            let mut perms = meta.permissions();
            perms.set_readonly(regs.cx() & 1 != 0);
            std::fs::set_permissions(&target.host, perms).map_err(|e| io_error(&e))?;
            Ok(regs.cx())
        }
        _ => Err(1),
    }
}

/// 57h: AL=0 gets the DOS time/date of a handle's file; AL=1 sets is accepted.
fn file_time(m: &mut Machine, regs: &mut Regs) {
    let handle = regs.bx();
    let result = match m.dos.files.get(handle) {
        Ok(Handle::File { file, .. }) if regs.al() == 0 => file
            .metadata()
            .map(|meta| find::dos_stamp(&meta))
            .map_err(|e| io_error(&e)),
        Ok(Handle::File { file, .. }) if regs.al() == 1 => file
            .set_modified(find::stamp_time(regs.cx(), regs.dx()))
            .map(|()| (regs.cx(), regs.dx()))
            .map_err(|e| io_error(&e)),
        Ok(_) if regs.al() == 1 => Ok((regs.cx(), regs.dx())),
        Ok(_) => Err(1),
        Err(code) => Err(code),
    };
    answer(m, regs, result, |r, (time, date)| {
        r.set_cx(time);
        r.set_dx(date);
    });
}

/// 44h: IOCTL. 00h get device info, 01h set (raw mode), 06h/07h status.
fn ioctl(m: &mut Machine, regs: &mut Regs) {
    let handle = regs.bx();
    let raw = m.dos.files.stdin_raw;
    let info = match m.dos.files.get(handle) {
        Err(code) => Err(code),
        Ok(Handle::Device(device)) => Ok(Some(match device {
            // ISDEV | (raw) | ISCLK? no | ISNUL? | ISCOT | ISCIN
            Device::Stdin | Device::Stdout | Device::Stderr => 0x80D3 | if raw { 0x20 } else { 0 },
            Device::Null => 0x8084,
        })),
        Ok(Handle::File { .. }) => Ok(None),
    };
    match (regs.al(), info) {
        (_, Err(code)) => fail(m, regs, code),
        (0x00, Ok(Some(word))) => {
            regs.set_dx(word);
            regs.set_ax(word);
            regs.ok();
        }
        (0x00, Ok(None)) => {
            regs.set_dx(0x0002); // disk file on drive C:
            regs.set_ax(0x0002);
            regs.ok();
        }
        (0x01, Ok(Some(_))) => {
            if handle == 0 {
                m.dos.files.stdin_raw = regs.dx() & 0x20 != 0;
            }
            regs.ok();
        }
        (0x06 | 0x07, Ok(_)) => {
            regs.set_al(0xFF);
            regs.ok();
        }
        (al, _) => {
            m.stats
                .log_once(format!("INT 21h AX=44{al:02X}h (IOCTL) not supported"));
            fail(m, regs, 1);
        }
    }
}

/// 3Fh: read from a handle into DS:DX.
fn read(m: &mut Machine, regs: &mut Regs, real_segments: bool) -> Run<After> {
    let at = pointer(regs.ds, regs.dx(), real_segments, "AH=3Fh")?;
    let count = regs.cx() as usize;
    let result = match m.dos.files.get(regs.bx()) {
        Err(code) => Err(code),
        Ok(Handle::Device(Device::Stdin)) => match read_console(m, count)? {
            Some(data) => Ok(data),
            None => return Ok(After::CtrlC),
        },
        Ok(Handle::Device(_)) => Ok(Vec::new()),
        Ok(Handle::File { file, read, .. }) => Files::read_file(file, *read, count),
    };
    match result {
        Ok(data) => {
            m.memory.write(at, &data)?;
            regs.set_ax(data.len() as u16);
            regs.ok();
        }
        Err(code) => fail(m, regs, code),
    }
    Ok(After::Return)
}

/// Console input for 3Fh: cooked lines (with echo, CR LF) or raw keys.
/// `None` means ^C was typed.
fn read_console(m: &mut Machine, count: usize) -> Run<Option<Vec<u8>>> {
    if m.dos.files.stdin_raw {
        if m.keyboard.exhausted() {
            return Ok(Some(Vec::new()));
        }
        let mut data = vec![console::read_char(m)?];
        while data.len() < count {
            match m.keyboard.take() {
                Some(key) => data.push(key as u8),
                None => break,
            }
        }
        return Ok(Some(data));
    }
    if m.dos.pending_input.is_empty() {
        if super::ctrl_c_seen(m) {
            return Ok(None);
        }
        match console::read_line(m, 128)? {
            Line::Text(mut line) => {
                line.push(b'\n');
                m.dos.pending_input.extend(line);
            }
            Line::CtrlC => return Ok(None),
            Line::End => return Ok(Some(Vec::new())),
        }
    }
    let n = count.min(m.dos.pending_input.len());
    Ok(Some(m.dos.pending_input.drain(..n).collect()))
}

/// 40h: write DS:DX to a handle.
fn write(m: &mut Machine, regs: &mut Regs, real_segments: bool) -> Run<After> {
    let handle = regs.bx();
    let count = regs.cx() as u32;
    let console_device = matches!(
        m.dos.files.get(handle),
        Ok(Handle::Device(Device::Stdout | Device::Stderr))
    );
    if console_device && super::ctrl_c_seen(m) {
        return Ok(After::CtrlC);
    }
    let data = if count == 0 {
        Vec::new()
    } else {
        let at = pointer(regs.ds, regs.dx(), real_segments, "AH=40h")?;
        m.memory.read(at, count)?
    };
    let result = match m.dos.files.get(handle) {
        Err(code) => Err(code),
        Ok(Handle::Device(Device::Stdout | Device::Stdin)) => {
            console::write_stdout(&data);
            Ok(data.len() as u16)
        }
        Ok(Handle::Device(Device::Stderr)) => {
            console::write_stderr(&data);
            Ok(data.len() as u16)
        }
        Ok(Handle::Device(_)) => Ok(data.len() as u16),
        Ok(Handle::File { file, write, .. }) => {
            Files::write_file(file, *write, &data, &mut m.dos.disk_free)
        }
    };
    answer(m, regs, result, |r, n| r.set_ax(n));
    Ok(After::Return)
}
