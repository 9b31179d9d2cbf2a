//! Text-mode newlines of file objects, with CPython's `newline=` rules:
//! None (the default) reads universal newlines turned into "\n" and writes
//! "\n" as the platform's line end (CR LF on DOS, as CPython on Windows and
//! DJGPP's text mode do); "" splits lines universally but translates
//! nothing; "\n", "\r" or "\r\n" end lines with that string only and write
//! "\n" as it. Also: where a text read of N characters ends in the buffer.

use alloc::string::String;

use crate::platform::platform;

/// The `newline=` argument of a text file.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// None: universal newlines, translated to "\n" on reading.
    Translate,
    /// "": universal line splitting, no translation either way.
    Keep,
    /// "\n", "\r" or "\r\n": the only line end, read and written as is.
    Fixed(&'static str),
}

impl Newline {
    /// The argument's value if CPython accepts it.
    pub fn parse(arg: Option<&str>) -> Option<Newline> {
        Some(match arg {
            None => Newline::Translate,
            Some("") => Newline::Keep,
            Some("\n") => Newline::Fixed("\n"),
            Some("\r") => Newline::Fixed("\r"),
            Some("\r\n") => Newline::Fixed("\r\n"),
            Some(_) => return None,
        })
    }

    /// What "\n" becomes when written.
    pub fn written_as(self) -> &'static str {
        match self {
            Newline::Translate => platform_line_end(),
            Newline::Keep => "\n",
            Newline::Fixed(end) => end,
        }
    }

    /// `text` as it goes to the file.
    pub fn encode(self, text: &str) -> String {
        match self.written_as() {
            "\n" => text.into(),
            end => text.replace('\n', end),
        }
    }

    /// Bytes read from the file as text.
    pub fn decode(self, data: &[u8]) -> String {
        let text = String::from_utf8_lossy(data);
        match self {
            Newline::Translate => text.replace("\r\n", "\n").replace('\r', "\n"),
            _ => text.into_owned(),
        }
    }

    /// Bytes of the first line in `buf` (with its end), or None when more
    /// input is needed to tell (`at_eof`: no more will come).
    pub fn line_len(self, buf: &[u8], at_eof: bool) -> Option<usize> {
        let found = match self {
            Newline::Translate | Newline::Keep => {
                match buf.iter().position(|&b| b == b'\n' || b == b'\r') {
                    // A CR at the end of the buffer may be half of a CR LF.
                    Some(p) if buf[p] == b'\r' && p + 1 == buf.len() && !at_eof => return None,
                    Some(p) if buf[p] == b'\r' && buf.get(p + 1) == Some(&b'\n') => Some(p + 2),
                    Some(p) => Some(p + 1),
                    None => None,
                }
            }
            Newline::Fixed(end) => buf
                .windows(end.len())
                .position(|w| w == end.as_bytes())
                .map(|p| p + end.len()),
        };
        match found {
            Some(n) => Some(n),
            None if at_eof => Some(buf.len()),
            None => None,
        }
    }

    /// Bytes holding the first `chars` characters of text in `buf` (a CR LF
    /// read as "\n" is one), or None when more input is needed to tell.
    pub fn chars_len(self, buf: &[u8], chars: usize, at_eof: bool) -> Option<usize> {
        let mut i = 0;
        for _ in 0..chars {
            let Some(&lead) = buf.get(i) else {
                return at_eof.then_some(i);
            };
            let step = match lead {
                b'\r' if self == Newline::Translate => {
                    if i + 1 == buf.len() && !at_eof {
                        return None;
                    }
                    1 + usize::from(buf.get(i + 1) == Some(&b'\n'))
                }
                0xf0.. => 4,
                0xe0.. => 3,
                0xc0.. => 2,
                _ => 1,
            };
            if i + step > buf.len() {
                return at_eof.then_some(buf.len());
            }
            i += step;
        }
        Some(i)
    }
}

/// The line end of text files on this platform: CR LF on DOS, LF elsewhere
/// (what `os.linesep` says).
pub fn platform_line_end() -> &'static str {
    if platform().name() == "dos" {
        "\r\n"
    } else {
        "\n"
    }
}
