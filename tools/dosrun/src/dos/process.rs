//! Starting the program the way DOS's EXEC does: environment block, PSP with
//! the command tail, the MZ image loaded and relocated, registers set to the
//! MZ entry point. (The DJGPP stub in that image does the rest.)
use super::memory::Owner;
use crate::machine::Machine;
use crate::memory::real;
use crate::outcome::{Run, Stop};
use crate::regs::Regs;
use std::path::Path;

/// The fields of an MZ header dosrun uses.
#[derive(Debug)]
pub struct MzHeader {
    pub image_start: usize,
    pub image_len: usize,
    pub relocations: Vec<(u16, u16)>,
    pub min_extra_paragraphs: u16,
    pub ss: u16,
    pub sp: u16,
    pub cs: u16,
    pub ip: u16,
    /// Where the file's MZ part ends (a DJGPP COFF image may follow).
    pub file_len: usize,
}

fn word(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([bytes[at], bytes[at + 1]])
}

/// Parses and checks an MZ header; `Err` is a one-line reason.
pub fn parse_mz(bytes: &[u8]) -> Result<MzHeader, String> {
    if bytes.len() < 2 || (&bytes[..2] != b"MZ" && &bytes[..2] != b"ZM") {
        return Err("not a DOS executable (no MZ signature)".into());
    }
    if bytes.len() < 0x1C {
        return Err(format!(
            "truncated EXE: {} bytes, too short for an MZ header",
            bytes.len()
        ));
    }
    let last_page = word(bytes, 2) as usize;
    let pages = word(bytes, 4) as usize;
    let header_len = word(bytes, 8) as usize * 16;
    if pages == 0 || last_page > 511 {
        return Err("bad MZ header: page counts out of range".into());
    }
    let file_len = if last_page == 0 {
        pages * 512
    } else {
        (pages - 1) * 512 + last_page
    };
    if file_len > bytes.len() {
        return Err(format!(
            "truncated EXE: {} bytes, the MZ header says {file_len}",
            bytes.len()
        ));
    }
    if header_len < 0x1C || header_len > file_len {
        return Err("bad MZ header: header size out of range".into());
    }
    let count = word(bytes, 6) as usize;
    let table = word(bytes, 0x18) as usize;
    if table + count * 4 > bytes.len() {
        return Err("truncated EXE: relocation table past the end".into());
    }
    let relocations = (0..count)
        .map(|i| (word(bytes, table + i * 4), word(bytes, table + i * 4 + 2)))
        .collect();
    Ok(MzHeader {
        image_start: header_len,
        image_len: file_len - header_len,
        relocations,
        min_extra_paragraphs: word(bytes, 0x0A),
        ss: word(bytes, 0x0E),
        sp: word(bytes, 0x10),
        ip: word(bytes, 0x14),
        cs: word(bytes, 0x16),
        file_len,
    })
}

fn dword(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// Checks the COFF image a DJGPP stub will load, if one follows the MZ
/// part, so a truncated file is a clear error rather than a stub that reads
/// past the end forever. The image itself is left to the stub.
pub fn check_coff(bytes: &[u8], start: usize) -> Result<(), String> {
    let coff = &bytes[start.min(bytes.len())..];
    if coff.len() < 2 || word(coff, 0) != 0x14C {
        return Ok(());
    }
    const FILE_HEADER: usize = 20;
    const SECTION_HEADER: usize = 40;
    if coff.len() < FILE_HEADER {
        return Err("truncated EXE: the COFF header is cut off".into());
    }
    let sections = word(coff, 2) as usize;
    let optional = word(coff, 16) as usize;
    let table = FILE_HEADER + optional;
    if coff.len() < table + sections * SECTION_HEADER {
        return Err("truncated EXE: the COFF section table is cut off".into());
    }
    for i in 0..sections {
        let header = table + i * SECTION_HEADER;
        let size = dword(coff, header + 16) as usize;
        let offset = dword(coff, header + 20) as usize;
        if offset != 0 && offset.saturating_add(size) > coff.len() {
            let name = String::from_utf8_lossy(&coff[header..header + 8]);
            return Err(format!(
                "truncated EXE: section {} needs {} bytes, the file has {}",
                name.trim_end_matches('\0'),
                start + offset + size,
                bytes.len()
            ));
        }
    }
    Ok(())
}

/// DOS environments hold at most 32 KiB.
const MAX_ENVIRONMENT: usize = 0x8000;

/// The environment block: variables, then a word count and the program name.
/// DOS keeps variable names upper case; values are kept as given.
fn environment(program: &str, extra: &[String]) -> Vec<u8> {
    let mut env = Vec::new();
    let standard = [
        "PATH=C:\\".to_string(),
        "COMSPEC=C:\\COMMAND.COM".to_string(),
    ];
    for var in standard.iter().chain(extra) {
        let (name, value) = var.split_once('=').unwrap_or((var, ""));
        env.extend_from_slice(name.to_ascii_uppercase().as_bytes());
        env.push(b'=');
        env.extend_from_slice(value.as_bytes());
        env.push(0);
    }
    env.push(0);
    env.extend_from_slice(&1u16.to_le_bytes());
    env.extend_from_slice(program.as_bytes());
    env.push(0);
    env
}

/// The DOS command tail: " ARG1 ARG2" (at most 126 bytes) and its length.
/// An argument with a space or tab in it (and no quote of its own) is put in
/// double quotes, as a user would type it at the DOS prompt.
fn command_tail(args: &[String]) -> Result<Vec<u8>, String> {
    let mut tail = Vec::new();
    for arg in args {
        tail.push(b' ');
        let quote = arg.contains([' ', '\t']) && !arg.contains('"');
        if quote {
            tail.push(b'"');
        }
        tail.extend_from_slice(arg.as_bytes());
        if quote {
            tail.push(b'"');
        }
    }
    if tail.len() > 126 {
        return Err(format!(
            "command line too long for DOS ({} bytes, at most 126)",
            tail.len()
        ));
    }
    Ok(tail)
}

/// Loads `program` and points the CPU at its MZ entry. `Err` is a load
/// failure reason (exit status EXIT_LOAD), not a fault.
pub fn load(m: &mut Machine, program: &Path, args: &[String]) -> Result<(), String> {
    let bytes = std::fs::read(program).map_err(|e| format!("cannot read: {e}"))?;
    let header = parse_mz(&bytes)?;
    check_coff(&bytes, header.file_len)?;
    let tail = command_tail(args)?;
    let dos_name = match m.dos.drive.dos_name_of(program) {
        Some(name) => name,
        None => {
            let file = program
                .file_name()
                .map(|f| f.to_string_lossy().to_ascii_uppercase())
                .unwrap_or_default();
            let name = format!("C:\\{file}");
            m.dos.drive.add_alias(&name, program);
            name
        }
    };
    place(m, &bytes, &header, &dos_name, &tail).map_err(|stop| stop.to_string())
}

fn place(m: &mut Machine, bytes: &[u8], header: &MzHeader, dos_name: &str, tail: &[u8]) -> Run<()> {
    let env = environment(dos_name, &m.config.env.clone());
    if env.len() > MAX_ENVIRONMENT {
        return Err(Stop::fault(format!(
            "the DOS environment would be {} bytes (at most {MAX_ENVIRONMENT})",
            env.len()
        )));
    }
    let env_paragraphs = env.len().div_ceil(16) as u16;
    let env_segment = m
        .dos
        .memory
        .allocate(env_paragraphs, Owner::Process, false)
        .map_err(|_| Stop::fault("no memory for the environment"))?;
    m.memory.write(real(env_segment, 0), &env)?;

    let largest = m.dos.memory.largest_free();
    let needed = 0x10 + header.image_len.div_ceil(16) as u32 + header.min_extra_paragraphs as u32;
    if needed > largest as u32 {
        return Err(Stop::fault("program too big for conventional memory"));
    }
    let psp = m
        .dos
        .memory
        .allocate(largest, Owner::Process, false)
        .map_err(|_| Stop::fault("no memory for the program"))?;
    m.dos.psp = psp;
    let load_segment = psp + 0x10;
    let image = &bytes[header.image_start..header.image_start + header.image_len];
    m.memory.write(real(load_segment, 0), image)?;
    for &(offset, segment) in &header.relocations {
        let at = real(load_segment.wrapping_add(segment), offset);
        let value = m.memory.u16(at)?;
        m.memory.set_u16(at, value.wrapping_add(load_segment))?;
    }
    write_psp(m, psp, env_segment, psp + largest, tail)?;
    m.dos.dta = real(psp, 0x80);
    m.dos.memory.write_chain(&mut m.memory, psp)?;

    // The CPU starts in Unicorn's flat protected mode: the ROM's switch code
    // takes it to real mode with these registers.
    let start = Regs {
        ds: psp,
        es: psp,
        ss: load_segment.wrapping_add(header.ss),
        cs: load_segment.wrapping_add(header.cs),
        esp: header.sp as u32,
        ip: header.ip as u32,
        eflags: 0x0202,
        ..Regs::default()
    };
    crate::dpmi::realcall::enter_real(m, &start)
}

fn write_psp(m: &mut Machine, psp: u16, env: u16, end: u16, tail: &[u8]) -> Run<()> {
    let base = real(psp, 0);
    let mut block = [0u8; 256];
    block[0..2].copy_from_slice(&[0xCD, 0x20]); // int 20h
    block[2..4].copy_from_slice(&end.to_le_bytes());
    for (at, vector) in [(0x0A, 0x22u32), (0x0E, 0x23), (0x12, 0x24)] {
        let saved = m.memory.u32(vector * 4)?;
        block[at..at + 4].copy_from_slice(&saved.to_le_bytes());
    }
    block[0x16..0x18].copy_from_slice(&psp.to_le_bytes()); // parent: itself
    let handles = [1u8, 1, 1, 0, 2];
    block[0x18..0x2C].fill(0xFF);
    block[0x18..0x1D].copy_from_slice(&handles);
    block[0x2C..0x2E].copy_from_slice(&env.to_le_bytes());
    block[0x32..0x34].copy_from_slice(&20u16.to_le_bytes());
    block[0x34..0x36].copy_from_slice(&0x18u16.to_le_bytes());
    block[0x36..0x38].copy_from_slice(&psp.to_le_bytes());
    block[0x50..0x53].copy_from_slice(&[0xCD, 0x21, 0xCB]); // int 21h; retf
    block[0x80] = tail.len() as u8;
    block[0x81..0x81 + tail.len()].copy_from_slice(tail);
    block[0x81 + tail.len()] = b'\r';
    m.memory.write(base, &block)
}
