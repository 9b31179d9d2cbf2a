//! Source encoding (PEP 263): a `coding[:=]NAME` comment on the first or
//! second line names the codec of the file (utf-8, latin-1, ascii, cp437,
//! cp850: `builtins::codecs`); without one the file must be UTF-8, else it
//! is CPython's SyntaxError "Non-UTF-8 code starting with ...".

use alloc::format;
use alloc::string::String;

use super::{ErrorKind, SyntaxError};
use crate::vm::builtins::codecs::{self, CodecError};

/// The codec named by a coding cookie in `line` (a comment line), if any.
fn cookie(line: &[u8]) -> Option<&str> {
    let text = core::str::from_utf8(line).ok()?;
    let comment = text.trim_start_matches([' ', '\t', '\x0c']);
    if !comment.starts_with('#') {
        return None;
    }
    let at = comment.find("coding")? + "coding".len();
    let rest = comment[at..].strip_prefix([':', '='])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// Whether `line` is blank or only a comment (a cookie may then follow on
/// the second line).
fn blank_or_comment(line: &[u8]) -> bool {
    let t = line.trim_ascii_start();
    t.is_empty() || t[0] == b'#'
}

fn error(msg: String, line: u32) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg,
        lineno: line,
        offset: 0,
        end_lineno: line,
        end_offset: 0,
        text: String::new(),
        at_end_of_input: true,
    }
}

/// The text of source file `filename` from its bytes.
pub fn source_text(data: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let mut lines = data.split(|&b| b == b'\n');
    let first = lines.next().unwrap_or_default();
    let name = cookie(first).or_else(|| match blank_or_comment(first) {
        true => lines.next().and_then(cookie),
        false => None,
    });
    match name {
        Some(enc) => match codecs::decode(data, enc, "strict") {
            Ok(text) => Ok(text),
            Err(CodecError::Lookup(_)) => Err(error(format!("encoding problem: {enc}"), 0)),
            Err(CodecError::Decode(m) | CodecError::Encode(m)) => {
                Err(error(format!("(unicode error) {m}"), 1))
            }
            Err(CodecError::Memory) => Err(SyntaxError::out_of_memory()),
        },
        None => match core::str::from_utf8(data) {
            Ok(text) => Ok(text.into()),
            Err(e) => {
                let at = e.valid_up_to();
                let line = data[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
                let m = format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, \
                     but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    data[at]
                );
                Err(error(m, line))
            }
        },
    }
}
