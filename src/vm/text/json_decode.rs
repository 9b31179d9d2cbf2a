//! `json.loads` as CPython 3.11's C scanner (Modules/_json.c) parses, with
//! its error messages and positions. The parser keeps its nesting on a heap
//! stack (deep documents cannot overflow the DOS stack; the builder decides
//! how deep is too deep, see [`JsonBuilder::open`]) and hands every value to
//! a [`JsonBuilder`].
//! A lone `\uD800`-style surrogate becomes U+FFFD: our str is UTF-8.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// A syntax error: CPython's JSONDecodeError fields (positions in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub msg: &'static str,
    pub pos: usize,
    pub lineno: usize,
    pub colno: usize,
}

impl JsonError {
    fn at(doc: &str, byte_pos: usize, msg: &'static str) -> JsonError {
        let before = &doc[..byte_pos];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        JsonError {
            msg,
            pos: before.chars().count(),
            lineno: before.matches('\n').count() + 1,
            colno: before[line_start..].chars().count() + 1,
        }
    }

    /// `str(JSONDecodeError)`: "msg: line L column C (char P)".
    pub fn message(&self) -> String {
        format!(
            "{}: line {} column {} (char {})",
            self.msg, self.lineno, self.colno, self.pos
        )
    }
}

/// Builds the VM's objects for the values the parser finds.
pub trait JsonBuilder {
    type Value;
    type Error: From<JsonError>;
    fn null(&mut self) -> Result<Self::Value, Self::Error>;
    fn boolean(&mut self, value: bool) -> Result<Self::Value, Self::Error>;
    /// An integer literal (`-?digits`), for `int(text)`.
    fn int(&mut self, text: &str) -> Result<Self::Value, Self::Error>;
    /// A float literal, or `NaN` / `Infinity` / `-Infinity`, for `float(text)`.
    fn float(&mut self, text: &str) -> Result<Self::Value, Self::Error>;
    fn string(&mut self, text: &str) -> Result<Self::Value, Self::Error>;
    fn array(&mut self, items: Vec<Self::Value>) -> Result<Self::Value, Self::Error>;
    /// Key/value pairs in document order (later duplicates win in a dict).
    fn object(
        &mut self,
        pairs: Vec<(Self::Value, Self::Value)>,
    ) -> Result<Self::Value, Self::Error>;
    /// An array (`array`) or object opens at nesting `depth` (1 for the
    /// outermost); an error stops the parse (CPython's RecursionError).
    fn open(&mut self, _depth: usize, _array: bool) -> Result<(), Self::Error> {
        Ok(())
    }
}

enum Frame<V> {
    Array(Vec<V>),
    Object(Vec<(V, V)>, Option<V>),
}

/// `json.loads(doc)`.
pub fn json_decode<B: JsonBuilder>(doc: &str, builder: &mut B) -> Result<B::Value, B::Error> {
    let mut parser = Parser {
        doc,
        bytes: doc.as_bytes(),
        at: 0,
        text: String::new(),
    };
    if doc.starts_with('\u{feff}') {
        return Err(parser
            .error("Unexpected UTF-8 BOM (decode using utf-8-sig)")
            .into());
    }
    parser.skip_space();
    let mut stack: Vec<Frame<B::Value>> = Vec::new();
    'value: loop {
        // Read one value; `[` and `{` open a frame and read their first item.
        let mut value = match parser.peek() {
            Some(b'[') => {
                parser.at += 1;
                parser.skip_space();
                if parser.peek() == Some(b']') {
                    parser.at += 1;
                    builder.array(Vec::new())?
                } else {
                    builder.open(stack.len() + 1, true)?;
                    stack.push(Frame::Array(Vec::new()));
                    continue 'value;
                }
            }
            Some(b'{') => {
                parser.at += 1;
                parser.skip_space();
                if parser.peek() == Some(b'}') {
                    parser.at += 1;
                    builder.object(Vec::new())?
                } else {
                    builder.open(stack.len() + 1, false)?;
                    let key = parser.key(builder)?;
                    stack.push(Frame::Object(Vec::new(), Some(key)));
                    continue 'value;
                }
            }
            _ => parser.scalar(builder)?,
        };
        // Attach it to the enclosing frames, closing those that end here.
        loop {
            let Some(frame) = stack.last_mut() else {
                parser.skip_space();
                if parser.at != parser.bytes.len() {
                    return Err(parser.error("Extra data").into());
                }
                return Ok(value);
            };
            parser.skip_space();
            let close = match frame {
                Frame::Array(items) => {
                    items.push(value);
                    b']'
                }
                Frame::Object(pairs, key) => {
                    if let Some(key) = key.take() {
                        pairs.push((key, value));
                    }
                    b'}'
                }
            };
            match parser.peek() {
                Some(c) if c == close => {
                    parser.at += 1;
                    value = match stack.pop() {
                        Some(Frame::Array(items)) => builder.array(items)?,
                        Some(Frame::Object(pairs, _)) => builder.object(pairs)?,
                        None => return Err(parser.error("Expecting value").into()),
                    };
                }
                Some(b',') => {
                    parser.at += 1;
                    parser.skip_space();
                    if let Some(Frame::Object(_, key)) = stack.last_mut() {
                        *key = Some(parser.key(builder)?);
                    }
                    continue 'value;
                }
                _ => return Err(parser.error("Expecting ',' delimiter").into()),
            }
        }
    }
}

struct Parser<'a> {
    doc: &'a str,
    bytes: &'a [u8],
    at: usize,
    /// Reused buffer for strings with escapes.
    text: String,
}

impl Parser<'_> {
    fn error(&self, msg: &'static str) -> JsonError {
        self.error_at(self.at, msg)
    }

    fn error_at(&self, at: usize, msg: &'static str) -> JsonError {
        JsonError::at(self.doc, at.min(self.bytes.len()), msg)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// `"key" :` and the space after it.
    fn key<B: JsonBuilder>(&mut self, builder: &mut B) -> Result<B::Value, B::Error> {
        if self.peek() != Some(b'"') {
            return Err(self
                .error("Expecting property name enclosed in double quotes")
                .into());
        }
        let key = self.string(builder)?;
        self.skip_space();
        if self.peek() != Some(b':') {
            return Err(self.error("Expecting ':' delimiter").into());
        }
        self.at += 1;
        self.skip_space();
        Ok(key)
    }

    /// A string, number or named constant at the cursor.
    fn scalar<B: JsonBuilder>(&mut self, builder: &mut B) -> Result<B::Value, B::Error> {
        let rest = &self.bytes[self.at..];
        let named: Option<(&[u8], usize)> = [
            (&b"null"[..], 0),
            (b"true", 1),
            (b"false", 2),
            (b"NaN", 3),
            (b"Infinity", 4),
            (b"-Infinity", 5),
        ]
        .into_iter()
        .find(|(word, _)| rest.starts_with(word));
        if let Some((word, which)) = named {
            self.at += word.len();
            let text = core::str::from_utf8(word).unwrap_or("");
            return match which {
                0 => builder.null(),
                1 | 2 => builder.boolean(which == 1),
                _ => builder.float(text),
            };
        }
        match self.peek() {
            Some(b'"') => self.string(builder),
            _ => self.number(builder),
        }
    }

    /// _match_number_unicode: `-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`.
    fn number<B: JsonBuilder>(&mut self, builder: &mut B) -> Result<B::Value, B::Error> {
        let start = self.at;
        let digits_from = |bytes: &[u8], at: usize| {
            bytes[at..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
        };
        let mut at = start + usize::from(self.peek() == Some(b'-'));
        match self.bytes.get(at) {
            Some(b'1'..=b'9') => at += digits_from(self.bytes, at),
            Some(b'0') => at += 1,
            _ => return Err(self.error_at(start, "Expecting value").into()),
        }
        let mut is_float = false;
        if self.bytes.get(at) == Some(&b'.')
            && self.bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
        {
            is_float = true;
            at += 1 + digits_from(self.bytes, at + 1);
        }
        if matches!(self.bytes.get(at), Some(b'e' | b'E')) {
            let sign = usize::from(matches!(self.bytes.get(at + 1), Some(b'-' | b'+')));
            let exponent_digits = digits_from(self.bytes, at + 1 + sign);
            if exponent_digits > 0 {
                is_float = true;
                at += 1 + sign + exponent_digits;
            }
        }
        self.at = at;
        let text = &self.doc[start..at];
        if is_float {
            builder.float(text)
        } else {
            builder.int(text)
        }
    }

    /// scanstring_unicode: the string whose `"` is at the cursor.
    fn string<B: JsonBuilder>(&mut self, builder: &mut B) -> Result<B::Value, B::Error> {
        let quote = self.at;
        self.at += 1;
        let run_start = self.at;
        let run = self.bytes[run_start..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
        match run.map(|n| (n, self.bytes[run_start + n])) {
            Some((n, b'"')) => {
                self.at = run_start + n + 1;
                return builder.string(&self.doc[run_start..run_start + n]);
            }
            None => {
                return Err(self
                    .error_at(quote, "Unterminated string starting at")
                    .into())
            }
            Some(_) => {}
        }
        let mut text = core::mem::take(&mut self.text);
        text.clear();
        let result = self.escaped_string(quote, &mut text);
        let value = result
            .map_err(B::Error::from)
            .and_then(|()| builder.string(&text));
        self.text = text;
        value
    }

    fn escaped_string(&mut self, quote: usize, text: &mut String) -> Result<(), JsonError> {
        loop {
            let run_start = self.at;
            let Some(n) = self.bytes[run_start..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
            else {
                return Err(self.error_at(quote, "Unterminated string starting at"));
            };
            text.push_str(&self.doc[run_start..run_start + n]);
            self.at = run_start + n;
            match self.bytes[self.at] {
                b'"' => {
                    self.at += 1;
                    return Ok(());
                }
                b'\\' => self.escape(quote, text)?,
                _ => return Err(self.error("Invalid control character at")),
            }
        }
    }

    /// One backslash escape at the cursor.
    fn escape(&mut self, quote: usize, text: &mut String) -> Result<(), JsonError> {
        let backslash = self.at;
        let Some(&kind) = self.bytes.get(backslash + 1) else {
            return Err(self.error_at(quote, "Unterminated string starting at"));
        };
        let simple = match kind {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\x08',
            b'f' => '\x0c',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4(backslash + 2)?;
                self.at = backslash + 6;
                let mut code = unit;
                if (0xD800..0xDC00).contains(&unit)
                    && self.at + 6 < self.bytes.len()
                    && self.bytes[self.at..].starts_with(b"\\u")
                {
                    let low = self.hex4(self.at + 2)?;
                    if (0xDC00..0xE000).contains(&low) {
                        code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                        self.at += 6;
                    }
                }
                text.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                return Ok(());
            }
            _ => return Err(self.error_at(backslash, "Invalid \\escape")),
        };
        text.push(simple);
        self.at = backslash + 2;
        Ok(())
    }

    /// The four hex digits at `at` (CPython wants one more character after them).
    fn hex4(&self, at: usize) -> Result<u32, JsonError> {
        let u_at = at - 1;
        if at + 4 >= self.bytes.len() {
            return Err(self.error_at(u_at, "Invalid \\uXXXX escape"));
        }
        self.bytes[at..at + 4].iter().try_fold(0u32, |acc, &b| {
            char::from(b)
                .to_digit(16)
                .map(|d| acc * 16 + d)
                .ok_or_else(|| self.error_at(u_at, "Invalid \\uXXXX escape"))
        })
    }
}
