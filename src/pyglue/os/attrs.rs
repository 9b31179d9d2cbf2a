//! A file's permission bits and times: `os.chmod` and `os.utime` over the
//! platform (on DOS the read-only attribute and the modification time to 2
//! seconds; DOS has no access time or other permission bits to store).

use alloc::format;

use super::path_arg;
use crate::platform::platform;
use crate::vm::builtins::{arg_count, int_arg};
use crate::vm::eval::complex_ops::is_real;
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Refuse the keywords these functions take only for fd-relative and
/// symlink-aware calls, which neither platform has.
fn plain_call(vm: &mut Vm, args: &Args, func: &str, known: &[&str]) -> PyResult<()> {
    for (k, v) in args.kw() {
        let k = crate::vm::object::str_of(k).unwrap_or("");
        match k {
            "dir_fd" if v.is_none() => {}
            "follow_symlinks" => {}
            _ if known.contains(&k) => {}
            "dir_fd" => {
                let m = format!("{func}: dir_fd unavailable on this platform");
                return Err(
                    vm.new_exc(crate::vm::builtins::exc_table::Exc::NotImplementedError, &m)
                );
            }
            _ => {
                let m = format!("{func}() got an unexpected keyword argument '{k}'");
                return Err(vm.type_error(m));
            }
        }
    }
    Ok(())
}

fn chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    plain_call(vm, &args, "chmod", &["path", "mode"])?;
    let pos = args.pos();
    let (Some(p), Some(mode)) = (
        pos.first().or_else(|| args.kwarg("path")),
        pos.get(1).or_else(|| args.kwarg("mode")),
    ) else {
        return Err(vm.type_error("chmod() missing required argument 'mode' (pos 2)"));
    };
    let path = path_arg(vm, p, "chmod")?;
    let mode = int_arg(vm, mode)?;
    platform()
        .chmod(&path, (mode & 0o7777) as u32)
        .map_err(|e| vm.os_error(e, Some(&path)))?;
    Ok(Value::None)
}

/// A pair of numbers from `times=` (seconds) or `ns=` (nanoseconds).
fn pair(vm: &mut Vm, v: &Value, what: &str) -> PyResult<(Value, Value)> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Tuple(t)) if t.len() == 2 => Ok((t[0].clone(), t[1].clone())),
        _ => {
            let m = match what {
                "times" => "utime: 'times' must be either a tuple of two ints or None",
                _ => "utime: 'ns' must be a tuple of two ints",
            };
            Err(vm.type_error(m))
        }
    }
}

/// Whole seconds of a time in seconds (int or float, floored).
fn seconds(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Float(f) if f.is_finite() => Ok(libm::floor(*f) as i64),
        _ if is_real(v) && !matches!(v, Value::Float(_)) => int_arg(vm, v),
        _ => {
            let m = format!("an integer is required (got type {})", vm.type_name(v));
            Err(vm.type_error(m))
        }
    }
}

fn utime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    plain_call(vm, &args, "utime", &["path", "times", "ns"])?;
    arg_count(vm, Args::positional(args.pos()), "utime", 1, 2)?;
    let pos = args.pos();
    let Some(p) = pos.first().or_else(|| args.kwarg("path")) else {
        return Err(vm.type_error("utime() missing required argument 'path' (pos 1)"));
    };
    let path = path_arg(vm, p, "utime")?;
    let times = pos
        .get(1)
        .or_else(|| args.kwarg("times"))
        .filter(|t| !t.is_none());
    let ns = args.kwarg("ns");
    let (atime, mtime) = match (times, ns) {
        (Some(_), Some(_)) => {
            let m = "utime: you may specify either 'times' or 'ns' but not both";
            return Err(vm.value_error(m));
        }
        (Some(t), None) => {
            let (a, m) = pair(vm, t, "times")?;
            (seconds(vm, &a)?, seconds(vm, &m)?)
        }
        (None, Some(n)) => {
            let (a, m) = pair(vm, n, "ns")?;
            let giga = Value::Int(1_000_000_000);
            let floor = crate::vm::bytecode::BinaryOp::FloorDivide as u32;
            let a = vm.binary_op(floor, &a, &giga)?;
            let m = vm.binary_op(floor, &m, &giga)?;
            (int_arg(vm, &a)?, int_arg(vm, &m)?)
        }
        (None, None) => {
            let now = platform().unix_time_us().div_euclid(1_000_000);
            (now, now)
        }
    };
    // CPython names no file in utime's error.
    platform()
        .set_times(&path, atime, mtime)
        .map_err(|e| vm.os_error(e, None))?;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, d: &ObjRef) {
    super::super::add_fns(vm, d, &[("chmod", chmod), ("utime", utime)]);
}
