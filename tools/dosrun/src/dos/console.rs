//! The console device: output goes to the host's stdout/stderr, input comes
//! from the keyboard (cooked: line editing with echo; raw: bytes as typed).
use crate::bios;
use crate::machine::Machine;
use crate::outcome::Run;
use std::io::Write;

pub fn write_stdout(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    // A closed stdout is the reader's business; DOS would not notice either.
    let _ = out.write_all(bytes);
}

pub fn write_stderr(bytes: &[u8]) {
    flush();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(bytes);
    let _ = err.flush();
}

pub fn flush() {
    let _ = std::io::stdout().lock().flush();
}

/// Reads one key's ASCII byte, waiting for it (DOS 07h/08h semantics).
pub fn read_char(m: &mut Machine) -> Run<u8> {
    bios::wait_for_key(m)?;
    Ok(m.keyboard.take().unwrap_or(0) as u8)
}

/// What a cooked line read produced.
pub enum Line {
    /// The line typed, ending in CR.
    Text(Vec<u8>),
    /// ^C was typed: DOS runs INT 23h instead.
    CtrlC,
    /// stdin ended before anything was typed.
    End,
}

/// Cooked line input for handle 0 / function 0Ah: reads until Enter with
/// backspace editing and echo, at most `max` bytes including the CR.
pub fn read_line(m: &mut Machine, max: usize) -> Run<Line> {
    let mut line: Vec<u8> = Vec::new();
    loop {
        if m.keyboard.exhausted() {
            if line.is_empty() {
                return Ok(Line::End);
            }
            line.push(b'\r');
            return Ok(Line::Text(line));
        }
        let byte = read_char(m)?;
        match byte {
            b'\r' => {
                write_stdout(b"\r\n");
                line.push(b'\r');
                return Ok(Line::Text(line));
            }
            0x03 => {
                write_stdout(b"^C\r\n");
                return Ok(Line::CtrlC);
            }
            0x08 => {
                if line.pop().is_some() {
                    write_stdout(b"\x08 \x08");
                }
            }
            0 => {}
            _ if line.len() + 1 < max => {
                line.push(byte);
                write_stdout(&[byte]);
            }
            _ => write_stdout(b"\x07"),
        }
    }
}
