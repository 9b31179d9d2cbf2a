//! `re` patterns as programs for the backtracking machine (exec.rs):
//! counted repeats are unrolled, loops over a body that can match empty
//! get a no-progress mark, lookaround and atomic groups are sub-programs.

use alloc::vec::Vec;

use super::charset::CharSet;
use super::parse::{nullable, width, Assert, Node};

/// Most instructions one pattern may compile to (a{65535} and the like).
const MAX_PROGRAM: usize = 1 << 20;

#[derive(Clone, Copy)]
pub enum Inst {
    Char(u32),
    /// A character compared after case folding.
    CharI(u32),
    /// `.`: `true` also matches a newline.
    Any(bool),
    Set(u32),
    Assert(Assert),
    /// Store the position in capture slot n (2g start, 2g+1 end).
    Save(u32),
    /// Try the first target, then the second.
    Split(u32, u32),
    Jmp(u32),
    /// Remember the position in loop register n.
    Mark(u32),
    /// After a loop body: if it matched empty, leave the loop (jump).
    CheckMark(u32, u32),
    Backref(u32, bool),
    /// A lookaround whose body starts at the next instruction and ends
    /// with `Succeed`; the program goes on at `next`.
    Look {
        ahead: bool,
        neg: bool,
        width: u32,
        next: u32,
    },
    /// An atomic group: its body's first match is kept, never retried.
    Atomic(u32),
    /// Conditional: if group g matched go on, else jump.
    Cond(u32, u32),
    Succeed,
    Match,
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    pub regs: usize,
    pub groups: usize,
    /// The pattern can match only at the string's start.
    pub anchored: bool,
    /// A character every match starts with.
    pub first: Option<u32>,
    pub ascii: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    regs: usize,
}

/// The program for `node`; Err if it would be too large.
pub fn compile(node: &Node, groups: usize, ascii: bool) -> Result<Program, ()> {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        regs: 0,
    };
    c.emit(node)?;
    c.insts.push(Inst::Match);
    Ok(Program {
        insts: c.insts,
        sets: c.sets,
        regs: c.regs,
        groups,
        anchored: starts_anchored(node),
        first: first_char(node),
        ascii,
    })
}

fn starts_anchored(n: &Node) -> bool {
    match n {
        Node::Assert(Assert::Bol | Assert::StrStart) => true,
        Node::Concat(v) => v.first().is_some_and(starts_anchored),
        Node::Group(_, b) | Node::Atomic(b) => starts_anchored(b),
        Node::Alt(v) => v.iter().all(starts_anchored),
        _ => false,
    }
}

fn first_char(n: &Node) -> Option<u32> {
    match n {
        Node::Char(c, false) => Some(*c),
        Node::Concat(v) => v.first().and_then(first_char),
        Node::Group(_, b) | Node::Atomic(b) => first_char(b),
        Node::Repeat { node, min, .. } if *min > 0 => first_char(node),
        _ => None,
    }
}

impl Compiler {
    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    fn push(&mut self, i: Inst) -> Result<usize, ()> {
        if self.insts.len() >= MAX_PROGRAM {
            return Err(());
        }
        self.insts.push(i);
        Ok(self.insts.len() - 1)
    }

    fn emit(&mut self, n: &Node) -> Result<(), ()> {
        match n {
            Node::Empty => {}
            Node::Char(c, false) => {
                self.push(Inst::Char(*c))?;
            }
            Node::Char(c, true) => {
                self.push(Inst::CharI(*c))?;
            }
            Node::Any(nl) => {
                self.push(Inst::Any(*nl))?;
            }
            Node::Set(s) => {
                self.sets.push((**s).clone());
                self.push(Inst::Set(self.sets.len() as u32 - 1))?;
            }
            Node::Assert(a) => {
                self.push(Inst::Assert(*a))?;
            }
            Node::Group(g, body) => {
                self.push(Inst::Save(2 * *g as u32))?;
                self.emit(body)?;
                self.push(Inst::Save(2 * *g as u32 + 1))?;
            }
            Node::Concat(v) => {
                for x in v {
                    self.emit(x)?;
                }
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (k, x) in v.iter().enumerate() {
                    if k + 1 < v.len() {
                        let split = self.push(Inst::Split(0, 0))?;
                        self.emit(x)?;
                        jumps.push(self.push(Inst::Jmp(0))?);
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split as u32 + 1, next);
                    } else {
                        self.emit(x)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                node,
                min,
                max,
                greedy,
                possessive,
            } => {
                if *possessive {
                    let inner = Node::Repeat {
                        node: node.clone(),
                        min: *min,
                        max: *max,
                        greedy: true,
                        possessive: false,
                    };
                    return self.emit(&Node::Atomic(alloc::boxed::Box::new(inner)));
                }
                self.repeat(node, *min, *max, *greedy)?;
            }
            Node::Backref(g, icase) => {
                self.push(Inst::Backref(*g as u32, *icase))?;
            }
            Node::Look { ahead, neg, node } => {
                let at = self.push(Inst::Succeed)?;
                self.emit(node)?;
                self.push(Inst::Succeed)?;
                self.insts[at] = Inst::Look {
                    ahead: *ahead,
                    neg: *neg,
                    width: if *ahead {
                        0
                    } else {
                        width(node).unwrap_or(0) as u32
                    },
                    next: self.pc(),
                };
            }
            Node::Atomic(body) => {
                let at = self.push(Inst::Succeed)?;
                self.emit(body)?;
                self.push(Inst::Succeed)?;
                self.insts[at] = Inst::Atomic(self.pc());
            }
            Node::Cond(g, yes, no) => {
                let at = self.push(Inst::Succeed)?;
                self.emit(yes)?;
                let jmp = self.push(Inst::Jmp(0))?;
                self.insts[at] = Inst::Cond(*g as u32, self.pc());
                self.emit(no)?;
                self.insts[jmp] = Inst::Jmp(self.pc());
            }
        }
        Ok(())
    }

    fn split(&mut self, at: usize, body: u32, out: u32, greedy: bool) {
        self.insts[at] = if greedy {
            Inst::Split(body, out)
        } else {
            Inst::Split(out, body)
        };
    }

    fn repeat(&mut self, node: &Node, min: u32, max: Option<u32>, greedy: bool) -> Result<(), ()> {
        for _ in 0..min {
            self.emit(node)?;
        }
        match max {
            None => {
                let guard = nullable(node);
                let reg = self.regs as u32;
                if guard {
                    self.regs += 1;
                }
                let top = self.push(Inst::Succeed)?;
                if guard {
                    self.push(Inst::Mark(reg))?;
                }
                self.emit(node)?;
                let check = if guard {
                    Some(self.push(Inst::Succeed)?)
                } else {
                    None
                };
                self.push(Inst::Jmp(top as u32))?;
                let out = self.pc();
                self.split(top, top as u32 + 1, out, greedy);
                if let Some(c) = check {
                    self.insts[c] = Inst::CheckMark(reg, out);
                }
            }
            Some(max) => {
                let mut splits = Vec::new();
                for _ in min..max {
                    splits.push(self.push(Inst::Succeed)?);
                    self.emit(node)?;
                }
                let out = self.pc();
                for s in splits {
                    self.split(s, s as u32 + 1, out, greedy);
                }
            }
        }
        Ok(())
    }
}
