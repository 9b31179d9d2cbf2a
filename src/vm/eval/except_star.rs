//! The two opcodes the compiler puts around `except*` clauses (see
//! compile/codegen/try_star.rs): CHECK_EG_MATCH takes the part of the
//! exception a clause handles, PREP_RERAISE_STAR builds what is raised once
//! the clauses ran (CPython 3.11's `exception_group_match` and
//! `_PyExc_PrepReraiseStar`).

use alloc::vec;
use alloc::vec::Vec;

use crate::vm::builtins::exc_group::Matcher;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// What one `except*` clause gets from the exception still unhandled.
pub(crate) struct StarMatch {
    /// The handled part (None: the clause does not run).
    pub matched: Value,
    /// What is left for the next clauses.
    pub rest: Value,
}

impl Vm {
    /// TypeError unless `t` is a class or tuple of classes `except*` accepts.
    pub(crate) fn check_except_star_type(&mut self, t: &Value) -> PyResult<()> {
        let classes: Vec<Value> = match t.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(items)) => items.to_vec(),
            _ => vec![t.clone()],
        };
        let base = self.exc_class(Exc::BaseException);
        let group = self.exc_class(Exc::BaseExceptionGroup);
        let mut catches_group = false;
        for c in &classes {
            match c.as_obj() {
                Some(cls) if matches!(&**cls, Kind::Class(_)) && self.is_subclass(cls, &base) => {
                    catches_group |= self.is_subclass(cls, &group);
                }
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        if catches_group {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        Ok(())
    }

    /// The part of `exc` (an exception, a group or None) matching `t`.
    pub(crate) fn except_star_match(&mut self, exc: &Value, t: &Value) -> PyResult<StarMatch> {
        let no_match = |rest: Value| StarMatch {
            matched: Value::None,
            rest,
        };
        if exc.is_none() {
            return Ok(no_match(Value::None));
        }
        let is_group = self.group_exceptions(exc).is_some();
        if self.exception_matches(exc, t)? {
            // A plain exception is wrapped in a new group (without a
            // traceback in 3.11; 3.12 gives it the frame's).
            let matched = match is_group {
                true => exc.clone(),
                false => self.new_group("", vec![exc.clone()])?,
            };
            return Ok(StarMatch {
                matched,
                rest: Value::None,
            });
        }
        if !is_group {
            return Ok(no_match(exc.clone()));
        }
        // A user subclass may override split(): call it by name, as CPython does.
        let name = self.intern("split");
        let split = self.get_attr(exc, &name)?;
        let pair = self.call(&split, core::slice::from_ref(t))?;
        match pair.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(p)) if p.len() == 2 => Ok(StarMatch {
                matched: p[0].clone(),
                rest: p[1].clone(),
            }),
            _ => Err(self.type_error("split must return a 2-tuple")),
        }
    }

    /// After the clauses: `excs` lists what they raised and, last, the part
    /// no clause matched (entries may be None). Re-raised parts of `orig`
    /// keep its structure; new exceptions join them in a new group.
    pub(crate) fn prep_reraise_star(&mut self, orig: &Value, excs: &Value) -> PyResult<Value> {
        let items = self.collect(excs)?;
        let Some(first) = items.first() else {
            return Ok(Value::None);
        };
        if self.group_exceptions(orig).is_none() {
            // A plain exception was wrapped: at most one clause ran.
            return Ok(first.clone());
        }
        let (mut raised, mut reraised) = (Vec::new(), Vec::new());
        for e in items.into_iter().filter(|e| !e.is_none()) {
            match self.same_exception_metadata(&e, orig) {
                true => reraised.push(e),
                false => raised.push(e),
            }
        }
        let reraised = self.group_projection(orig, &reraised)?;
        if raised.is_empty() {
            return Ok(reraised);
        }
        if !reraised.is_none() {
            raised.push(reraised);
        }
        if raised.len() == 1 {
            return Ok(raised.remove(0));
        }
        self.new_group("", raised)
    }

    /// Same traceback, cause and context objects: `e` is (part of) `orig`
    /// re-raised by a bare `raise`, not a new exception.
    fn same_exception_metadata(&self, e: &Value, orig: &Value) -> bool {
        let data = |v: &Value| {
            let d = self.exc_data(v.as_obj()?)?.borrow();
            Some([d.traceback.clone(), d.cause.clone(), d.context.clone()])
        };
        match (data(e), data(orig)) {
            (Some(a), Some(b)) => a.iter().zip(b.iter()).all(|(x, y)| same_object(x, y)),
            _ => false,
        }
    }

    /// The part of group `orig` whose leaves appear in `keep`, or None.
    fn group_projection(&mut self, orig: &Value, keep: &[Value]) -> PyResult<Value> {
        if keep.is_empty() {
            return Ok(Value::None);
        }
        let mut leaves = Vec::new();
        for e in keep {
            self.collect_leaves(e, &mut leaves);
        }
        Ok(self.split_group(orig, &Matcher::Leaves(leaves), false)?.0)
    }

    fn collect_leaves(&self, e: &Value, out: &mut Vec<ObjRef>) {
        match self.group_exceptions(e) {
            Some(items) => items.iter().for_each(|i| self.collect_leaves(i, out)),
            None => out.extend(e.as_obj().cloned()),
        }
    }
}

/// `a is b` for the metadata slots (None or an object).
fn same_object(a: &Value, b: &Value) -> bool {
    match (a.as_obj(), b.as_obj()) {
        (Some(x), Some(y)) => x.ptr_eq(y),
        (None, None) => a.is_none() && b.is_none(),
        _ => false,
    }
}
