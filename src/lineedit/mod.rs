//! The REPL's line editor: key presses in, screen edits out.
//!
//! It knows nothing of terminals or DOS: the platform turns its keyboard into
//! [`Key`]s (`Platform::read_key`), and the editor answers with bytes to
//! write. Those bytes use only what every console understands — printable
//! text, space and backspace (BS moves the cursor left without erasing) — so
//! the same output works on an ANSI terminal and on the DOS console without
//! ANSI.SYS. Lines longer than the screen width are not redrawn correctly
//! (BS does not move up a row); a REPL line rarely is.
#![forbid(unsafe_code)]

pub mod ansi;
pub mod bios;
mod history;

use alloc::string::String;
use alloc::vec::Vec;

pub use crate::platform::Key;
use history::History;

/// How many lines the history keeps (per session).
pub const HISTORY_SIZE: usize = 50;

/// How reading a line ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Enter: the text typed, without a line ending.
    Line(String),
    /// Ctrl-C: the line is dropped.
    Interrupted,
    /// Ctrl-D on an empty line, or Ctrl-Z then Enter.
    EndOfInput,
}

/// One line being edited, plus the session's history.
pub struct LineEditor {
    text: Vec<char>,
    cursor: usize,
    /// Ctrl-Z was typed on an empty line (shown as `^Z`); Enter now ends input.
    eof_pending: bool,
    history: History,
}

impl Default for LineEditor {
    fn default() -> Self {
        Self::new()
    }
}

impl LineEditor {
    pub fn new() -> Self {
        LineEditor {
            text: Vec::new(),
            cursor: 0,
            eof_pending: false,
            history: History::new(HISTORY_SIZE),
        }
    }

    /// Handles one key: appends what the screen needs to `out`, and returns
    /// the outcome once the line is finished.
    pub fn feed(&mut self, key: Key, out: &mut Vec<u8>) -> Option<Outcome> {
        if self.eof_pending {
            return self.feed_after_ctrl_z(key, out);
        }
        match key {
            // Tab indents by four spaces (there is no completion).
            Key::Char('\t') => (0..4).for_each(|_| self.insert(' ', out)),
            Key::Char(c) => self.insert(c, out),
            Key::Enter => return Some(self.finish(out)),
            Key::Interrupt => {
                self.reset();
                return Some(Outcome::Interrupted);
            }
            Key::EndOfInput if self.text.is_empty() => return Some(Outcome::EndOfInput),
            Key::EndOfInput | Key::Delete => self.delete(out),
            Key::CtrlZ if self.text.is_empty() => {
                self.eof_pending = true;
                out.extend_from_slice(b"^Z");
            }
            Key::CtrlZ => {}
            Key::Backspace if self.cursor > 0 => {
                self.move_to(self.cursor - 1, out);
                self.delete(out);
            }
            Key::Backspace => {}
            Key::Left if self.cursor > 0 => self.move_to(self.cursor - 1, out),
            Key::Right if self.cursor < self.text.len() => self.move_to(self.cursor + 1, out),
            Key::Left | Key::Right => {}
            Key::Home => self.move_to(0, out),
            Key::End => self.move_to(self.text.len(), out),
            Key::KillToEnd => {
                let keep: Vec<char> = self.text[..self.cursor].to_vec();
                self.replace(keep, self.cursor, out);
            }
            Key::KillToStart => {
                let keep: Vec<char> = self.text[self.cursor..].to_vec();
                self.replace(keep, 0, out);
            }
            Key::Up => {
                let current: String = self.text.iter().collect();
                if let Some(line) = self.history.older(&current) {
                    self.show(line, out);
                }
            }
            Key::Down => {
                if let Some(line) = self.history.newer() {
                    self.show(line, out);
                }
            }
        }
        None
    }

    fn feed_after_ctrl_z(&mut self, key: Key, out: &mut Vec<u8>) -> Option<Outcome> {
        match key {
            Key::Enter => {
                self.reset();
                Some(Outcome::EndOfInput)
            }
            Key::Interrupt => {
                self.reset();
                Some(Outcome::Interrupted)
            }
            Key::Backspace => {
                self.eof_pending = false;
                out.extend_from_slice(b"\x08\x08  \x08\x08");
                None
            }
            _ => None,
        }
    }

    fn finish(&mut self, out: &mut Vec<u8>) -> Outcome {
        let line: String = self.text.iter().collect();
        self.history.add(&line);
        self.reset();
        out.extend_from_slice(b"\n");
        Outcome::Line(line)
    }

    fn reset(&mut self) {
        self.text.clear();
        self.cursor = 0;
        self.eof_pending = false;
        self.history.rewind();
    }

    fn insert(&mut self, c: char, out: &mut Vec<u8>) {
        self.text.insert(self.cursor, c);
        self.cursor += 1;
        push_chars(out, &self.text[self.cursor - 1..]);
        back(out, self.text.len() - self.cursor);
    }

    /// Removes the character under the cursor and redraws the rest.
    fn delete(&mut self, out: &mut Vec<u8>) {
        if self.cursor == self.text.len() {
            return;
        }
        self.text.remove(self.cursor);
        push_chars(out, &self.text[self.cursor..]);
        out.push(b' ');
        back(out, self.text.len() - self.cursor + 1);
    }

    fn move_to(&mut self, to: usize, out: &mut Vec<u8>) {
        if to < self.cursor {
            back(out, self.cursor - to);
        } else {
            push_chars(out, &self.text[self.cursor..to]);
        }
        self.cursor = to;
    }

    /// Shows a history entry in place of the line, cursor at its end.
    fn show(&mut self, line: String, out: &mut Vec<u8>) {
        let chars: Vec<char> = line.chars().collect();
        let end = chars.len();
        self.replace(chars, end, out);
    }

    /// Redraws the whole line as `text` with the cursor at `cursor`.
    fn replace(&mut self, text: Vec<char>, cursor: usize, out: &mut Vec<u8>) {
        back(out, self.cursor);
        push_chars(out, &text);
        let erased = self.text.len().saturating_sub(text.len());
        out.extend(core::iter::repeat_n(b' ', erased));
        back(out, erased + text.len() - cursor);
        self.text = text;
        self.cursor = cursor;
    }
}

/// The key for an ASCII byte as terminals and the BIOS deliver it: text,
/// Enter, Backspace, Tab and the Ctrl-letter editing keys (readline's).
pub fn ascii_key(byte: u8) -> Option<Key> {
    Some(match byte {
        b'\r' | b'\n' => Key::Enter,
        0x7f | 0x08 => Key::Backspace,
        b'\t' => Key::Char('\t'),
        0x01 => Key::Home,
        0x02 => Key::Left,
        0x03 => Key::Interrupt,
        0x04 => Key::EndOfInput,
        0x05 => Key::End,
        0x06 => Key::Right,
        0x0b => Key::KillToEnd,
        0x0e => Key::Down,
        0x10 => Key::Up,
        0x15 => Key::KillToStart,
        0x1a => Key::CtrlZ,
        0x20..=0x7e => Key::Char(char::from(byte)),
        _ => return None,
    })
}

fn push_chars(out: &mut Vec<u8>, chars: &[char]) {
    let mut buf = [0u8; 4];
    for c in chars {
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
}

/// `n` backspaces: the cursor moves left without erasing.
fn back(out: &mut Vec<u8>, n: usize) {
    out.extend(core::iter::repeat_n(b'\x08', n));
}

#[cfg(test)]
mod tests;
