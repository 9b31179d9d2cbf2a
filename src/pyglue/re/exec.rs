//! The `re` backtracking machine: runs a [`Program`] over a subject of
//! code points (or bytes) with an explicit backtrack stack, so a long
//! subject never deepens the native stack (only nested lookarounds and
//! atomic groups recurse, as deep as the pattern nests). Ctrl-C is polled
//! every 64 Ki steps: a catastrophic pattern can be interrupted.

use alloc::vec;
use alloc::vec::Vec;

use super::charset::is_word;
use super::compile::{Inst, Program};
use super::parse::{fold, Assert};

pub const UNSET: usize = usize::MAX;

enum Bt {
    Alt(u32, usize),
    Cap(u32, usize),
    Reg(u32, usize),
    Last(usize),
}

/// One successful match: capture slots (UNSET where a group did not take
/// part) and the group that closed last (0 if none).
pub struct Found {
    pub caps: Vec<usize>,
    pub last: usize,
}

/// The search was interrupted (Ctrl-C).
pub struct Interrupted;

pub struct Machine<'a> {
    prog: &'a Program,
    s: &'a [u32],
    /// Where the subject ends for this search (`endpos`).
    end: usize,
    /// A whole match must end at `end` (fullmatch).
    full: bool,
    /// A match must end after this position (successive empty matches).
    min_end: usize,
    caps: Vec<usize>,
    regs: Vec<usize>,
    last: usize,
    stack: Vec<Bt>,
    steps: u32,
}

impl<'a> Machine<'a> {
    pub fn new(prog: &'a Program, s: &'a [u32], end: usize, full: bool) -> Self {
        Machine {
            prog,
            s,
            end,
            full,
            min_end: 0,
            caps: vec![UNSET; 2 * (prog.groups + 1)],
            regs: vec![UNSET; prog.regs],
            last: 0,
            stack: Vec::new(),
            steps: 0,
        }
    }

    /// The first match at a position in `start..=end` (only at `start`
    /// when `anchored`); `advance` forbids an empty match at `start`.
    pub fn search(
        &mut self,
        start: usize,
        anchored: bool,
        advance: bool,
    ) -> Result<Option<Found>, Interrupted> {
        let mut at = start;
        while at <= self.end {
            if self.prog.anchored && at != 0 {
                return Ok(None);
            }
            let skip = self
                .prog
                .first
                .is_some_and(|c| at >= self.end || self.s[at] != c);
            if !skip {
                self.min_end = if advance && at == start { at + 1 } else { 0 };
                if let Some(e) = self.run(0, at)? {
                    let mut caps = self.caps.clone();
                    caps[0] = at;
                    caps[1] = e;
                    let last = self.last;
                    self.unwind(0);
                    return Ok(Some(Found { caps, last }));
                }
            }
            if anchored {
                break;
            }
            at += 1;
        }
        Ok(None)
    }

    /// Pop the backtrack stack down to `base`, restoring what it records.
    fn unwind(&mut self, base: usize) {
        while self.stack.len() > base {
            match self.stack.pop() {
                Some(Bt::Cap(slot, old)) => self.caps[slot as usize] = old,
                Some(Bt::Reg(r, old)) => self.regs[r as usize] = old,
                Some(Bt::Last(old)) => self.last = old,
                _ => {}
            }
        }
    }

    /// Keep the restore records above `base` but drop its alternatives
    /// (a sub-match that succeeded is final).
    fn commit(&mut self, base: usize) {
        let mut w = base;
        for r in base..self.stack.len() {
            if !matches!(self.stack[r], Bt::Alt(..)) {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    fn word_at(&self, i: usize) -> bool {
        i < self.end && is_word(self.s[i], self.prog.ascii)
    }

    fn assert(&self, a: Assert, pos: usize) -> bool {
        let (s, end) = (self.s, self.end);
        let nl = '\n' as u32;
        match a {
            Assert::Bol | Assert::StrStart => pos == 0,
            Assert::StrEnd => pos == end,
            Assert::Eol => pos == end || (pos + 1 == end && s[pos] == nl),
            Assert::LineStart => pos == 0 || s[pos - 1] == nl,
            Assert::LineEnd => pos == end || s[pos] == nl,
            Assert::Word(_) => end > 0 && (pos > 0 && self.word_at(pos - 1)) != self.word_at(pos),
            Assert::NotWord(_) => {
                end > 0 && (pos > 0 && self.word_at(pos - 1)) == self.word_at(pos)
            }
        }
    }

    /// Run from `pc` at `pos` until `Match` or `Succeed`: the end position,
    /// or None (everything this run changed is undone).
    fn run(&mut self, mut pc: u32, mut pos: usize) -> Result<Option<usize>, Interrupted> {
        let base = self.stack.len();
        let ascii = self.prog.ascii;
        loop {
            self.steps = self.steps.wrapping_add(1);
            if self.steps & 0xFFFF == 0 && crate::platform::platform().take_interrupt() {
                self.unwind(base);
                return Err(Interrupted);
            }
            let ok = match self.prog.insts[pc as usize] {
                Inst::Char(c) => {
                    let hit = pos < self.end && self.s[pos] == c;
                    pos += 1;
                    hit
                }
                Inst::CharI(c) => {
                    let hit = pos < self.end && fold(self.s[pos], ascii) == c;
                    pos += 1;
                    hit
                }
                Inst::Any(nl) => {
                    let hit = pos < self.end && (nl || self.s[pos] != '\n' as u32);
                    pos += 1;
                    hit
                }
                Inst::Set(k) => {
                    let hit = pos < self.end && self.prog.sets[k as usize].has(self.s[pos]);
                    pos += 1;
                    hit
                }
                Inst::Assert(a) => self.assert(a, pos),
                Inst::Save(slot) => {
                    let old = self.caps[slot as usize];
                    self.stack.push(Bt::Cap(slot, old));
                    if slot & 1 == 1 {
                        self.stack.push(Bt::Last(self.last));
                        self.last = slot as usize / 2;
                    }
                    self.caps[slot as usize] = pos;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Alt(b, pos));
                    pc = a;
                    continue;
                }
                Inst::Jmp(t) => {
                    pc = t;
                    continue;
                }
                Inst::Mark(r) => {
                    self.stack.push(Bt::Reg(r, self.regs[r as usize]));
                    self.regs[r as usize] = pos;
                    true
                }
                Inst::CheckMark(r, out) => {
                    if self.regs[r as usize] == pos {
                        pc = out;
                        continue;
                    }
                    true
                }
                Inst::Backref(g, icase) => match self.backref(g as usize, icase, pos) {
                    Some(e) => {
                        pos = e;
                        true
                    }
                    None => false,
                },
                Inst::Look {
                    ahead,
                    neg,
                    width,
                    next,
                } => {
                    let from = if ahead {
                        Some(pos)
                    } else {
                        pos.checked_sub(width as usize)
                    };
                    let inner = self.stack.len();
                    let hit = match from {
                        Some(f) => self.run(pc + 1, f)?.is_some(),
                        None => false,
                    };
                    if hit && !neg {
                        self.commit(inner);
                    } else {
                        self.unwind(inner);
                    }
                    pc = next;
                    if hit == neg {
                        false
                    } else {
                        continue;
                    }
                }
                Inst::Atomic(next) => {
                    let inner = self.stack.len();
                    match self.run(pc + 1, pos)? {
                        Some(e) => {
                            self.commit(inner);
                            pos = e;
                            pc = next;
                            continue;
                        }
                        None => false,
                    }
                }
                Inst::Cond(g, no) => {
                    if self.caps[2 * g as usize + 1] == UNSET {
                        pc = no;
                        continue;
                    }
                    true
                }
                Inst::Succeed => return Ok(Some(pos)),
                Inst::Match => {
                    if (self.full && pos != self.end) || pos < self.min_end {
                        false
                    } else {
                        return Ok(Some(pos));
                    }
                }
            };
            if ok {
                pc += 1;
                continue;
            }
            // Backtrack.
            loop {
                if self.stack.len() <= base {
                    return Ok(None);
                }
                match self.stack.pop() {
                    Some(Bt::Alt(p, at)) => {
                        pc = p;
                        pos = at;
                        break;
                    }
                    Some(Bt::Cap(slot, old)) => self.caps[slot as usize] = old,
                    Some(Bt::Reg(r, old)) => self.regs[r as usize] = old,
                    Some(Bt::Last(old)) => self.last = old,
                    None => return Ok(None),
                }
            }
        }
    }

    fn backref(&self, g: usize, icase: bool, pos: usize) -> Option<usize> {
        let (a, b) = (self.caps[2 * g], self.caps[2 * g + 1]);
        if a == UNSET || b == UNSET {
            return None;
        }
        let n = b - a;
        if pos + n > self.end {
            return None;
        }
        let ascii = self.prog.ascii;
        let same = (0..n).all(|k| {
            let (x, y) = (self.s[a + k], self.s[pos + k]);
            x == y || (icase && fold(x, ascii) == fold(y, ascii))
        });
        same.then_some(pos + n)
    }
}
