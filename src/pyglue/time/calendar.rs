//! The calendar half of `time` (struct_time, gmtime, localtime, mktime,
//! strftime...): frozen Python over one native, `_utcoffset()`, the
//! platform's local-time offset from UTC in seconds.

use crate::platform::platform;
use crate::vm::builtins::{add_fn, arg_count};
use crate::vm::object::func::Args;
use crate::vm::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn utcoffset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_utcoffset", 0, 0)?;
    let p = platform();
    let utc = p.unix_time_us().div_euclid(1_000_000);
    let t = p.local_time();
    let days = days_from_civil(t.year as i64, t.month as i64, t.day as i64);
    let local = days * 86_400 + t.hour as i64 * 3600 + t.minute as i64 * 60 + t.second as i64;
    // Round to whole minutes: the two clock reads may straddle a second.
    let off = (local - utc + 30).div_euclid(60) * 60;
    Ok(Value::Int(off))
}

pub fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    add_fn(vm, dict, "_utcoffset", utcoffset);
    crate::pyglue::frozen_code::run(vm, dict, "time")
}
