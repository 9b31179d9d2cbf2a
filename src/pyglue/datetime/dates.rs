//! The native methods of `datetime.date` and `datetime.datetime` (see
//! mod.rs). A date is the slots `_year`, `_month`, `_day`; a datetime adds
//! `_hour`, `_minute`, `_second`, `_microsecond`, `_tzinfo` and `_fold`.
//! Arithmetic goes through ordinals (0001-01-01 is day 1) and, for
//! datetimes, microseconds since day 0 of the wall clock.

use alloc::format;
use alloc::string::String;

use super::delta::{new_delta, total_us};
use super::{bind, getters, hash_value, int_fields, is_exact, make, python, state, State};
use crate::calendar::{civil_from_days, days_from_civil};
use crate::vm::eval::ops::as_int;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The ordinal of 1970-01-01, where the calendar's day numbers start.
const EPOCH_ORD: i64 = 719_163;
/// The ordinal of 9999-12-31.
const MAX_ORD: i64 = 3_652_059;
const US_PER_DAY: i128 = 86_400_000_000;

fn days_in_month(y: i64, m: i64) -> i64 {
    const DIM: [i64; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    if m == 2 && leap {
        29
    } else {
        DIM[(m - 1) as usize]
    }
}

fn valid_date(y: i64, m: i64, d: i64) -> bool {
    (1..=9999).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

fn valid_clock(c: [i64; 5]) -> bool {
    let [h, mi, s, us, fold] = c;
    (0..24).contains(&h)
        && (0..60).contains(&mi)
        && (0..60).contains(&s)
        && (0..1_000_000).contains(&us)
        && (0..2).contains(&fold)
}

fn ordinal(y: i64, m: i64, d: i64) -> i64 {
    days_from_civil(y, m, d) + EPOCH_ORD
}

/// The date fields of `v` when it is a `date` (or `datetime`).
fn ymd(vm: &Vm, st: &State, v: &Value) -> Option<[i64; 3]> {
    if !is_exact(v, &st.date) && !vm.isinstance(v, &st.date) {
        return None;
    }
    let n = &st.names;
    int_fields(v, [&n.year, &n.month, &n.day])
}

/// The fields of `v` when it is a plain date (a date, not a datetime).
fn plain_ymd(vm: &Vm, st: &State, v: &Value) -> Option<[i64; 3]> {
    if !is_exact(v, &st.date) && vm.isinstance(v, &st.datetime) {
        return None;
    }
    ymd(vm, st, v)
}

fn new_date(st: &State, cls: &ObjRef, [y, m, d]: [i64; 3]) -> Value {
    let n = &st.names;
    make(
        cls,
        &[
            (&n.year, Value::Int(y)),
            (&n.month, Value::Int(m)),
            (&n.day, Value::Int(d)),
        ],
    )
}

/// The date `days` after ordinal `o` as a `date`, if in range.
fn date_plus(st: &State, o: i64, days: i128) -> Option<Value> {
    let o = o as i128 + days;
    if !(1..=MAX_ORD as i128).contains(&o) {
        return None;
    }
    let (y, m, d) = civil_from_days(o as i64 - EPOCH_ORD);
    Some(new_date(st, &st.date, [y, m, d]))
}

/// Run `fast`, or the Python method `key` when it has no answer.
fn or_python(
    vm: &mut Vm,
    args: Args,
    key: &str,
    fast: impl FnOnce(&mut Vm, &State) -> Option<Value>,
) -> PyResult<Value> {
    let st = state(vm)?;
    match fast(vm, &st) {
        Some(v) => Ok(v),
        None => python(vm, &st, key, args),
    }
}

/// The int arguments of a constructor, with `defaults` for those not
/// given; None if one is not an int.
fn ints<const N: usize>(given: &[Option<Value>], defaults: [Option<i64>; N]) -> Option<[i64; N]> {
    let mut out = [0; N];
    for ((o, g), d) in out.iter_mut().zip(given).zip(defaults) {
        *o = match g {
            Some(v) => as_int(v)?,
            None => d?,
        };
    }
    Some(out)
}

/// `date(year, month, day)`.
fn date_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    or_python(vm, args, "date.__new__", |vm, st| {
        let cls = args.vals.first()?.as_obj()?;
        let given = bind(&args, ["year", "month", "day"], 3)?;
        let [y, m, d] = ints(&given, [None; 3])?;
        if !vm.is_subclass(cls, &st.date) || !valid_date(y, m, d) {
            return None;
        }
        Some(new_date(st, cls, [y, m, d]))
    })
}

fn date_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    or_python(vm, args, "date.__add__", |vm, st| {
        let [a, b] = args.vals else { return None };
        if !is_exact(a, &st.date) {
            return None;
        }
        let [y, m, d] = ymd(vm, st, a)?;
        date_plus(
            st,
            ordinal(y, m, d),
            total_us(vm, st, b)?.div_euclid(US_PER_DAY),
        )
    })
}

fn date_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    or_python(vm, args, "date.__sub__", |vm, st| {
        let [a, b] = args.vals else { return None };
        if !is_exact(a, &st.date) {
            return None;
        }
        let [y, m, d] = ymd(vm, st, a)?;
        let o = ordinal(y, m, d);
        if let Some(us) = total_us(vm, st, b) {
            return date_plus(st, o, -us.div_euclid(US_PER_DAY));
        }
        let [y2, m2, d2] = plain_ymd(vm, st, b)?;
        let days = (o - ordinal(y2, m2, d2)) as i128;
        new_delta(st, &st.timedelta, days * US_PER_DAY)
    })
}

/// A date comparison: `f` of both (year, month, day), when both are
/// plain dates.
fn date_compare(
    vm: &mut Vm,
    args: Args,
    key: &str,
    f: fn([i64; 3], [i64; 3]) -> bool,
) -> PyResult<Value> {
    or_python(vm, args, key, |vm, st| {
        let [a, b] = args.vals else { return None };
        Some(Value::Bool(f(plain_ymd(vm, st, a)?, plain_ymd(vm, st, b)?)))
    })
}

/// A datetime comparison: `f` of both wall clocks in microseconds, when
/// both are datetimes with the same tzinfo (naive ones: None).
fn dt_compare(vm: &mut Vm, args: Args, key: &str, f: fn(i128, i128) -> bool) -> PyResult<Value> {
    or_python(vm, args, key, |vm, st| {
        let [a, b] = args.vals else { return None };
        let (x, tx) = wall_us(vm, st, a)?;
        let (y, ty) = wall_us(vm, st, b)?;
        same_zone(&tx, &ty).then(|| Value::Bool(f(x, y)))
    })
}

macro_rules! comparisons {
    ($($name:ident $cmp:ident $key:literal $op:tt;)*) => {$(
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $cmp(vm, args, $key, |a, b| a $op b)
        }
    )*};
}

comparisons! {
    date_eq date_compare "date.__eq__" ==;
    date_lt date_compare "date.__lt__" <;
    date_le date_compare "date.__le__" <=;
    date_gt date_compare "date.__gt__" >;
    date_ge date_compare "date.__ge__" >=;
    dt_eq dt_compare "datetime.__eq__" ==;
    dt_lt dt_compare "datetime.__lt__" <;
    dt_le dt_compare "datetime.__le__" <=;
    dt_gt dt_compare "datetime.__gt__" >;
    dt_ge dt_compare "datetime.__ge__" >=;
}

/// A method of one date argument (`self`): `f` of its fields.
fn date_unary(vm: &mut Vm, args: Args, key: &str, f: fn([i64; 3]) -> Value) -> PyResult<Value> {
    or_python(vm, args, key, |vm, st| {
        let [a] = args.vals else { return None };
        Some(f(ymd(vm, st, a)?))
    })
}

fn date_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    date_unary(vm, args, "date.__hash__", |[y, m, d]| {
        hash_value((y * 512 + m * 32 + d) as i128)
    })
}

fn toordinal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    date_unary(vm, args, "date.toordinal", |[y, m, d]| {
        Value::Int(ordinal(y, m, d))
    })
}

fn weekday(vm: &mut Vm, args: Args) -> PyResult<Value> {
    date_unary(vm, args, "date.weekday", |[y, m, d]| {
        Value::Int((ordinal(y, m, d) + 6) % 7)
    })
}

fn iso_date([y, m, d]: [i64; 3]) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn date_isoformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm)?;
    let [a] = args.vals else {
        return python(vm, &st, "date.isoformat", args);
    };
    match ymd(vm, &st, a) {
        Some(f) => Ok(vm.new_str_value(iso_date(f))),
        None => python(vm, &st, "date.isoformat", args),
    }
}

/// The datetime fields of `v` (a datetime): date, clock and tzinfo.
fn dt_fields(vm: &Vm, st: &State, v: &Value) -> Option<([i64; 3], [i64; 4], Value)> {
    if !is_exact(v, &st.datetime) && !vm.isinstance(v, &st.datetime) {
        return None;
    }
    let n = &st.names;
    let date = int_fields(v, [&n.year, &n.month, &n.day])?;
    let clock = int_fields(v, [&n.hour, &n.minute, &n.second, &n.microsecond])?;
    Some((date, clock, super::field(v, &n.tzinfo)?))
}

/// The wall clock of datetime `v` in microseconds since day 0, and its
/// tzinfo.
fn wall_us(vm: &Vm, st: &State, v: &Value) -> Option<(i128, Value)> {
    let ([y, m, d], [h, mi, s, us], tz) = dt_fields(vm, st, v)?;
    let secs = ordinal(y, m, d) as i128 * 86_400 + (h * 3600 + mi * 60 + s) as i128;
    Some((secs * 1_000_000 + us as i128, tz))
}

/// Whether two tzinfo values are the same object (or both None).
fn same_zone(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Obj(x), Value::Obj(y)) => x.ptr_eq(y),
        _ => false,
    }
}

fn new_datetime(st: &State, cls: &ObjRef, [y, m, d]: [i64; 3], c: [i64; 5], tz: Value) -> Value {
    let n = &st.names;
    make(
        cls,
        &[
            (&n.year, Value::Int(y)),
            (&n.month, Value::Int(m)),
            (&n.day, Value::Int(d)),
            (&n.hour, Value::Int(c[0])),
            (&n.minute, Value::Int(c[1])),
            (&n.second, Value::Int(c[2])),
            (&n.microsecond, Value::Int(c[3])),
            (&n.tzinfo, tz),
            (&n.fold, Value::Int(c[4])),
        ],
    )
}

/// The `datetime` at wall clock `us` (microseconds since day 0), if in
/// range.
fn datetime_at(st: &State, us: i128, tz: Value) -> Option<Value> {
    let days = us.div_euclid(US_PER_DAY);
    if !(1..=MAX_ORD as i128).contains(&days) {
        return None;
    }
    let rem = us.rem_euclid(US_PER_DAY) as i64;
    let secs = rem / 1_000_000;
    let (y, m, d) = civil_from_days(days as i64 - EPOCH_ORD);
    let clock = [secs / 3600, secs / 60 % 60, secs % 60, rem % 1_000_000, 0];
    Some(new_datetime(st, &st.datetime, [y, m, d], clock, tz))
}

const DT_PARAMS: [&str; 9] = [
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "microsecond",
    "tzinfo",
    "fold",
];

/// `datetime(year, month, day, hour=0, minute=0, second=0,
/// microsecond=0, tzinfo=None, *, fold=0)`.
fn dt_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    or_python(vm, args, "datetime.__new__", |vm, st| {
        let cls = args.vals.first()?.as_obj()?;
        let mut given = bind(&args, DT_PARAMS, 8)?;
        let tz = given[7].take().unwrap_or(Value::None);
        let d = Some(0);
        let [y, m, day, h, mi, s, us, _, fold] =
            ints(&given, [None, None, None, d, d, d, d, d, d])?;
        let clock = [h, mi, s, us, fold];
        let tz_ok = tz.is_none() || vm.isinstance(&tz, &st.tzinfo);
        if !vm.is_subclass(cls, &st.datetime)
            || !valid_date(y, m, day)
            || !valid_clock(clock)
            || !tz_ok
        {
            return None;
        }
        Some(new_datetime(st, cls, [y, m, day], clock, tz))
    })
}

/// `datetime + timedelta` (`sign` 1) or `- timedelta` (-1) of an exact
/// datetime.
fn dt_shift(vm: &Vm, st: &State, a: &Value, b: &Value, sign: i128) -> Option<Value> {
    if !is_exact(a, &st.datetime) {
        return None;
    }
    let delta = total_us(vm, st, b)?;
    let (us, tz) = wall_us(vm, st, a)?;
    datetime_at(st, us + sign * delta, tz)
}

fn dt_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    or_python(vm, args, "datetime.__add__", |vm, st| {
        let [a, b] = args.vals else { return None };
        dt_shift(vm, st, a, b, 1)
    })
}

fn dt_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    or_python(vm, args, "datetime.__sub__", |vm, st| {
        let [a, b] = args.vals else { return None };
        if let Some(v) = dt_shift(vm, st, a, b, -1) {
            return Some(v);
        }
        let (x, tx) = wall_us(vm, st, a)?;
        let (y, ty) = wall_us(vm, st, b)?;
        if !same_zone(&tx, &ty) {
            return None;
        }
        new_delta(st, &st.timedelta, x - y)
    })
}

fn dt_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    or_python(vm, args, "datetime.__hash__", |vm, st| {
        let [a] = args.vals else { return None };
        let (us, tz) = wall_us(vm, st, a)?;
        tz.is_none().then(|| hash_value(us))
    })
}

fn dt_date(vm: &mut Vm, args: Args) -> PyResult<Value> {
    or_python(vm, args, "datetime.date", |vm, st| {
        let [a] = args.vals else { return None };
        let (date, _, _) = dt_fields(vm, st, a)?;
        Some(new_date(st, &st.date, date))
    })
}

/// A naive datetime's ISO form with separator `sep`.
fn iso_naive(vm: &Vm, st: &State, v: &Value, sep: &str) -> Option<String> {
    let (date, [h, mi, s, us], tz) = dt_fields(vm, st, v)?;
    if !tz.is_none() {
        return None;
    }
    let mut out = format!("{}{sep}{h:02}:{mi:02}:{s:02}", iso_date(date));
    if us != 0 {
        out.push_str(&format!(".{us:06}"));
    }
    Some(out)
}

/// `datetime.isoformat(sep='T', timespec='auto')` of a naive datetime.
fn dt_isoformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm)?;
    let fast = bind(&args, ["sep", "timespec"], 2).and_then(|[sep, spec]| {
        let sep: String = match &sep {
            None => "T".into(),
            Some(s) => str_of(s).filter(|s| s.chars().count() == 1)?.into(),
        };
        if spec.is_some_and(|t| str_of(&t) != Some("auto")) {
            return None;
        }
        iso_naive(vm, &st, args.vals.first()?, &sep)
    });
    match fast {
        Some(s) => Ok(vm.new_str_value(s)),
        None => python(vm, &st, "datetime.isoformat", args),
    }
}

fn dt_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = state(vm)?;
    match args.vals {
        [a] => match iso_naive(vm, &st, a, " ") {
            Some(s) => Ok(vm.new_str_value(s)),
            None => python(vm, &st, "datetime.__str__", args),
        },
        _ => python(vm, &st, "datetime.__str__", args),
    }
}

getters! {
    get_year "year" year;
    get_month "month" month;
    get_day "day" day;
    get_hour "hour" hour;
    get_minute "minute" minute;
    get_second "second" second;
    get_microsecond "microsecond" microsecond;
    get_tzinfo "tzinfo" tzinfo;
    get_fold "fold" fold;
}

pub(super) const METHODS: super::Table = &[
    (1, "__new__", "date.__new__", date_new),
    (1, "__add__", "date.__add__", date_add),
    (1, "__radd__", "date.__radd__", date_add),
    (1, "__sub__", "date.__sub__", date_sub),
    (1, "__eq__", "date.__eq__", date_eq),
    (1, "__lt__", "date.__lt__", date_lt),
    (1, "__le__", "date.__le__", date_le),
    (1, "__gt__", "date.__gt__", date_gt),
    (1, "__ge__", "date.__ge__", date_ge),
    (1, "__hash__", "date.__hash__", date_hash),
    (1, "toordinal", "date.toordinal", toordinal),
    (1, "weekday", "date.weekday", weekday),
    (1, "isoformat", "date.isoformat", date_isoformat),
    (1, "__str__", "date.__str__", date_isoformat),
    (2, "__new__", "datetime.__new__", dt_new),
    (2, "__add__", "datetime.__add__", dt_add),
    (2, "__radd__", "datetime.__radd__", dt_add),
    (2, "__sub__", "datetime.__sub__", dt_sub),
    (2, "__eq__", "datetime.__eq__", dt_eq),
    (2, "__lt__", "datetime.__lt__", dt_lt),
    (2, "__le__", "datetime.__le__", dt_le),
    (2, "__gt__", "datetime.__gt__", dt_gt),
    (2, "__ge__", "datetime.__ge__", dt_ge),
    (2, "__hash__", "datetime.__hash__", dt_hash),
    (2, "date", "datetime.date", dt_date),
    (2, "isoformat", "datetime.isoformat", dt_isoformat),
    (2, "__str__", "datetime.__str__", dt_str),
];

pub(super) const GETTERS: super::Getters = &[
    (1, "year", get_year),
    (1, "month", get_month),
    (1, "day", get_day),
    (2, "hour", get_hour),
    (2, "minute", get_minute),
    (2, "second", get_second),
    (2, "microsecond", get_microsecond),
    (2, "tzinfo", get_tzinfo),
    (2, "fold", get_fold),
    (4, "hour", get_hour),
    (4, "minute", get_minute),
    (4, "second", get_second),
    (4, "microsecond", get_microsecond),
    (4, "tzinfo", get_tzinfo),
    (4, "fold", get_fold),
];
