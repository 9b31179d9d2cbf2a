//! The `os` functions that ask the machine rather than the file system:
//! `putenv`/`unsetenv` (os.environ calls them on every change),
//! `get_terminal_size`'s raw pair, `urandom`, `cpu_count`, and
//! `_disk_usage` for `shutil.disk_usage`, `_uname` for `os.uname` and
//! `platform`, and `getuid`/`geteuid` where the
//! platform has users (not DOS).

use alloc::format;
use alloc::vec;

use super::path_arg;
use crate::platform::platform;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::{arg_count, int_arg};
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Value};
use crate::vm::{PyResult, Vm};

/// An environment name or value as `putenv` checks it: a str without NUL.
fn env_str<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a str> {
    let Some(s) = str_of(v) else {
        let m = format!("str expected, not {}", vm.type_name(v));
        return Err(vm.type_error(m));
    };
    if s.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(s)
}

/// A variable name: also non-empty and without "=".
fn env_name<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a str> {
    let s = env_str(vm, v)?;
    if s.is_empty() || s.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    Ok(s)
}

fn putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "putenv", 2, 2)?;
    let name = env_name(vm, &args.vals[0])?;
    let value = env_str(vm, &args.vals[1])?;
    platform().set_env(name, Some(value));
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "unsetenv", 1, 1)?;
    let name = env_name(vm, &args.vals[0])?;
    platform().set_env(name, None);
    Ok(Value::None)
}

/// `_terminal_size()`: (columns, lines) of standard output's console.
fn terminal_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "get_terminal_size", 0, 0)?;
    let (columns, lines) = platform()
        .terminal_size()
        .map_err(|e| vm.os_error(e, None))?;
    Ok(vm.new_tuple(vec![Value::Int(columns as i64), Value::Int(lines as i64)]))
}

/// Requests above this many bytes are MemoryError rather than an attempt.
const URANDOM_MAX: i64 = 1 << 30;

fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "urandom", 1, 1)?;
    let n = int_arg(vm, &args.vals[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    if n > URANDOM_MAX {
        return Err(vm.new_exc(Exc::MemoryError, ""));
    }
    let mut buf = vec![0u8; n as usize];
    platform().random_bytes(&mut buf);
    Ok(super::super::bytes_value(buf))
}

fn cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "cpu_count", 0, 0)?;
    Ok(Value::Int(platform().cpu_count() as i64))
}

/// `_uname()`: (system, node, release, version, machine), for `os.uname`
/// (not on DOS, as CPython has none on Windows) and `platform`.
fn uname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_uname", 0, 0)?;
    let fields = platform().uname().map(|f| vm.new_str_value(f));
    Ok(vm.new_tuple(fields.to_vec()))
}

/// `getuid()` / `geteuid()`: defined only where the platform has users.
fn getuid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    user_id(vm, args, "getuid", |(real, _)| real)
}

fn geteuid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    user_id(vm, args, "geteuid", |(_, effective)| effective)
}

fn user_id(vm: &mut Vm, args: Args, name: &str, pick: fn((u32, u32)) -> u32) -> PyResult<Value> {
    arg_count(vm, args, name, 0, 0)?;
    let ids = platform().user_ids().unwrap_or_default();
    Ok(Value::Int(i64::from(pick(ids))))
}

/// `_disk_usage(path)`: (total, used, free) bytes.
fn disk_usage(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "disk_usage", 1, 1)?;
    let p = path_arg(vm, &args.vals[0], "disk_usage")?;
    let (total, used, free) = platform()
        .disk_usage(&p)
        .map_err(|e| vm.os_error(e, Some(&p)))?;
    // Disks are far below 2**63 bytes.
    let sizes = [total, used, free].map(|n| Value::Int(n as i64));
    Ok(vm.new_tuple(sizes.to_vec()))
}

pub fn init(vm: &mut Vm, d: &crate::vm::object::ObjRef) {
    super::super::add_fns(
        vm,
        d,
        &[
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("_terminal_size", terminal_size),
            ("urandom", urandom),
            ("cpu_count", cpu_count),
            ("_disk_usage", disk_usage),
            ("_uname", uname),
        ],
    );
    if platform().user_ids().is_some() {
        super::super::add_fns(vm, d, &[("getuid", getuid), ("geteuid", geteuid)]);
    }
}
