//! The packed form of a code object tree: how a frozen module's code
//! travels in MPYDOS.EXE (src/pyglue/frozen_code.rs deflates it) and how
//! it is read back.
//!
//! Written by hand rather than with a serde format: the form needs a
//! per-module string table and code bodies decoded one at a time on first
//! use, which a generic format cannot express, and dropping serde took its
//! code out of the EXE.
//!
//! Layout (every integer an LEB128 varint unless said otherwise):
//! * the string table: a count, each string's byte length, then the
//!   strings (names, docstrings, string constants), every distinct one once.
//! * the code tree, [`Packer::code`]: a code object's header (its strings
//!   are string table indices; its line table inline) then its body's
//!   length and body: names, attribute sites, instructions (an opcode byte
//!   and a varint argument each: most take 2 bytes instead of a 4-byte
//!   word) and constants, nested code objects in full.
//!
//! The loader keeps a module's bytes for the program's life and decodes
//! only headers: a body ([`PackedBody`]) stays packed until its code first
//! runs (`vm::eval::code`), and most functions of an imported module never
//! do. On a 4 MB PC asyncio's decoded bodies took ~190 KB (issue 14).
use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use super::lines::push_varint;
use super::{CodeFlags, CodeObject, CodeStr, Const, Instr, LineTable, Opcode, MAX_ARG};

/// Nested code and constant tuples deeper than this are a damaged blob
/// (the compiler's own nesting limit is far below it).
const MAX_DEPTH: usize = 200;

/// A code object's body still in its module's kept bytes: what
/// [`unpack_body`] decodes when the code first runs.
#[derive(Clone, Debug, PartialEq)]
pub struct PackedBody {
    bytes: &'static [u8],
    /// The module's string table (ids index it).
    strings: Rc<[&'static str]>,
    /// How deep in its module's tree the code is (bounds nesting).
    depth: usize,
}

/// A decoded body: the parts of a [`CodeObject`] a [`PackedBody`] stands for.
pub struct Body {
    pub names: Vec<CodeStr>,
    pub attr_sites: Vec<u32>,
    pub instructions: Vec<Instr>,
    pub consts: Vec<Const>,
}

/// The packed bytes of `code` and everything nested in it.
pub fn pack(code: &CodeObject) -> Vec<u8> {
    let mut p = Packer::default();
    p.code(code);
    let mut out = Vec::new();
    push_varint(&mut out, p.strings.len() as u64);
    for s in &p.strings {
        push_varint(&mut out, s.len() as u64);
    }
    p.strings
        .iter()
        .for_each(|s| out.extend_from_slice(s.as_bytes()));
    out.extend_from_slice(&p.tree);
    out
}

/// The code object tree of packed `bytes` (None when they are damaged),
/// headers decoded and bodies left packed. Its strings, line tables and
/// bodies borrow from a copy of `bytes` made by `keep`, which must last as
/// long as the code (the program's life).
pub fn unpack(bytes: &[u8], keep: impl FnOnce(&[u8]) -> &'static [u8]) -> Option<CodeObject> {
    let bytes = keep(bytes);
    let mut r = Reader { bytes, pos: 0 };
    let count = r.len()?;
    let mut lens = Vec::with_capacity(count);
    for _ in 0..count {
        lens.push(r.len()?);
    }
    let mut strings = Vec::with_capacity(count);
    for len in lens {
        strings.push(core::str::from_utf8(r.take(len)?).ok()?);
    }
    let mut u = Unpacker {
        r,
        strings: strings.into(),
    };
    let code = u.code(0)?;
    (u.r.pos == bytes.len()).then_some(code)
}

/// The body `packed` stands for (None when its bytes are damaged).
pub fn unpack_body(packed: &PackedBody) -> Option<Body> {
    let mut u = Unpacker {
        r: Reader {
            bytes: packed.bytes,
            pos: 0,
        },
        strings: packed.strings.clone(),
    };
    let body = u.body(packed.depth)?;
    (u.r.pos == packed.bytes.len()).then_some(body)
}

#[derive(Default)]
struct Packer<'a> {
    strings: Vec<&'a str>,
    ids: BTreeMap<&'a str, u32>,
    tree: Vec<u8>,
}

impl<'a> Packer<'a> {
    fn uint(&mut self, v: u64) {
        push_varint(&mut self.tree, v);
    }

    fn str(&mut self, s: &'a str) {
        let next = self.strings.len() as u32;
        let id = *self.ids.entry(s).or_insert(next);
        if id == next {
            self.strings.push(s);
        }
        self.uint(id.into());
    }

    fn strs(&mut self, list: &'a [CodeStr]) {
        self.uint(list.len() as u64);
        list.iter().for_each(|s| self.str(s));
    }

    fn code(&mut self, c: &'a CodeObject) {
        self.str(&c.name);
        self.str(&c.qualname);
        self.str(&c.filename);
        for n in [
            c.first_line,
            c.arg_count,
            c.posonly_arg_count,
            c.kwonly_arg_count,
            c.flags.0.into(),
            c.stack_size,
            c.max_blocks,
        ] {
            self.uint(n.into());
        }
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.strs(&c.freevars);
        match &c.doc {
            None => self.uint(0),
            Some(d) => {
                self.uint(1);
                self.str(d);
            }
        }
        let (records, columns) = c.lines.parts();
        self.uint((records.len() as u64) << 1 | columns as u64);
        self.tree.extend_from_slice(records);
        // The body, behind its length so that the loader can skip it.
        let outer = core::mem::take(&mut self.tree);
        self.strs(&c.names);
        self.uint(c.attr_sites.len() as u64);
        c.attr_sites.iter().for_each(|s| self.uint((*s).into()));
        self.uint(c.instructions.len() as u64);
        for i in &c.instructions {
            self.tree.push(i.op() as u8);
            self.uint(i.arg().into());
        }
        self.consts(&c.consts);
        let body = core::mem::replace(&mut self.tree, outer);
        self.uint(body.len() as u64);
        self.tree.extend_from_slice(&body);
    }
    fn consts(&mut self, consts: &'a [Const]) {
        self.uint(consts.len() as u64);
        consts.iter().for_each(|c| self.konst(c));
    }

    fn bytes(&mut self, b: &[u8]) {
        self.uint(b.len() as u64);
        self.tree.extend_from_slice(b);
    }

    fn konst(&mut self, c: &'a Const) {
        match c {
            Const::None => self.tree.push(0),
            Const::Bool(b) => self.tree.push(1 + *b as u8),
            Const::Ellipsis => self.tree.push(3),
            Const::Int(i) => {
                self.tree.push(4);
                self.uint(((i << 1) ^ (i >> 63)) as u64);
            }
            Const::BigInt(digits) => {
                self.tree.push(5);
                self.bytes(digits.as_bytes());
            }
            Const::Float(f) => {
                self.tree.push(6);
                self.tree.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Const::Complex { real, imag } => {
                self.tree.push(7);
                self.tree.extend_from_slice(&real.to_bits().to_le_bytes());
                self.tree.extend_from_slice(&imag.to_bits().to_le_bytes());
            }
            Const::Str(s) => {
                self.tree.push(8);
                self.str(s);
            }
            Const::Bytes(b) => {
                self.tree.push(9);
                self.bytes(b);
            }
            Const::Tuple(items) => {
                self.tree.push(10);
                self.consts(items);
            }
            Const::Code(code) => {
                self.tree.push(11);
                self.code(code);
            }
        }
    }
}

/// Bounds-checked reading of packed bytes: every method is None past the
/// end or on a malformed value.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }

    fn u64(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7F) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }

    fn u32(&mut self) -> Option<u32> {
        self.u64()?.try_into().ok()
    }

    /// A count or length: at most the bytes left, so a damaged one cannot
    /// make the loader reserve more memory than the input has.
    fn len(&mut self) -> Option<usize> {
        let n = self.u32()? as usize;
        (n <= self.bytes.len() - self.pos).then_some(n)
    }

    fn f64(&mut self) -> Option<f64> {
        let b = self.take(8)?;
        Some(f64::from_bits(u64::from_le_bytes(b.try_into().ok()?)))
    }
}

/// Reads headers (and, for [`unpack_body`], one body) from a module's
/// kept bytes: every slice it hands out lives as long as the program.
struct Unpacker {
    r: Reader<'static>,
    strings: Rc<[&'static str]>,
}

impl Unpacker {
    fn str(&mut self) -> Option<CodeStr> {
        let id = self.r.u32()? as usize;
        self.strings.get(id).map(|s| Cow::Borrowed(*s))
    }

    fn strs(&mut self) -> Option<Vec<CodeStr>> {
        let n = self.r.len()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(self.str()?);
        }
        Some(out)
    }

    /// A code object: its header decoded, its body left packed.
    fn code(&mut self, depth: usize) -> Option<CodeObject> {
        if depth > MAX_DEPTH {
            return None;
        }
        let (name, qualname, filename) = (self.str()?, self.str()?, self.str()?);
        let mut ints = [0u32; 7];
        for n in &mut ints {
            *n = self.r.u32()?;
        }
        let [first_line, arg_count, posonly_arg_count, kwonly_arg_count, flags, stack_size, max_blocks] =
            ints;
        let (varnames, cellvars, freevars) = (self.strs()?, self.strs()?, self.strs()?);
        let doc = match self.r.byte()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return None,
        };
        let len = self.r.u32()?;
        let records = self.r.take((len >> 1) as usize)?;
        let lines = LineTable::from_parts(Cow::Borrowed(records), len & 1 == 1);
        let n = self.r.len()?;
        let packed = PackedBody {
            bytes: self.r.take(n)?,
            strings: self.strings.clone(),
            depth,
        };
        Some(CodeObject {
            name,
            qualname,
            filename,
            first_line,
            arg_count,
            posonly_arg_count,
            kwonly_arg_count,
            flags: CodeFlags(flags.try_into().ok()?),
            varnames,
            cellvars,
            freevars,
            names: Vec::new(),
            attr_sites: Vec::new(),
            consts: Vec::new(),
            doc,
            stack_size,
            max_blocks,
            instructions: Vec::new(),
            lines,
            packed: Some(packed),
        })
    }

    fn body(&mut self, depth: usize) -> Option<Body> {
        let names = self.strs()?;
        let n = self.r.len()?;
        let mut attr_sites = Vec::with_capacity(n);
        for _ in 0..n {
            attr_sites.push(self.r.u32()?);
        }
        let n = self.r.len()?;
        let mut instructions = Vec::with_capacity(n);
        for _ in 0..n {
            let op = *Opcode::ALL.get(self.r.byte()? as usize)?;
            let arg = self.r.u32()?;
            if arg > MAX_ARG {
                return None;
            }
            instructions.push(Instr::new(op, arg));
        }
        let consts = self.consts(depth)?;
        Some(Body {
            names,
            attr_sites,
            instructions,
            consts,
        })
    }

    fn consts(&mut self, depth: usize) -> Option<Vec<Const>> {
        let n = self.r.len()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(self.konst(depth)?);
        }
        Some(out)
    }

    fn owned_bytes(&mut self) -> Option<Vec<u8>> {
        let n = self.r.len()?;
        self.r.take(n).map(<[u8]>::to_vec)
    }

    fn konst(&mut self, depth: usize) -> Option<Const> {
        Some(match self.r.byte()? {
            0 => Const::None,
            1 => Const::Bool(false),
            2 => Const::Bool(true),
            3 => Const::Ellipsis,
            4 => {
                let v = self.r.u64()?;
                Const::Int((v >> 1) as i64 ^ -((v & 1) as i64))
            }
            5 => Const::BigInt(String::from_utf8(self.owned_bytes()?).ok()?),
            6 => Const::Float(self.r.f64()?),
            7 => Const::Complex {
                real: self.r.f64()?,
                imag: self.r.f64()?,
            },
            8 => Const::Str(self.str()?),
            9 => Const::Bytes(self.owned_bytes()?),
            10 => Const::Tuple(self.consts(depth + 1)?),
            11 => Const::Code(Rc::new(self.code(depth + 1)?)),
            _ => return None,
        })
    }
}

/// [`unpack`]'s `keep` for the program's frozen modules: a copy leaked
/// for the program's life.
pub fn keep_forever(kept: &[u8]) -> &'static [u8] {
    Box::leak(kept.to_vec().into_boxed_slice())
}

/// `code` with its body and those of the code nested in it decoded, as the
/// compiler made it (None when a body is damaged).
#[cfg(test)]
pub fn unpack_all(code: &CodeObject) -> Option<CodeObject> {
    let mut code = code.clone();
    if let Some(packed) = code.packed.take() {
        let body = unpack_body(&packed)?;
        code.names = body.names;
        code.attr_sites = body.attr_sites;
        code.instructions = body.instructions;
        code.consts = body.consts;
    }
    for c in &mut code.consts {
        if let Const::Code(nested) = c {
            *nested = Rc::new(unpack_all(nested)?);
        }
    }
    Some(code)
}
