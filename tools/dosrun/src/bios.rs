//! BIOS services: INT 10h (teletype only), INT 16h keyboard, INT 1Ah clock,
//! INT 2Fh multiplex (1680h idle, 1686h mode, 1687h DPMI), and the BIOS data
//! area's tick count at 0040:006Ch.
use crate::interrupts::After;
use crate::machine::Machine;
use crate::memory::ROM_SEGMENT;
use crate::outcome::{Run, Stop};
use crate::regs::Regs;
use crate::rom;
use std::time::Duration;

const BDA_TICKS: u32 = 0x46C;
const BDA_MIDNIGHT: u32 = 0x470;
/// Virtual time one idle call (INT 2Fh AX=1680h) lets pass with nothing to do.
const IDLE_SLICE_US: u64 = 500;
/// Paragraphs of private data the DPMI host asks the stub for (its real-mode stack).
pub const DPMI_HOST_PARAGRAPHS: u16 = 0x100;

/// Brings 0040:006Ch up to the clock (sets the midnight flag on wrap) and
/// returns the PIT phase of the same instant. Called whenever the program
/// can observe time, so ticks and PIT always agree.
pub fn update_ticks(m: &mut Machine) -> Run<u16> {
    let timer = m.clock.timer();
    m.memory.set_u32(BDA_TICKS, timer.ticks)?;
    if timer.midnights > m.dos.midnights_seen {
        m.dos.midnights_seen = timer.midnights;
        m.memory.set_u8(BDA_MIDNIGHT, 1)?;
    }
    Ok(timer.phase)
}

const BDA_BREAK_FLAG: u32 = 0x471;

/// A Ctrl-Break press: the BIOS sets its break flag and raises INT 1Bh.
pub fn poll_break(m: &mut Machine) -> Run<()> {
    if m.keyboard.take_break() {
        m.memory.set_u8(BDA_BREAK_FLAG, 0x80)?;
        m.upcalls.request(crate::upcalls::Upcall::Interrupt(0x1B));
    }
    Ok(())
}

/// Blocks until a key is buffered (the program asked to wait for one).
pub fn wait_for_key(m: &mut Machine) -> Run<()> {
    crate::dos::console::flush();
    loop {
        if m.keyboard.wait(Duration::from_millis(50)) {
            return Ok(());
        }
        if m.keyboard.exhausted() {
            return Err(Stop::fault("program waits for a key, but stdin has ended"));
        }
        if let Some(limit) = m.config.timeout_s {
            if m.clock.wall_seconds() > limit {
                return Err(Stop::Timeout);
            }
        }
    }
}

pub fn int16(m: &mut Machine, regs: &mut Regs) -> Run<After> {
    m.stats.count_bios(0x16, regs.ah());
    match regs.ah() {
        0x00 | 0x10 => {
            wait_for_key(m)?;
            let key = m.keyboard.take().unwrap_or(0);
            regs.set_ax(key);
        }
        0x01 | 0x11 => match m.keyboard.peek() {
            Some(key) => {
                regs.set_ax(key);
                regs.set_zero(false);
            }
            None => regs.set_zero(true),
        },
        0x02 | 0x12 => regs.set_al(0),
        ah => m
            .stats
            .log_once(format!("INT 16h AH={ah:02X}h not supported")),
    }
    Ok(After::Return)
}

fn bcd(value: u8) -> u8 {
    (value / 10) << 4 | (value % 10)
}

pub fn int1a(m: &mut Machine, regs: &mut Regs) -> Run<After> {
    m.stats.count_bios(0x1A, regs.ah());
    match regs.ah() {
        0x00 => {
            update_ticks(m)?;
            let ticks = m.memory.u32(BDA_TICKS)?;
            regs.set_cx((ticks >> 16) as u16);
            regs.set_dx(ticks as u16);
            regs.set_al(m.memory.u8(BDA_MIDNIGHT)?);
            m.memory.set_u8(BDA_MIDNIGHT, 0)?;
        }
        0x02 => {
            let (h, min, s, _) = m.clock.time_of_day();
            regs.set_ch(bcd(h));
            regs.set_cl(bcd(min));
            regs.set_dh(bcd(s));
            regs.set_dl(0);
            regs.set_carry(false);
        }
        0x04 => {
            let (y, mon, d, _) = m.clock.date();
            regs.set_ch(bcd((y / 100) as u8));
            regs.set_cl(bcd((y % 100) as u8));
            regs.set_dh(bcd(mon));
            regs.set_dl(bcd(d));
            regs.set_carry(false);
        }
        ah => {
            m.stats
                .log_once(format!("INT 1Ah AH={ah:02X}h not supported"));
            regs.set_carry(true);
        }
    }
    Ok(After::Return)
}

/// INT 2Fh AX=1680h: give up the time slice. Waits briefly for input (wall
/// clock) or lets a slice of virtual time pass.
pub fn idle(m: &mut Machine) {
    m.stats.idle_calls += 1;
    crate::dos::console::flush();
    if crate::net::upcall::frame_waiting(m) {
        return; // the card's IRQ would end the idle at once
    }
    if m.clock.is_virtual() {
        m.clock.skip_us(IDLE_SLICE_US);
    } else if !m.keyboard.wait(Duration::from_micros(IDLE_SLICE_US)) && m.keyboard.exhausted() {
        // No input can wake us: just let the slice pass.
        std::thread::sleep(Duration::from_micros(IDLE_SLICE_US));
    }
}

pub fn int2f(m: &mut Machine, regs: &mut Regs) -> Run<After> {
    m.stats.count_bios(0x2F, regs.ah());
    match regs.ax() {
        0x1680 => {
            if let Some(al) = crate::timer_irq::idle_call(m, m.config.idle) {
                regs.set_al(al);
            }
        }
        0x1686 => regs.set_ax(if m.protected() { 0 } else { 1 }),
        0x1687 if m.dpmi.enabled => {
            regs.set_ax(0);
            regs.set_bx(1); // 32-bit programs supported
            regs.set_cl(4); // 80486
            regs.set_dx(0x005A); // DPMI 0.90
            regs.set_si(DPMI_HOST_PARAGRAPHS);
            regs.es = ROM_SEGMENT;
            regs.set_di(rom::DPMI_ENTRY);
        }
        // Everything else: no such multiplex service (AX unchanged).
        _ => {}
    }
    Ok(After::Return)
}

pub fn int10(m: &mut Machine, regs: &mut Regs) -> Run<After> {
    m.stats.count_bios(0x10, regs.ah());
    match regs.ah() {
        0x0E => crate::dos::console::write_stdout(&[regs.al()]),
        0x0F => {
            regs.set_al(3);
            regs.set_ah(80);
            regs.set_bh(0);
        }
        ah => m
            .stats
            .log_once(format!("INT 10h AH={ah:02X}h (video) not supported")),
    }
    Ok(After::Return)
}
