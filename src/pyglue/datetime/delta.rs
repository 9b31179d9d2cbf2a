//! The native methods of `datetime.timedelta` (see mod.rs): a timedelta
//! is the slots `_days`, `_seconds` (0..86400) and `_microseconds`
//! (0..1000000); arithmetic goes through the total in microseconds, an
//! i128 (the largest timedelta is 8.6e22 microseconds).

use super::{bind, getters, hash_value, int_fields, is_exact, make, python, state, State};
use crate::vm::object::func::Args;
use crate::vm::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

const US_PER_DAY: i128 = 86_400_000_000;
const MAX_DAYS: i128 = 999_999_999;

/// The constructor's keywords and their scale in microseconds.
const UNITS: [(&str, i128); 7] = [
    ("days", US_PER_DAY),
    ("seconds", 1_000_000),
    ("microseconds", 1),
    ("milliseconds", 1_000),
    ("minutes", 60_000_000),
    ("hours", 3_600_000_000),
    ("weeks", 7 * US_PER_DAY),
];

/// The total microseconds of `v` if it is a timedelta with int fields.
pub(super) fn total_us(vm: &Vm, st: &State, v: &Value) -> Option<i128> {
    if !is_exact(v, &st.timedelta) && !vm.isinstance(v, &st.timedelta) {
        return None;
    }
    let n = &st.names;
    let [d, s, us] = int_fields(v, [&n.days, &n.seconds, &n.microseconds])?;
    Some((d as i128 * 86_400 + s as i128) * 1_000_000 + us as i128)
}

/// A new timedelta of class `cls` lasting `us` microseconds; None when
/// it is out of range (the Python method then raises OverflowError).
pub(super) fn new_delta(st: &State, cls: &ObjRef, us: i128) -> Option<Value> {
    let days = us.div_euclid(US_PER_DAY);
    if days.abs() > MAX_DAYS {
        return None;
    }
    let rem = us.rem_euclid(US_PER_DAY) as i64;
    let n = &st.names;
    Some(make(
        cls,
        &[
            (&n.days, Value::Int(days as i64)),
            (&n.seconds, Value::Int(rem / 1_000_000)),
            (&n.microseconds, Value::Int(rem % 1_000_000)),
        ],
    ))
}

/// `timedelta(days=0, seconds=0, microseconds=0, milliseconds=0,
/// minutes=0, hours=0, weeks=0)` with int arguments.
fn td_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm)?;
    match plain_delta(vm, &st, args) {
        Some(v) => Ok(v),
        None => python(vm, &st, "timedelta.__new__", args),
    }
}

/// The timedelta of a constructor call with int arguments only.
fn plain_delta(vm: &Vm, st: &State, args: Args) -> Option<Value> {
    let cls = args.vals.first()?.as_obj()?;
    if !vm.is_subclass(cls, &st.timedelta) {
        return None;
    }
    let given = bind(&args, UNITS.map(|u| u.0), 7)?;
    let mut us: i128 = 0;
    for (v, (_, scale)) in given.iter().zip(UNITS) {
        if let Some(v) = v {
            us += crate::vm::eval::ops::as_int(v)? as i128 * scale;
        }
    }
    new_delta(st, cls, us)
}

/// A binary method: `f` of both totals, or the Python method.
fn binary(
    vm: &mut Vm,
    args: Args,
    key: &str,
    f: fn(&State, i128, i128) -> Option<Value>,
) -> PyResult<Value> {
    let st = state(vm)?;
    if let [a, b] = args.vals {
        if let (Some(x), Some(y)) = (total_us(vm, &st, a), total_us(vm, &st, b)) {
            if let Some(v) = f(&st, x, y) {
                return Ok(v);
            }
        }
    }
    python(vm, &st, key, args)
}

fn td_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "timedelta.__add__", |st, a, b| {
        new_delta(st, &st.timedelta, a + b)
    })
}

fn td_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "timedelta.__sub__", |st, a, b| {
        new_delta(st, &st.timedelta, a - b)
    })
}

macro_rules! comparisons {
    ($($name:ident $key:literal $op:tt;)*) => {$(
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            binary(vm, args, $key, |_, a, b| Some(Value::Bool(a $op b)))
        }
    )*};
}

comparisons! {
    td_eq "timedelta.__eq__" ==;
    td_lt "timedelta.__lt__" <;
    td_le "timedelta.__le__" <=;
    td_gt "timedelta.__gt__" >;
    td_ge "timedelta.__ge__" >=;
}

/// A unary method: `f` of the total, or the Python method.
fn unary(
    vm: &mut Vm,
    args: Args,
    key: &str,
    f: fn(&State, i128) -> Option<Value>,
) -> PyResult<Value> {
    let st = state(vm)?;
    if let [a] = args.vals {
        if let Some(v) = total_us(vm, &st, a).and_then(|x| f(&st, x)) {
            return Ok(v);
        }
    }
    python(vm, &st, key, args)
}

fn td_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "timedelta.__neg__", |st, a| {
        new_delta(st, &st.timedelta, -a)
    })
}

fn td_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "timedelta.__bool__", |_, a| {
        Some(Value::Bool(a != 0))
    })
}

fn td_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "timedelta.__hash__", |_, a| Some(hash_value(a)))
}

getters! {
    get_days "days" days;
    get_seconds "seconds" seconds;
    get_microseconds "microseconds" microseconds;
}

pub(super) const METHODS: super::Table = &[
    (0, "__new__", "timedelta.__new__", td_new),
    (0, "__add__", "timedelta.__add__", td_add),
    (0, "__radd__", "timedelta.__radd__", td_add),
    (0, "__sub__", "timedelta.__sub__", td_sub),
    (0, "__neg__", "timedelta.__neg__", td_neg),
    (0, "__eq__", "timedelta.__eq__", td_eq),
    (0, "__lt__", "timedelta.__lt__", td_lt),
    (0, "__le__", "timedelta.__le__", td_le),
    (0, "__gt__", "timedelta.__gt__", td_gt),
    (0, "__ge__", "timedelta.__ge__", td_ge),
    (0, "__hash__", "timedelta.__hash__", td_hash),
    (0, "__bool__", "timedelta.__bool__", td_bool),
];

pub(super) const GETTERS: super::Getters = &[
    (0, "days", get_days),
    (0, "seconds", get_seconds),
    (0, "microseconds", get_microseconds),
];
