//! Turning the bytes a terminal in raw mode sends into [`Key`]s: UTF-8
//! text, control keys (Ctrl-A/E/K/U, ...) and the ANSI escape sequences of
//! the arrow and editing keys (`ESC [ A`, `ESC O H`, `ESC [ 3 ~`, ...).
//! Hand-written: the crates that do this (crossterm, termion) read the
//! terminal themselves and need std; this has to stay a pure function.

use super::{ascii_key, Key};

/// A byte-at-a-time decoder; keeps the part of a sequence seen so far.
#[derive(Default)]
pub struct AnsiDecoder {
    state: State,
    /// The number parameter of a `ESC [ n ~` sequence.
    param: u32,
    utf8: [u8; 4],
    utf8_len: usize,
    utf8_need: usize,
}

#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum State {
    #[default]
    Ground,
    Escape,
    Csi,
    Ss3,
    Utf8,
}

impl AnsiDecoder {
    /// Feeds one byte; returns a key once one is complete. Unknown sequences
    /// and control bytes give nothing.
    pub fn push(&mut self, byte: u8) -> Option<Key> {
        match self.state {
            State::Ground => self.ground(byte),
            State::Escape => {
                self.param = 0;
                self.state = match byte {
                    b'[' => State::Csi,
                    b'O' => State::Ss3,
                    // A lone Esc press: the key after it counts as typed.
                    _ => {
                        self.state = State::Ground;
                        return self.ground(byte);
                    }
                };
                None
            }
            State::Csi => match byte {
                b'0'..=b'9' => {
                    self.param = self.param.saturating_mul(10) + u32::from(byte - b'0');
                    None
                }
                b';' => None,
                _ => {
                    self.state = State::Ground;
                    match byte {
                        b'~' => tilde_key(self.param),
                        _ => final_key(byte),
                    }
                }
            },
            State::Ss3 => {
                self.state = State::Ground;
                final_key(byte)
            }
            State::Utf8 => self.continue_utf8(byte),
        }
    }

    fn ground(&mut self, byte: u8) -> Option<Key> {
        match byte {
            0x1b => {
                self.state = State::Escape;
                None
            }
            0xc2..=0xf4 => {
                self.utf8[0] = byte;
                self.utf8_len = 1;
                self.utf8_need = match byte {
                    0xc2..=0xdf => 2,
                    0xe0..=0xef => 3,
                    _ => 4,
                };
                self.state = State::Utf8;
                None
            }
            _ => ascii_key(byte),
        }
    }

    fn continue_utf8(&mut self, byte: u8) -> Option<Key> {
        if byte & 0xc0 != 0x80 {
            self.state = State::Ground;
            return self.ground(byte);
        }
        self.utf8[self.utf8_len] = byte;
        self.utf8_len += 1;
        if self.utf8_len < self.utf8_need {
            return None;
        }
        self.state = State::Ground;
        core::str::from_utf8(&self.utf8[..self.utf8_len])
            .ok()
            .and_then(|s| s.chars().next())
            .map(Key::Char)
    }
}

/// `ESC [ X` and `ESC O X`.
fn final_key(byte: u8) -> Option<Key> {
    Some(match byte {
        b'A' => Key::Up,
        b'B' => Key::Down,
        b'C' => Key::Right,
        b'D' => Key::Left,
        b'H' => Key::Home,
        b'F' => Key::End,
        _ => return None,
    })
}

/// `ESC [ n ~` (VT220 editing keys; xterm and the Linux console differ).
fn tilde_key(n: u32) -> Option<Key> {
    Some(match n {
        1 | 7 => Key::Home,
        4 | 8 => Key::End,
        3 => Key::Delete,
        _ => return None,
    })
}
