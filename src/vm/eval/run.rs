//! The eval loop. One loop runs a frame and every Python function it calls
//! (calls push heap frames, returns pop them: no Rust recursion). Native code
//! that calls back into Python, and generator resumption (except by
//! `FOR_ITER`, see gen_inline.rs), start a nested loop; nesting is bounded
//! and counted toward the recursion limit.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;

use super::attr_cache::SiteLoad;
use super::float_ops::quick_float_binop;
use super::frame::{Block, Frame};
use super::iterate::range_next;
use super::ops::{ordering_is, plain_strs, small_int_binop};
use super::room::push_with_room;
use crate::mem_reserve;
use crate::platform::platform;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::{BinaryOp, CompareOp, Instr, Opcode};
use crate::vm::object::exception::TbEntry;
use crate::vm::object::func::{Args, GenKind};
use crate::vm::object::{gc, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// How a frame stopped.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Nested eval loops allowed (each costs Rust stack; DOS stacks are small).
const MAX_LOOP_NESTING: usize = 1000;
/// Instructions between two polls of Ctrl-C and the collector.
const POLL_INTERVAL: u32 = 4096;

impl Vm {
    /// Run `f` (and whatever it calls) until it returns or yields. The frame
    /// is handed back so that a generator can keep it.
    /// With `pending`, the exception is raised in `f` before anything runs
    /// (`generator.throw`).
    pub(crate) fn run_frame(
        &mut self,
        mut f: Box<Frame>,
        pending: Option<ObjRef>,
    ) -> (PyResult<Exit>, Box<Frame>) {
        if self.loop_depth >= MAX_LOOP_NESTING {
            let e = self.new_exc(Exc::RecursionError, "maximum recursion depth exceeded");
            return (Err(e), f);
        }
        self.loop_depth += 1;
        let base = self.frames.len();
        if let Some(e) = pending {
            if let Err(e) = self.unwind(&mut f, base, e) {
                self.loop_depth -= 1;
                return (Err(e), f);
            }
        }
        let result = loop {
            match self.dispatch(&mut f, base) {
                Ok(exit) => break Ok(exit),
                Err(e) => match self.unwind(&mut f, base, e) {
                    Ok(()) => continue,
                    Err(e) => break Err(e),
                },
            }
        };
        self.loop_depth -= 1;
        (result, f)
    }

    /// An exception left an instruction of `f`: record the traceback, find
    /// a handler in `f` or its callers (down to `base`); Err if none.
    fn unwind(&mut self, f: &mut Box<Frame>, base: usize, mut e: ObjRef) -> Result<(), ObjRef> {
        let fresh = !core::mem::replace(&mut self.reraising, false);
        if fresh {
            self.set_context(&e);
            self.add_traceback(&e, f);
        }
        loop {
            if let Some(Block { handler, level }) = f.blocks.pop() {
                f.stack.truncate(level as usize);
                f.stack.push(Value::Obj(e));
                f.pc = handler as usize;
                return Ok(());
            }
            if self.frames.len() == base {
                return Err(e);
            }
            let caller = self.frames.pop().expect("caller frame");
            let mut done = core::mem::replace(f, caller);
            self.depth -= 1;
            if let Some(g) = done.inline_gen.take() {
                self.gen_leave_inline(&g, None);
                e = self.gen_raised(GenKind::Generator, e);
            }
            self.free_frame(done);
            self.add_traceback(&e, f);
        }
    }

    /// Prepend an entry for `f`'s current line to the exception's traceback.
    pub(crate) fn add_traceback(&mut self, e: &ObjRef, f: &Frame) {
        if let Kind::Instance(inst) = &**e {
            if let Some(data) = &inst.exc {
                let entry = TbEntry {
                    code: f.code.clone(),
                    pc: f.last_pc(),
                };
                let mut d = data.borrow_mut();
                let next = core::mem::take(&mut d.traceback);
                d.traceback = Value::Obj(ObjRef::new(Kind::Traceback(entry, next)));
            }
        }
    }

    /// The exception being handled as `sys.exc_info()` sees it: the running
    /// frame's, else that of the nearest frame that resumed a generator.
    pub(crate) fn topmost_handled(&self) -> Value {
        let mut all = core::iter::once(&self.handled).chain(self.outer_handled.iter().rev());
        all.find(|h| !h.is_none()).cloned().unwrap_or(Value::None)
    }

    /// A new exception raised while another is handled gets it as `__context__`.
    fn set_context(&mut self, e: &ObjRef) {
        let Value::Obj(handled) = &self.topmost_handled() else {
            return;
        };
        if handled.ptr_eq(e) {
            return;
        }
        if let Kind::Instance(inst) = &**e {
            if let Some(data) = &inst.exc {
                let mut d = data.borrow_mut();
                if d.context.is_none() {
                    d.context = Value::Obj(handled.clone());
                }
            }
        }
    }

    /// Push a frame for a Python call made by the running loop.
    #[inline]
    fn enter(&mut self, f: &mut Box<Frame>, callee: Box<Frame>) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self.new_exc(Exc::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let caller = core::mem::replace(f, callee);
        self.frames.push(caller);
        Ok(())
    }

    /// A generator entered by FOR_ITER yielded: its frame goes back to the
    /// generator and the caller runs on.
    fn suspend_inline(&mut self, f: &mut Box<Frame>) {
        let g = f.inline_gen.take().expect("inline generator");
        let caller = self.frames.pop().expect("caller frame");
        let frame = core::mem::replace(f, caller);
        self.depth -= 1;
        self.gen_leave_inline(&g, Some(frame));
    }

    /// Every few thousand instructions (and as soon as an allocation needed
    /// the memory reserve): MemoryError, Ctrl-C and the cycle collector.
    #[cold]
    fn poll(&mut self) -> PyResult<()> {
        self.ticks = POLL_INTERVAL;
        if mem_reserve::take_low() {
            return Err(self.no_memory());
        }
        mem_reserve::refill();
        if mem_reserve::take_wake() {
            self.run_deferred();
        }
        if platform().take_interrupt() {
            return Err(self.new_exc_empty(Exc::KeyboardInterrupt));
        }
        if gc::due() {
            self.collect_garbage();
        }
        Ok(())
    }

    /// Run `f` from `f.pc` until it returns, yields or raises. The loop
    /// keeps the pc in a local and writes it back to `f.pc` when it stops.
    fn dispatch(&mut self, f: &mut Box<Frame>, base: usize) -> PyResult<Exit> {
        let mut pc = f.pc;
        let exit = self.dispatch_at(f, base, &mut pc);
        f.pc = pc;
        exit
    }

    /// `dispatch`'s loop. `pc` is the running frame's pc, which `f.pc` is
    /// not: inlined into `dispatch`, it stays in a register across
    /// instructions. It is written to `f.pc` only where something reads
    /// that: before the frame hands over to another (a call, a generator
    /// suspended by FOR_ITER's yield: `save_pc!`) and, by `dispatch`, when
    /// the loop stops (a return, a yield, an exception: tracebacks).
    #[inline(always)]
    #[allow(unsafe_code)]
    fn dispatch_at(&mut self, f: &mut Box<Frame>, base: usize, pc: &mut usize) -> PyResult<Exit> {
        macro_rules! pop {
            () => {
                f.stack.pop().expect("stack underflow")
            };
        }
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                f.stack.push(v)
            }};
        }
        macro_rules! top {
            () => {
                f.stack.last().expect("stack underflow")
            };
        }
        macro_rules! last_mut {
            () => {
                f.stack.last_mut().expect("stack underflow")
            };
        }
        // The running frame's instructions: a fetch is one load from here,
        // not four dependent ones (frame, code, instructions, length).
        // `switched!` reloads it and the pc after `f` became another frame
        // (a call, a return, a yield).
        let mut instrs: *const Instr = f.code.instructions().as_ptr();
        macro_rules! switched {
            () => {{
                instrs = f.code.instructions().as_ptr();
                *pc = f.pc;
            }};
        }
        macro_rules! save_pc {
            () => {
                f.pc = *pc
            };
        }
        loop {
            // SAFETY: `instrs` points at `f.code.instructions()`: set above
            // and by `switched!` each time `f` becomes another frame; a
            // running frame's code is never replaced (only pooled frames
            // are reset) and `f.code`'s Rc keeps it alive. `*pc` is below
            // their length: code is checked as it is loaded
            // (`checked_instructions` in code.rs) so that every pc a frame
            // gets (0, one past a non-terminator, a jump or handler target,
            // a YIELD_FROM's own index) is inside.
            let instr = unsafe { *instrs.add(*pc) };
            *pc += 1;
            let arg = instr.arg();
            match instr.op() {
                Opcode::Nop => {}
                Opcode::PopTop => {
                    pop!();
                }
                Opcode::Copy => {
                    let v = f.stack[f.stack.len() - arg as usize].clone();
                    push!(v);
                }
                Opcode::Swap => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - arg as usize);
                }
                Opcode::LoadConst => push!(f.code.body().consts[arg as usize].clone()),
                Opcode::LoadFast => {
                    let v = &f.fast[arg as usize];
                    if let Value::Null = v {
                        return Err(self.unbound_local(&f.code.raw.varnames[arg as usize]));
                    }
                    let v = v.clone();
                    push!(v);
                }
                Opcode::StoreFast => {
                    let v = pop!();
                    f.fast[arg as usize] = v;
                }
                Opcode::DeleteFast => {
                    let old = core::mem::replace(&mut f.fast[arg as usize], Value::Null);
                    if let Value::Null = old {
                        return Err(self.unbound_local(&f.code.raw.varnames[arg as usize]));
                    }
                    drop(old);
                    if mem_reserve::low() {
                        self.poll()?;
                    }
                }
                Opcode::LoadDeref => {
                    let v = self.load_deref(f, arg)?;
                    push!(v);
                }
                Opcode::StoreDeref => {
                    let v = pop!();
                    if let Kind::Cell(c) = &*f.cells[arg as usize] {
                        let old = c.replace(v);
                        drop(old);
                    }
                }
                Opcode::DeleteDeref => {
                    self.load_deref(f, arg)?;
                    if let Kind::Cell(c) = &*f.cells[arg as usize] {
                        let old = c.replace(Value::Null);
                        drop(old);
                    }
                }
                Opcode::LoadClosure => push!(Value::Obj(f.cells[arg as usize].clone())),
                Opcode::LoadClassDeref => {
                    let key = self.intern(f.code.raw.deref_name(arg));
                    let found = match &f.locals {
                        Some(l) => self.dict_get_str(l, &key)?,
                        None => None,
                    };
                    let v = match found {
                        Some(v) => v,
                        None => self.load_deref(f, arg)?,
                    };
                    push!(v);
                }
                Opcode::LoadName => {
                    // Module-level code: locals are the globals, so the
                    // lookup is LOAD_GLOBAL's, and so is its cache.
                    let module = match &f.locals {
                        Some(l) => l.ptr_eq(&f.globals),
                        None => true,
                    };
                    let v = if module {
                        match self.cached_global(&f.code, &f.globals, arg) {
                            Some(v) => v,
                            None => self.load_global(&f.code, &f.globals, arg)?,
                        }
                    } else {
                        let name = f.code.body().names[arg as usize].clone();
                        self.load_name(f, &name)?
                    };
                    push!(v);
                }
                Opcode::StoreName => {
                    let mut v = pop!();
                    let target = f.locals.as_ref().unwrap_or(&f.globals);
                    // Module-level code: STORE_GLOBAL's cached store.
                    if target.ptr_eq(&f.globals) && target.ext().is_none() {
                        match self.store_global(&f.code, &f.globals, arg, v) {
                            None => {
                                // The value replaced may have died (weak
                                // reference callbacks, memory reserve).
                                if mem_reserve::low() {
                                    self.poll()?;
                                }
                                continue;
                            }
                            Some(back) => v = back,
                        }
                    }
                    let target = f.locals.as_ref().unwrap_or(&f.globals);
                    let name = f.code.body().names[arg as usize].clone();
                    // A class body run in a `__prepare__` mapping that
                    // subclasses dict goes through its `__setitem__`.
                    if crate::vm::eval::mapping::table(target).is_some() && target.ext().is_none() {
                        self.dict_set_str(target, name, v);
                    } else {
                        let target = target.clone();
                        self.setitem(&Value::Obj(target), Value::Obj(name), v)?;
                    }
                    if mem_reserve::low() {
                        self.poll()?;
                    }
                }
                Opcode::DeleteName => {
                    let name = f.code.body().names[arg as usize].clone();
                    let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    if self.dict_del_str(&target, &name).is_none() {
                        return Err(self.name_error(&name));
                    }
                    if mem_reserve::low() {
                        self.poll()?;
                    }
                }
                Opcode::LoadGlobal => {
                    let v = match self.cached_global(&f.code, &f.globals, arg) {
                        Some(v) => v,
                        None => self.load_global(&f.code, &f.globals, arg)?,
                    };
                    push!(v);
                }
                Opcode::StoreGlobal => {
                    let v = pop!();
                    if let Some(v) = self.store_global(&f.code, &f.globals, arg, v) {
                        let name = f.code.body().names[arg as usize].clone();
                        self.dict_set_str(&f.globals, name, v);
                    }
                    if mem_reserve::low() {
                        self.poll()?;
                    }
                }
                Opcode::DeleteGlobal => {
                    let name = f.code.body().names[arg as usize].clone();
                    if self.dict_del_str(&f.globals, &name).is_none() {
                        return Err(self.name_error(&name));
                    }
                    if mem_reserve::low() {
                        self.poll()?;
                    }
                }
                Opcode::LoadAttr => {
                    // The attribute takes the object's slot (no pop and push).
                    let o = top!();
                    let v = match self.load_attr_site(&f.code, arg, o)? {
                        SiteLoad::Value(v) => v,
                        SiteLoad::Frame(getter) => {
                            pop!();
                            save_pc!();
                            self.enter(f, getter)?;
                            switched!();
                            continue;
                        }
                        SiteLoad::Miss => {
                            let code = &f.code;
                            let name =
                                &code.body().names[code.body().attr_sites[arg as usize] as usize];
                            self.get_attr(o, name)?
                        }
                    };
                    *last_mut!() = v;
                }
                Opcode::StoreAttr => {
                    let o = pop!();
                    let v = pop!();
                    let code = &f.code;
                    if let Some(v) = self.store_attr_site(code, arg, &o, v) {
                        let name =
                            &code.body().names[code.body().attr_sites[arg as usize] as usize];
                        self.set_attr(&o, name, v)?;
                    }
                }
                Opcode::DeleteAttr => {
                    let name = f.code.body().names[arg as usize].clone();
                    let o = pop!();
                    self.del_attr(&o, &name)?;
                }
                Opcode::LoadMethod => {
                    let o = top!();
                    let code = &f.code;
                    let found = match self.load_method_site(code, arg, o) {
                        Some(found) => found,
                        None => {
                            let name =
                                &code.body().names[code.body().attr_sites[arg as usize] as usize];
                            self.load_method(o, name)?
                        }
                    };
                    // The method (or attribute) takes the object's slot.
                    match found {
                        (m, true) => {
                            let o = core::mem::replace(last_mut!(), m);
                            push!(o);
                        }
                        (v, false) => {
                            *last_mut!() = v;
                            push!(Value::Null);
                        }
                    }
                }
                Opcode::BinarySubscr => {
                    // The item takes the container's slot.
                    let [.., o, k] = f.stack.as_slice() else {
                        unreachable!("stack underflow")
                    };
                    let v = self.getitem(o, k)?;
                    pop!();
                    *last_mut!() = v;
                }
                Opcode::StoreSubscr => {
                    let k = pop!();
                    let o = pop!();
                    let v = pop!();
                    self.setitem(&o, k, v)?;
                }
                Opcode::DeleteSubscr => {
                    let k = pop!();
                    let o = pop!();
                    self.delitem(&o, &k)?;
                }
                Opcode::UnaryNegative => {
                    let a = pop!();
                    let v = self.neg(&a)?;
                    push!(v);
                }
                Opcode::UnaryPositive => {
                    let a = pop!();
                    let v = self.pos(&a)?;
                    push!(v);
                }
                Opcode::UnaryInvert => {
                    let a = pop!();
                    let v = self.invert(&a)?;
                    push!(v);
                }
                Opcode::UnaryNot => {
                    let a = pop!();
                    let b = self.truthy(&a)?;
                    push!(Value::Bool(!b));
                }
                Opcode::BinaryOp => {
                    // Two ints or two floats: the result takes the left
                    // operand's slot, in place (no pops and push).
                    if let [.., a, b] = f.stack.as_mut_slice() {
                        let quick = match (&*a, &*b) {
                            (Value::Int(x), Value::Int(y)) => {
                                small_int_binop(arg & !BinaryOp::INPLACE, *x, *y).map(Value::Int)
                            }
                            (Value::Float(x), Value::Float(y)) => {
                                quick_float_binop(arg & !BinaryOp::INPLACE, *x, *y)
                                    .map(Value::Float)
                            }
                            _ => None,
                        };
                        if let Some(v) = quick {
                            // Numbers own nothing: nothing to drop.
                            core::mem::forget(core::mem::replace(a, v));
                            core::mem::forget(pop!());
                            continue;
                        }
                    }
                    let b = pop!();
                    let a = pop!();
                    let v = self.binary_op(arg, &a, &b)?;
                    push!(v);
                }
                Opcode::CompareOp => {
                    let quick = match f.stack.as_slice() {
                        [.., Value::Int(x), Value::Int(y)] => {
                            let r = ordering_is(arg, x.cmp(y));
                            // Ints own nothing: nothing to drop.
                            core::mem::forget(pop!());
                            core::mem::forget(pop!());
                            Some(r)
                        }
                        [.., Value::Obj(x), Value::Obj(y)] => match plain_strs(x, y) {
                            Some((s, t)) => {
                                let r = ordering_is(arg, s.as_str().cmp(t.as_str()));
                                pop!();
                                pop!();
                                Some(r)
                            }
                            None => None,
                        },
                        _ => None,
                    };
                    let v = match quick {
                        Some(r) => {
                            // `if a < b:` and `while a < b:`: the jump that
                            // follows takes the result at once, without a push,
                            // a pop and a dispatch (it stays a jump target).
                            // SAFETY: as the fetch's: COMPARE_OP is no
                            // terminator, so `*pc` is inside.
                            let next = unsafe { *instrs.add(*pc) };
                            let jump = match next.op() {
                                Opcode::PopJumpIfFalse => !r,
                                Opcode::PopJumpIfTrue => r,
                                _ => {
                                    push!(Value::Bool(r));
                                    continue;
                                }
                            };
                            *pc = if jump { next.arg() as usize } else { *pc + 1 };
                            continue;
                        }
                        None => {
                            let b = pop!();
                            let a = pop!();
                            let op = CompareOp::decode(arg).expect("compare op");
                            self.compare(op, &a, &b)?
                        }
                    };
                    push!(v);
                }
                Opcode::IsOp => {
                    let b = pop!();
                    let a = pop!();
                    push!(Value::Bool(a.is(&b) != (arg == 1)));
                }
                Opcode::ContainsOp => {
                    let b = pop!();
                    let a = pop!();
                    let r = self.contains(&b, &a)?;
                    push!(Value::Bool(r != (arg == 1)));
                }
                Opcode::BuildTuple => {
                    let items = f.stack.split_off(f.stack.len() - arg as usize);
                    push!(self.new_tuple(items));
                }
                Opcode::BuildList => {
                    let items = f.stack.split_off(f.stack.len() - arg as usize);
                    push!(self.new_list(items));
                }
                Opcode::BuildSet => {
                    let items = f.stack.split_off(f.stack.len() - arg as usize);
                    let s = self.new_set_from(items)?;
                    push!(s);
                }
                Opcode::BuildMap => {
                    let items = f.stack.split_off(f.stack.len() - 2 * arg as usize);
                    let d = crate::vm::eval::mapping::new_dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        self.dict_set(&d, k, v)?;
                    }
                    push!(Value::Obj(d));
                }
                Opcode::BuildConstKeyMap => {
                    let keys = pop!();
                    let vals = f.stack.split_off(f.stack.len() - arg as usize);
                    let d = crate::vm::eval::mapping::new_dict();
                    if let Some(Kind::Tuple(ks)) = keys.as_obj().map(|o| &**o) {
                        for (k, v) in ks.iter().zip(vals) {
                            self.dict_set(&d, k.clone(), v)?;
                        }
                    }
                    push!(Value::Obj(d));
                }
                Opcode::BuildString => {
                    let parts = f.stack.split_off(f.stack.len() - arg as usize);
                    let mut s = alloc::string::String::new();
                    for p in &parts {
                        s.push_str(crate::vm::object::str_of(p).unwrap_or(""));
                    }
                    push!(Value::Obj(crate::vm::object::str::from_string(s)));
                }
                Opcode::BuildSlice => {
                    let step = if arg == 3 { pop!() } else { Value::None };
                    let stop = pop!();
                    let start = pop!();
                    push!(Value::Obj(ObjRef::new(Kind::Slice(start, stop, step))));
                }
                Opcode::ListAppend => {
                    let v = pop!();
                    let target = &f.stack[f.stack.len() - arg as usize];
                    if let Some(Kind::List(l)) = target.as_obj().map(|o| &**o) {
                        if push_with_room(&mut l.borrow_mut(), v).is_err() {
                            return Err(self.no_memory());
                        }
                    }
                }
                Opcode::SetAdd => {
                    let v = pop!();
                    let target = f.stack[f.stack.len() - arg as usize].clone();
                    self.set_add(&target, v)?;
                }
                Opcode::MapAdd => {
                    let v = pop!();
                    let k = pop!();
                    let target = f.stack[f.stack.len() - arg as usize].clone();
                    if let Value::Obj(d) = &target {
                        self.dict_set(d, k, v)?;
                    }
                }
                Opcode::ListExtend => {
                    let it = pop!();
                    let target = f.stack[f.stack.len() - arg as usize].clone();
                    let items = self.collect(&it)?;
                    if let Some(Kind::List(l)) = target.as_obj().map(|o| &**o) {
                        self.list_extend(l, items)?;
                    }
                }
                Opcode::SetUpdate => {
                    let it = pop!();
                    let target = f.stack[f.stack.len() - arg as usize].clone();
                    for v in self.collect(&it)? {
                        self.set_add(&target, v)?;
                    }
                }
                Opcode::DictUpdate => {
                    let m = pop!();
                    let target = f.stack[f.stack.len() - arg as usize].clone();
                    self.dict_update_from(&target, &m, false)?;
                }
                Opcode::DictMerge => {
                    let m = pop!();
                    let target = f.stack[f.stack.len() - arg as usize].clone();
                    let callee = f.stack[f.stack.len() - arg as usize - 2].clone();
                    self.dict_merge_kwargs(&target, &m, &callee)?;
                }
                Opcode::ListToTuple => {
                    let l = pop!();
                    let items = match l.as_obj().map(|o| &**o) {
                        Some(Kind::List(l)) => core::mem::take(&mut *l.borrow_mut()),
                        _ => Vec::new(),
                    };
                    push!(self.new_tuple(items));
                }
                Opcode::UnpackSequence => {
                    let seq = pop!();
                    self.unpack_sequence(&seq, arg as usize, &mut f.stack)?;
                }
                Opcode::UnpackEx => {
                    let seq = pop!();
                    self.unpack_ex(
                        &seq,
                        (arg & 0xFF) as usize,
                        (arg >> 8) as usize,
                        &mut f.stack,
                    )?;
                }
                Opcode::FormatValue => {
                    let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                    let v = pop!();
                    let s = self.format_value(v, arg & 3, spec)?;
                    push!(s);
                }
                Opcode::Jump => *pc = arg as usize,
                Opcode::JumpBackward => {
                    self.ticks = self.ticks.wrapping_sub(64);
                    if self.ticks > POLL_INTERVAL || mem_reserve::low() {
                        self.poll()?;
                    }
                    *pc = arg as usize;
                }
                Opcode::PopJumpIfFalse => {
                    let v = pop!();
                    let t = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if !t {
                        *pc = arg as usize;
                    }
                }
                Opcode::PopJumpIfTrue => {
                    let v = pop!();
                    let t = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if t {
                        *pc = arg as usize;
                    }
                }
                Opcode::JumpIfFalseOrPop => {
                    let t = self.truthy(top!())?;
                    if !t {
                        *pc = arg as usize;
                    } else {
                        pop!();
                    }
                }
                Opcode::JumpIfTrueOrPop => {
                    let t = self.truthy(top!())?;
                    if t {
                        *pc = arg as usize;
                    } else {
                        pop!();
                    }
                }
                Opcode::GetIter => {
                    let o = pop!();
                    let it = self.get_iter(&o)?;
                    push!(it);
                }
                Opcode::ForIter => {
                    if let Some(step) = range_next(top!()) {
                        match step {
                            Some(v) => push!(v),
                            None => {
                                pop!();
                                *pc = arg as usize;
                            }
                        }
                        continue;
                    }
                    if let Value::Obj(g) = top!() {
                        if let Some(gen) = self.gen_enter_inline(g) {
                            save_pc!();
                            self.enter(f, gen)?;
                            switched!();
                            continue;
                        }
                    }
                    match self.next(top!())? {
                        Some(v) => push!(v),
                        None => {
                            pop!();
                            *pc = arg as usize;
                        }
                    }
                }
                Opcode::MakeFunction => {
                    let code = pop!();
                    let closure = if arg & 8 != 0 { pop!() } else { Value::None };
                    let annotations = if arg & 4 != 0 { pop!() } else { Value::None };
                    let kwdefaults = if arg & 2 != 0 { pop!() } else { Value::None };
                    let defaults = if arg & 1 != 0 { pop!() } else { Value::None };
                    let func = self.make_function(f, code, defaults, kwdefaults, closure);
                    if !annotations.is_none() {
                        let k = self.intern("__annotations__");
                        self.generic_setattr(&func, &k, annotations)?;
                    }
                    push!(func);
                }
                Opcode::CallFunction
                | Opcode::CallFunctionKw
                | Opcode::CallMethod
                | Opcode::CallMethodKw => {
                    // Finalizers and weak callbacks that a free queued run
                    // before the call, so their output comes first, as
                    // when CPython runs them at the free.
                    if mem_reserve::low() {
                        self.poll()?;
                    }
                    let kwnames = match instr.op() {
                        Opcode::CallFunctionKw | Opcode::CallMethodKw => pop!(),
                        _ => Value::None,
                    };
                    let n = arg as usize;
                    let len = f.stack.len();
                    let method = matches!(instr.op(), Opcode::CallMethod | Opcode::CallMethodKw);
                    // The callable's slot and the first argument's slot.
                    let (callee_at, args_at) = if method {
                        if let Value::Null = f.stack[len - n - 1] {
                            (len - n - 2, len - n)
                        } else {
                            (len - n - 2, len - n - 1)
                        }
                    } else {
                        (len - n - 1, len - n)
                    };
                    let kw: &[Value] = match &kwnames {
                        Value::Obj(o) => match &**o {
                            Kind::Tuple(t) => t,
                            _ => &[],
                        },
                        _ => &[],
                    };
                    // The callee is borrowed from its stack slot, which
                    // holds it until the truncate after the call.
                    let callee = &f.stack[callee_at];
                    let func = match callee.as_obj().map(|o| &**o) {
                        Some(Kind::Func(func)) => Some(func),
                        _ => None,
                    };
                    if func.is_none() && args_at == len - n && n <= kw.len() + 1 {
                        let positional = &f.stack[args_at..len - kw.len()];
                        if let Some(r) = self.frame_builtin(f, callee, positional, kw) {
                            let v = r?;
                            f.stack.truncate(callee_at);
                            push!(v);
                            continue;
                        }
                    }
                    let simple = match (kw, func) {
                        ([], Some(func)) => self.simple_frame(func, &f.stack[args_at..]),
                        _ => None,
                    };
                    if let Some(new) = simple {
                        // The arguments were copied into the callee's locals
                        // and are dropped here by the truncate (moving them
                        // with `Vec::drain` made fib 30% slower).
                        f.stack.truncate(callee_at);
                        save_pc!();
                        self.enter(f, new)?;
                        switched!();
                    } else {
                        let args = Args {
                            vals: &f.stack[args_at..],
                            kwnames: kw,
                        };
                        match self.call_or_frame(callee, args)? {
                            CallOutcome::Value(v) => {
                                f.stack.truncate(callee_at);
                                push!(v);
                            }
                            CallOutcome::Frame(new) => {
                                f.stack.truncate(callee_at);
                                save_pc!();
                                self.enter(f, new)?;
                                switched!();
                            }
                        }
                    }
                    self.ticks = self.ticks.wrapping_sub(1);
                    if self.ticks > POLL_INTERVAL || mem_reserve::low() {
                        self.poll()?;
                    }
                }
                Opcode::CallFunctionEx => {
                    if mem_reserve::low() {
                        self.poll()?;
                    }
                    let kwargs = if arg & 1 != 0 { pop!() } else { Value::None };
                    let args = pop!();
                    let callee = pop!();
                    let (vals, names) = self.spread_call_args(&callee, &args, &kwargs)?;
                    let a = Args {
                        vals: &vals,
                        kwnames: &names,
                    };
                    match self.call_or_frame(&callee, a)? {
                        CallOutcome::Value(v) => push!(v),
                        CallOutcome::Frame(new) => {
                            save_pc!();
                            self.enter(f, new)?;
                            switched!();
                        }
                    }
                }
                Opcode::ReturnValue => {
                    let mut v = pop!();
                    if let Some(obj) = f.constructing.take() {
                        v = self.init_returned(v, obj)?;
                    }
                    if self.frames.len() == base {
                        *pc -= 1;
                        return Ok(Exit::Return(v));
                    }
                    if let Some(g) = f.inline_gen.take() {
                        // A generator run by the caller's FOR_ITER finished:
                        // the loop ends there.
                        let caller = self.frames.pop().expect("caller frame");
                        let done = core::mem::replace(f, caller);
                        self.free_frame(done);
                        self.depth -= 1;
                        self.gen_leave_inline(&g, None);
                        switched!();
                        pop!();
                        // The caller stopped just after the FOR_ITER that
                        // entered the generator: the loop's end is its target.
                        let for_iter = f.code.instructions()[*pc - 1];
                        if for_iter.op() != Opcode::ForIter {
                            return Err(
                                self.new_exc(Exc::SystemError, "generator left no FOR_ITER")
                            );
                        }
                        *pc = for_iter.arg() as usize;
                        continue;
                    }
                    let caller = self.frames.pop().expect("caller frame");
                    let done = core::mem::replace(f, caller);
                    self.free_frame(done);
                    self.depth -= 1;
                    switched!();
                    push!(v);
                }
                Opcode::LoadBuildClass => {
                    let bc = self.intern("__build_class__");
                    match self.dict_get_str(&self.builtins.clone(), &bc)? {
                        Some(v) => push!(v),
                        None => {
                            return Err(self.new_exc(Exc::NameError, "__build_class__ not found"))
                        }
                    }
                }
                Opcode::SetupFinally => {
                    let level = f.stack.len() as u32;
                    f.blocks.push(Block {
                        handler: arg,
                        level,
                    });
                }
                Opcode::SetupCleanup => {
                    let level = f.stack.len() as u32 - 1;
                    f.blocks.push(Block {
                        handler: arg,
                        level,
                    });
                }
                Opcode::PopBlock => {
                    f.blocks.pop();
                }
                Opcode::PushExcInfo => {
                    let exc = pop!();
                    let prev = core::mem::replace(&mut self.handled, exc.clone());
                    push!(prev);
                    push!(exc);
                }
                Opcode::PopExcept => {
                    let prev = pop!();
                    self.handled = prev;
                }
                Opcode::CheckExcMatch => {
                    let t = pop!();
                    let exc = top!().clone();
                    let r = self.exception_matches(&exc, &t)?;
                    push!(Value::Bool(r));
                }
                Opcode::Reraise => {
                    let exc = pop!();
                    return Err(self.reraise(exc));
                }
                Opcode::RaiseVarargs => {
                    let e = match arg {
                        0 => match self.topmost_handled() {
                            Value::Obj(e) => self.reraise(Value::Obj(e)),
                            _ => self.new_exc(Exc::RuntimeError, "No active exception to reraise"),
                        },
                        1 => {
                            let exc = pop!();
                            self.make_raisable(exc, None)?
                        }
                        _ => {
                            let cause = pop!();
                            let exc = pop!();
                            self.make_raisable(exc, Some(cause))?
                        }
                    };
                    return Err(e);
                }
                Opcode::LoadAssertionError => {
                    push!(Value::Obj(self.exc_class(Exc::AssertionError)))
                }
                Opcode::BeforeWith => {
                    let mgr = pop!();
                    let (exit, entered) = self.before_with(&mgr, false)?;
                    push!(exit);
                    push!(entered);
                }
                Opcode::BeforeAsyncWith => {
                    let mgr = pop!();
                    let (exit, entered) = self.before_with(&mgr, true)?;
                    push!(exit);
                    push!(entered);
                }
                Opcode::WithExceptStart => {
                    let n = f.stack.len();
                    let exc = f.stack[n - 1].clone();
                    let exit = f.stack[n - 3].clone();
                    let r = self.call_exit(&exit, &exc)?;
                    push!(r);
                }
                Opcode::EndAsyncFor => {
                    let exc = pop!();
                    pop!();
                    let stop = self.exc_class(Exc::StopAsyncIteration);
                    if !self.isinstance(&exc, &stop) {
                        return Err(self.reraise(exc));
                    }
                }
                Opcode::YieldValue => {
                    let v = pop!();
                    if f.inline_gen.is_none() {
                        return Ok(Exit::Yield(v));
                    }
                    save_pc!();
                    self.suspend_inline(f);
                    switched!();
                    push!(v);
                }
                Opcode::YieldFrom => {
                    let v = pop!();
                    let recv = top!().clone();
                    match self.send_into(&recv, v)? {
                        Exit::Yield(y) => {
                            *pc -= 1;
                            if f.inline_gen.is_none() {
                                return Ok(Exit::Yield(y));
                            }
                            save_pc!();
                            self.suspend_inline(f);
                            switched!();
                            push!(y);
                        }
                        Exit::Return(r) => {
                            pop!();
                            push!(r);
                        }
                    }
                }
                Opcode::GetYieldFromIter => {
                    let o = pop!();
                    let it = self.yield_from_iter(o, f)?;
                    push!(it);
                }
                Opcode::GetAwaitable => {
                    let o = pop!();
                    let it = self.get_awaitable(o)?;
                    push!(it);
                }
                Opcode::GetAiter => {
                    let o = pop!();
                    let it = self.get_aiter(&o)?;
                    push!(it);
                }
                Opcode::GetAnext => {
                    let it = top!().clone();
                    let aw = self.get_anext(&it)?;
                    push!(aw);
                }
                Opcode::ImportName => {
                    let name = f.code.body().names[arg as usize].clone();
                    let fromlist = pop!();
                    let level = pop!();
                    let globals = f.globals.clone();
                    let m = self.import_name(&name, &fromlist, &level, &globals)?;
                    push!(m);
                }
                Opcode::ImportFrom => {
                    let name = f.code.body().names[arg as usize].clone();
                    let m = top!().clone();
                    let v = self.import_from(&m, &name)?;
                    push!(v);
                }
                Opcode::ImportStar => {
                    let m = pop!();
                    let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    self.import_star(&m, &target)?;
                }
                Opcode::SetupAnnotations => {
                    let k = self.intern("__annotations__");
                    let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    if self.mapping_get_str(&target, &k)?.is_none() {
                        let d = Value::Obj(crate::vm::eval::mapping::new_dict());
                        self.setitem(&Value::Obj(target), Value::Obj(k), d)?;
                    }
                }
                Opcode::CheckEgMatch => {
                    let t = pop!();
                    self.check_except_star_type(&t)?;
                    let exc = top!().clone();
                    let m = self.except_star_match(&exc, &t)?;
                    if !m.matched.is_none() {
                        *f.stack.last_mut().expect("except* operand") = m.rest;
                        self.handled = m.matched.clone();
                    }
                    push!(m.matched);
                }
                Opcode::PrepReraiseStar => {
                    let excs = pop!();
                    let orig = pop!();
                    let r = self.prep_reraise_star(&orig, &excs)?;
                    push!(r);
                }
                Opcode::MatchSequence => {
                    let r = self.match_sequence(top!());
                    push!(Value::Bool(r));
                }
                Opcode::MatchMapping => {
                    let r = self.match_mapping(top!());
                    push!(Value::Bool(r));
                }
                Opcode::GetLen => {
                    let v = top!().clone();
                    let n = crate::vm::builtins::funcs::len_of(self, &v)?;
                    push!(Value::Int(n as i64));
                }
                Opcode::MatchKeys => {
                    let n = f.stack.len();
                    let (subject, keys) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
                    let r = self.match_keys(&subject, &keys)?;
                    push!(r);
                }
                Opcode::MatchClass => {
                    let names = pop!();
                    let cls = pop!();
                    let subject = pop!();
                    let r = self.match_class(&subject, &cls, &names, arg as usize)?;
                    push!(r);
                }
                Opcode::CopyDictWithoutKeys => {
                    let keys = pop!();
                    let subject = top!().clone();
                    let rest = self.copy_dict_without(&subject, &keys)?;
                    push!(rest);
                }
                Opcode::PrintExpr => {
                    let v = pop!();
                    self.print_expr(v)?;
                }
            }
        }
    }

    /// Builtins that need the calling frame: without arguments `super()`,
    /// `globals()`, `locals()`, `vars()`, `dir()`; `eval`/`exec` given only
    /// the source.
    fn frame_builtin(
        &mut self,
        f: &Frame,
        callee: &Value,
        positional: &[Value],
        kw: &[Value],
    ) -> Option<PyResult<Value>> {
        let Value::Obj(o) = callee else { return None };
        if let [source] = positional {
            // `eval`/`exec` with the source alone run in this frame's namespaces.
            let Kind::Builtin(b) = &**o else { return None };
            if !kw.is_empty() || b.bound.is_some() || !matches!(b.name, "eval" | "exec") {
                return None;
            }
            let locals = self.frame_locals(f);
            return Some(self.eval_in_frame(callee, source, &f.globals, locals));
        }
        if o.ptr_eq(&self.types.super_) {
            return Some(self.zero_arg_super(f));
        }
        let Kind::Builtin(b) = &**o else { return None };
        match b.name {
            "globals" => Some(Ok(Value::Obj(f.globals.clone()))),
            "locals" | "vars" => Some(Ok(Value::Obj(self.frame_locals(f)))),
            "dir" => {
                let d = self.frame_locals(f);
                let mut names: Vec<alloc::string::String> = match &*d {
                    Kind::Dict(t) => t
                        .borrow()
                        .iter()
                        .filter_map(|e| crate::vm::object::str_of(&e.key).map(Into::into))
                        .collect(),
                    _ => Vec::new(),
                };
                names.sort();
                let items = names.into_iter().map(|n| self.new_str_value(n)).collect();
                Some(Ok(self.new_list(items)))
            }
            _ => None,
        }
    }

    /// `locals()`: the mapping of module/class bodies, or a snapshot of fast locals.
    fn frame_locals(&mut self, f: &Frame) -> ObjRef {
        if let Some(l) = &f.locals {
            return l.clone();
        }
        let d = crate::vm::eval::mapping::new_dict();
        for (name, v) in f.code.body().varnames.iter().zip(f.fast.iter()) {
            if !matches!(v, Value::Null) {
                self.dict_set_str(&d, name.clone(), v.clone());
            }
        }
        d
    }

    /// `LOAD_NAME`: locals mapping, then globals, then builtins.
    fn load_name(&mut self, f: &Frame, name: &ObjRef) -> PyResult<Value> {
        if let Some(l) = &f.locals {
            if let Some(v) = self.mapping_get_str(l, name)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.dict_get_str(&f.globals, name)? {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_str(&self.builtins.clone(), name)? {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    fn load_deref(&mut self, f: &Frame, slot: u32) -> PyResult<Value> {
        if let Kind::Cell(c) = &*f.cells[slot as usize] {
            let v = c.borrow().clone();
            if let Value::Null = v {
                let name = f.code.raw.deref_name(slot);
                let e = if (slot as usize) < f.code.raw.cellvars.len() {
                    self.unbound_local(name)
                } else {
                    let msg = alloc::format!(
                        "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                    );
                    self.new_exc(Exc::NameError, msg)
                };
                return Err(e);
            }
            return Ok(v);
        }
        Ok(Value::None)
    }

    fn unbound_local(&mut self, name: &str) -> ObjRef {
        let msg = alloc::format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        );
        self.new_exc(Exc::UnboundLocalError, msg)
    }

    pub(super) fn name_error(&mut self, name: &ObjRef) -> ObjRef {
        let msg = alloc::format!(
            "name '{}' is not defined",
            crate::vm::object::str_of(&Value::Obj(name.clone())).unwrap_or("?")
        );
        self.new_exc(Exc::NameError, msg)
    }

    /// `MAKE_FUNCTION`: a function object over `code` with the frame's globals.
    fn make_function(
        &mut self,
        f: &Frame,
        code: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> Value {
        let Some(Kind::Code(code)) = code.as_obj().map(|o| &**o) else {
            return Value::None;
        };
        let cells: Box<[ObjRef]> = match closure.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(t)) => t.iter().filter_map(|c| c.as_obj().cloned()).collect(),
            _ => Box::new([]),
        };
        let module = self
            .dict_get_str_quiet(&f.globals, &self.names.name.clone())
            .unwrap_or(Value::None);
        self.new_function(
            code.clone(),
            f.globals.clone(),
            defaults,
            kwdefaults,
            cells,
            module,
        )
    }

    /// Create a function object.
    pub fn new_function(
        &mut self,
        code: Rc<super::code::CodeObj>,
        globals: ObjRef,
        defaults: Value,
        kwdefaults: Value,
        closure: Box<[ObjRef]>,
        module: Value,
    ) -> Value {
        use core::cell::RefCell;
        Value::Obj(ObjRef::new(Kind::Func(Box::new(
            crate::vm::object::func::FuncObj {
                name: RefCell::new(Value::Obj(code.name.clone())),
                qualname: RefCell::new(Value::Null),
                code,
                globals,
                defaults: RefCell::new(defaults),
                kwdefaults: RefCell::new(kwdefaults),
                closure: RefCell::new(closure),
                dict: RefCell::new(None),
                doc: RefCell::new(Value::Null),
                module: RefCell::new(module),
            },
        ))))
    }
}

/// What calling something from the loop produced: a value (native call,
/// generator creation) or a frame the loop should run.
pub enum CallOutcome {
    Value(Value),
    Frame(Box<Frame>),
}
