//! The `re` pattern parser: CPython 3.11's syntax (groups, named groups,
//! backreferences, lookaround, atomic groups, possessive and lazy repeats,
//! conditionals, inline and scoped flags, verbose mode) into a [`Node`]
//! tree, with CPython's error messages and positions.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::charset::{CharSet, Class, SetItem};

pub const I: u32 = 2;
pub const L: u32 = 4;
pub const M: u32 = 8;
pub const S: u32 = 16;
pub const U: u32 = 32;
pub const X: u32 = 64;
pub const A: u32 = 256;

/// Zero-width assertions.
#[derive(Clone, Copy, PartialEq)]
pub enum Assert {
    Bol,
    Eol,
    LineStart,
    LineEnd,
    StrStart,
    StrEnd,
    Word(bool),
    NotWord(bool),
}

#[derive(Clone)]
pub enum Node {
    Empty,
    /// A character (folded when `icase`).
    Char(u32, bool),
    /// `.`: any character, or any but newline.
    Any(bool),
    Set(Box<CharSet>),
    Assert(Assert),
    Group(usize, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
        greedy: bool,
        possessive: bool,
    },
    Backref(usize, bool),
    Look {
        ahead: bool,
        neg: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Cond(usize, Box<Node>, Box<Node>),
}

/// A parse error: CPython's message and the position in the pattern.
pub struct Error {
    pub msg: String,
    /// None for errors CPython reports without a position.
    pub pos: Option<usize>,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, Error> {
    Err(Error {
        msg: msg.into(),
        pos: Some(pos),
    })
}

/// A parsed pattern.
pub struct Parsed {
    pub node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
}

struct Parser<'a> {
    p: &'a [u32],
    i: usize,
    bytes: bool,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    /// Flags seen by `(?x)` at the start, for the whole pattern.
    global: u32,
}

const MAXREPEAT: u32 = 4_294_967_295;

pub fn parse(pattern: &[u32], flags: u32, bytes: bool) -> Result<Parsed, Error> {
    let mut p = Parser {
        p: pattern,
        i: 0,
        bytes,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        global: flags,
    };
    p.scan_global_flags()?;
    let global = p.global;
    let node = p.alternation(global)?;
    if p.i < p.p.len() {
        return err("unbalanced parenthesis", p.i);
    }
    let mut flags = p.global;
    if !bytes && flags & A == 0 {
        flags |= U;
    }
    if bytes && flags & U != 0 {
        return err("cannot use UNICODE flag with a bytes pattern", 0);
    }
    if flags & A != 0 && flags & U != 0 && !bytes && p.global & U != 0 && p.global & A != 0 {
        return err("ASCII and UNICODE flags are incompatible", 0);
    }
    Ok(Parsed {
        node,
        groups: p.groups,
        names: p.names,
        flags,
    })
}

fn flag_bit(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => I,
        'L' => L,
        'm' => M,
        's' => S,
        'u' => U,
        'x' => X,
        'a' => A,
        _ => return None,
    })
}

impl Parser<'_> {
    fn peek(&self) -> Option<u32> {
        self.p.get(self.i).copied()
    }

    fn at(&self, c: char) -> bool {
        self.peek() == Some(c as u32)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.at(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// Leading `(?flags)` groups apply to the whole pattern (verbose mode
    /// changes how the rest is read, so they are found first).
    fn scan_global_flags(&mut self) -> Result<(), Error> {
        let mut j = 0;
        while self.p.get(j) == Some(&('(' as u32)) && self.p.get(j + 1) == Some(&('?' as u32)) {
            let mut k = j + 2;
            let mut bits = 0;
            while let Some(b) = self.p.get(k).and_then(|&c| flag_bit(c)) {
                bits |= b;
                k += 1;
            }
            if k == j + 2 || self.p.get(k) != Some(&(')' as u32)) {
                break;
            }
            self.global |= bits;
            j = k + 1;
        }
        Ok(())
    }

    /// Skip whitespace and comments in verbose mode.
    fn skip_verbose(&mut self, flags: u32) {
        if flags & X == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else if matches!(
                char::from_u32(c),
                Some(' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
            ) {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn alternation(&mut self, flags: u32) -> Result<Node, Error> {
        let mut alts = Vec::new();
        loop {
            alts.push(self.sequence(flags)?);
            if !self.eat('|') {
                break;
            }
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    fn sequence(&mut self, flags: u32) -> Result<Node, Error> {
        let mut items: Vec<Node> = Vec::new();
        loop {
            self.skip_verbose(flags);
            let Some(c) = self.peek() else { break };
            if c == '|' as u32 || c == ')' as u32 {
                break;
            }
            let atom = self.atom(flags)?;
            let Some(atom) = atom else { continue };
            let atom = self.quantifiers(atom, flags)?;
            items.push(atom);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    fn quantifiers(&mut self, mut atom: Node, flags: u32) -> Result<Node, Error> {
        let mut repeated = false;
        loop {
            self.skip_verbose(flags);
            let here = self.i;
            let (min, max) = match self.peek().and_then(char::from_u32) {
                Some('*') => (0, None),
                Some('+') => (1, None),
                Some('?') => (0, Some(1)),
                Some('{') => match self.braces()? {
                    Some(r) => r,
                    None => return Ok(atom),
                },
                _ => return Ok(atom),
            };
            if !matches!(self.p[here], 0x7b) {
                self.i += 1;
            }
            if repeated {
                return err("multiple repeat", here);
            }
            if matches!(atom, Node::Empty | Node::Assert(_)) {
                return err("nothing to repeat", here);
            }
            let greedy = !self.eat('?');
            let possessive = greedy && self.eat('+');
            atom = Node::Repeat {
                node: Box::new(atom),
                min,
                max,
                greedy,
                possessive,
            };
            repeated = true;
        }
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}`; None (and nothing read) if the
    /// brace is a literal.
    fn braces(&mut self) -> Result<Option<(u32, Option<u32>)>, Error> {
        let start = self.i;
        let mut j = self.i + 1;
        let num = |j: &mut usize| -> Option<u64> {
            let s = *j;
            let mut v: u64 = 0;
            while let Some(d) = self
                .p
                .get(*j)
                .and_then(|&c| char::from_u32(c)?.to_digit(10))
            {
                v = v.saturating_mul(10).saturating_add(u64::from(d));
                *j += 1;
            }
            (*j > s).then_some(v)
        };
        let lo = num(&mut j);
        let hi = if self.p.get(j) == Some(&(',' as u32)) {
            j += 1;
            num(&mut j)
        } else {
            if lo.is_none() {
                return Ok(None);
            }
            lo
        };
        if self.p.get(j) != Some(&('}' as u32)) {
            return Ok(None);
        }
        self.i = j + 1;
        let min = lo.unwrap_or(0);
        if min >= u64::from(MAXREPEAT) || hi.is_some_and(|h| h >= u64::from(MAXREPEAT)) {
            return err("the repetition number is too large", start + 1);
        }
        if let Some(h) = hi {
            if h < min {
                return err("min repeat greater than max repeat", start + 1);
            }
        }
        Ok(Some((min as u32, hi.map(|h| h as u32))))
    }

    fn atom(&mut self, flags: u32) -> Result<Option<Node>, Error> {
        let c = self.p[self.i];
        let icase = flags & I != 0;
        self.i += 1;
        Ok(Some(match char::from_u32(c) {
            Some('(') => return self.group(flags),
            Some('[') => Node::Set(Box::new(self.set(flags)?)),
            Some('.') => Node::Any(flags & S != 0),
            Some('^') => Node::Assert(if flags & M != 0 {
                Assert::LineStart
            } else {
                Assert::Bol
            }),
            Some('$') => Node::Assert(if flags & M != 0 {
                Assert::LineEnd
            } else {
                Assert::Eol
            }),
            Some('\\') => self.escape(flags)?,
            Some('*' | '+' | '?') => return err("nothing to repeat", self.i - 1),
            Some('{') => {
                self.i -= 1;
                if self.braces()?.is_some() {
                    return err("nothing to repeat", self.i - 1);
                }
                self.i += 1;
                Node::Char(c, false)
            }
            _ => Node::Char(fold_if(c, icase, self.ascii(flags)), icase),
        }))
    }

    fn ascii(&self, flags: u32) -> bool {
        self.bytes || flags & A != 0
    }

    fn group(&mut self, flags: u32) -> Result<Option<Node>, Error> {
        let open = self.i - 1;
        if !self.eat('?') {
            self.groups += 1;
            let g = self.groups;
            self.open.push(g);
            let body = self.alternation(flags)?;
            self.close(open)?;
            self.open.pop();
            return Ok(Some(Node::Group(g, Box::new(body))));
        }
        let Some(c) = self.peek().and_then(char::from_u32) else {
            return err("unexpected end of pattern", self.i);
        };
        self.i += 1;
        match c {
            ':' => {
                let body = self.alternation(flags)?;
                self.close(open)?;
                Ok(Some(body))
            }
            '>' => {
                let body = self.alternation(flags)?;
                self.close(open)?;
                Ok(Some(Node::Atomic(Box::new(body))))
            }
            '#' => {
                while let Some(c) = self.peek() {
                    if c == ')' as u32 {
                        break;
                    }
                    self.i += 1;
                }
                if !self.eat(')') {
                    return err("missing ), unterminated comment", open);
                }
                Ok(None)
            }
            '=' | '!' => self.look(true, c == '!', open, flags),
            '<' if self.at('=') || self.at('!') => {
                let neg = self.at('!');
                self.i += 1;
                self.look(false, neg, open, flags)
            }
            'P' if self.eat('<') => {
                let name = self.name('>')?;
                self.groups += 1;
                let g = self.groups;
                if let Some((_, old)) = self.names.iter().find(|(n, _)| *n == name) {
                    return err(
                        format!(
                            "redefinition of group name '{name}' as group {g}; was group {old}"
                        ),
                        open + 4,
                    );
                }
                self.names.push((name, g));
                self.open.push(g);
                let body = self.alternation(flags)?;
                self.close(open)?;
                self.open.pop();
                Ok(Some(Node::Group(g, Box::new(body))))
            }
            'P' if self.eat('=') => {
                let at = self.i;
                let name = self.name(')')?;
                let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) else {
                    return err(format!("unknown group name '{name}'"), at);
                };
                if self.open.contains(&g) {
                    return err("cannot refer to an open group", open);
                }
                Ok(Some(Node::Backref(g, flags & I != 0)))
            }
            'P' => {
                let at = self.i;
                match self.peek().and_then(char::from_u32) {
                    Some(c) => err(format!("unknown extension ?P{c}"), at - 2),
                    None => err("unexpected end of pattern", at),
                }
            }
            '(' => self.conditional(open, flags),
            '<' => {
                let next = self.peek().and_then(char::from_u32).unwrap_or(' ');
                err(format!("unknown extension ?<{next}"), open + 1)
            }
            c if c != '-' && flag_bit(c as u32).is_none() => {
                err(format!("unknown extension ?{c}"), open + 1)
            }
            _ => {
                self.i -= 1;
                self.flag_group(open, flags)
            }
        }
    }

    fn close(&mut self, open: usize) -> Result<(), Error> {
        if self.eat(')') {
            Ok(())
        } else {
            err("missing ), unterminated subpattern", open)
        }
    }

    fn look(
        &mut self,
        ahead: bool,
        neg: bool,
        open: usize,
        flags: u32,
    ) -> Result<Option<Node>, Error> {
        let body = self.alternation(flags)?;
        self.close(open)?;
        if !ahead && width(&body).is_none() {
            return Err(Error {
                msg: String::from("look-behind requires fixed-width pattern"),
                pos: None,
            });
        }
        Ok(Some(Node::Look {
            ahead,
            neg,
            node: Box::new(body),
        }))
    }

    /// A group name up to `end` (which is consumed).
    fn name(&mut self, end: char) -> Result<String, Error> {
        let start = self.i;
        while let Some(c) = self.peek() {
            if c == end as u32 {
                break;
            }
            self.i += 1;
        }
        if self.i >= self.p.len() {
            return err(format!("missing {end}, unterminated name"), start);
        }
        let name: String = self.p[start..self.i]
            .iter()
            .filter_map(|&c| char::from_u32(c))
            .collect();
        self.i += 1;
        if name.is_empty() {
            return err("missing group name", start);
        }
        let ok = name
            .chars()
            .enumerate()
            .all(|(k, c)| c == '_' || c.is_alphabetic() || (k > 0 && c.is_numeric()));
        if !ok || (self.bytes && !name.is_ascii()) {
            return err(format!("bad character in group name '{name}'"), start);
        }
        Ok(name)
    }

    fn conditional(&mut self, open: usize, flags: u32) -> Result<Option<Node>, Error> {
        let at = self.i;
        let digits = self.p[at..]
            .iter()
            .take_while(|&&c| (b'0' as u32..=b'9' as u32).contains(&c))
            .count();
        let name = if digits > 0 && self.p.get(at + digits) == Some(&(')' as u32)) {
            self.i += digits + 1;
            self.p[at..at + digits]
                .iter()
                .map(|&c| c as u8 as char)
                .collect()
        } else {
            self.name(')')?
        };
        let g = match name.parse::<usize>() {
            Ok(0) => return err("bad group number", at),
            Ok(g) => g,
            Err(_) => match self.names.iter().find(|(n, _)| *n == name) {
                Some(&(_, g)) => g,
                None => return err(format!("unknown group name '{name}'"), at),
            },
        };
        let yes = self.sequence(flags)?;
        let no = if self.eat('|') {
            let no = self.sequence(flags)?;
            if self.at('|') {
                return err("conditional backref with more than two branches", self.i);
            }
            no
        } else {
            Node::Empty
        };
        self.close(open)?;
        if g > self.groups {
            return err(format!("invalid group reference {g}"), at);
        }
        Ok(Some(Node::Cond(g, Box::new(yes), Box::new(no))))
    }

    /// `(?aiLmsux)` (global, at the start only) or `(?aiLmsux-imsx:...)`.
    fn flag_group(&mut self, open: usize, flags: u32) -> Result<Option<Node>, Error> {
        let mut on = 0;
        let mut off = 0;
        let mut minus = false;
        loop {
            let Some(c) = self.peek() else {
                return err("missing -, : or )", self.i);
            };
            self.i += 1;
            if let Some(b) = flag_bit(c) {
                if minus {
                    if b & (I | M | S | X) == 0 {
                        return err(
                            "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                            self.i - 1,
                        );
                    }
                    off |= b;
                } else {
                    on |= b;
                }
            } else if c == '-' as u32 && !minus {
                minus = true;
            } else if c == ')' as u32 && !minus {
                if open != 0 && !self.is_leading_flags(open) {
                    return err("global flags not at the start of the expression", open);
                }
                return Ok(None);
            } else if c == ':' as u32 {
                let body = self.alternation((flags | on) & !off)?;
                self.close(open)?;
                return Ok(Some(body));
            } else {
                let ch = char::from_u32(c).unwrap_or('?');
                let msg = if c == ')' as u32 || minus && on | off == 0 {
                    String::from("missing flag")
                } else if ch.is_alphabetic() {
                    String::from("unknown flag")
                } else {
                    String::from("missing -, : or )")
                };
                return err(msg, self.i - 1);
            }
        }
    }

    /// Whether the group at `open` is one of the leading `(?flags)` groups.
    fn is_leading_flags(&self, open: usize) -> bool {
        let mut j = 0;
        while j < open {
            if self.p.get(j) != Some(&('(' as u32)) || self.p.get(j + 1) != Some(&('?' as u32)) {
                return false;
            }
            j += 2;
            while self.p.get(j).is_some_and(|&c| flag_bit(c).is_some()) {
                j += 1;
            }
            if self.p.get(j) != Some(&(')' as u32)) {
                return false;
            }
            j += 1;
        }
        j == open
    }

    /// An escape outside a set (the backslash was read).
    fn escape(&mut self, flags: u32) -> Result<Node, Error> {
        let start = self.i - 1;
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        let ascii = self.ascii(flags);
        let icase = flags & I != 0;
        let class = |k| Node::Set(Box::new(CharSet::one(SetItem::Class(k, ascii))));
        Ok(match char::from_u32(c).unwrap_or('\0') {
            'A' => Node::Assert(Assert::StrStart),
            'Z' => Node::Assert(Assert::StrEnd),
            'b' => Node::Assert(Assert::Word(ascii)),
            'B' => Node::Assert(Assert::NotWord(ascii)),
            'd' => class(Class::Digit),
            'D' => class(Class::NotDigit),
            'w' => class(Class::Word),
            'W' => class(Class::NotWord),
            's' => class(Class::Space),
            'S' => class(Class::NotSpace),
            '1'..='9' => {
                let mut g = c - '0' as u32;
                if let Some(d) = self.peek().and_then(|d| char::from_u32(d)?.to_digit(10)) {
                    let octal = c < '8' as u32
                        && d < 8
                        && self
                            .p
                            .get(self.i + 1)
                            .is_some_and(|&e| ('0' as u32..'8' as u32).contains(&e));
                    if octal {
                        self.i -= 1;
                        let v = self.octal(start)?;
                        return Ok(Node::Char(fold_if(v, icase, ascii), icase));
                    }
                    g = g * 10 + d;
                    self.i += 1;
                }
                let g = g as usize;
                if g > self.groups {
                    return err(format!("invalid group reference {g}"), start + 1);
                }
                if self.open.contains(&g) {
                    return err("cannot refer to an open group", start);
                }
                Node::Backref(g, icase)
            }
            _ => {
                self.i -= 1;
                let v = self.char_escape(start)?;
                Node::Char(fold_if(v, icase, ascii), icase)
            }
        })
    }

    fn octal(&mut self, start: usize) -> Result<u32, Error> {
        let mut v = 0u32;
        let mut n = 0;
        while n < 3 {
            match self.peek().and_then(|d| char::from_u32(d)?.to_digit(8)) {
                Some(d) => {
                    v = v * 8 + d;
                    self.i += 1;
                    n += 1;
                }
                None => break,
            }
        }
        if v > 0o377 {
            let text: String = self.p[start..self.i]
                .iter()
                .filter_map(|&c| char::from_u32(c))
                .collect();
            return err(
                format!("octal escape value {text} outside of range 0-0o377"),
                start,
            );
        }
        Ok(v)
    }

    /// A character escape valid both inside and outside sets, at `self.i`
    /// (just after the backslash at `start`).
    fn char_escape(&mut self, start: usize) -> Result<u32, Error> {
        let c = self.p[self.i];
        self.i += 1;
        let hex = |p: &mut Self, n: usize| -> Result<u32, Error> {
            let mut v = 0u32;
            for _ in 0..n {
                match p.peek().and_then(|d| char::from_u32(d)?.to_digit(16)) {
                    Some(d) => {
                        v = v * 16 + d;
                        p.i += 1;
                    }
                    None => {
                        let text: String = p.p[start..p.i]
                            .iter()
                            .filter_map(|&c| char::from_u32(c))
                            .collect();
                        return err(format!("incomplete escape {text}"), start);
                    }
                }
            }
            Ok(v)
        };
        Ok(match char::from_u32(c).unwrap_or('\0') {
            'n' => 10,
            't' => 9,
            'r' => 13,
            'f' => 12,
            'v' => 11,
            'a' => 7,
            'x' => hex(self, 2)?,
            'u' if !self.bytes => hex(self, 4)?,
            'U' if !self.bytes => {
                let v = hex(self, 8)?;
                if v > 0x10FFFF {
                    let text: String = self.p[start..self.i]
                        .iter()
                        .filter_map(|&c| char::from_u32(c))
                        .collect();
                    return err(format!("bad escape {text}"), start);
                }
                v
            }
            '0' => {
                self.i -= 1;
                self.octal(start)?
            }
            ch if ch.is_ascii_alphanumeric() => {
                return err(format!("bad escape \\{ch}"), start);
            }
            _ => c,
        })
    }

    /// A character set (the `[` was read).
    fn set(&mut self, flags: u32) -> Result<CharSet, Error> {
        let open = self.i - 1;
        let ascii = self.ascii(flags);
        let icase = flags & I != 0;
        let neg = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set", open);
            };
            if c == ']' as u32 && !first {
                self.i += 1;
                break;
            }
            first = false;
            let at = self.i;
            let lo = match self.set_atom(ascii)? {
                SetAtom::Item(it) => {
                    if self.at('-') && self.p.get(self.i + 1).is_some_and(|&c| c != ']' as u32) {
                        let text: String = self.p[at..self.i + 2]
                            .iter()
                            .filter_map(|&c| char::from_u32(c))
                            .collect();
                        return err(format!("bad character range {text}"), at);
                    }
                    items.push(it);
                    continue;
                }
                SetAtom::Char(c) => c,
            };
            if self.at('-') && self.p.get(self.i + 1).is_some_and(|&c| c != ']' as u32) {
                self.i += 1;
                let hi = match self.set_atom(ascii)? {
                    SetAtom::Char(c) => c,
                    SetAtom::Item(_) => {
                        let text: String = self.p[at..self.i]
                            .iter()
                            .filter_map(|&c| char::from_u32(c))
                            .collect();
                        return err(format!("bad character range {text}"), at);
                    }
                };
                if hi < lo {
                    let text: String = self.p[at..self.i]
                        .iter()
                        .filter_map(|&c| char::from_u32(c))
                        .collect();
                    return err(format!("bad character range {text}"), at);
                }
                items.push(SetItem::Range(lo, hi));
            } else {
                items.push(SetItem::Range(lo, lo));
            }
        }
        Ok(CharSet {
            neg,
            items,
            icase,
            ascii,
        })
    }

    fn set_atom(&mut self, ascii: bool) -> Result<SetAtom, Error> {
        let c = self.p[self.i];
        self.i += 1;
        if c != '\\' as u32 {
            return Ok(SetAtom::Char(c));
        }
        let start = self.i - 1;
        let Some(e) = self.peek() else {
            return err("unterminated character set", start);
        };
        let class = match char::from_u32(e).unwrap_or('\0') {
            'd' => Class::Digit,
            'D' => Class::NotDigit,
            'w' => Class::Word,
            'W' => Class::NotWord,
            's' => Class::Space,
            'S' => Class::NotSpace,
            'b' => {
                self.i += 1;
                return Ok(SetAtom::Char(8));
            }
            '1'..='7' => {
                return Ok(SetAtom::Char(self.octal(start)?));
            }
            '8' | '9' => return err(format!("bad escape \\{}", e - '0' as u32), start),
            _ => return Ok(SetAtom::Char(self.char_escape(start)?)),
        };
        self.i += 1;
        Ok(SetAtom::Item(SetItem::Class(class, ascii)))
    }
}

enum SetAtom {
    Char(u32),
    Item(SetItem),
}

/// `c` folded for a case-insensitive compare, when `icase`.
pub fn fold_if(c: u32, icase: bool, ascii: bool) -> u32 {
    if icase {
        fold(c, ascii)
    } else {
        c
    }
}

/// The simple lower-case fold of `c` (ASCII letters only when `ascii`).
pub fn fold(c: u32, ascii: bool) -> u32 {
    if c < 128 || ascii {
        if (b'A' as u32..=b'Z' as u32).contains(&c) {
            return c + 32;
        }
        return c;
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut l = ch.to_lowercase();
            match (l.next(), l.next()) {
                (Some(x), None) => x as u32,
                _ => c,
            }
        }
        None => c,
    }
}

/// The fixed width of a node, if it has one (look-behind needs it).
pub fn width(n: &Node) -> Option<usize> {
    Some(match n {
        Node::Empty | Node::Assert(_) | Node::Look { .. } => 0,
        Node::Char(..) | Node::Any(_) | Node::Set(_) => 1,
        Node::Group(_, b) | Node::Atomic(b) => width(b)?,
        Node::Concat(v) => v.iter().map(width).sum::<Option<usize>>()?,
        Node::Alt(v) => {
            let w = width(&v[0])?;
            if v.iter().all(|x| width(x) == Some(w)) {
                w
            } else {
                return None;
            }
        }
        Node::Repeat { node, min, max, .. } => {
            if Some(*min) != *max {
                return None;
            }
            width(node)? * *min as usize
        }
        Node::Backref(..) => return None,
        Node::Cond(_, a, b) => {
            let w = width(a)?;
            if width(b)? != w {
                return None;
            }
            w
        }
    })
}

/// Whether the node can match the empty string (loops over such a node
/// need the no-progress check).
pub fn nullable(n: &Node) -> bool {
    match n {
        Node::Empty | Node::Assert(_) | Node::Look { .. } | Node::Backref(..) => true,
        Node::Char(..) | Node::Any(_) | Node::Set(_) => false,
        Node::Group(_, b) | Node::Atomic(b) => nullable(b),
        Node::Concat(v) => v.iter().all(nullable),
        Node::Alt(v) => v.iter().any(nullable),
        Node::Repeat { node, min, .. } => *min == 0 || nullable(node),
        Node::Cond(_, a, b) => nullable(a) || nullable(b),
    }
}
