//! The calendar half of `time` (struct_time, gmtime, localtime, mktime,
//! strftime...): frozen Python (calendar.py) over three natives:
//! `_utcoffset()`, the platform's local-time offset from UTC in seconds, and
//! the program's one calendar (`crate::calendar`) as `_days_from_civil(y, m,
//! d)` and `_civil_from_days(days)`.

use crate::calendar::{civil_from_days, days_from_civil, unix_seconds};
use crate::platform::platform;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::{add_fn, arg_count, int_arg};
use crate::vm::object::func::Args;
use crate::vm::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn utcoffset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_utcoffset", 0, 0)?;
    let p = platform();
    let utc = p.unix_time_us().div_euclid(1_000_000);
    let local = unix_seconds(&p.local_time());
    // Round to whole minutes: the two clock reads may straddle a second.
    let off = (local - utc + 30).div_euclid(60) * 60;
    Ok(Value::Int(off))
}

/// Years (and their days) the calendar takes either side of 1970: well
/// inside its i64 arithmetic; beyond, OverflowError as CPython's time_t.
const MAX_YEARS: i64 = 1_000_000_000_000;
const MAX_DAYS: i64 = MAX_YEARS * 366;

fn overflow(vm: &mut Vm) -> ObjRef {
    vm.new_exc(
        Exc::OverflowError,
        "timestamp out of range for platform time_t",
    )
}

/// An int argument; one too big for i64 is out of the calendar's range.
fn calendar_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        _ if vm.type_name(v) == "int" => Err(overflow(vm)),
        _ => int_arg(vm, v),
    }
}

fn days_from_civil_native(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_days_from_civil", 3, 3)?;
    let [y, m, d] = [0, 1, 2].map(|i| calendar_int(vm, &args.vals[i]));
    let (y, m, d) = (y?, m?, d?);
    if y.unsigned_abs() > MAX_YEARS as u64 || !(1..=12).contains(&m) {
        return Err(overflow(vm));
    }
    Ok(Value::Int(days_from_civil(y, m, d)))
}

fn civil_from_days_native(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_civil_from_days", 1, 1)?;
    let days = calendar_int(vm, &args.vals[0])?;
    if days.unsigned_abs() > MAX_DAYS as u64 {
        return Err(overflow(vm));
    }
    let (y, m, d) = civil_from_days(days);
    Ok(vm.new_tuple(alloc::vec![Value::Int(y), Value::Int(m), Value::Int(d)]))
}

pub fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    add_fn(vm, dict, "_utcoffset", utcoffset);
    add_fn(vm, dict, "_days_from_civil", days_from_civil_native);
    add_fn(vm, dict, "_civil_from_days", civil_from_days_native);
    crate::pyglue::frozen_code::run(vm, dict, "time")
}
