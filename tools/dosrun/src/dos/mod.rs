//! The DOS kernel services of INT 21h: console, files, directories, memory,
//! vectors, PSP, date/time, exit. Submodules own the parts.
pub mod console;
pub mod file_calls;
pub mod files;
pub mod find;
pub mod memory;
pub mod paths;
pub mod process;

use crate::cli::Config;
use crate::interrupts::After;
use crate::machine::Machine;
use crate::memory::{real, CONVENTIONAL_END};
use crate::outcome::{Run, Stop};
use crate::regs::Regs;
use files::Files;
use memory::{DosMemory, Owner};
use paths::Drive;
use std::collections::VecDeque;

/// First paragraph DOS hands out (below: vectors, BIOS and DOS data).
pub const FIRST_MCB: u16 = 0x0100;

pub struct Dos {
    pub drive: Drive,
    pub files: Files,
    pub memory: DosMemory,
    pub psp: u16,
    /// Disk transfer area (find first/next), linear.
    pub dta: u32,
    pub midnights_seen: u64,
    pub ctrl_break_checking: bool,
    /// Allocation strategy (58h) and UMB link state, as the program set them.
    pub strategy: u16,
    pub umb_link: u16,
    /// The rest of a cooked console line not yet read by 3Fh.
    pub pending_input: VecDeque<u8>,
    pub last_error: u16,
    pub searches: find::Searches,
    /// Bytes drive C: may still take (`--disk-free`); None = no limit.
    pub disk_free: Option<u64>,
    /// DOS's INT 1Bh handler saw Ctrl-Break: act as on ^C at the next check.
    pub break_pending: bool,
}

impl Dos {
    pub fn new(config: &Config) -> Dos {
        Dos {
            drive: Drive::new(&config.drive),
            files: Files::new(),
            memory: DosMemory::new(FIRST_MCB, (CONVENTIONAL_END >> 4) as u16),
            psp: 0,
            dta: 0,
            midnights_seen: 0,
            ctrl_break_checking: false,
            strategy: 0,
            umb_link: 0,
            pending_input: VecDeque::new(),
            last_error: 0,
            searches: find::Searches::default(),
            disk_free: config.disk_free,
            break_pending: false,
        }
    }

    /// Gives back the space of `bytes` that a file no longer uses.
    pub fn release_space(&mut self, bytes: u64) {
        if let Some(free) = &mut self.disk_free {
            *free += bytes;
        }
    }

    pub fn flush_console(&self) {
        console::flush();
    }
}

/// A pointer argument `segment:offset`; refused when the segment registers
/// hold protected-mode selectors (a plain `int 21h` from protected mode).
pub fn pointer(segment: u16, offset: u16, real_segments: bool, what: &str) -> Run<u32> {
    if real_segments {
        Ok(real(segment, offset))
    } else {
        Err(Stop::fault(format!(
            "spec violation: INT 21h {what} passes a buffer via a plain INT 21h \
             from protected mode (use DPMI 0300h and DOS memory)"
        )))
    }
}

/// DOS's ^C check: a ^C typed, or a Ctrl-Break its INT 1Bh handler noted.
/// Echoes "^C" like DOS when it finds one.
pub fn ctrl_c_seen(m: &mut Machine) -> bool {
    let seen = std::mem::take(&mut m.dos.break_pending) || m.keyboard.take_ctrl_c();
    if seen {
        console::write_stdout(b"^C\r\n");
    }
    seen
}

/// Sets the DOS error state: CF and AX.
pub fn fail(m: &mut Machine, regs: &mut Regs, code: u16) {
    m.dos.last_error = code;
    regs.fail(code);
}

pub fn int21(m: &mut Machine, regs: &mut Regs, real_segments: bool) -> Run<After> {
    let ah = regs.ah();
    m.stats.count_dos(ah);
    let checks_ctrl_c = matches!(ah, 0x01 | 0x02 | 0x08 | 0x09 | 0x0A | 0x0B | 0x0C)
        || (m.dos.ctrl_break_checking && ah != 0x06 && ah != 0x07);
    if checks_ctrl_c && ctrl_c_seen(m) {
        return Ok(After::CtrlC);
    }
    match ah {
        0x00 => return Err(Stop::Exit(0)),
        0x01 => {
            let c = console::read_char(m)?;
            console::write_stdout(&[c]);
            regs.set_al(c);
        }
        0x02 => console::write_stdout(&[regs.dl()]),
        0x06 if regs.dl() == 0xFF => match m.keyboard.take() {
            Some(key) => {
                regs.set_al(key as u8);
                regs.set_zero(false);
            }
            None => {
                regs.set_al(0);
                regs.set_zero(true);
            }
        },
        0x06 => console::write_stdout(&[regs.dl()]),
        0x07 | 0x08 => {
            let c = console::read_char(m)?;
            regs.set_al(c);
        }
        0x09 => {
            let at = pointer(regs.ds, regs.dx(), real_segments, "AH=09h")?;
            let mut text = Vec::new();
            for i in 0..0x10000u32 {
                let byte = m.memory.u8(at + i)?;
                if byte == b'$' {
                    break;
                }
                text.push(byte);
            }
            console::write_stdout(&text);
        }
        0x0A => return buffered_input(m, regs, real_segments),
        0x0B => regs.set_al(if m.keyboard.peek().is_some() { 0xFF } else { 0 }),
        0x0C => {
            m.dos.pending_input.clear();
            while m.keyboard.peek().is_some() {
                m.keyboard.take();
            }
            let function = regs.al();
            if matches!(function, 0x01 | 0x06 | 0x07 | 0x08 | 0x0A) {
                regs.set_ah(function);
                return int21(m, regs, real_segments);
            }
        }
        0x0D => {}
        0x0E => regs.set_al(5), // drives A: to E:
        0x19 => regs.set_al(2), // C:
        0x1A => m.dos.dta = pointer(regs.ds, regs.dx(), real_segments, "AH=1Ah")?,
        0x25 => {
            let n = regs.al() as u32;
            if !real_segments {
                return Err(Stop::fault(
                    "spec violation: INT 21h AH=25h from protected mode (use DPMI 0201h/0205h)",
                ));
            }
            m.memory.set_u16(n * 4, regs.dx())?;
            m.memory.set_u16(n * 4 + 2, regs.ds)?;
        }
        0x2A => {
            let (y, mon, d, wd) = m.clock.date();
            regs.set_cx(y);
            regs.set_dh(mon);
            regs.set_dl(d);
            regs.set_al(wd);
        }
        0x2B | 0x2D => regs.set_al(0xFF), // setting the clock is refused
        0x2C => {
            let (h, min, s, cs) = m.clock.time_of_day();
            regs.set_ch(h);
            regs.set_cl(min);
            regs.set_dh(s);
            regs.set_dl(cs);
        }
        0x2F => {
            regs.es = (m.dos.dta >> 4) as u16;
            regs.set_bx((m.dos.dta & 0xF) as u16);
        }
        0x30 => {
            regs.set_ax(0x0005); // DOS 5.0
            regs.set_bx(0);
            regs.set_cx(0);
        }
        0x33 => match regs.al() {
            0x00 => regs.set_dl(m.dos.ctrl_break_checking as u8),
            0x01 => m.dos.ctrl_break_checking = regs.dl() != 0,
            0x05 => regs.set_dl(3),
            0x06 => {
                regs.set_bx(0x0005);
                regs.set_dx(0);
            }
            _ => regs.set_al(0xFF),
        },
        0x35 => {
            let n = regs.al() as u32;
            regs.set_bx(m.memory.u16(n * 4)?);
            regs.es = m.memory.u16(n * 4 + 2)?;
        }
        0x37 if regs.al() == 0 => regs.set_dl(b'/'),
        0x48 => {
            match m.dos.memory.allocate(regs.bx(), Owner::Program, false) {
                Ok(segment) => {
                    regs.set_ax(segment);
                    regs.ok();
                }
                Err(largest) => {
                    fail(m, regs, memory::ERR_NO_MEMORY);
                    regs.set_bx(largest);
                }
            }
            m.dos.memory.write_chain(&mut m.memory, m.dos.psp)?;
        }
        0x49 => {
            match m.dos.memory.free(regs.es) {
                Ok(_) => regs.ok(),
                Err(code) => fail(m, regs, code),
            }
            m.dos.memory.write_chain(&mut m.memory, m.dos.psp)?;
        }
        0x4A => {
            match m.dos.memory.resize(regs.es, regs.bx()) {
                Ok(()) => regs.ok(),
                Err((code, largest)) => {
                    fail(m, regs, code);
                    regs.set_bx(largest);
                }
            }
            m.dos.memory.write_chain(&mut m.memory, m.dos.psp)?;
        }
        0x4B => fail(m, regs, paths::ERR_FILE_NOT_FOUND), // no child programs
        0x4C => return Err(Stop::Exit(regs.al())),
        0x4D => regs.set_ax(0),
        0x50 => m.dos.psp = regs.bx(),
        0x51 | 0x62 => regs.set_bx(m.dos.psp),
        0x54 => regs.set_al(0),
        0x58 => match regs.al() {
            0x00 => {
                regs.set_ax(m.dos.strategy);
                regs.ok();
            }
            0x01 => {
                m.dos.strategy = regs.bx();
                regs.ok();
            }
            0x02 => {
                regs.set_al(m.dos.umb_link as u8);
                regs.ok();
            }
            0x03 => {
                m.dos.umb_link = regs.bx();
                regs.ok();
            }
            _ => fail(m, regs, 1),
        },
        0x59 => {
            regs.set_ax(m.dos.last_error);
            regs.set_bx(0x0101);
            regs.set_ch(1);
        }
        _ => return file_calls::int21_files(m, regs, real_segments),
    }
    Ok(After::Return)
}

/// 0Ah: buffered keyboard input into DS:DX (max, count, text, CR).
fn buffered_input(m: &mut Machine, regs: &mut Regs, real_segments: bool) -> Run<After> {
    let at = pointer(regs.ds, regs.dx(), real_segments, "AH=0Ah")?;
    let max = m.memory.u8(at)? as usize;
    if max == 0 {
        return Ok(After::Return);
    }
    match console::read_line(m, max)? {
        console::Line::Text(line) => {
            let text = &line[..line.len() - 1];
            m.memory.set_u8(at + 1, text.len() as u8)?;
            m.memory.write(at + 2, &line)?;
        }
        console::Line::CtrlC => return Ok(After::CtrlC),
        console::Line::End => {
            m.memory.set_u8(at + 1, 0)?;
            m.memory.set_u8(at + 2, b'\r')?;
        }
    }
    Ok(After::Return)
}
