//! A heap frame: one activation of a code object. Python calls push frames
//! instead of recursing in Rust; generators keep theirs between resumes.

use alloc::rc::Rc;
use alloc::vec::Vec;

use super::code::CodeObj;
use crate::vm::object::{ObjRef, Value};

/// An active `try`/`with` handler: where to jump and the stack depth to restore.
#[derive(Clone, Copy)]
pub struct Block {
    pub handler: u32,
    pub level: u32,
}

pub struct Frame {
    pub code: Rc<CodeObj>,
    pub globals: ObjRef,
    /// The locals mapping of module and class bodies (None in functions).
    pub locals: Option<ObjRef>,
    /// Fast locals; `Value::Null` when unbound.
    pub fast: Vec<Value>,
    /// Cell variables, then free variables.
    pub cells: Vec<ObjRef>,
    pub stack: Vec<Value>,
    pub blocks: Vec<Block>,
    /// Index of the next instruction.
    pub pc: usize,
    /// For an `__init__` frame run by `cls(...)` in the caller's loop: the
    /// new instance, which the call returns instead of `__init__`'s None.
    pub constructing: Option<Value>,
    /// For a generator's frame entered by `FOR_ITER` in its caller's loop
    /// (gen_inline.rs): the generator, which gets the frame back at `yield`.
    pub inline_gen: Option<ObjRef>,
}

impl Frame {
    /// A frame of `code`, whose body must be set (`Vm::code_ready`).
    pub fn new(code: Rc<CodeObj>, globals: ObjRef, locals: Option<ObjRef>) -> Frame {
        assert!(code.is_ready(), "frame of code without a body");
        let raw = &code.raw;
        let mut fast = Vec::with_capacity(raw.varnames.len());
        fast.resize_with(raw.varnames.len(), || Value::Null);
        Frame {
            stack: Vec::with_capacity(raw.stack_size as usize + 2),
            blocks: Vec::with_capacity(raw.max_blocks as usize),
            cells: Vec::new(),
            fast,
            code,
            globals,
            locals,
            pc: 0,
            constructing: None,
            inline_gen: None,
        }
    }

    /// Reuse a released frame (see `release`) for a call of `code` with
    /// `globals`: it keeps its buffers, and its code and globals when they
    /// are the same (a recursive call, or the next call of the same
    /// function), without touching their reference counts.
    /// Its first locals are copies of `args`, the others unbound.
    pub fn reset(&mut self, code: &Rc<CodeObj>, globals: &ObjRef, args: &[Value]) {
        debug_assert!(self.fast.is_empty() && self.stack.is_empty() && self.cells.is_empty());
        self.fast_from(code.raw.varnames.len(), args);
        self.pc = 0;
        if !Rc::ptr_eq(&self.code, code) {
            self.code = code.clone();
        }
        if !self.globals.ptr_eq(globals) {
            self.globals = globals.clone();
        }
    }

    /// Fills the empty fast locals: copies of `args`, then unbound up to `n`.
    #[inline]
    pub fn fast_from(&mut self, n: usize, args: &[Value]) {
        self.fast.reserve(n);
        for a in args {
            self.fast.push(a.clone());
        }
        while self.fast.len() < n {
            self.fast.push(Value::Null);
        }
    }

    /// Drop the values a finished frame holds (before it goes to the pool).
    pub fn release(&mut self) {
        self.fast.clear();
        if !self.cells.is_empty() {
            self.cells.clear();
        }
        if !self.stack.is_empty() {
            self.stack.clear();
        }
        self.blocks.clear();
        if self.locals.is_some() {
            self.locals = None;
        }
        if self.constructing.is_some() {
            self.constructing = None;
        }
        if self.inline_gen.is_some() {
            self.inline_gen = None;
        }
    }

    /// The instruction that ran last.
    pub fn last_pc(&self) -> u32 {
        self.pc.saturating_sub(1) as u32
    }

    pub(crate) fn traverse(&self, v: &mut dyn FnMut(&Value)) {
        v(&Value::Obj(self.globals.clone()));
        if let Some(l) = &self.locals {
            v(&Value::Obj(l.clone()));
        }
        self.fast.iter().for_each(&mut *v);
        for c in &self.cells {
            v(&Value::Obj(c.clone()));
        }
        self.stack.iter().for_each(&mut *v);
        if let Some(c) = &self.constructing {
            v(c);
        }
    }
}
