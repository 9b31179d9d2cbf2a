//! Operators on instances of Python subclasses of built-in types
//! (`class F(int)`, `class S(str)`, `class L(list)`, enum's `IntFlag`).
//! Such an instance is still a native value, so the built-in operator
//! would otherwise answer first; this module gives the class's own
//! `__op__`/`__rop__`/`__iop__`, comparison, unary and `__bool__`/`__len__`
//! methods priority, with CPython's rule that a right operand whose type
//! is a proper subclass of the left's is asked for its reflected method
//! first. Only operands that carry a subclass record reach this module:
//! plain ints, floats and strs never pay for it.

use crate::vm::builtins::subclass::has_record;
use crate::vm::object::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `a op b` when `a` or `b` is a subclass instance: the first override
    /// (in-place, then normal/reflected in CPython's order) that does not
    /// return NotImplemented, or None to let the built-in operator answer.
    #[cold]
    #[inline(never)]
    pub(super) fn subclass_binop(
        &mut self,
        a: &Value,
        b: &Value,
        names: (&str, &str),
        iname: Option<&str>,
    ) -> PyResult<Option<Value>> {
        if let (Some(iname), true) = (iname, has_record(a)) {
            let iname = self.intern(iname);
            if let Some(r) = self.override_answer(a, &iname, b)? {
                return Ok(Some(r));
            }
        }
        let (name, rname) = (self.intern(names.0), self.intern(names.1));
        let rfirst = has_record(b) && {
            let (ta, tb) = (self.type_of(a), self.type_of(b));
            !ta.ptr_eq(&tb) && self.is_subclass(&tb, &ta)
        };
        if rfirst {
            if let Some(r) = self.override_answer(b, &rname, a)? {
                return Ok(Some(r));
            }
        }
        if has_record(a) {
            if let Some(r) = self.override_answer(a, &name, b)? {
                return Ok(Some(r));
            }
        }
        if !rfirst && has_record(b) {
            return self.override_answer(b, &rname, a);
        }
        Ok(None)
    }

    /// What `x`'s class's own `name` says about `y`; None if the class
    /// inherits the built-in method or its method says NotImplemented.
    fn override_answer(
        &mut self,
        x: &Value,
        name: &crate::vm::object::ObjRef,
        y: &Value,
    ) -> PyResult<Option<Value>> {
        match self.call_override(x, name, core::slice::from_ref(y))? {
            Some(r) if !self.is_not_implemented(&r) => Ok(Some(r)),
            _ => Ok(None),
        }
    }

    /// `-v`, `+v`, `~v` through the subclass's own method, if it has one.
    #[cold]
    #[inline(never)]
    pub(super) fn subclass_unary(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        if !has_record(v) {
            return Ok(None);
        }
        let name = self.intern(name);
        self.call_override(v, &name, &[])
    }
}
