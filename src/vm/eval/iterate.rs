//! The iteration protocol: `iter()`, `next()` (None = exhausted, so loops
//! need no StopIteration object), and collecting an iterable.

use super::room::push_with_room;
use core::cell::RefCell;

use alloc::format;
use alloc::vec::Vec;

use crate::vm::builtins::exc_table::Exc;
use crate::vm::object::iter::IterState;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Wrap an iterator state in an iterator object.
pub fn new_iter(state: IterState) -> Value {
    Value::Obj(ObjRef::new(Kind::Iter(RefCell::new(state))))
}

/// The next int of a range iterator at `next`, None when it is done.
#[inline]
fn range_step(next: &mut i64, stop: i64, step: i64) -> Option<Value> {
    let n = *next;
    if (step > 0 && n < stop) || (step < 0 && n > stop) {
        *next = n.saturating_add(step);
        Some(Value::Int(n))
    } else {
        None
    }
}

/// `FOR_ITER`'s quick case: when `it` is a range iterator, its next step
/// (`Some(None)` when done), without the general `Vm::next`.
#[inline]
pub(crate) fn range_next(it: &Value) -> Option<Option<Value>> {
    let Value::Obj(o) = it else { return None };
    let Kind::Iter(state) = &**o else { return None };
    match &mut *state.try_borrow_mut().ok()? {
        IterState::Range { next, stop, step } => Some(range_step(next, *stop, *step)),
        _ => None,
    }
}

impl Vm {
    /// Can `iter(v)` succeed?
    pub fn is_iterable(&self, v: &Value) -> bool {
        match v.as_obj().map(|o| &**o) {
            Some(
                Kind::Str(_)
                | Kind::Bytes(_)
                | Kind::ByteArray(_)
                | Kind::Tuple(_)
                | Kind::List(_)
                | Kind::Dict(_)
                | Kind::Set(..)
                | Kind::Range(..)
                | Kind::BigRange(_)
                | Kind::DictView(..)
                | Kind::Iter(_)
                | Kind::Gen(_)
                | Kind::File(_),
            ) => true,
            Some(_) => {
                self.special(v, &self.names.iter).is_some()
                    || self.special(v, &self.names.getitem).is_some()
            }
            None => false,
        }
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if crate::vm::builtins::subclass::has_record(v) {
            if let Some(r) = self.call_override(v, &self.names.iter.clone(), &[])? {
                return Ok(r);
            }
        }
        self.native_iter(v)
    }

    /// `iter(v)` by the built-in type's own rules.
    #[inline(always)]
    pub fn native_iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v.as_obj().map(|o| &**o) {
            Some(
                Kind::List(_) | Kind::Tuple(_) | Kind::Str(_) | Kind::Bytes(_) | Kind::ByteArray(_),
            ) => IterState::Seq(v.clone(), 0),
            Some(Kind::Dict(d) | Kind::Set(d, _)) => {
                IterState::Dict(0, v.clone(), 0, d.borrow().len())
            }
            Some(Kind::DictView(which, d)) => {
                let n = crate::vm::eval::mapping::table(d).map_or(0, |t| t.borrow().len());
                IterState::Dict(*which, Value::Obj(d.clone()), 0, n)
            }
            Some(Kind::Range(start, stop, step)) => IterState::Range {
                next: *start,
                stop: *stop,
                step: *step,
            },
            Some(Kind::BigRange(_)) => IterState::Seq(v.clone(), 0),
            Some(Kind::Iter(_) | Kind::Gen(_) | Kind::File(_)) => return Ok(v.clone()),
            _ => {
                if let Some(r) = self.call_special(v, &self.names.iter.clone(), &[])? {
                    if !self.is_iterator(&r) {
                        let m = format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&r)
                        );
                        return Err(self.type_error(m));
                    }
                    return Ok(r);
                }
                if self.special(v, &self.names.getitem.clone()).is_some() {
                    IterState::Seq(v.clone(), 0)
                } else {
                    let m = format!("'{}' object is not iterable", self.type_name(v));
                    return Err(self.type_error(m));
                }
            }
        };
        Ok(new_iter(state))
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v.as_obj().map(|o| &**o) {
            Some(Kind::Iter(_) | Kind::Gen(_) | Kind::File(_)) => true,
            Some(_) => self.special(v, &self.names.next).is_some(),
            None => false,
        }
    }

    /// `next(it)`: Some(item), or None when exhausted.
    #[inline]
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            if matches!(&**o, Kind::Iter(_)) && o.ext().is_some() {
                return self.next_overridden(it);
            }
        }
        self.native_next(it)
    }

    /// `next(it)` for an instance of a Python subclass of a native
    /// iterator type (`class M(map)`): its class's `__next__` if it has one.
    #[cold]
    fn next_overridden(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match self.call_override(it, &self.names.next.clone(), &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => self.native_next(it),
            Err(e) if self.exc_is(&e, Exc::StopIteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `next(it)` by the built-in type's own rules.
    pub fn native_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = it else {
            let m = format!("'{}' object is not an iterator", self.type_name(it));
            return Err(self.type_error(m));
        };
        match &**o {
            Kind::Iter(state) => self.iter_next(o, state),
            Kind::Gen(_) => match self.gen_resume(o, Value::None, None)? {
                crate::vm::eval::run::Exit::Yield(v) => Ok(Some(v)),
                crate::vm::eval::run::Exit::Return(_) => Ok(None),
            },
            Kind::File(_) => crate::vm::builtins::file::file_next_line(self, o),
            _ => match self.call_special(it, &self.names.next.clone(), &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => {
                    let m = format!("'{}' object is not an iterator", self.type_name(it));
                    Err(self.type_error(m))
                }
                Err(e) if self.exc_is(&e, Exc::StopIteration) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    fn iter_next(&mut self, o: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let mut st = state.borrow_mut();
        match &mut *st {
            IterState::Seq(seq, i) => {
                let idx = *i;
                let item = match seq.as_obj().map(|o| &**o) {
                    Some(Kind::List(l)) => l.borrow().get(idx).cloned(),
                    Some(Kind::Tuple(t)) => t.get(idx).cloned(),
                    Some(Kind::Str(s)) => {
                        if idx < s.char_len() {
                            let c = s.char_at(idx);
                            *i += 1;
                            drop(st);
                            return Ok(Some(self.char_value(c)));
                        }
                        None
                    }
                    Some(Kind::Bytes(b)) => b.get(idx).map(|x| Value::Int(*x as i64)),
                    Some(Kind::ByteArray(b)) => b.borrow().get(idx).map(|x| Value::Int(*x as i64)),
                    _ => {
                        // A `__getitem__` sequence: call it until IndexError.
                        let seq = seq.clone();
                        *i += 1;
                        drop(st);
                        return match self.getitem(&seq, &Value::Int(idx as i64)) {
                            Ok(v) => Ok(Some(v)),
                            Err(e)
                                if self.exc_is(&e, Exc::IndexError)
                                    || self.exc_is(&e, Exc::StopIteration) =>
                            {
                                *state.borrow_mut() = IterState::Exhausted;
                                Ok(None)
                            }
                            Err(e) => Err(e),
                        };
                    }
                };
                match item {
                    Some(v) => {
                        *i += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::Reversed(seq, i) => {
                if *i == 0 {
                    return Ok(None);
                }
                *i -= 1;
                let idx = *i;
                let seq = seq.clone();
                drop(st);
                match self.getitem(&seq, &Value::Int(idx as i64)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_is(&e, Exc::IndexError) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterState::Range { next, stop, step } => Ok(range_step(next, *stop, *step)),
            IterState::Dict(which, d, pos, size) => {
                let Some(t) = d.as_obj().and_then(crate::vm::eval::mapping::table) else {
                    return Ok(None);
                };
                let t = t.borrow();
                if t.len() != *size {
                    let what = if matches!(d.as_obj().map(|o| &**o), Some(Kind::Set(..))) {
                        "Set"
                    } else {
                        "dictionary"
                    };
                    drop(t);
                    *size = usize::MAX;
                    let m = format!("{what} changed size during iteration");
                    return Err(self.new_exc(Exc::RuntimeError, m));
                }
                match t.next_from(*pos) {
                    Some((p, e)) => {
                        *pos = p + 1;
                        let r = match which {
                            0 => e.key.clone(),
                            1 => e.value.clone(),
                            _ => {
                                let pair = alloc::vec![e.key.clone(), e.value.clone()];
                                drop(t);
                                drop(st);
                                return Ok(Some(self.new_tuple(pair)));
                            }
                        };
                        Ok(Some(r))
                    }
                    None => Ok(None),
                }
            }
            IterState::Enumerate(inner, n) => {
                let inner = inner.clone();
                let i = *n;
                *n += 1;
                drop(st);
                match self.next(&inner)? {
                    Some(v) => Ok(Some(self.new_tuple(alloc::vec![Value::Int(i), v]))),
                    None => Ok(None),
                }
            }
            IterState::Zip(its) => {
                let its: Vec<Value> = its.to_vec();
                drop(st);
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for it in &its {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.new_tuple(out)))
            }
            IterState::Map(f, its) => {
                let f = f.clone();
                let its: Vec<Value> = its.to_vec();
                drop(st);
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&f, &args).map(Some)
            }
            IterState::Filter(f, inner) => {
                let f = f.clone();
                let inner = inner.clone();
                drop(st);
                while let Some(v) = self.next(&inner)? {
                    let keep = if f.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&f, core::slice::from_ref(&v))?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterState::Callable(f, sentinel) => {
                let f = f.clone();
                let sentinel = sentinel.clone();
                drop(st);
                let v = self.call(&f, &[])?;
                if self.eq(&v, &sentinel)? {
                    *state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::AsyncGenSend(..) => {
                drop(st);
                Err(self.type_error("'async_generator_asend' object is not an iterator"))
            }
            IterState::Mod(m) => {
                let step = m.step;
                drop(st);
                step(self, o, state)
            }
            IterState::Once(_) => match core::mem::replace(&mut *st, IterState::Exhausted) {
                IterState::Once(v) => Ok(Some(v)),
                _ => Ok(None),
            },
            IterState::Exhausted => Ok(None),
        }
    }

    /// A one-character str value.
    pub fn char_value(&mut self, c: char) -> Value {
        if c.is_ascii() {
            if let Some(o) = &self.ascii_chars[c as usize] {
                return Value::Obj(o.clone());
            }
            let mut b = [0u8; 4];
            let o = self.intern(c.encode_utf8(&mut b));
            self.ascii_chars[c as usize] = Some(o.clone());
            return Value::Obj(o);
        }
        let mut s = alloc::string::String::new();
        s.push(c);
        self.new_str_value(s)
    }

    /// `list(v)` as a vector.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.as_obj().filter(|o| o.ext().is_none()).map(|o| &**o) {
            Some(Kind::List(l)) => return self.copy_vec(&l.borrow()),
            Some(Kind::Tuple(t)) => return self.copy_vec(t),
            _ => {}
        }
        // A range's length is asked first, as CPython's length hint does:
        // OverflowError or MemoryError at once, not after filling memory.
        let room = match v.as_obj().map(|o| &**o) {
            Some(Kind::Range(..) | Kind::BigRange(_)) => {
                crate::vm::builtins::funcs::len_of(self, v)?
            }
            _ => 0,
        };
        let it = self.get_iter(v)?;
        let mut out = self.vec_with_room(room)?;
        while let Some(x) = self.next(&it)? {
            if push_with_room(&mut out, x).is_err() {
                return Err(self.no_memory());
            }
        }
        Ok(out)
    }
}
