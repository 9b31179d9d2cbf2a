//! A code object under construction: instructions with symbolic labels,
//! their source positions, and the deduplicated constant and name tables.
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

use super::fblock::FBlock;
use super::symtable::{ScopeId, ScopeKind};
use crate::vm::bytecode::{CodeFlags, Const, Instr, Location, Opcode};

/// A jump target, bound to an instruction index later.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Label(pub u32);

const UNBOUND: u32 = u32::MAX;

/// Hashable identity of a constant for deduplication (floats by bits, so
/// `0.0` and `-0.0` stay apart; code objects are never shared).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(String),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
}

fn const_key(c: &Const) -> Option<ConstKey> {
    Some(match c {
        Const::None => ConstKey::None,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Int(i) => ConstKey::Int(*i),
        Const::BigInt(s) => ConstKey::BigInt(s.clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
        Const::Str(s) => ConstKey::Str(String::from(&**s)),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(items) => ConstKey::Tuple(items.iter().map(const_key).collect::<Option<_>>()?),
        Const::Code(_) => return None,
    })
}

/// One code object being compiled.
pub struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    /// Class name used for private-name mangling in this unit.
    pub private: Option<String>,
    pub instrs: Vec<Instr>,
    pub locs: Vec<Location>,
    pub labels: Vec<u32>,
    pub consts: Vec<Const>,
    const_index: BTreeMap<ConstKey, u32>,
    pub names: Vec<String>,
    name_index: BTreeMap<String, u32>,
    pub attr_sites: Vec<u32>,
    pub varnames: Vec<String>,
    /// Slot of each name in `varnames` (a def with 100,000 locals compiles
    /// in linear time).
    varname_slots: BTreeMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub flags: CodeFlags,
    pub doc: Option<String>,
    /// Position given to instructions emitted now.
    pub loc: Location,
    /// Enclosing loops/try/with, innermost last (for break/continue/return).
    pub fblocks: Vec<FBlock<'a>>,
}

impl<'a> Unit<'a> {
    pub fn new(
        scope: ScopeId,
        kind: ScopeKind,
        name: String,
        qualname: String,
        first_line: u32,
    ) -> Unit<'a> {
        Unit {
            scope,
            kind,
            name,
            qualname,
            first_line,
            private: None,
            instrs: Vec::new(),
            locs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_index: BTreeMap::new(),
            names: Vec::new(),
            name_index: BTreeMap::new(),
            attr_sites: Vec::new(),
            varnames: Vec::new(),
            varname_slots: BTreeMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            flags: CodeFlags::default(),
            doc: None,
            loc: Location {
                line: first_line,
                end_line: first_line,
                col: 0,
                end_col: 0,
            },
            fblocks: Vec::new(),
        }
    }

    /// Appends `op arg` at the current position.
    pub fn emit(&mut self, op: Opcode, arg: u32) {
        self.instrs.push(Instr::new(op, arg));
        self.locs.push(self.loc);
    }

    /// Appends a jump to `label` (patched to an index by the assembler).
    pub fn emit_jump(&mut self, op: Opcode, label: Label) {
        debug_assert!(op.is_jump());
        self.emit(op, label.0);
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(UNBOUND);
        Label(self.labels.len() as u32 - 1)
    }

    /// Makes `label` point at the next instruction.
    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = self.instrs.len() as u32;
    }

    /// The `consts` index of `c` (shared with an equal earlier constant).
    pub fn const_index(&mut self, c: Const) -> u32 {
        let key = const_key(&c);
        if let Some(&i) = key.as_ref().and_then(|k| self.const_index.get(k)) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        if let Some(k) = key {
            self.const_index.insert(k, i);
        }
        i
    }

    pub fn load_const(&mut self, c: Const) {
        let i = self.const_index(c);
        self.emit(Opcode::LoadConst, i);
    }

    /// The `names` index of `name`.
    pub fn name_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(String::from(name));
        self.name_index.insert(String::from(name), i);
        i
    }

    /// A fresh attribute cache site for `name`.
    pub fn attr_site(&mut self, name: &str) -> u32 {
        let n = self.name_index(name);
        self.attr_sites.push(n);
        self.attr_sites.len() as u32 - 1
    }

    /// The fast-local slot of `name` (added if new).
    pub fn varname_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.varname_slots.get(name) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(String::from(name));
        self.varname_slots.insert(String::from(name), i);
        i
    }

    /// The deref slot of `name` (cellvars first, then freevars).
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|v| v == name) {
            return Some(i as u32);
        }
        let i = self.freevars.iter().position(|v| v == name)?;
        Some((self.cellvars.len() + i) as u32)
    }

    /// True when control cannot reach the end of the instructions so far
    /// (the last one never falls through and no label points past it).
    pub fn end_is_unreachable(&self) -> bool {
        let end = self.instrs.len() as u32;
        self.instrs.last().is_some_and(|i| i.op().is_terminator()) && !self.labels.contains(&end)
    }
}
