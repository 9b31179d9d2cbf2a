//! The `os` module: files and directories through the platform layer
//! (listdir, remove/unlink, rename, mkdir, rmdir, getcwd, chdir, stat),
//! the platform's path conventions, and (system.rs) what it asks the
//! machine. Its Python half (os.py) makes `environ` a mapping that calls
//! putenv/unsetenv, and adds getenv, walk, scandir, makedirs, removedirs,
//! get_terminal_size and the os.path functions written over these.
//!
//! On DOS, `os.name` is "nt", `sep` is "\\" and `linesep` is "\r\n": DOS is
//! where Windows' conventions come from, so scripts that test
//! `os.name == "nt"` (to run `cls`, to pick separators) do the right thing.
//! The host build is "posix" with "/" and "\n".

use alloc::format;
use alloc::string::String;

mod attrs;
mod fd;
mod path;
mod system;

use crate::platform::{platform, FileStat};
use crate::vm::builtins::modules::new_module;
use crate::vm::builtins::types::new_class;
use crate::vm::builtins::{add_value, arg_count, int_arg, method_args};
use crate::vm::eval::mapping::new_dict;
use crate::vm::object::class::Layout;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// True when paths follow DOS rules (drive letters, both slashes).
pub fn dos_paths() -> bool {
    platform().name() == "dos"
}

/// A path argument of function `func` as a Rust string.
pub fn path_arg(vm: &mut Vm, v: &Value, func: &str) -> PyResult<String> {
    let name = vm.intern("__fspath__");
    let path = match str_of(v) {
        None if vm.special(v, &name).is_some() => crate::vm::builtins::file::fspath(vm, v)?,
        _ => v.clone(),
    };
    match str_of(&path) {
        Some(s) => Ok(String::from(s)),
        None => {
            // CPython lists what each function accepts: some take a file descriptor, listdir None.
            let accepted = match func {
                "listdir" => "string, bytes, os.PathLike, integer or None",
                "stat" | "chdir" => "string, bytes, os.PathLike or integer",
                _ => "string, bytes or os.PathLike",
            };
            let m = format!("{func}: path should be {accepted}, not {}", vm.type_name(v));
            Err(vm.type_error(m))
        }
    }
}

/// `os.fspath(path)`.
fn fspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "fspath", 1, 1)?;
    crate::vm::builtins::file::fspath(vm, &args.vals[0])
}

/// The optional path argument (default "."), as listdir takes it.
fn dir_arg(vm: &mut Vm, args: &Args, func: &str) -> PyResult<String> {
    match args.vals.first() {
        None | Some(Value::None) => Ok(String::from(".")),
        Some(v) => path_arg(vm, v, func),
    }
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "listdir", 0, 1)?;
    let dir = dir_arg(vm, &args, "listdir")?;
    let names = platform()
        .list_dir(&dir)
        .map_err(|e| vm.os_error(e, Some(&dir)))?;
    let items = names
        .into_iter()
        .filter(|n| n != "." && n != "..")
        .map(|n| vm.new_str_value(n))
        .collect();
    Ok(vm.new_list(items))
}

/// The shape of the one-path functions: check, call the platform, None.
fn one_path(
    vm: &mut Vm,
    args: Args,
    func: &str,
    max: usize,
    op: fn(&str) -> crate::platform::OsResult<()>,
) -> PyResult<Value> {
    arg_count(vm, args, func, 1, max)?;
    let p = path_arg(vm, &args.vals[0], func)?;
    op(&p).map_err(|e| vm.os_error(e, Some(&p)))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_path(vm, args, "remove", 1, |p| platform().remove(p))
}

fn unlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_path(vm, args, "unlink", 1, |p| platform().remove(p))
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_path(vm, args, "mkdir", 2, |p| platform().mkdir(p))
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_path(vm, args, "rmdir", 1, |p| platform().rmdir(p))
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_path(vm, args, "chdir", 1, |p| platform().chdir(p))
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "rename", 2, 2)?;
    let from = path_arg(vm, &args.vals[0], "rename")?;
    let to = path_arg(vm, &args.vals[1], "rename")?;
    platform()
        .rename(&from, &to)
        .map_err(|e| vm.os_error(e, Some(&from)))?;
    Ok(Value::None)
}

/// `replace(src, dst)`: rename, overwriting a file at `dst`. DOS's rename
/// refuses an existing target, so there the file goes first (once `src`
/// is known to exist, so a failed call loses nothing).
fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "replace", 2, 2)?;
    let from = path_arg(vm, &args.vals[0], "replace")?;
    let to = path_arg(vm, &args.vals[1], "replace")?;
    let p = platform();
    let result = match p.rename(&from, &to) {
        Err(e) if p.stat(&from).is_ok() && p.stat(&to).is_ok_and(|s| !s.is_dir) => p
            .remove(&to)
            .and_then(|()| p.rename(&from, &to))
            .map_err(|_| e),
        other => other,
    };
    result.map_err(|e| vm.os_error(e, Some(&from)))?;
    Ok(Value::None)
}

fn getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "getcwd", 0, 0)?;
    let cwd = platform().getcwd().map_err(|e| vm.os_error(e, None))?;
    Ok(vm.new_str_value(cwd))
}

/// Names of `os.stat_result`'s fields, in tuple order.
const STAT_FIELDS: [&str; 10] = [
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
    "st_mtime", "st_ctime",
];

/// `st_mode` as POSIX spells it (the platform knows directory and read-only).
pub fn st_mode(st: &FileStat) -> i64 {
    let perm = if st.read_only { 0o444 } else { 0o644 };
    if st.is_dir {
        0o040000 | perm | 0o111
    } else if st.executable {
        0o100000 | perm | 0o111
    } else {
        0o100000 | perm
    }
}

fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "stat", 1, 1)?;
    let p = path_arg(vm, &args.vals[0], "stat")?;
    let st = platform().stat(&p).map_err(|e| vm.os_error(e, Some(&p)))?;
    let cls = stat_class(vm)?;
    let r = vm.new_instance(&cls);
    let values = [st_mode(&st), 0, 0, 1, 0, 0, st.size as i64];
    if let Some(d) = vm.instance_dict(&r) {
        for (name, v) in STAT_FIELDS.iter().zip(values) {
            add_value(vm, &d, name, Value::Int(v));
        }
        let times = [st.atime_ns, st.mtime_ns, st.ctime_ns];
        for (name, ns) in STAT_FIELDS[7..].iter().zip(times) {
            // As CPython: seconds + nanoseconds * 1e-9.
            let (s, n) = (ns.div_euclid(1_000_000_000), ns.rem_euclid(1_000_000_000));
            add_value(vm, &d, name, Value::Float(s as f64 + n as f64 * 1e-9));
        }
        for (name, ns) in ["st_atime_ns", "st_mtime_ns", "st_ctime_ns"]
            .iter()
            .zip(times)
        {
            add_value(vm, &d, name, Value::Int(ns));
        }
    }
    Ok(r)
}

fn stat_class(vm: &mut Vm) -> PyResult<ObjRef> {
    let mods = vm.modules.clone();
    let key = vm.new_str_value("os".into());
    let k = vm.intern("stat_result");
    if let Some(Value::Obj(m)) = vm.dict_get(&mods, &key)? {
        if let Kind::Module(m) = &*m {
            if let Some(Value::Obj(c)) = vm.dict_get_str_quiet(&m.dict, &k) {
                return Ok(c);
            }
        }
    }
    Err(vm.new_exc(
        crate::vm::builtins::exc_table::Exc::ImportError,
        "os.stat_result is missing",
    ))
}

/// stat_result[i]: the integer fields in tuple order (times as whole seconds).
fn stat_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "__getitem__", 1, 1)?;
    let i = int_arg(vm, &args.vals[1])?;
    let idx = if i < 0 {
        i + STAT_FIELDS.len() as i64
    } else {
        i
    };
    let Some(name) = usize::try_from(idx).ok().and_then(|i| STAT_FIELDS.get(i)) else {
        return Err(vm.new_exc(
            crate::vm::builtins::exc_table::Exc::IndexError,
            "tuple index out of range",
        ));
    };
    let k = vm.intern(name);
    match vm.get_attr(&args.vals[0], &k)? {
        Value::Float(f) => Ok(Value::Int(f as i64)),
        v => Ok(v),
    }
}

fn stat_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "__repr__", 0, 0)?;
    let mut out = String::from("os.stat_result(");
    for (i, name) in STAT_FIELDS.iter().enumerate() {
        let k = vm.intern(name);
        let v = match vm.get_attr(&args.vals[0], &k)? {
            Value::Float(f) => Value::Int(f as i64),
            v => v,
        };
        let r = vm.repr_string(&v)?;
        out.push_str(&format!("{}{name}={r}", if i > 0 { ", " } else { "" }));
    }
    out.push(')');
    Ok(vm.new_str_value(out))
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let dos = dos_paths();
    let (name, sep, linesep) = if dos {
        ("nt", "\\", "\r\n")
    } else {
        ("posix", "/", "\n")
    };
    for (k, v) in [
        ("name", name),
        ("sep", sep),
        ("linesep", linesep),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
    ] {
        let s = vm.new_str_value(v.into());
        add_value(vm, d, k, s);
    }
    let altsep = if dos {
        vm.new_str_value("/".into())
    } else {
        Value::None
    };
    add_value(vm, d, "altsep", altsep);
    let pathsep = vm.new_str_value(if dos { ";" } else { ":" }.into());
    add_value(vm, d, "pathsep", pathsep);
    let env = new_dict();
    for (k, v) in platform().env_vars() {
        let (k, v) = (vm.new_str_value(k), vm.new_str_value(v));
        vm.dict_set(&env, k, v)?;
    }
    add_value(vm, d, "environ", Value::Obj(env));
    super::add_fns(
        vm,
        d,
        &[
            ("listdir", listdir),
            ("fspath", fspath),
            ("remove", remove),
            ("unlink", unlink),
            ("rename", rename),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("stat", stat),
            ("replace", replace),
        ],
    );
    let obj = vm.types.object.clone();
    let cls = new_class("stat_result", &[obj], Layout::Object);
    super::add_methods(
        vm,
        &cls,
        &[("__getitem__", stat_getitem), ("__repr__", stat_repr)],
    );
    add_value(vm, d, "stat_result", Value::Obj(cls));
    let path = new_module(vm, "os.path");
    if let Kind::Module(m) = &*path {
        let pd = m.dict.clone();
        path::init(vm, &pd)?;
    }
    add_value(vm, d, "path", Value::Obj(path));
    system::init(vm, d);
    fd::init(vm, d);
    attrs::init(vm, d);
    super::frozen_code::run(vm, d, "os")
}
