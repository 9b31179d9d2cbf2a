//! Subscripts and slices (`o[k]`, `o[k] = v`, `del o[k]`) for the built-in
//! sequences and mappings, `__getitem__` & co. for the rest, and sequence
//! unpacking.

use alloc::format;
use alloc::vec::Vec;
use core::ops::Range;

use crate::vm::builtins::exc_table::Exc;
use crate::vm::eval::ops::as_int;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A resolved slice: start, stop, step and the number of items selected.
pub struct SliceIdx {
    pub start: i64,
    /// The adjusted stop (what `slice.indices` reports).
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    /// The indices selected, in order.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }

    /// The selected items as one range when they lie side by side in order
    /// (step 1, or at most one item): copied with one memcpy, not one by one.
    pub fn run(&self) -> Option<Range<usize>> {
        match self.len {
            0 => Some(0..0),
            _ if self.step == 1 || self.len == 1 => {
                let start = self.start as usize;
                Some(start..start + self.len)
            }
            _ => None,
        }
    }

    /// The items of `items` selected, copied (a run at once); MemoryError
    /// when there is no room.
    pub fn pick<T: Clone>(&self, vm: &mut Vm, items: &[T]) -> PyResult<Vec<T>> {
        if let Some(run) = self.run() {
            return vm.copy_vec(items.get(run).unwrap_or(&[]));
        }
        let mut out = vm.vec_with_room(self.len)?;
        out.extend(self.indices().filter_map(|i| items.get(i).cloned()));
        Ok(out)
    }
}

/// What an index operand past 64 bits becomes (CPython converts to
/// `Py_ssize_t` in three ways; every size and index here is an i64).
#[derive(Clone, Copy)]
pub enum Wide {
    /// An item index (`s[i]`): IndexError "cannot fit ... index-sized".
    Item,
    /// A size or count argument: OverflowError, as CPython's `n` format.
    Size,
    /// A size as `bytes(n)` or a repeat count takes it: OverflowError
    /// "cannot fit ..." (CPython's `PyNumber_AsSsize_t` with OverflowError).
    Fit,
    /// A slice bound or a find/count/index start or end: clamped to the
    /// i64 range, which holds every length (CPython's
    /// `_PyEval_SliceIndex` clamps to `Py_ssize_t`).
    Clamp,
}

impl Vm {
    /// An index operand as i64 (`__index__` for instances); an int past
    /// 64 bits is an item index's IndexError.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Option<i64>> {
        self.index_as(v, Wide::Item)
    }

    /// An index operand as i64, `wide` saying what an int past 64 bits does.
    pub fn index_as(&mut self, v: &Value, wide: Wide) -> PyResult<Option<i64>> {
        if let Some(i) = as_int(v) {
            return Ok(Some(i));
        }
        let Value::Obj(o) = v else {
            return Ok(None);
        };
        let r = match &**o {
            Kind::BigInt(_) => v.clone(),
            Kind::Instance(_) => match self.call_special(v, &self.names.index.clone(), &[])? {
                Some(r) => r,
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        if let Some(i) = as_int(&r) {
            return Ok(Some(i));
        }
        let Some(big) = crate::vm::object::bigint::as_big(&r) else {
            return Ok(None);
        };
        let negative = big.sign() == num_bigint::Sign::Minus;
        let cannot_fit = |vm: &mut Vm, exc: Exc| {
            let m = format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(v)
            );
            Err(vm.new_exc(exc, m))
        };
        match wide {
            Wide::Item => cannot_fit(self, Exc::IndexError),
            Wide::Fit => cannot_fit(self, Exc::OverflowError),
            Wide::Size => Err(self.new_exc(
                Exc::OverflowError,
                "Python int too large to convert to C ssize_t",
            )),
            Wide::Clamp => Ok(Some(if negative { i64::MIN } else { i64::MAX })),
        }
    }

    /// Normalise a slice against a sequence of `len` items (CPython's PySlice_AdjustIndices).
    pub fn resolve_slice(&mut self, slice: &ObjRef, len: usize) -> PyResult<SliceIdx> {
        let Kind::Slice(a, b, c) = &**slice else {
            return Ok(SliceIdx {
                start: 0,
                stop: 0,
                step: 1,
                len: 0,
            });
        };
        let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
            if v.is_none() {
                return Ok(None);
            }
            match vm.index_as(v, Wide::Clamp)? {
                Some(i) => Ok(Some(i)),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        // -i64::MAX at least, so that -step exists (CPython clamps too).
        let step = get(self, c)?.unwrap_or(1).max(-i64::MAX);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let (lo_def, hi_def) = if step < 0 { (len - 1, -1) } else { (0, len) };
        let adjust = |x: Option<i64>, def: i64| -> i64 {
            match x {
                None => def,
                Some(mut i) => {
                    if i < 0 {
                        i += len;
                        if i < 0 {
                            i = if step < 0 { -1 } else { 0 };
                        }
                    } else if i >= len {
                        i = if step < 0 { len - 1 } else { len };
                    }
                    i
                }
            }
        };
        let start = adjust(get(self, a)?, lo_def);
        let stop = adjust(get(self, b)?, hi_def);
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIdx {
            start,
            stop,
            step,
            len: n as usize,
        })
    }

    /// Normalise an index into a sequence of `len` items; IndexError `what` if out of range.
    pub fn seq_index(&mut self, i: i64, len: usize, what: &str) -> PyResult<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            // bytes says just "index out of range" (`what` is empty).
            let m = format!("{what} index out of range");
            return Err(self.new_exc(Exc::IndexError, m.trim_start()));
        }
        Ok(j as usize)
    }

    pub(super) fn index_type_error(&mut self, seq: &str, k: &Value) -> ObjRef {
        let m = format!(
            "{seq} indices must be integers or slices, not {}",
            self.type_name(k)
        );
        self.type_error(m)
    }

    /// `o[k]`.
    pub fn getitem(&mut self, o: &Value, k: &Value) -> PyResult<Value> {
        if crate::vm::builtins::subclass::has_record(o) {
            if let Some(r) =
                self.call_override(o, &self.names.getitem.clone(), core::slice::from_ref(k))?
            {
                return Ok(r);
            }
        }
        self.native_getitem(o, k)
    }

    /// `o[k]` by the built-in type's own rules (`list.__getitem__`...).
    #[inline(always)]
    pub fn native_getitem(&mut self, o: &Value, k: &Value) -> PyResult<Value> {
        if let Value::Obj(obj) = o {
            match &**obj {
                Kind::List(l) => {
                    if let Some(i) = as_int(k) {
                        let l = l.borrow();
                        let n = l.len();
                        let j = if i < 0 { i + n as i64 } else { i };
                        if j >= 0 && (j as usize) < n {
                            return Ok(l[j as usize].clone());
                        }
                        drop(l);
                        return Err(self.new_exc(Exc::IndexError, "list index out of range"));
                    }
                    if let Some(Kind::Slice(..)) = k.as_obj().map(|x| &**x) {
                        // Python code may run while the slice is resolved:
                        // borrow the list after.
                        let n = l.borrow().len();
                        let s = self.resolve_slice(k.as_obj().expect("slice"), n)?;
                        let out = s.pick(self, &l.borrow())?;
                        return Ok(self.new_list(out));
                    }
                    if let Some(i) = self.index_value(k)? {
                        return self.getitem(o, &Value::Int(i));
                    }
                    return Err(self.index_type_error("list", k));
                }
                Kind::Tuple(t) => {
                    if let Some(i) = as_int(k) {
                        let j = self.seq_index(i, t.len(), "tuple")?;
                        return Ok(t[j].clone());
                    }
                    if let Some(Kind::Slice(..)) = k.as_obj().map(|x| &**x) {
                        let s = self.resolve_slice(k.as_obj().expect("slice"), t.len())?;
                        let out = s.pick(self, t)?;
                        return Ok(self.new_tuple(out));
                    }
                    if let Some(i) = self.index_value(k)? {
                        return self.getitem(o, &Value::Int(i));
                    }
                    return Err(self.index_type_error("tuple", k));
                }
                Kind::Str(_) => return crate::vm::builtins::str::str_getitem(self, obj, k),
                Kind::Bytes(_) | Kind::ByteArray(_) => return self.bytes_getitem(o, k),
                Kind::Dict(_) => {
                    if let Some(v) = self.dict_get(obj, k)? {
                        return Ok(v);
                    }
                    if crate::vm::builtins::subclass::has_record(o) {
                        let missing = self.names.missing.clone();
                        if let Some(v) =
                            self.call_override(o, &missing, core::slice::from_ref(k))?
                        {
                            return Ok(v);
                        }
                    }
                    return Err(self.key_error(k.clone()));
                }
                Kind::Range(..) => return crate::vm::builtins::range::range_getitem(self, obj, k),
                Kind::BigRange(_) => return self.any_range_getitem(obj, k),
                Kind::Class(_) => {
                    if let Some(m) = self.lookup(obj, &self.names.class_getitem.clone()) {
                        // An implicit class method, bound to the class itself.
                        let f = match m.as_obj().map(|x| &**x) {
                            Some(Kind::ClassMethod(f)) => f.clone(),
                            _ => m,
                        };
                        return self.call(&f, &[o.clone(), k.clone()]);
                    }
                    if self.is_builtin_generic(obj) {
                        return self.generic_alias(o, k);
                    }
                    let m = format!("type '{}' is not subscriptable", self.class_name(obj));
                    return Err(self.type_error(m));
                }
                _ => {}
            }
        }
        match self.call_special(o, &self.names.getitem.clone(), core::slice::from_ref(k))? {
            Some(v) => Ok(v),
            None => {
                let m = format!("'{}' object is not subscriptable", self.type_name(o));
                Err(self.type_error(m))
            }
        }
    }

    /// `list`, `dict`, `tuple`, `set`, `frozenset` and `type`: the built-in
    /// classes that `cls[...]` turns into a `types.GenericAlias`.
    fn is_builtin_generic(&self, cls: &ObjRef) -> bool {
        let t = &self.types;
        [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_]
            .iter()
            .any(|c| c.ptr_eq(cls))
    }

    /// `types.GenericAlias(origin, args)` (frozen Python, imported on the
    /// first `list[int]`, so scripts without annotations never load it).
    pub fn generic_alias(&mut self, origin: &Value, args: &Value) -> PyResult<Value> {
        let types = self.import_module("types")?;
        let name = self.intern("GenericAlias");
        let cls = self.get_attr(&types, &name)?;
        self.call(&cls, &[origin.clone(), args.clone()])
    }

    /// KeyError(k).
    pub fn key_error(&mut self, k: Value) -> ObjRef {
        self.new_exc_args(Exc::KeyError, alloc::vec![k])
    }

    /// `o[k] = v`.
    pub fn setitem(&mut self, o: &Value, k: Value, v: Value) -> PyResult<()> {
        if crate::vm::builtins::subclass::has_record(o)
            && self
                .call_override(o, &self.names.setitem.clone(), &[k.clone(), v.clone()])?
                .is_some()
        {
            return Ok(());
        }
        self.native_setitem(o, k, v)
    }

    /// `o[k] = v` by the built-in type's own rules.
    #[inline(always)]
    pub fn native_setitem(&mut self, o: &Value, k: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(obj) = o {
            match &**obj {
                Kind::List(l) => {
                    if let Some(i) = as_int(&k) {
                        let n = l.borrow().len();
                        let j = self.seq_index(i, n, "list assignment")?;
                        let old = core::mem::replace(&mut l.borrow_mut()[j], v);
                        drop(old);
                        return Ok(());
                    }
                    if let Some(Kind::Slice(..)) = k.as_obj().map(|x| &**x) {
                        if !self.is_iterable(&v) {
                            return Err(self.type_error("can only assign an iterable"));
                        }
                        let items = self.collect(&v)?;
                        return self.list_set_slice(obj, k.as_obj().expect("slice"), items);
                    }
                    if let Some(i) = self.index_value(&k)? {
                        return self.native_setitem(o, Value::Int(i), v);
                    }
                    return Err(self.index_type_error("list", &k));
                }
                Kind::Dict(_) => return self.dict_set(obj, k, v),
                Kind::ByteArray(_) => return self.bytearray_setitem(obj, &k, &v),
                Kind::Tuple(_) | Kind::Str(_) | Kind::Bytes(_) => {
                    let m = format!(
                        "'{}' object does not support item assignment",
                        self.type_name(o)
                    );
                    return Err(self.type_error(m));
                }
                _ => {}
            }
        }
        match self.call_special(o, &self.names.setitem.clone(), &[k, v])? {
            Some(_) => Ok(()),
            None => {
                let m = format!(
                    "'{}' object does not support item assignment",
                    self.type_name(o)
                );
                Err(self.type_error(m))
            }
        }
    }

    fn list_set_slice(&mut self, list: &ObjRef, slice: &ObjRef, items: Vec<Value>) -> PyResult<()> {
        let Kind::List(l) = &**list else {
            return Ok(());
        };
        let n = l.borrow().len();
        let s = self.resolve_slice(slice, n)?;
        if s.step == 1 {
            let start = s.start.clamp(0, n as i64) as usize;
            let end = (start + s.len).min(n);
            let removed: Vec<Value> = l.borrow_mut().splice(start..end, items).collect();
            drop(removed);
            return Ok(());
        }
        if items.len() != s.len {
            let m = format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                s.len
            );
            return Err(self.value_error(m));
        }
        let idx: Vec<usize> = s.indices().collect();
        let mut lb = l.borrow_mut();
        for (i, v) in idx.into_iter().zip(items) {
            lb[i] = v;
        }
        Ok(())
    }

    /// `del o[k]`.
    pub fn delitem(&mut self, o: &Value, k: &Value) -> PyResult<()> {
        if crate::vm::builtins::subclass::has_record(o)
            && self
                .call_override(o, &self.names.delitem.clone(), core::slice::from_ref(k))?
                .is_some()
        {
            return Ok(());
        }
        self.native_delitem(o, k)
    }

    /// `del o[k]` by the built-in type's own rules.
    pub fn native_delitem(&mut self, o: &Value, k: &Value) -> PyResult<()> {
        if let Value::Obj(obj) = o {
            match &**obj {
                Kind::List(l) => {
                    if let Some(i) = as_int(k) {
                        let n = l.borrow().len();
                        let j = self.seq_index(i, n, "list assignment")?;
                        let old = l.borrow_mut().remove(j);
                        drop(old);
                        return Ok(());
                    }
                    if let Some(Kind::Slice(..)) = k.as_obj().map(|x| &**x) {
                        let n = l.borrow().len();
                        let s = self.resolve_slice(k.as_obj().expect("slice"), n)?;
                        let mut idx: Vec<usize> = s.indices().collect();
                        idx.sort_unstable();
                        let mut lb = l.borrow_mut();
                        let mut removed = Vec::new();
                        for i in idx.into_iter().rev() {
                            removed.push(lb.remove(i));
                        }
                        drop(lb);
                        drop(removed);
                        return Ok(());
                    }
                    if let Some(i) = self.index_value(k)? {
                        return self.delitem(o, &Value::Int(i));
                    }
                    return Err(self.index_type_error("list", k));
                }
                Kind::ByteArray(_) => return self.bytearray_delitem(obj, k),
                Kind::Dict(_) => {
                    return match self.dict_del(obj, k)? {
                        Some(_) => Ok(()),
                        None => Err(self.key_error(k.clone())),
                    }
                }
                _ => {}
            }
        }
        match self.call_special(o, &self.names.delitem.clone(), core::slice::from_ref(k))? {
            Some(_) => Ok(()),
            None => {
                let m = format!(
                    "'{}' object does not support item deletion",
                    self.type_name(o)
                );
                Err(self.type_error(m))
            }
        }
    }

    /// UNPACK_SEQUENCE: push the n items of `seq`, last item first.
    pub fn unpack_sequence(
        &mut self,
        seq: &Value,
        n: usize,
        stack: &mut Vec<Value>,
    ) -> PyResult<()> {
        let items = match seq.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(t)) => t.to_vec(),
            Some(Kind::List(l)) => l.borrow().clone(),
            _ => {
                if !self.is_iterable(seq) {
                    let m = format!("cannot unpack non-iterable {} object", self.type_name(seq));
                    return Err(self.type_error(m));
                }
                let it = self.get_iter(seq)?;
                let mut items = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    items.push(x);
                    if items.len() > n {
                        break;
                    }
                }
                items
            }
        };
        if items.len() < n {
            let m = format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            );
            return Err(self.value_error(m));
        }
        if items.len() > n {
            let m = format!("too many values to unpack (expected {n})");
            return Err(self.value_error(m));
        }
        stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// UNPACK_EX: `a, *b, c = seq`.
    pub fn unpack_ex(
        &mut self,
        seq: &Value,
        before: usize,
        after: usize,
        stack: &mut Vec<Value>,
    ) -> PyResult<()> {
        if !self.is_iterable(seq) {
            let m = format!("cannot unpack non-iterable {} object", self.type_name(seq));
            return Err(self.type_error(m));
        }
        let mut items = self.collect(seq)?;
        if items.len() < before + after {
            let m = format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            );
            return Err(self.value_error(m));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        stack.extend(tail.into_iter().rev());
        let l = self.new_list(middle);
        stack.push(l);
        stack.extend(items.into_iter().rev());
        Ok(())
    }
}
