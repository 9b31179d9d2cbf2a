//! The keyboard: bytes from the host's stdin become BIOS keystrokes
//! (scan code << 8 | ASCII). A byte 03h is Ctrl-C, `\n` is Enter, and a
//! byte 1Ch (Ctrl-\\) stands for Ctrl-Break, which has no character: the
//! BIOS puts 0000h in the buffer and raises INT 1Bh.
//! A reader thread feeds a channel so the CPU never blocks on stdin unless
//! the program itself waits for a key.
use std::collections::VecDeque;
use std::io::Read;
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::Duration;

pub const KEY_CTRL_C: u16 = 0x2E03;
/// The stdin byte that stands for Ctrl-Break.
const CTRL_BREAK_BYTE: u8 = 0x1C;

pub struct Keyboard {
    incoming: Receiver<u8>,
    /// Keys typed but not read yet (the BIOS type-ahead buffer).
    buffer: VecDeque<u16>,
    /// stdin reached end of file: no key will ever come again.
    closed: bool,
    /// Ctrl-Break presses not yet turned into INT 1Bh.
    breaks: u32,
}

/// BIOS key code for an ASCII byte.
fn key_for(byte: u8) -> u16 {
    let scan: u16 = match byte {
        b'\n' | b'\r' => return 0x1C0D,
        0x03 => return KEY_CTRL_C,
        0x08 | 0x7F => return 0x0E08,
        0x1B => 0x01,
        b'\t' => 0x0F,
        b' ' => 0x39,
        b'a'..=b'z' | b'A'..=b'Z' => {
            const ROW: &[u8; 26] = b"\x1e\x30\x2e\x20\x12\x21\x22\x23\x17\x24\x25\x26\x32\x31\x18\x19\x10\x13\x1f\x14\x16\x2f\x11\x2d\x15\x2c";
            ROW[(byte.to_ascii_lowercase() - b'a') as usize] as u16
        }
        b'1'..=b'9' => (byte - b'1' + 2) as u16,
        b'0' => 0x0B,
        0x01..=0x1A => {
            return key_for(byte + b'a' - 1) & 0xFF00 | byte as u16;
        }
        _ => 0,
    };
    scan << 8 | byte as u16
}

impl Keyboard {
    /// Starts the stdin reader thread.
    pub fn from_stdin() -> Keyboard {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut stdin = std::io::stdin();
            let mut chunk = [0u8; 4096];
            while let Ok(n) = stdin.read(&mut chunk) {
                if n == 0 || chunk[..n].iter().any(|&b| tx.send(b).is_err()) {
                    break;
                }
            }
        });
        Keyboard {
            incoming: rx,
            buffer: VecDeque::new(),
            closed: false,
            breaks: 0,
        }
    }

    /// Reads all of stdin before the run starts (virtual time: determinism).
    pub fn preload(&mut self) {
        while !self.closed {
            self.wait(Duration::from_secs(3600));
        }
    }

    fn type_byte(&mut self, byte: u8) {
        if byte == CTRL_BREAK_BYTE {
            self.breaks += 1;
            self.buffer.push_back(0x0000);
        } else {
            self.buffer.push_back(key_for(byte));
        }
    }

    /// Takes one Ctrl-Break press, if any.
    pub fn take_break(&mut self) -> bool {
        self.poll();
        if self.breaks > 0 {
            self.breaks -= 1;
            true
        } else {
            false
        }
    }

    /// Moves what stdin delivered so far into the type-ahead buffer.
    pub fn poll(&mut self) {
        while let Ok(byte) = self.incoming.try_recv() {
            self.type_byte(byte);
        }
        if !self.closed {
            if let Err(std::sync::mpsc::TryRecvError::Disconnected) = self.incoming.try_recv() {
                self.closed = true;
            }
        }
    }

    /// Waits up to `limit` for a key; returns whether one is buffered.
    pub fn wait(&mut self, limit: Duration) -> bool {
        self.poll();
        if self.buffer.is_empty() && !self.closed {
            match self.incoming.recv_timeout(limit) {
                Ok(byte) => self.type_byte(byte),
                Err(RecvTimeoutError::Disconnected) => self.closed = true,
                Err(RecvTimeoutError::Timeout) => {}
            }
            self.poll();
        }
        !self.buffer.is_empty()
    }

    pub fn peek(&mut self) -> Option<u16> {
        self.poll();
        self.buffer.front().copied()
    }

    pub fn take(&mut self) -> Option<u16> {
        self.poll();
        self.buffer.pop_front()
    }

    /// Consumes a pending Ctrl-C at the head of the buffer (DOS's ^C check).
    pub fn take_ctrl_c(&mut self) -> bool {
        if self.peek() == Some(KEY_CTRL_C) {
            self.buffer.pop_front();
            true
        } else {
            false
        }
    }

    /// No key is buffered and none will ever arrive.
    pub fn exhausted(&mut self) -> bool {
        self.poll();
        self.buffer.is_empty() && self.closed
    }
}
