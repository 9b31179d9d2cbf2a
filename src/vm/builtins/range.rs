//! `range`: construction, length, indexing, membership, equality and
//! hashing (as sequences), and reversal. Machine-integer ranges compute
//! what may pass 64 bits in i128 and hand such results to `range_big`.

use alloc::format;

use super::{add_getset, add_method, int_arg};
use crate::vm::eval::ops::as_int;
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn parts(o: &ObjRef) -> (i64, i64, i64) {
    match &**o {
        Kind::Range(a, b, c) => (*a, *b, *c),
        _ => (0, 0, 1),
    }
}

/// Whether a range has no items.
pub fn range_is_empty(o: &ObjRef) -> bool {
    wide_len(o) == 0
}

impl Vm {
    /// `len()` of a machine-integer range (see `size_of_len`).
    pub fn range_size(&mut self, o: &ObjRef) -> PyResult<usize> {
        self.size_of_len(&int_of(wide_len(o)))
    }
}

/// Number of items, whatever the machine's word (up to 2**64 - 1: the
/// span fits u64).
fn wide_len(o: &ObjRef) -> i128 {
    let (a, b, c) = parts(o);
    let (low, high) = match c > 0 {
        true if a < b => (a, b),
        false if a > b => (b, a),
        _ => return 0,
    };
    let span = high.abs_diff(low) - 1;
    i128::from(span / c.unsigned_abs() + 1)
}

/// `n in range(...)`.
pub fn range_contains(o: &ObjRef, n: i64) -> bool {
    let (a, b, c) = parts(o);
    let inside = if c > 0 {
        a <= n && n < b
    } else {
        b < n && n <= a
    };
    inside && (n as i128 - a as i128) % c as i128 == 0
}

/// An int from an i128 (a machine int when it fits).
fn int_of(n: i128) -> Value {
    match i64::try_from(n) {
        Ok(n) => Value::Int(n),
        Err(_) => crate::vm::object::bigint::int_value(num_bigint::BigInt::from(n)),
    }
}

/// A range from bounds computed in i128: a machine-integer range when
/// all three fit, else a big one.
fn range_of(start: i128, stop: i128, step: i128) -> Value {
    match (
        i64::try_from(start),
        i64::try_from(stop),
        i64::try_from(step),
    ) {
        (Ok(a), Ok(b), Ok(c)) => Value::Obj(ObjRef::new(Kind::Range(a, b, c))),
        _ => super::range_big::new_big_range([int_of(start), int_of(stop), int_of(step)]),
    }
}

impl Vm {
    /// What makes two ranges equal as sequences (and so their hash, as
    /// CPython's): the length, the first item unless there is none, the
    /// step unless there are fewer than two items.
    fn range_identity(&mut self, o: &ObjRef) -> PyResult<[Value; 3]> {
        let (len, start, step) = match &**o {
            Kind::Range(a, _, c) => (int_of(wide_len(o)), Value::Int(*a), Value::Int(*c)),
            _ => (
                self.big_range_len(o)?,
                self.big_range_part(o, 0),
                self.big_range_part(o, 2),
            ),
        };
        Ok(match len {
            Value::Int(0) => [len, Value::None, Value::None],
            Value::Int(1) => [len, start, Value::None],
            _ => [len, start, step],
        })
    }

    /// `a == b` for two ranges of either kind.
    pub fn range_eq(&mut self, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
        let (x, y) = (self.range_identity(a)?, self.range_identity(b)?);
        for (p, q) in x.iter().zip(&y) {
            let same = self.compare(crate::vm::bytecode::CompareOp::Eq, p, q)?;
            if !self.truthy(&same)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `hash(r)`: equal ranges hash alike.
    pub fn range_hash(&mut self, o: &ObjRef) -> PyResult<i64> {
        let identity = self.range_identity(o)?.into();
        let identity = self.new_tuple(identity);
        self.hash(&identity)
    }

    /// `reversed(r)` for either kind of range.
    pub fn range_reversed(&mut self, o: &ObjRef) -> PyResult<Value> {
        let reversed = match &**o {
            Kind::Range(a, _, c) => {
                let (a, c) = (*a as i128, *c as i128);
                range_of(a + (wide_len(o) - 1) * c, a - c, -c)
            }
            _ => {
                use crate::vm::bytecode::BinaryOp::{Add, Multiply, Subtract};
                let [start, step] = [self.big_range_part(o, 0), self.big_range_part(o, 2)];
                let len = self.big_range_len(o)?;
                let before_last = self.binary_op(Subtract as u32, &len, &Value::Int(1))?;
                let span = self.binary_op(Multiply as u32, &before_last, &step)?;
                let last = self.binary_op(Add as u32, &start, &span)?;
                let stop = self.binary_op(Subtract as u32, &start, &step)?;
                let back = self.binary_op(Subtract as u32, &Value::Int(0), &step)?;
                super::range_big::new_big_range([last, stop, back])
            }
        };
        self.native_iter(&reversed)
    }
}

/// `r[k]`: machine integers when the length fits a machine word and `k`
/// is a machine int or a slice, else `any_range_getitem`'s int math.
pub fn range_getitem(vm: &mut Vm, o: &ObjRef, k: &Value) -> PyResult<Value> {
    let (a, _, c) = parts(o);
    let n = match usize::try_from(wide_len(o)) {
        Ok(n) if n <= isize::MAX as usize => n,
        _ => return vm.any_range_getitem(o, k),
    };
    if let Some(i) = as_int(k) {
        let j = vm.seq_index(i, n, "range object")?;
        return Ok(Value::Int(a + j as i64 * c));
    }
    if let Some(Kind::Slice(..)) = k.as_obj().map(|x| &**x) {
        let s = vm.resolve_slice(k.as_obj().expect("slice"), n)?;
        // CPython's bounds: the slice's adjusted start and stop mapped
        // through the range (so range(10)[::-3] is range(9, -1, -3)).
        let at = |i: i64| a as i128 + i as i128 * c as i128;
        return Ok(range_of(
            at(s.start),
            at(s.stop),
            c as i128 * s.step as i128,
        ));
    }
    vm.any_range_getitem(o, k)
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let (a, b, c) = match pos.len() {
        1 => (Value::Int(0), bound(vm, &pos[0])?, Value::Int(1)),
        2 => (bound(vm, &pos[0])?, bound(vm, &pos[1])?, Value::Int(1)),
        3 => (
            bound(vm, &pos[0])?,
            bound(vm, &pos[1])?,
            bound(vm, &pos[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if matches!(c, Value::Int(0)) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    match (as_int(&a), as_int(&b), as_int(&c)) {
        (Some(a), Some(b), Some(c)) => Ok(Value::Obj(ObjRef::new(Kind::Range(a, b, c)))),
        _ => Ok(super::range_big::new_big_range([a, b, c])),
    }
}

/// A bound given to `range()`: an int of any size (or what `__index__` gives).
fn bound(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if matches!(v.as_obj().map(|o| &**o), Some(Kind::BigInt(_))) {
        return Ok(v.clone());
    }
    Ok(Value::Int(int_arg(vm, v)?))
}

fn this(v: &Value) -> (i64, i64, i64) {
    v.as_obj().map_or((0, 0, 1), parts)
}

/// `start`, `stop` or `step` (0, 1, 2) of either kind of range.
fn part(vm: &mut Vm, v: &Value, which: usize) -> Value {
    match v.as_obj() {
        Some(o) if matches!(&**o, Kind::BigRange(_)) => vm.big_range_part(o, which),
        _ => {
            let (a, b, c) = this(v);
            Value::Int([a, b, c][which])
        }
    }
}

fn start(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(part(vm, v, 0))
}

fn stop(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(part(vm, v, 1))
}

fn step(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(part(vm, v, 2))
}

/// The range and the int argument of `index`/`count` (None when the
/// argument is not an int: not in the range).
fn range_and_int(args: Args) -> (Option<ObjRef>, Option<Value>) {
    let n = &args.vals[1];
    let is_int = as_int(n).is_some() || matches!(n.as_obj().map(|o| &**o), Some(Kind::BigInt(_)));
    let n = as_int(n).map_or_else(|| n.clone(), Value::Int);
    (args.vals[0].as_obj().cloned(), is_int.then_some(n))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "index", 1, 1)?;
    if let (Some(o), Some(n)) = range_and_int(args) {
        if let Some(i) = vm.any_range_index(&o, &n)? {
            return Ok(i);
        }
    }
    let r = vm.repr_string(&args.vals[1])?;
    Err(vm.value_error(format!("{r} is not in range")))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "count", 1, 1)?;
    Ok(Value::Int(match range_and_int(args) {
        (Some(o), Some(n)) => vm.big_range_contains(&o, &n)? as i64,
        _ => 0,
    }))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.range.clone();
    add_method(vm, &t, "__new__", range_new);
    add_method(vm, &t, "index", index);
    add_method(vm, &t, "count", count);
    add_getset(vm, &t, "start", start, None);
    add_getset(vm, &t, "stop", stop, None);
    add_getset(vm, &t, "step", step, None);
}
