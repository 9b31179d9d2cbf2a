//! Console I/O through DOS handles 0, 1 and 2 (so redirection works): writes
//! in transfer-buffer-sized pieces (text with LF turned into CR LF), line
//! reads buffered over INT 21h AH=3Fh, single key presses (for the REPL's
//! line editor) from the BIOS, and the screen's size.

use alloc::vec::Vec;

use super::memory;
use super::xfer::{self, DosError};
use crate::platform::{errno, OsError, OsResult};

/// Write all of `bytes` to DOS handle `handle` (1 stdout, 2 stderr).
/// Console output has nowhere to report errors; a short write ends it.
pub fn write(handle: u16, bytes: &[u8]) {
    for chunk in bytes.chunks(xfer::size().max(1)) {
        xfer::put(0, chunk);
        match write_from_buffer(handle, chunk.len()) {
            Ok(n) if n == chunk.len() => {}
            _ => return,
        }
    }
}

/// Write `bytes` as DOS text: every "\n" goes out as "\r\n", as DJGPP's
/// text mode does (the console needs CR to return to column 0).
pub fn write_text(handle: u16, bytes: &[u8]) {
    let mut staged = [0u8; 2048];
    let mut len = 0;
    for &b in bytes {
        if len + 2 > staged.len() {
            write(handle, &staged[..len]);
            len = 0;
        }
        if b == b'\n' {
            staged[len] = b'\r';
            len += 1;
        }
        staged[len] = b;
        len += 1;
    }
    write(handle, &staged[..len]);
}

/// INT 21h AH=40h from the start of the transfer buffer; bytes written.
pub fn write_from_buffer(handle: u16, len: usize) -> Result<usize, DosError> {
    let mut r = xfer::ax(0x4000);
    r.ebx = handle as u32;
    r.ecx = len as u32;
    xfer::int21(r).map(|r| (r.eax & 0xffff) as usize)
}

/// Print `message` and CR LF on stderr before flat memory access works.
pub fn write_stderr_early(message: &[u8]) {
    let mut line = [0u8; 82];
    let len = message.len().min(80);
    line[..len].copy_from_slice(&message[..len]);
    line[len..len + 2].copy_from_slice(b"\r\n");
    xfer::put_via_selector(&line[..len + 2]);
    let _ = write_from_buffer(2, len + 2);
}

/// Input read from handle 0 but not yet returned as a line.
static PENDING: spin::Mutex<Vec<u8>> = spin::Mutex::new(Vec::new());

/// Read one line (with its ending) from handle 0; None at end of input.
/// On the console DOS edits the line and returns it whole with CR LF; a
/// line starting with Ctrl-Z (1Ah) is end of input, as in COMMAND.COM.
pub fn read_line() -> Result<Option<Vec<u8>>, DosError> {
    let mut pending = PENDING.lock();
    loop {
        if pending.first() == Some(&0x1a) {
            pending.clear();
            return Ok(None);
        }
        if let Some(nl) = pending.iter().position(|&b| b == b'\n') {
            let rest = pending.split_off(nl + 1);
            return Ok(Some(core::mem::replace(&mut *pending, rest)));
        }
        let mut chunk = [0u8; 256];
        let n = read_handle(0, &mut chunk)?;
        if n == 0 {
            return Ok((!pending.is_empty()).then(|| core::mem::take(&mut *pending)));
        }
        pending.extend_from_slice(&chunk[..n]);
    }
}

/// INT 21h AH=3Fh into `buf` through the transfer buffer; bytes read.
pub fn read_handle(handle: u16, buf: &mut [u8]) -> Result<usize, DosError> {
    let len = buf.len().min(xfer::size());
    let mut r = xfer::ax(0x3f00);
    r.ebx = handle as u32;
    r.ecx = len as u32;
    let n = ((xfer::int21(r)?.eax & 0xffff) as usize).min(len);
    xfer::get(0, &mut buf[..n]);
    Ok(n)
}

/// Wait for a key press (INT 16h AH=10h, the enhanced keyboard call, so
/// the grey editing keys are reported): scan code << 8 | character.
pub fn read_key() -> u16 {
    xfer::real_mode_int(0x16, xfer::ax(0x1000)).map_or(0, |r| r.eax as u16)
}

/// True when standard handle `fd` is the console (IOCTL 4400h).
pub fn is_console(fd: u8) -> bool {
    let mut r = xfer::ax(0x4400);
    r.ebx = u32::from(fd);
    // A device (bit 7) that is the console's input (bit 0) or output (1).
    let console_bit = if fd == 0 { 0x01 } else { 0x02 };
    xfer::int21(r).is_ok_and(|r| r.edx & 0x80 != 0 && r.edx & console_bit != 0)
}

/// The text screen's size as the BIOS data area records it: columns at
/// 0040:004Ah, rows less one at 0040:0084h (0 on pre-EGA BIOSes: 25 rows).
/// `ENOTTY` when standard output is redirected away from the console.
pub fn screen_size() -> OsResult<(u16, u16)> {
    let mut r = xfer::ax(0x4400);
    r.ebx = 1;
    if !xfer::int21(r).is_ok_and(|r| r.edx & 0x82 == 0x82) {
        return Err(OsError {
            errno: errno::ENOTTY,
        });
    }
    // SAFETY: the BIOS data area is always mapped (see clock::bios_ticks).
    let columns = unsafe { core::ptr::read_volatile(memory::near::<u16>(0x44a)) };
    // SAFETY: as above.
    let rows = match unsafe { core::ptr::read_volatile(memory::near::<u8>(0x484)) } {
        0 => 25,
        n => n as u16 + 1,
    };
    Ok((columns, rows))
}
