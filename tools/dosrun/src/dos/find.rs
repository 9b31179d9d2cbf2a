//! Find first / find next (INT 21h 4Eh/4Fh): results go to the DTA in DOS's
//! layout; the search state lives here, keyed by a number stored in the DTA's
//! reserved bytes.
use super::paths::{self, matches, split_pattern};
use super::{fail, pointer};
use crate::machine::Machine;
use crate::outcome::Run;
use crate::regs::Regs;
use std::fs::Metadata;
use std::time::UNIX_EPOCH;

const ERR_NO_MORE_FILES: u16 = 0x12;
const ATTR_READ_ONLY: u8 = 0x01;
const ATTR_VOLUME: u8 = 0x08;
pub const ATTR_DIRECTORY: u8 = 0x10;
const ATTR_ARCHIVE: u8 = 0x20;
/// Marks a DTA filled by dosrun's find first (byte 0 of the reserved area).
const DTA_MAGIC: u8 = 0xD5;
/// Searches remembered at once (older ones are forgotten, as DOS's are).
const MAX_SEARCHES: usize = 64;

pub struct Entry {
    name: String,
    attributes: u8,
    time: u16,
    date: u16,
    size: u32,
}

#[derive(Default)]
pub struct Searches {
    next_id: u16,
    live: Vec<(u16, Vec<Entry>)>,
}

pub fn attributes_of(meta: &Metadata) -> u8 {
    let mut attr = if meta.is_dir() {
        ATTR_DIRECTORY
    } else {
        ATTR_ARCHIVE
    };
    if meta.permissions().readonly() {
        attr |= ATTR_READ_ONLY;
    }
    attr
}

/// DOS (time, date) words of a file's modification time (UTC).
pub fn dos_stamp(meta: &Metadata) -> (u16, u16) {
    let secs = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (y, mon, d) = mpydos::calendar::civil_from_days((secs / 86_400) as i64);
    let rest = secs % 86_400;
    let time = ((rest / 3600) << 11 | (rest / 60 % 60) << 5 | ((rest % 60) / 2)) as u16;
    let year = (y - 1980).clamp(0, 127) as u16;
    let date = year << 9 | (mon as u16) << 5 | d as u16;
    (time, date)
}

/// The time a FAT (time, date) pair stands for (UTC, as [`dos_stamp`]
/// reads it): what 5701h stores on the host file.
pub fn stamp_time(time: u16, date: u16) -> std::time::SystemTime {
    let days = mpydos::calendar::days_from_civil(
        1980 + i64::from(date >> 9),
        i64::from((date >> 5) & 15),
        i64::from(date & 31),
    );
    let secs = days * 86_400
        + i64::from(time >> 11) * 3600
        + i64::from((time >> 5) & 63) * 60
        + i64::from(time & 31) * 2;
    UNIX_EPOCH + std::time::Duration::from_secs(secs.max(0) as u64)
}

fn entry(name: String, meta: &Metadata) -> Entry {
    let (time, date) = dos_stamp(meta);
    Entry {
        name,
        attributes: attributes_of(meta),
        time,
        date,
        size: meta.len().min(u32::MAX as u64) as u32,
    }
}

/// Lists the matches of `pattern` for the attribute mask `wanted`.
fn collect(m: &mut Machine, pattern: &[u8], wanted: u8) -> Result<Vec<Entry>, u16> {
    let (dir, mask) = split_pattern(pattern);
    let dir_text = if dir.is_empty() { b".".to_vec() } else { dir };
    let (host_dir, parts) = m.dos.drive.directory(&dir_text)?;
    let mut found = Vec::new();
    if wanted & ATTR_VOLUME != 0 && wanted != ATTR_VOLUME | ATTR_DIRECTORY {
        return Ok(found);
    }
    let wants_dirs = wanted & ATTR_DIRECTORY != 0;
    if wants_dirs && !parts.is_empty() {
        let meta = std::fs::metadata(&host_dir).map_err(|e| super::files::io_error(&e))?;
        for dot in [".", ".."] {
            if matches(&mask, dot) || mask == b"*.*" {
                found.push(entry(dot.to_string(), &meta));
            }
        }
    }
    let listing = std::fs::read_dir(&host_dir).map_err(|e| super::files::io_error(&e))?;
    let mut named = Vec::new();
    for item in listing.flatten() {
        let Some(name) = paths::dos_name(&item.file_name().to_string_lossy()) else {
            continue;
        };
        let Ok(meta) = item.metadata() else { continue };
        if meta.is_dir() && !wants_dirs {
            continue;
        }
        if matches(&mask, &name) {
            named.push(entry(name, &meta));
        }
    }
    named.sort_by(|a, b| a.name.cmp(&b.name));
    found.extend(named);
    Ok(found)
}

fn write_dta(m: &mut Machine, id: u16, item: &Entry) -> Run<()> {
    let dta = m.dos.dta;
    let mut block = [0u8; 43];
    block[0] = DTA_MAGIC;
    block[0x0D..0x0F].copy_from_slice(&id.to_le_bytes());
    block[0x15] = item.attributes;
    block[0x16..0x18].copy_from_slice(&item.time.to_le_bytes());
    block[0x18..0x1A].copy_from_slice(&item.date.to_le_bytes());
    block[0x1A..0x1E].copy_from_slice(&item.size.to_le_bytes());
    block[0x1E..0x1E + item.name.len()].copy_from_slice(item.name.as_bytes());
    m.memory.write(dta, &block)
}

pub fn int21_find(m: &mut Machine, regs: &mut Regs, real_segments: bool) -> Run<()> {
    if regs.ah() == 0x4E {
        let at = pointer(regs.ds, regs.dx(), real_segments, "AH=4Eh")?;
        let pattern = m.memory.asciz(at, 128)?;
        match collect(m, &pattern, regs.cl()) {
            Ok(entries) if !entries.is_empty() => {
                let searches = &mut m.dos.searches;
                let id = searches.next_id;
                searches.next_id = searches.next_id.wrapping_add(1);
                if searches.live.len() >= MAX_SEARCHES {
                    searches.live.remove(0);
                }
                searches.live.push((id, entries));
                return next(m, regs, id);
            }
            Ok(_) => fail(m, regs, paths::ERR_FILE_NOT_FOUND),
            Err(code) => fail(m, regs, code),
        }
        return Ok(());
    }
    let dta = m.dos.dta;
    if m.memory.u8(dta)? != DTA_MAGIC {
        fail(m, regs, ERR_NO_MORE_FILES);
        return Ok(());
    }
    let id = m.memory.u16(dta + 0x0D)?;
    next(m, regs, id)
}

fn next(m: &mut Machine, regs: &mut Regs, id: u16) -> Run<()> {
    let searches = &mut m.dos.searches.live;
    let Some(pos) = searches.iter().position(|(i, _)| *i == id) else {
        fail(m, regs, ERR_NO_MORE_FILES);
        return Ok(());
    };
    if searches[pos].1.is_empty() {
        searches.remove(pos);
        fail(m, regs, ERR_NO_MORE_FILES);
        return Ok(());
    }
    let item = searches[pos].1.remove(0);
    write_dta(m, id, &item)?;
    regs.set_ax(0);
    regs.ok();
    Ok(())
}
