//! Operators: arithmetic with small-int/float fast paths, sequence
//! operators, the `__op__`/`__rop__`/`__iop__` protocol, rich comparison,
//! truth value, unary operators and `in`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::complex_ops;
use super::float_ops::compare_int_float;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::subclass::has_record;
use crate::vm::bytecode::{BinaryOp, CompareOp};
use crate::vm::object::bigint::{self, BigInt};
use crate::vm::object::bytes_like::byte_view;
use crate::vm::object::int;
use crate::vm::object::str::StrObj;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The BINARY_OP argument of `*` or `*=`.
fn arg_mul(inplace: bool) -> u32 {
    BinaryOp::Multiply as u32 | if inplace { BinaryOp::INPLACE } else { 0 }
}

/// Whether `v` is a built-in sequence that `*` repeats.
fn is_sequence(v: &Value) -> bool {
    matches!(
        v.as_obj().map(|o| &**o),
        Some(Kind::Str(_) | Kind::List(_) | Kind::Tuple(_) | Kind::Bytes(_) | Kind::ByteArray(_))
    )
}

/// The dunder names of a binary operator: (normal, reflected, in-place).
fn op_names(op: BinaryOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinaryOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinaryOp::And => ("__and__", "__rand__", "__iand__"),
        BinaryOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinaryOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinaryOp::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinaryOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
        BinaryOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
        BinaryOp::Or => ("__or__", "__ror__", "__ior__"),
        BinaryOp::Power => ("__pow__", "__rpow__", "__ipow__"),
        BinaryOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinaryOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
        BinaryOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinaryOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// The names of a comparison and its reflection.
fn cmp_names(op: CompareOp) -> (&'static str, &'static str) {
    match op {
        CompareOp::Lt => ("__lt__", "__gt__"),
        CompareOp::Le => ("__le__", "__ge__"),
        CompareOp::Eq => ("__eq__", "__eq__"),
        CompareOp::Ne => ("__ne__", "__ne__"),
        CompareOp::Gt => ("__gt__", "__lt__"),
        CompareOp::Ge => ("__ge__", "__le__"),
    }
}

/// A number as f64, for mixed int/float arithmetic.
pub fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Float(f) => Some(*f),
        _ => None,
    }
}

/// An int (or bool) as i64.
#[inline]
pub fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Obj(o) if matches!(&**o, Kind::NumSub(_)) => boxed_int(o),
        _ => None,
    }
}

/// The int an instance of an `int` subclass stands for.
#[cold]
#[inline(never)]
fn boxed_int(o: &ObjRef) -> Option<i64> {
    match &**o {
        Kind::NumSub(Value::Int(i)) => Some(*i),
        Kind::NumSub(Value::Bool(b)) => Some(*b as i64),
        _ => None,
    }
}

/// Whether `ord` satisfies COMPARE_OP's argument (`<`, `<=`, `==`, `!=`,
/// `>`, `>=` in [`CompareOp`] order).
#[inline]
pub fn ordering_is(op: u32, ord: core::cmp::Ordering) -> bool {
    use core::cmp::Ordering::{Equal, Greater, Less};
    match op {
        0 => ord == Less,
        1 => ord != Greater,
        2 => ord == Equal,
        3 => ord != Equal,
        4 => ord == Greater,
        _ => ord != Less,
    }
}

/// Both objects as strs when both are exact `str` (no subclass that could
/// override the comparisons): the eval loop compares them itself.
#[inline]
pub fn plain_strs<'a>(a: &'a ObjRef, b: &'a ObjRef) -> Option<(&'a StrObj, &'a StrObj)> {
    match (&**a, &**b) {
        (Kind::Str(s), Kind::Str(t)) if a.ext().is_none() && b.ext().is_none() => Some((s, t)),
        _ => None,
    }
}

/// [`BinaryOp`] codes as patterns for the eval loop's fast paths.
pub(super) mod binop_code {
    use crate::vm::bytecode::BinaryOp;

    pub const ADD: u32 = BinaryOp::Add as u32;
    pub const SUB: u32 = BinaryOp::Subtract as u32;
    pub const MUL: u32 = BinaryOp::Multiply as u32;
    pub const DIV: u32 = BinaryOp::TrueDivide as u32;
    pub const FLOORDIV: u32 = BinaryOp::FloorDivide as u32;
    pub const REM: u32 = BinaryOp::Remainder as u32;
    pub const AND: u32 = BinaryOp::And as u32;
    pub const OR: u32 = BinaryOp::Or as u32;
    pub const XOR: u32 = BinaryOp::Xor as u32;
}

/// The eval loop's fast path for `x op y` on two small ints (`op` a
/// [`BinaryOp`] code without the in-place bit): the result, or None when
/// it overflows, raises, or is an operator left to [`Vm::binary_op`].
#[inline]
pub fn small_int_binop(op: u32, x: i64, y: i64) -> Option<i64> {
    use binop_code::*;
    match op {
        ADD => x.checked_add(y),
        SUB => x.checked_sub(y),
        MUL => x.checked_mul(y),
        // Python rounds the quotient toward minus infinity and gives the
        // remainder the divisor's sign; zero divisors and MIN / -1 go slow.
        FLOORDIV => {
            let q = x.checked_div(y)?;
            Some(if x % y != 0 && (x < 0) != (y < 0) {
                q - 1
            } else {
                q
            })
        }
        REM => {
            let r = x.checked_rem(y)?;
            Some(if r != 0 && (r < 0) != (y < 0) {
                r + y
            } else {
                r
            })
        }
        AND => Some(x & y),
        OR => Some(x | y),
        XOR => Some(x ^ y),
        _ => None,
    }
}

impl Vm {
    /// BINARY_OP (arg: operator code, maybe `| INPLACE`).
    pub fn binary_op(&mut self, arg: u32, a: &Value, b: &Value) -> PyResult<Value> {
        let (op, inplace) = BinaryOp::decode(arg).expect("binary op");
        let (name, rname, iname) = op_names(op);
        if has_record(a) || has_record(b) {
            let inames = inplace.then_some(iname);
            if let Some(r) = self.subclass_binop(a, b, (name, rname), inames)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.native_binop(op, a, b, inplace) {
            return r;
        }
        if inplace {
            let iname = self.intern(iname);
            if let Some(r) = self.call_special(a, &iname, core::slice::from_ref(b))? {
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.dunder_binop(a, b, name, rname)? {
            return Ok(r);
        }
        if let Some(m) = self.sequence_op_message(op, a, b) {
            return Err(self.type_error(m));
        }
        let sym = if op == BinaryOp::Power && !inplace {
            "** or pow()"
        } else {
            op.symbol()
        };
        let m = format!(
            "unsupported operand type(s) for {}{}: '{}' and '{}'",
            sym,
            if inplace { "=" } else { "" },
            self.type_name(a),
            self.type_name(b)
        );
        Err(self.type_error(m))
    }

    /// Try `a.__op__(b)` then `b.__rop__(a)` (reflected first when b's type
    /// is a proper subclass overriding it). None if both are NotImplemented.
    fn dunder_binop(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        let name = self.intern(name);
        let rname = self.intern(rname);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let different = !ta.ptr_eq(&tb);
        let rfirst = different && self.is_subclass(&tb, &ta) && self.special(b, &rname).is_some();
        if rfirst {
            if let Some(r) = self.call_special(b, &rname, core::slice::from_ref(a))? {
                if !self.is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(r) = self.call_special(a, &name, core::slice::from_ref(b))? {
            if !self.is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        if different && !rfirst {
            if let Some(r) = self.call_special(b, &rname, core::slice::from_ref(a))? {
                if !self.is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// CPython's special messages for `str + int`, `list * str` and the like.
    fn sequence_op_message(&self, op: BinaryOp, a: &Value, b: &Value) -> Option<String> {
        let seq = is_sequence;
        match op {
            BinaryOp::Add if seq(a) && byte_view(a).is_some() => Some(format!(
                "can't concat {} to {}",
                self.type_name(b),
                self.type_name(a)
            )),
            BinaryOp::Add if seq(a) => {
                let t = self.type_name(a);
                Some(format!(
                    "can only concatenate {t} (not \"{}\") to {t}",
                    self.type_name(b)
                ))
            }
            BinaryOp::Multiply if seq(a) => Some(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(b)
            )),
            BinaryOp::Multiply if seq(b) => Some(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(a)
            )),
            _ => None,
        }
    }

    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if o.ptr_eq(&self.not_implemented))
    }

    /// Operators on built-in types; None when the operands are not handled here.
    fn native_binop(
        &mut self,
        op: BinaryOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> Option<PyResult<Value>> {
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            if matches!(op, BinaryOp::And | BinaryOp::Or | BinaryOp::Xor)
                && matches!((a, b), (Value::Bool(_), Value::Bool(_)))
            {
                return Some(Ok(Value::Bool(match op {
                    BinaryOp::And => x & y != 0,
                    BinaryOp::Or => x | y != 0,
                    _ => x ^ y != 0,
                })));
            }
            return Some(self.int_binop(op, x, y));
        }
        if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
            return self.float_binop(op, x, y);
        }
        if let Some(r) = self.complex_binop(op, a, b) {
            return Some(r);
        }
        if let Some(r) = self.big_binop(op, a, b) {
            return Some(r);
        }
        if op == BinaryOp::Multiply {
            if (bigint::as_big(a).is_some() && is_sequence(b))
                || (is_sequence(a) && bigint::as_big(b).is_some())
            {
                let m = "cannot fit 'int' into an index-sized integer";
                return Some(Err(self.new_exc(Exc::OverflowError, m)));
            }
            if as_int(a).is_some() && is_sequence(b) {
                return Some(self.binary_op(BinaryOp::Multiply as u32, b, a));
            }
        }
        let (Value::Obj(ao), bv) = (a, b) else {
            return None;
        };
        if op == BinaryOp::Multiply
            && matches!(
                &**ao,
                Kind::Str(_) | Kind::List(_) | Kind::Tuple(_) | Kind::Bytes(_) | Kind::ByteArray(_)
            )
            && matches!(bv.as_obj().map(|o| &**o), Some(Kind::Instance(_)))
        {
            return match self.index_as(bv, crate::vm::eval::subscript::Wide::Fit) {
                Ok(Some(n)) => Some(self.binary_op(arg_mul(inplace), a, &Value::Int(n))),
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            };
        }
        match (&**ao, op) {
            (Kind::Str(s), BinaryOp::Add) => str_of(bv).map(|t| {
                let mut r = self.string_with_room(s.as_str().len().saturating_add(t.len()))?;
                r.push_str(s.as_str());
                r.push_str(t);
                Ok(self.new_str_value(r))
            }),
            (Kind::Str(_), BinaryOp::Remainder) => Some(self.percent_format(a, b)),
            (Kind::Bytes(_), BinaryOp::Remainder) => Some(self.bytes_percent_format(a, b)),
            (Kind::Str(s), BinaryOp::Multiply) => as_int(bv).map(|n| {
                let total =
                    self.repeat_size(s.as_str().len(), n, Some("repeated string is too long"))?;
                let n = int::clamp_size(n);
                let mut out = self.string_with_room(total)?;
                for _ in 0..n {
                    out.push_str(s.as_str());
                }
                Ok(self.new_str_value(out))
            }),
            (Kind::List(l), BinaryOp::Add) => match bv.as_obj().map(|o| &**o) {
                Some(Kind::List(m)) => {
                    if inplace {
                        let extra = self.copy_vec(&m.borrow());
                        return Some(
                            extra
                                .and_then(|e| self.list_extend(l, e))
                                .map(|()| a.clone()),
                        );
                    }
                    let r = self.concat_vec(&l.borrow(), &m.borrow());
                    Some(r.map(|r| self.new_list(r)))
                }
                _ if inplace => Some(
                    self.collect(bv)
                        .and_then(|items| self.list_extend(l, items))
                        .map(|()| a.clone()),
                ),
                _ => None,
            },
            (Kind::List(l), BinaryOp::Multiply) => as_int(bv).map(|n| {
                let items = self.copy_vec(&l.borrow())?;
                let mut r = self.repeat_vec(items.len(), n)?;
                let n = int::clamp_size(n);
                for _ in 0..n {
                    r.extend(items.iter().cloned());
                }
                if inplace {
                    *l.borrow_mut() = r;
                    return Ok(a.clone());
                }
                Ok(self.new_list(r))
            }),
            (Kind::Tuple(t), BinaryOp::Add) => match bv.as_obj().map(|o| &**o) {
                Some(Kind::Tuple(u)) => Some(self.concat_vec(t, u).map(|r| self.new_tuple(r))),
                _ => None,
            },
            (Kind::Tuple(t), BinaryOp::Multiply) => as_int(bv).map(|n| {
                let mut r = self.repeat_vec(t.len(), n)?;
                let n = int::clamp_size(n);
                for _ in 0..n {
                    r.extend(t.iter().cloned());
                }
                Ok(self.new_tuple(r))
            }),
            (Kind::Bytes(_) | Kind::ByteArray(_), BinaryOp::Add | BinaryOp::Multiply) => {
                self.bytes_binop(op, a, bv, inplace)
            }
            (Kind::Dict(_), BinaryOp::Or)
                if matches!(bv.as_obj().map(|o| &**o), Some(Kind::Dict(_))) =>
            {
                Some(self.dict_or(a, bv, inplace))
            }
            (Kind::Set(..), BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor)
                if matches!(bv.as_obj().map(|o| &**o), Some(Kind::Set(..))) =>
            {
                Some(crate::vm::builtins::set::set_binop(
                    self, op, a, bv, inplace,
                ))
            }
            _ => None,
        }
    }

    /// `len * n` (n a repeat count, negative meaning 0) as a size. Past a
    /// 64-bit CPython's size range `too_long` names the OverflowError (str
    /// and bytes say so; lists and tuples raise MemoryError); past this
    /// machine's range (a 32-bit DOS build) it is MemoryError, never a
    /// size wrapped modulo 2**32.
    pub(super) fn repeat_size(
        &mut self,
        len: usize,
        n: i64,
        too_long: Option<&'static str>,
    ) -> PyResult<usize> {
        let total = len as u128 * n.max(0) as u128;
        if total > i64::MAX as u128 {
            return Err(match too_long {
                Some(m) => self.new_exc(Exc::OverflowError, m),
                None => self.no_memory(),
            });
        }
        match usize::try_from(total) {
            Ok(t) if t <= isize::MAX as usize => Ok(t),
            _ => Err(self.no_memory()),
        }
    }

    /// An empty vector with room for `len * n` items; MemoryError if the
    /// allocator refuses (the script can catch it and go on).
    fn repeat_vec(&mut self, len: usize, n: i64) -> PyResult<Vec<Value>> {
        let total = self.repeat_size(len, n, None)?;
        self.vec_with_room(total)
    }

    fn dict_or(&mut self, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        let target = if inplace {
            a.clone()
        } else {
            let d = crate::vm::eval::mapping::new_dict();
            let dv = Value::Obj(d);
            self.dict_update_from(&dv, a, false)?;
            dv
        };
        self.dict_update_from(&target, b, false)?;
        Ok(target)
    }

    fn int_binop(&mut self, op: BinaryOp, x: i64, y: i64) -> PyResult<Value> {
        let r = match op {
            BinaryOp::Add => x.checked_add(y),
            BinaryOp::Subtract => x.checked_sub(y),
            BinaryOp::Multiply => x.checked_mul(y),
            BinaryOp::FloorDivide => {
                if y == 0 {
                    return Err(
                        self.new_exc(Exc::ZeroDivisionError, "integer division or modulo by zero")
                    );
                }
                int::floor_div(x, y).ok()
            }
            BinaryOp::Remainder => {
                if y == 0 {
                    return Err(self.new_exc(Exc::ZeroDivisionError, "integer modulo by zero"));
                }
                Some(int::floor_mod(x, y))
            }
            BinaryOp::TrueDivide => {
                if y == 0 {
                    return Err(self.new_exc(Exc::ZeroDivisionError, "division by zero"));
                }
                // Both exact as doubles: one rounding. Wider ints (to 2**63)
                // would round twice; the bigint path rounds them once.
                const EXACT: u64 = 1 << 53;
                if x.unsigned_abs() > EXACT || y.unsigned_abs() > EXACT {
                    let (bx, by) = (BigInt::from(x), BigInt::from(y));
                    return match bigint::true_div(&bx, &by) {
                        Ok(f) => Ok(Value::Float(f)),
                        Err(e) => Err(self.big_error(e)),
                    };
                }
                return Ok(Value::Float(x as f64 / y as f64));
            }
            BinaryOp::Power => {
                if y < 0 {
                    if x == 0 {
                        return Err(self.new_exc(
                            Exc::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    return Ok(Value::Float(libm::pow(x as f64, y as f64)));
                }
                int::pow(x, y as u64).ok()
            }
            BinaryOp::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if x == 0 {
                    Some(0)
                } else if y >= 63 {
                    None
                } else {
                    let r = x << y;
                    if r >> y == x {
                        Some(r)
                    } else {
                        None
                    }
                }
            }
            BinaryOp::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            BinaryOp::And => Some(x & y),
            BinaryOp::Or => Some(x | y),
            BinaryOp::Xor => Some(x ^ y),
            BinaryOp::MatrixMultiply => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
            }
        };
        match r {
            Some(v) => Ok(Value::Int(v)),
            None => self.int_binop_big(op, &BigInt::from(x), &BigInt::from(y)),
        }
    }

    /// COMPARE_OP.
    pub fn compare(&mut self, op: CompareOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (name, rname) = cmp_names(op);
        if has_record(a) || has_record(b) {
            if let Some(r) = self.subclass_binop(a, b, (name, rname), None)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.native_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        if let Some(r) = self.dunder_binop_cmp(a, b, name, rname)? {
            return Ok(r);
        }
        match op {
            CompareOp::Eq => Ok(Value::Bool(a.is(b))),
            CompareOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let m = format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    self.type_name(a),
                    self.type_name(b)
                );
                Err(self.type_error(m))
            }
        }
    }

    fn dunder_binop_cmp(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        let name_o = self.intern(name);
        let rname_o = self.intern(rname);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let rfirst = !ta.ptr_eq(&tb) && self.is_subclass(&tb, &ta);
        let order: [(&Value, &Value, &ObjRef); 2] = if rfirst {
            [(b, a, &rname_o), (a, b, &name_o)]
        } else {
            [(a, b, &name_o), (b, a, &rname_o)]
        };
        for (x, y, n) in order {
            if let Some(m) = self.special(x, n) {
                if is_object_default(&m) {
                    continue;
                }
                let r = self.call_unbound(&m, x, &[x.clone(), y.clone()])?;
                if !self.is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
        }
        if name == "__ne__" {
            if let Some(r) = self.dunder_binop_cmp(a, b, "__eq__", "__eq__")? {
                let t = self.truthy(&r)?;
                return Ok(Some(Value::Bool(!t)));
            }
        }
        Ok(None)
    }

    /// Comparisons of built-in values; None to fall back to dunders.
    fn native_compare(&mut self, op: CompareOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        use core::cmp::Ordering;
        let ord: Option<Ordering> = if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            Some(x.cmp(&y))
        } else if let Some(e) = complex_ops::equality(a, b) {
            if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
                return Ok(None);
            }
            return Ok(Some(e == (op == CompareOp::Eq)));
        } else if let Some(o) = self.big_compare(a, b) {
            match o {
                Some(o) => Some(o),
                None => return Ok(Some(op == CompareOp::Ne)),
            }
        } else if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
            let exact = match (as_int(a), as_int(b)) {
                (Some(i), None) => compare_int_float(i, y),
                (None, Some(i)) => compare_int_float(i, x).map(Ordering::reverse),
                _ => x.partial_cmp(&y),
            };
            match exact {
                Some(o) => Some(o),
                None => return Ok(Some(op == CompareOp::Ne)),
            }
        } else {
            match (a, b) {
                (Value::Obj(x), Value::Obj(y)) => match (&**x, &**y) {
                    (Kind::Str(s), Kind::Str(t)) => Some(s.as_str().cmp(t.as_str())),
                    (Kind::Bytes(_) | Kind::ByteArray(_), Kind::Bytes(_) | Kind::ByteArray(_)) => {
                        byte_view(a).zip(byte_view(b)).map(|(s, t)| s.cmp(&t))
                    }
                    (Kind::Tuple(s), Kind::Tuple(t)) => return self.seq_compare(op, s, t),
                    (Kind::List(s), Kind::List(t)) => {
                        let (s, t) = (s.borrow().clone(), t.borrow().clone());
                        return self.seq_compare(op, &s, &t);
                    }
                    (Kind::Dict(_), Kind::Dict(_))
                        if matches!(op, CompareOp::Eq | CompareOp::Ne) =>
                    {
                        let e = self.dict_eq(x, y)?;
                        return Ok(Some(e == (op == CompareOp::Eq)));
                    }
                    (Kind::Set(..), Kind::Set(..)) => {
                        return crate::vm::builtins::set::set_compare(self, op, x, y).map(Some)
                    }
                    // Bound methods are equal when they bind the same function to the same object.
                    (Kind::Method(f, s), Kind::Method(g, t))
                        if matches!(op, CompareOp::Eq | CompareOp::Ne) =>
                    {
                        return Ok(Some((f.is(g) && s.is(t)) == (op == CompareOp::Eq)));
                    }
                    (Kind::MemView(_), _) | (_, Kind::MemView(_))
                        if matches!(op, CompareOp::Eq | CompareOp::Ne) =>
                    {
                        let e = crate::vm::eval::mapping::native_eq(a, b) == Some(true);
                        return Ok(Some(e == (op == CompareOp::Eq)));
                    }
                    (Kind::Range(..) | Kind::BigRange(_), Kind::Range(..) | Kind::BigRange(_))
                        if matches!(op, CompareOp::Eq | CompareOp::Ne) =>
                    {
                        let e = self.range_eq(x, y)?;
                        return Ok(Some(e == (op == CompareOp::Eq)));
                    }
                    _ => None,
                },
                (Value::None, Value::None) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                    Some(Ordering::Equal)
                }
                _ => None,
            }
        };
        let Some(o) = ord else {
            return Ok(None);
        };
        Ok(Some(match op {
            CompareOp::Lt => o == Ordering::Less,
            CompareOp::Le => o != Ordering::Greater,
            CompareOp::Eq => o == Ordering::Equal,
            CompareOp::Ne => o != Ordering::Equal,
            CompareOp::Gt => o == Ordering::Greater,
            CompareOp::Ge => o != Ordering::Less,
        }))
    }

    fn seq_compare(&mut self, op: CompareOp, s: &[Value], t: &[Value]) -> PyResult<Option<bool>> {
        self.guard_enter(" in comparison")?;
        let r = self.seq_compare_items(op, s, t);
        self.guard_leave();
        r
    }

    fn seq_compare_items(
        &mut self,
        op: CompareOp,
        s: &[Value],
        t: &[Value],
    ) -> PyResult<Option<bool>> {
        if matches!(op, CompareOp::Eq | CompareOp::Ne) && s.len() != t.len() {
            return Ok(Some(op == CompareOp::Ne));
        }
        for (x, y) in s.iter().zip(t.iter()) {
            if !self.eq(x, y)? {
                return match op {
                    CompareOp::Eq => Ok(Some(false)),
                    CompareOp::Ne => Ok(Some(true)),
                    _ => {
                        let r = self.compare(op, x, y)?;
                        Ok(Some(self.truthy(&r)?))
                    }
                };
            }
        }
        let (n, m) = (s.len(), t.len());
        Ok(Some(match op {
            CompareOp::Lt => n < m,
            CompareOp::Le => n <= m,
            CompareOp::Eq => n == m,
            CompareOp::Ne => n != m,
            CompareOp::Gt => n > m,
            CompareOp::Ge => n >= m,
        }))
    }

    fn dict_eq(&mut self, x: &ObjRef, y: &ObjRef) -> PyResult<bool> {
        self.guard_enter(" in comparison")?;
        let r = self.dict_eq_items(x, y);
        self.guard_leave();
        r
    }

    fn dict_eq_items(&mut self, x: &ObjRef, y: &ObjRef) -> PyResult<bool> {
        let (Kind::Dict(dx), Kind::Dict(dy)) = (&**x, &**y) else {
            return Ok(false);
        };
        if dx.borrow().len() != dy.borrow().len() {
            return Ok(false);
        }
        let items: Vec<(Value, Value)> = dx
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in items {
            match self.dict_get(y, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::vm::eval::mapping::native_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(CompareOp::Eq, a, b)?;
        self.truthy(&r)
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => {
                if o.ext().is_some() {
                    if let Some(t) = self.dunder_truthy(v, true)? {
                        return Ok(t);
                    }
                }
                match &**o {
                    Kind::Str(s) => s.char_len() != 0,
                    Kind::Bytes(b) => !b.is_empty(),
                    Kind::ByteArray(b) => !b.borrow().is_empty(),
                    Kind::MemView(m) => m.len != 0,
                    Kind::Native(_) => {
                        crate::vm::object::array_buf::array_of(v).is_none_or(|a| !a.is_empty())
                    }
                    Kind::Tuple(t) => !t.is_empty(),
                    Kind::List(l) => !l.borrow().is_empty(),
                    Kind::Dict(d) | Kind::Set(d, _) => !d.borrow().is_empty(),
                    Kind::Range(..) => !crate::vm::builtins::range::range_is_empty(o),
                    Kind::BigRange(_) => !matches!(self.big_range_len(o)?, Value::Int(0)),
                    Kind::Instance(_) => return Ok(self.dunder_truthy(v, false)?.unwrap_or(true)),
                    Kind::DictView(_, d) => {
                        !crate::vm::eval::mapping::table(d).is_none_or(|t| t.borrow().is_empty())
                    }
                    Kind::NumSub(n) => {
                        let n = n.clone();
                        return self.truthy(&n);
                    }
                    Kind::Complex(re, im) => *re != 0.0 || *im != 0.0,
                    _ => true,
                }
            }
        })
    }

    /// `v.__bool__()` (which must return a bool), else `len(v) != 0`; None
    /// when `v`'s class defines neither (`overrides_only`: count only a
    /// subclass's own methods, not the built-in base's).
    fn dunder_truthy(&mut self, v: &Value, overrides_only: bool) -> PyResult<Option<bool>> {
        for name in [self.names.bool_.clone(), self.names.len.clone()] {
            let r = if overrides_only {
                self.call_override(v, &name, &[])?
            } else {
                self.call_special(v, &name, &[])?
            };
            let Some(r) = r else { continue };
            if !name.ptr_eq(&self.names.bool_) {
                return Ok(Some(self.len_result(&r)? != 0));
            }
            return match r {
                Value::Bool(b) => Ok(Some(b)),
                _ => {
                    let m = format!(
                        "__bool__ should return bool, returned {}",
                        self.type_name(&r)
                    );
                    Err(self.type_error(m))
                }
            };
        }
        Ok(None)
    }

    /// Validate what `__len__` returned.
    pub fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        let big = crate::vm::object::bigint::as_big(r);
        let negative = big.map(|b| b.sign() == num_bigint::Sign::Minus);
        match as_int(r) {
            Some(n) if n >= 0 => match usize::try_from(n) {
                Ok(n) if n <= isize::MAX as usize => Ok(n),
                // Past sys.maxsize (on DOS 2**31 - 1): never wrapped.
                _ => Err(self.new_exc(
                    Exc::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                )),
            },
            Some(_) => Err(self.value_error("__len__() should return >= 0")),
            None if negative == Some(false) => Err(self.new_exc(
                Exc::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )),
            None if negative == Some(true) => Err(self.value_error("__len__() should return >= 0")),
            None => {
                let m = format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(r)
                );
                Err(self.type_error(m))
            }
        }
    }

    fn unary(&mut self, v: &Value, name: &str, sym: &str) -> PyResult<Value> {
        let n = self.intern(name);
        match self.call_special(v, &n, &[])? {
            Some(r) => Ok(r),
            None => {
                let m = format!(
                    "bad operand type for unary {}: '{}'",
                    sym,
                    self.type_name(v)
                );
                Err(self.type_error(m))
            }
        }
    }

    pub fn neg(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(i
                .checked_neg()
                .map_or_else(|| bigint::int_value(-BigInt::from(*i)), Value::Int)),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => match self
                .subclass_unary(v, "__neg__")?
                .or_else(|| self.big_unary(v, '-'))
            {
                Some(r) => Ok(r),
                None => self.unary(v, "__neg__", "-"),
            },
        }
    }

    pub fn pos(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::Float(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => match self
                .subclass_unary(v, "__pos__")?
                .or_else(|| self.big_unary(v, '+'))
            {
                Some(r) => Ok(r),
                None => self.unary(v, "__pos__", "+"),
            },
        }
    }

    pub fn invert(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(r) = self.subclass_unary(v, "__invert__")? {
            return Ok(r);
        }
        match as_int(v) {
            Some(i) => Ok(Value::Int(!i)),
            None => match self.big_unary(v, '~') {
                Some(r) => Ok(r),
                None => self.unary(v, "__invert__", "~"),
            },
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if crate::vm::builtins::subclass::has_record(container) {
            let name = self.names.contains.clone();
            if let Some(r) = self.call_override(container, &name, core::slice::from_ref(item))? {
                return self.truthy(&r);
            }
        }
        self.native_contains(container, item)
    }

    /// `item in container` by the built-in type's own rules.
    #[inline(always)]
    pub fn native_contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            match &**o {
                Kind::Str(s) => {
                    return match str_of(item) {
                        Some(t) => Ok(s.as_str().contains(t)),
                        None => {
                            let m = format!(
                                "'in <string>' requires string as left operand, not {}",
                                self.type_name(item)
                            );
                            Err(self.type_error(m))
                        }
                    }
                }
                Kind::Dict(_) | Kind::Set(..) => return Ok(self.dict_get(o, item)?.is_some()),
                Kind::DictView(0, d) => return Ok(self.dict_get(d, item)?.is_some()),
                Kind::List(l) => {
                    let mut i = 0;
                    loop {
                        let x = match l.borrow().get(i) {
                            Some(x) => x.clone(),
                            None => return Ok(false),
                        };
                        if self.eq(&x, item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                }
                Kind::Tuple(t) => {
                    for x in t.iter() {
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Kind::Range(..) => {
                    if let Some(n) = as_int(item) {
                        return Ok(crate::vm::builtins::range::range_contains(o, n));
                    }
                }
                Kind::BigRange(_) if self.type_of(item).ptr_eq(&self.types.int) => {
                    return self.big_range_contains(o, item);
                }
                Kind::Bytes(_) | Kind::ByteArray(_) => {
                    return self.bytes_contains(container, item);
                }
                _ => {}
            }
        }
        if let Some(r) = self.call_special(
            container,
            &self.names.contains.clone(),
            core::slice::from_ref(item),
        )? {
            return self.truthy(&r);
        }
        if !self.is_iterable(container) {
            let m = format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            );
            return Err(self.type_error(m));
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// True for `object`'s own default comparison methods (which only say NotImplemented).
fn is_object_default(m: &Value) -> bool {
    matches!(m.as_obj().map(|o| &**o), Some(Kind::Builtin(b)) if b.name.starts_with("object."))
}
