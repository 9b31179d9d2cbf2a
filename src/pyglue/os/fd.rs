//! File descriptors: `os.open` with the `O_*` flags, `os.read`,
//! `os.write`, `os.lseek`, `os.close` over the platform's file handles
//! (what `tempfile.mkstemp` hands out). The flag values are the host's
//! (Linux) or, on DOS, the ones Windows' CPython has.

use alloc::vec;

use super::{dos_paths, path_arg};
use crate::platform::{platform, FileHandle, OpenMode, SeekFrom};
use crate::vm::builtins::{add_value, arg_count, int_arg};
use crate::vm::object::func::Args;
use crate::vm::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// (O_CREAT, O_EXCL, O_TRUNC, O_APPEND) of the running platform.
fn flag_bits() -> (i64, i64, i64, i64) {
    if dos_paths() {
        (0x100, 0x400, 0x200, 0x8)
    } else {
        (0o100, 0o200, 0o1000, 0o2000)
    }
}

fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "open", 2, 3)?;
    let p = path_arg(vm, &args.vals[0], "open")?;
    let flags = int_arg(vm, &args.vals[1])?;
    let (creat, excl, trunc, append) = flag_bits();
    let access = flags & 3;
    let mode = if flags & creat != 0 && flags & excl != 0 {
        OpenMode::CreateNew
    } else if flags & append != 0 {
        OpenMode::Append
    } else if flags & creat != 0 || flags & trunc != 0 {
        if access == 2 {
            OpenMode::CreateReadWrite
        } else {
            OpenMode::Write
        }
    } else if access == 0 {
        OpenMode::Read
    } else {
        OpenMode::ReadWrite
    };
    let h = platform()
        .open(&p, mode)
        .map_err(|e| vm.os_error(e, Some(&p)))?;
    Ok(Value::Int(h.0 as i64))
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<FileHandle> {
    let fd = int_arg(vm, v)?;
    Ok(FileHandle(i32::try_from(fd).unwrap_or(-1)))
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "close", 1, 1)?;
    let fd = fd_arg(vm, &args.vals[0])?;
    platform().close(fd).map_err(|e| vm.os_error(e, None))?;
    Ok(Value::None)
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "read", 2, 2)?;
    let fd = fd_arg(vm, &args.vals[0])?;
    let n = int_arg(vm, &args.vals[1])?;
    if n < 0 {
        return Err(vm.value_error("negative length"));
    }
    let mut buf = vec![0u8; n.min(1 << 20) as usize];
    let got = platform()
        .read(fd, &mut buf)
        .map_err(|e| vm.os_error(e, None))?;
    buf.truncate(got);
    Ok(super::super::bytes_value(buf))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "write", 2, 2)?;
    let fd = fd_arg(vm, &args.vals[0])?;
    let data = super::super::bytes_arg(vm, &args.vals[1])?;
    let n = platform()
        .write_file(fd, &data)
        .map_err(|e| vm.os_error(e, None))?;
    Ok(Value::Int(n as i64))
}

fn lseek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "lseek", 3, 3)?;
    let fd = fd_arg(vm, &args.vals[0])?;
    let pos = int_arg(vm, &args.vals[1])?;
    let from = match int_arg(vm, &args.vals[2])? {
        0 => SeekFrom::Start,
        1 => SeekFrom::Current,
        2 => SeekFrom::End,
        _ => return Err(vm.os_error(crate::platform::OsError { errno: 22 }, None)),
    };
    let at = platform()
        .seek(fd, pos, from)
        .map_err(|e| vm.os_error(e, None))?;
    Ok(Value::Int(at as i64))
}

pub fn init(vm: &mut Vm, d: &ObjRef) {
    let (creat, excl, trunc, append) = flag_bits();
    let mut flags = vec![
        ("O_RDONLY", 0),
        ("O_WRONLY", 1),
        ("O_RDWR", 2),
        ("O_CREAT", creat),
        ("O_EXCL", excl),
        ("O_TRUNC", trunc),
        ("O_APPEND", append),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("F_OK", 0),
        ("R_OK", 4),
        ("W_OK", 2),
        ("X_OK", 1),
    ];
    if dos_paths() {
        flags.extend([
            ("O_BINARY", 0x8000),
            ("O_TEXT", 0x4000),
            ("O_NOINHERIT", 0x80),
        ]);
    }
    for (name, v) in flags {
        add_value(vm, d, name, Value::Int(v));
    }
    super::super::add_fns(
        vm,
        d,
        &[
            ("open", open),
            ("close", close),
            ("read", read),
            ("write", write),
            ("lseek", lseek),
        ],
    );
}
