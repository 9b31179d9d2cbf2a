//! `open()` and file objects over the platform's file calls: text (UTF-8,
//! newlines as `newline=` says: object/newline.rs) and binary modes,
//! read/readline/readlines/write/writelines/seek/tell/close, iteration by
//! lines, `with` support.

use core::cell::{Cell, RefCell};

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::{add_fn, add_getset, add_method, int_arg, method_args};
use crate::platform::{platform, FileHandle, OpenMode, SeekFrom};
use crate::vm::object::bytes_like::{byte_view, writable_len, write_at};
use crate::vm::object::func::{Args, FileObj};
use crate::vm::object::newline::Newline;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// CPython's check: letters from "rwxabt+", none twice, exactly one of
/// "rwxa", and not both "b" and "t".
fn valid_mode(mode: &str) -> bool {
    let once = mode
        .char_indices()
        .all(|(i, c)| "rwxabt+".contains(c) && !mode[..i].contains(c));
    let kinds = mode.chars().filter(|c| "rwxa".contains(*c)).count();
    once && kinds == 1 && !(mode.contains('b') && mode.contains('t'))
}

/// `os.fspath(v)`: a str or bytes as it is, else what its type's
/// `__fspath__` returns (which must be str or bytes).
pub fn fspath(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let is_text =
        |v: &Value| str_of(v).is_some() || matches!(v.as_obj().map(|o| &**o), Some(Kind::Bytes(_)));
    if is_text(v) {
        return Ok(v.clone());
    }
    let name = vm.intern("__fspath__");
    match vm.call_special(v, &name, &[])? {
        Some(r) if is_text(&r) => Ok(r),
        Some(r) => {
            let m = format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                vm.type_name(v),
                vm.type_name(&r)
            );
            Err(vm.type_error(m))
        }
        None => {
            let m = format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}

/// What `open()` opens: a path (str, or an os.PathLike giving one) or a
/// file descriptor.
enum Target {
    Path(String),
    Fd(i64),
}

fn open_target(vm: &mut Vm, v: &Value) -> PyResult<Target> {
    if let Some(fd) = crate::vm::eval::ops::as_int(v) {
        if fd < 0 {
            return Err(vm.value_error("negative file descriptor"));
        }
        return Ok(Target::Fd(fd));
    }
    let p = fspath(vm, v)?;
    match str_of(&p) {
        Some(s) => Ok(Target::Path(s.into())),
        None => {
            let m = format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}

fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(path_v) = pos.first().or_else(|| args.kwarg("file")) else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let target = open_target(vm, path_v)?;
    let closefd = match pos.get(6).or_else(|| args.kwarg("closefd")) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if !closefd && matches!(target, Target::Path(_)) {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    let mode: String = match pos.get(1).or_else(|| args.kwarg("mode")) {
        Some(m) => str_of(m).unwrap_or("r").into(),
        None => "r".into(),
    };
    if !valid_mode(&mode) {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    }
    let binary = mode.contains('b');
    let newline = newline_arg(vm, args, binary)?;
    let plus = mode.contains('+');
    let om = match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('r') if plus => OpenMode::ReadWrite,
        Some('r') => OpenMode::Read,
        Some('w') if plus => OpenMode::CreateReadWrite,
        Some('w') => OpenMode::Write,
        Some('a') => OpenMode::Append,
        Some('x') => OpenMode::CreateNew,
        _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
    };
    let (handle, name, by_fd) = match target {
        Target::Path(path) => {
            let h = platform()
                .open(&path, om)
                .map_err(|e| vm.os_error(e, Some(&path)))?;
            (h, path, false)
        }
        Target::Fd(fd) => {
            let h = FileHandle(i32::try_from(fd).unwrap_or(i32::MAX));
            (h, format!("{fd}"), true)
        }
    };
    let readable = matches!(
        om,
        OpenMode::Read | OpenMode::ReadWrite | OpenMode::CreateReadWrite
    ) || plus;
    let writable = !matches!(om, OpenMode::Read) || plus;
    Ok(Value::Obj(ObjRef::new(Kind::File(alloc::boxed::Box::new(
        FileObj {
            handle,
            name,
            mode,
            binary,
            readable,
            writable,
            closed: Cell::new(false),
            buffer: RefCell::new(Vec::new()),
            newline,
            by_fd,
            closefd,
        },
    )))))
}

/// The `newline=` argument (sixth positional), checked as CPython does.
fn newline_arg(vm: &mut Vm, args: Args, binary: bool) -> PyResult<Newline> {
    let text = match args.pos().get(5).or_else(|| args.kwarg("newline")) {
        None | Some(Value::None) => None,
        Some(v) => match str_of(v) {
            Some(s) => Some(s),
            None => {
                let m = format!(
                    "open() argument 'newline' must be str or None, not {}",
                    vm.type_name(v)
                );
                return Err(vm.type_error(m));
            }
        },
    };
    if binary && text.is_some() {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    Newline::parse(text).ok_or_else(|| {
        let m = format!("illegal newline value: {}", text.unwrap_or_default());
        vm.value_error(m)
    })
}

fn this<'a>(vm: &mut Vm, args: Args<'a>) -> PyResult<&'a FileObj> {
    match args.vals.first().and_then(|v| v.as_obj()).map(|o| &**o) {
        Some(Kind::File(f)) => {
            if f.closed.get() {
                return Err(vm.value_error("I/O operation on closed file."));
            }
            Ok(f)
        }
        _ => Err(vm.type_error("descriptor requires a file object")),
    }
}

/// Read more bytes into the file's buffer; false at end of file.
fn fill(vm: &mut Vm, f: &FileObj) -> PyResult<bool> {
    let mut chunk = [0u8; 4096];
    let n = platform()
        .read(f.handle, &mut chunk)
        .map_err(|e| vm.os_error(e, None))?;
    vm.grow_cell(&f.buffer, n)?;
    f.buffer.borrow_mut().extend_from_slice(&chunk[..n]);
    Ok(n > 0)
}

/// Bytes as the file's kind of value: bytes, or text with newlines translated.
fn to_value(vm: &mut Vm, f: &FileObj, data: Vec<u8>) -> Value {
    if f.binary {
        return Value::Obj(ObjRef::new(Kind::Bytes(data.into())));
    }
    let s = f.newline.decode(&data);
    vm.new_str_value(s)
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, args)?;
    if !f.readable {
        return Err(vm.new_exc(Exc::OSError, "not readable"));
    }
    let limit = match args.pos().get(1) {
        Some(Value::None) | None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    let mut at_eof = false;
    let take = loop {
        let buf = f.buffer.borrow();
        let known = match (limit, f.binary) {
            (..0, _) => at_eof.then_some(buf.len()),
            (_, true) => {
                (buf.len() >= limit as usize || at_eof).then(|| buf.len().min(limit as usize))
            }
            (_, false) => f.newline.chars_len(&buf, limit as usize, at_eof),
        };
        drop(buf);
        match known {
            Some(n) => break n,
            None => at_eof = !fill(vm, f)?,
        }
    };
    let data: Vec<u8> = f.buffer.borrow_mut().drain(..take).collect();
    Ok(to_value(vm, f, data))
}

/// `readinto(b)` (binary files): read up to `len(b)` bytes into the
/// writable buffer `b` (a bytearray, array or memoryview); the count read.
fn readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "readinto", 1, 1)?;
    let f = this(vm, args)?;
    let target = &args.vals[1];
    if !f.binary {
        let m = "'_io.TextIOWrapper' object has no attribute 'readinto'";
        return Err(vm.new_exc(Exc::AttributeError, m));
    }
    if !f.readable {
        return Err(vm.new_exc(Exc::OSError, "not readable"));
    }
    let Some(want) = writable_len(target) else {
        let m = format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            vm.type_name(target)
        );
        return Err(vm.type_error(m));
    };
    while f.buffer.borrow().len() < want && fill(vm, f)? {}
    let take = f.buffer.borrow().len().min(want);
    let data: Vec<u8> = f.buffer.borrow_mut().drain(..take).collect();
    write_at(target, 0, &data);
    Ok(Value::Int(take as i64))
}

/// The next line (with its ending) or None at end of file.
fn read_line(vm: &mut Vm, f: &FileObj) -> PyResult<Option<Vec<u8>>> {
    let mut at_eof = false;
    loop {
        let buf = f.buffer.borrow();
        let len = match f.binary {
            true => buf.iter().position(|&b| b == b'\n').map(|p| p + 1),
            false => f.newline.line_len(&buf, at_eof),
        };
        let len = len.or_else(|| at_eof.then_some(buf.len()));
        drop(buf);
        match len {
            Some(0) => return Ok(None),
            Some(n) => return Ok(Some(f.buffer.borrow_mut().drain(..n).collect())),
            None => at_eof = !fill(vm, f)?,
        }
    }
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, args)?;
    let line = read_line(vm, f)?.unwrap_or_default();
    Ok(to_value(vm, f, line))
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, args)?;
    let mut out = Vec::new();
    while let Some(line) = read_line(vm, f)? {
        out.push(to_value(vm, f, line));
    }
    Ok(vm.new_list(out))
}

/// `next(file)`: the next line, None at the end.
pub fn file_next_line(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<Value>> {
    let Kind::File(f) = &**o else { return Ok(None) };
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(read_line(vm, f)?.map(|line| to_value(vm, f, line)))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "write", 1, 1)?;
    let f = this(vm, args)?;
    Ok(Value::Int(write_value(vm, f, &args.vals[1])? as i64))
}

/// `f.writelines(iterable)`: each item written as `write` would.
fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "writelines", 1, 1)?;
    let f = this(vm, args)?;
    for item in vm.collect(&args.vals[1])? {
        write_value(vm, f, &item)?;
    }
    Ok(Value::None)
}

/// Write one str (text) or bytes-like (binary) value; its length.
fn write_value(vm: &mut Vm, f: &FileObj, v: &Value) -> PyResult<usize> {
    if !f.writable {
        return Err(vm.new_exc(Exc::OSError, "not writable"));
    }
    // A binary file writes where the reader is; a text file where its
    // read-ahead left the file position, as CPython's text layer does (it
    // reads ahead 8 KB, this one 4 KB).
    if f.binary {
        drop_read_ahead(vm, f)?;
    }
    let (bytes, n): (Vec<u8>, usize) = match (f.binary, v.as_obj().map(|o| &**o)) {
        (true, Some(Kind::MemView(m))) if !m.contiguous() => {
            let m = "memoryview: underlying buffer is not C-contiguous";
            return Err(vm.new_exc(Exc::BufferError, m));
        }
        (true, _) if byte_view(v).is_some() => {
            let b = byte_view(v).map(|b| b.to_vec()).unwrap_or_default();
            let n = b.len();
            (b, n)
        }
        (false, Some(Kind::Str(s))) => (f.newline.encode(s.as_str()).into(), s.char_len()),
        (true, _) => {
            let m = format!("a bytes-like object is required, not '{}'", vm.type_name(v));
            return Err(vm.type_error(m));
        }
        (false, _) => {
            let m = format!("write() argument must be str, not {}", vm.type_name(v));
            return Err(vm.type_error(m));
        }
    };
    // The platform may take a part at a time (DOS: a transfer buffer's worth).
    let mut rest: &[u8] = &bytes;
    while !rest.is_empty() {
        let done = platform()
            .write_file(f.handle, rest)
            .map_err(|e| vm.os_error(e, None))?;
        if done == 0 {
            let full = crate::platform::OsError {
                errno: crate::platform::errno::ENOSPC,
            };
            return Err(vm.os_error(full, None));
        }
        rest = &rest[done..];
    }
    Ok(n)
}

/// Forget the read-ahead buffer, moving the file position back over it;
/// the position as the reader sees it.
fn drop_read_ahead(vm: &mut Vm, f: &FileObj) -> PyResult<u64> {
    let ahead = core::mem::take(&mut *f.buffer.borrow_mut()).len() as i64;
    platform()
        .seek(f.handle, -ahead, SeekFrom::Current)
        .map_err(|e| vm.os_error(e, None))
}

/// `f.seek(offset, whence=0)`: the new position.
fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "seek", 1, 2)?;
    let f = this(vm, args)?;
    let offset = int_arg(vm, &args.vals[1])?;
    let from = match args.vals.get(2).map(|v| int_arg(vm, v)).transpose()? {
        None | Some(0) => SeekFrom::Start,
        Some(1) => SeekFrom::Current,
        Some(2) => SeekFrom::End,
        Some(w) => {
            let m = format!("invalid whence ({w}, should be 0, 1 or 2)");
            return Err(vm.value_error(m));
        }
    };
    if offset < 0 && matches!(from, SeekFrom::Start) && !f.binary {
        return Err(vm.value_error(format!("negative seek position {offset}")));
    }
    // Every seek goes to an absolute position, checked here: DOS would
    // accept one before the start of the file.
    let reader_at = drop_read_ahead(vm, f)?;
    let base = match from {
        SeekFrom::Start => 0,
        SeekFrom::Current => reader_at,
        SeekFrom::End => platform()
            .seek(f.handle, 0, SeekFrom::End)
            .map_err(|e| vm.os_error(e, None))?,
    };
    let Some(target) = (base as i64).checked_add(offset).filter(|t| *t >= 0) else {
        let e = crate::platform::OsError {
            errno: crate::platform::errno::EINVAL,
        };
        return Err(vm.os_error(e, None));
    };
    let at = platform()
        .seek(f.handle, target, SeekFrom::Start)
        .map_err(|e| vm.os_error(e, None))?;
    Ok(Value::Int(at as i64))
}

/// `f.tell()`: the position of the next byte `read` returns.
fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "tell", 0, 0)?;
    let f = this(vm, args)?;
    let at = platform()
        .seek(f.handle, 0, SeekFrom::Current)
        .map_err(|e| vm.os_error(e, None))?;
    Ok(Value::Int(at as i64 - f.buffer.borrow().len() as i64))
}

fn readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, args)?.readable))
}

fn writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, args)?.writable))
}

fn seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, args)?;
    Ok(Value::Bool(true))
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Kind::File(f)) = args.vals.first().and_then(|v| v.as_obj()).map(|o| &**o) {
        if !f.closed.replace(true) && f.closefd {
            platform()
                .close(f.handle)
                .map_err(|e| vm.os_error(e, None))?;
        }
    }
    Ok(Value::None)
}

fn enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, args)?;
    Ok(args.vals[0].clone())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    close(vm, args)?;
    Ok(Value::Bool(false))
}

fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, args)?;
    Ok(Value::None)
}

fn file_field(v: &Value) -> Option<&FileObj> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::File(f)) => Some(f),
        _ => None,
    }
}

fn name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match file_field(v) {
        Some(f) if f.by_fd => Ok(Value::Int(i64::from(f.handle.0))),
        f => {
            let n = f.map(|f| f.name.clone()).unwrap_or_default();
            Ok(vm.new_str_value(n))
        }
    }
}

fn mode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = file_field(v).map(|f| f.mode.clone()).unwrap_or_default();
    Ok(vm.new_str_value(n))
}

fn closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(file_field(v).is_some_and(|f| f.closed.get())))
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    add_fn(vm, &b, "open", open);
    let t = vm.types.file.clone();
    let methods: &[(&'static str, crate::vm::object::func::NativeFn)] = &[
        ("read", read),
        ("readinto", readinto),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("seek", seek),
        ("tell", tell),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("close", close),
        ("flush", flush),
        ("__enter__", enter),
        ("__exit__", exit),
    ];
    for (n, f) in methods {
        add_method(vm, &t, n, *f);
    }
    add_getset(vm, &t, "name", name, None);
    add_getset(vm, &t, "mode", mode, None);
    add_getset(vm, &t, "closed", closed, None);
}
